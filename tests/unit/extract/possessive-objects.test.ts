import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * An owner named before the object ("Moscow's remarks") is the target only of the types that may name their target so
 * (rules/structure.json ownerTargetTypes: "criticised Moscow's remarks"); meeting someone's conditions or demands meets
 * nobody (relations/targets.ts; stored parses of development briefings).
 */
describe('a possessive object names no party of a meeting', () => {
  it('"Aoun said it met Lebanon\'s demands"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('lebanon-israel-maritime-deal-analysis-2022-10-13'));
    expect(relations.filter((r) => / MET Lebanon$/.test(r))).toEqual([]);
  });
  it('"Nizamani met the Taliban\'s acting foreign minister": the minister, not the Taliban', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('torkham-border-clash-2023-09-08'));
    expect(relations).not.toContain('Ubaid-ur-Rehman Nizamani MET Taliban');
  });
});
