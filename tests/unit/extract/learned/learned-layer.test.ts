import { describe, expect, it } from 'vitest';
import { EXTRACTOR_ID, extractDraft, LEARNED_MIN_PROBABILITY } from '../../../../src/extract/extract-briefing.js';
import { loadRelationModel } from '../../../../src/extract/learned/relation-model.js';
import { devBriefing } from './support.js';

const LOOSE_PROBABILITY = 0.2;

/** The learned layer end to end: a stored-parse briefing in, relations read by the committed model out, with their evidence. */
describe('extraction with the learned relation layer', () => {
  const { text, parse, gold } = devBriefing('blinken-astana-readout-2023-02-28');
  const meta = { publishedAt: gold.briefing.publishedAt, id: 'blinken-astana', title: 'Blinken in Astana' };
  const key = (r: { source: string; type: string; target: string }) => `${r.source}|${r.type}|${r.target}`;

  it('reads relations with their evidence sentence at its exact offsets, the extractor and the model’s probability as confidence', () => {
    const draft = extractDraft(text, meta, { parse, combine: 'learned' });
    expect(draft.relations.length).toBeGreaterThan(0);
    for (const r of draft.relations) {
      expect(text.slice(r.evidence.start ?? 0, r.evidence.end ?? 0)).toBe(r.evidence.quote);
      expect(r.evidence.end).toBeGreaterThan(r.evidence.start ?? Infinity);
      expect(r.evidence.extractor).toBe(EXTRACTOR_ID);
      expect(r.confidence).toBeGreaterThanOrEqual(Math.floor(LEARNED_MIN_PROBABILITY * 100) / 100);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('combined with the rules, adds only relations between two actors the rules read nothing between in that sentence', () => {
    const rules = extractDraft(text, meta, { parse, combine: 'surface+structure' });
    // a low threshold, so that the committed model (whatever its training) proposes pairs the rules left alone
    const loose = { classifier: loadRelationModel(), minProbability: LOOSE_PROBABILITY, vetoBelow: 0 };
    const learned = extractDraft(text, meta, { parse, combine: 'learned', learned: loose });
    const combined = extractDraft(text, meta, { parse, combine: 'surface+structure+learned', learned: loose });
    const fromRules = new Set(rules.relations.map(key));
    const fromModel = new Set(learned.relations.map(key));
    expect(combined.relations.length).toBeGreaterThan(rules.relations.length);
    for (const r of combined.relations) expect(fromRules.has(key(r)) || fromModel.has(key(r)), key(r)).toBe(true);
    for (const r of rules.relations) expect(combined.relations.map(key)).toContain(key(r));
  });

  it('the vetoed mode keeps a subset of the rules’ relations: all of them with no veto, fewer as the veto rises', () => {
    const rules = extractDraft(text, meta, { parse, combine: 'surface+structure' }).relations.map(key);
    const vetoed = (vetoBelow: number) =>
      extractDraft(text, meta, {
        parse,
        combine: 'surface+structure-vetoed',
        learned: { classifier: loadRelationModel(), minProbability: 1, vetoBelow },
      }).relations.map(key);
    expect(vetoed(0)).toEqual(rules);
    const strict = vetoed(1.01);
    // every rule relation between two mentions the model saw is vetoed at a probability above 1; any left it never saw
    expect(strict.length).toBeLessThan(rules.length);
    for (const r of strict) expect(rules).toContain(r);
    for (const r of vetoed(0.5)) expect(rules).toContain(r);
  });
});
