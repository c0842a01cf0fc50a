import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * What a reported clause says of someone, read as its speaker's relation to them (README "How extraction works"), on
 * development briefings with their stored CoreNLP parses. Each test fails when its reading is removed.
 */
const relationsOf = (id: string) => relationLines(draftOfDevelopmentBriefing(id));

describe('the speaker of a reported clause and its subject (development briefings, real parses)', () => {
  it('a failing told of someone criticises them: "Lavrov said the United States had failed to deliver on its commitments"', () => {
    expect(relationsOf('karlov-assassination-ankara-2016-12-20')).toContain('Sergei Lavrov CRITICIZED United States');
    // "said Mr Ma had failed to mention Taiwan's democracy"
    expect(relationsOf('ma-xi-singapore-meeting-regional-daily-2015-11-07')).toContain('Tsai Ing-wen CRITICIZED Ma Ying-jeou');
    // "He said Montevideo had refused to share environmental studies"
    expect(relationsOf('pulp-mill-icj-filing-2006-05-05')).toContain('Jorge Taiana CRITICIZED Uruguay');
  });
});
