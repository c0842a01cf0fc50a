import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from '../support/rule-sentences.js';

/**
 * A sentence opening with "They" that coreference joins to nobody goes on with the previous sentence's subject when it
 * names a body or two or more actors (src/extract/discourse/they-after-subject.ts), on a development briefing with its
 * stored CoreNLP parse.
 */
describe('"They" after a sentence whose subject is a body (real parse)', () => {
  it('"Leaders of the Economic Community of Central African States held an emergency summit … They … asked Touadéra to travel"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('africa-brief-gabon-coup-reactions-2023-09-01'));
    expect(relations).toContain('Economic Community of Central African States REQUESTED Faustin-Archange Touadéra');
  });
});
