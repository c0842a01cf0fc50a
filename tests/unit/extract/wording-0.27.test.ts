import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.27.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.27.0 round', () => {
  it('a protest or objection dismissed is its owner rejected: "Seoul\'s Foreign Ministry dismissed the Japanese protest"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('takeshima-lee-visit-ambassador-recalled-tokyo-wire-2012-08-10'));
    expect(relations).toContain('South Korean Foreign Ministry REJECTED Japan');
  });

  it('"held a telephone talk with" is a call, as "telephone talks" are', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('comfort-women-agreement-japan-mofa-readout-2015-12-28'));
    expect(relations).toContain('Shinzo Abe PHONED Park Geun-hye');
  });
});
