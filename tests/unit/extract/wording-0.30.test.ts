import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.30.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.30.0 round', () => {
  it('a pronoun capitalised after a label is no name: "Reporter: You summoned the Russian Ambassador"', () => {
    const transcript = draftOfDevelopmentBriefing('medvedev-kunashiri-kono-recalled-mofa-press-conference-transcript-2010-11-02');
    expect(transcript.actors.map((a) => a.name)).not.toContain('You');
    expect(relationLines(transcript).filter((line) => line.startsWith('You '))).toEqual([]);
  });
});
