import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** A reporting verb's clause with "must" is a demand of its subject, unless "must have" + participle infers a past fact (structural rules). */
describe('"must have done" infers, it demands nothing', () => {
  it('"Obama said … that bin Laden must have had some support network inside Pakistan"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('abbottabad-gilani-national-assembly-2011-05-09'));
    expect(relations).not.toContain('Barack Obama REQUESTED Osama bin Laden');
  });
});
