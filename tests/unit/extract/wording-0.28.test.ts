import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.28.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.28.0 round', () => {
  it('the teller of a call is no party to it: "The Elysée says Hollande and Sisi have spoken by telephone"', () => {
    const calls = relationLines(draftOfDevelopmentBriefing('egypt-derna-airstrikes-copts-live-blog-2015-02-16')).filter((r) => / PHONED /.test(r));
    expect(calls).toContain('François Hollande PHONED Abdel Fattah al-Sisi');
    expect(calls.filter((r) => r.startsWith('Elys'))).toEqual([]);
  });
});
