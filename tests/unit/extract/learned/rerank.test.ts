import { describe, expect, it } from 'vitest';
import { scoreBriefing } from '../../../../src/eval/score.js';
import { extractDraft, proposeRelations, RERANK_POOL_MIN_PROBABILITY } from '../../../../src/extract/extract-briefing.js';
import { demonymMap } from '../../../../src/eval/demonyms.js';
import { proposalExamples } from '../../../../src/extract/learned/rerank-training.js';
import type { LinearModel } from '../../../../src/extract/learned/model.js';
import { loadRelationModel, loadReranker } from '../../../../src/extract/learned/relation-model.js';
import { Reranker, RIGHT, WRONG } from '../../../../src/extract/learned/rerank.js';
import { devBriefing } from './support.js';
import { RELATION_TYPE_INFO, type RelationType } from '../../../../src/vocabulary/relation-types.js';

/** A reranker that trusts one proposer and not the others: its decisions must follow (classes in training's sorted order). */
const trusting = (layer: string): Reranker => {
  const model: LinearModel = { classes: [RIGHT, WRONG], weights: { bias: [[1, 2]], [`layer=${layer}`]: [[0, 4]] } };
  return new Reranker(model);
};

describe('the reranker over every proposal', () => {
  const { text, parse, gold } = devBriefing('blinken-astana-readout-2023-02-28');
  const meta = { publishedAt: gold.briefing.publishedAt, id: 'blinken-astana', title: 'Blinken in Astana' };
  // a symmetric relation is one fact either way round ("A NEGOTIATED_WITH B" read by the rules is the model's "B … A")
  const key = (r: { source: string; type: string; target: string }) =>
    RELATION_TYPE_INFO[r.type as RelationType].symmetric ? `${[r.source, r.target].sort().join('|')}|${r.type}` : `${r.source}|${r.type}|${r.target}`;
  const firstStage = { classifier: loadRelationModel(), minProbability: RERANK_POOL_MIN_PROBABILITY, vetoBelow: 0 };
  const reranked = (reranker: Reranker, minProbability: number) =>
    extractDraft(text, meta, { parse, combine: 'reranked', learned: firstStage, rerank: { reranker, minProbability } });
  const rules = extractDraft(text, meta, { parse, combine: 'surface+structure' }).relations.map(key).sort();
  const learned = extractDraft(text, meta, { parse, combine: 'learned', learned: firstStage }).relations.map(key).sort();

  it('decides on the rules’ proposals and the first stage’s: trusting only the rules gives the rules’ draft, only the model the model’s', () => {
    const byRules = reranked(trusting('surface'), 0.5).relations.map(key);
    expect(learned.filter((r) => !rules.includes(r)).length, 'the example needs a learned relation the rules do not read').toBeGreaterThan(0);
    // the structural families are distrusted here too: every kept relation is a surface rule's
    expect(byRules.length).toBeGreaterThan(0);
    for (const r of byRules) expect(rules).toContain(r);
    const byModel = reranked(trusting('learned'), 0.5).relations.map(key).sort();
    for (const r of byModel) expect(learned).toContain(r);
    expect(byModel.some((r) => !rules.includes(r))).toBe(true);
  });

  it('at threshold 0 proposes every relation of either layer; a threshold keeps those of at least that confidence, which is the reranker’s probability', () => {
    const all = reranked(loadReranker(), 0);
    const keys = new Set(all.relations.map(key));
    for (const r of rules) expect(keys).toContain(r);
    for (const r of learned) expect(keys).toContain(r);
    // the threshold sits halfway between two confidences the draft shows (rounded to 0.01), so that no proposal's
    // unrounded probability lies between the threshold and its shown confidence, whatever a retrain moves
    const shown = [...new Set(all.relations.map((r) => r.confidence))].sort((a, b) => a - b);
    const middle = Math.floor(shown.length / 2);
    const threshold = (shown[middle - 1]! + shown[middle]!) / 2;
    const strict = reranked(loadReranker(), threshold);
    expect(strict.relations.length).toBeGreaterThan(0);
    expect(strict.relations.length).toBeLessThan(all.relations.length);
    expect(strict.relations.map(key).sort()).toEqual(
      all.relations
        .filter((r) => r.confidence >= threshold)
        .map(key)
        .sort(),
    );
    expect(new Set(all.relations.map((r) => r.confidence)).size, 'confidence is a probability per proposal, not a constant').toBeGreaterThan(2);
  });

  it('learns from src/eval/score.ts: a proposal is RIGHT when it scores a true positive alone in a draft of its two actors, WRONG a false one, else left out', () => {
    const demonyms = demonymMap();
    const briefing = { folder: 'tests/fixtures/briefings', file: 'blinken-astana-readout-2023-02-28.txt', text, gold, parse, hash: '' };
    const ownMeta = { publishedAt: gold.briefing.publishedAt, id: gold.briefing.id, title: gold.briefing.title ?? gold.briefing.id };
    const { reading, proposed } = proposeRelations(text, ownMeta, { parse, combine: 'reranked', learned: firstStage });
    const expected = proposed.flatMap((r) => {
      const [s, t] = [reading.registry.resolve(r.source), reading.registry.resolve(r.target)];
      const draftActor = (id: string, a: typeof s) => ({ id, name: a.name, kind: a.kind, aliases: [...a.aliases], roles: [] });
      const draft = { briefing: { id: 'b', title: 'b', publishedAt: meta.publishedAt }, actors: [draftActor('s', s), draftActor('t', t)] };
      const relation = {
        source: 's',
        type: r.type,
        target: 't',
        date: null,
        modality: 'ASSERTED' as const,
        negated: false,
        confidence: 1,
        evidence: { quote: 'q' },
      };
      const { tp, fp } = scoreBriefing({ ...draft, relations: [relation] }, gold, { demonyms }).relations;
      return tp ? [RIGHT] : fp ? [WRONG] : [];
    });
    const labels = proposalExamples(briefing, firstStage.classifier, demonyms).map((e) => e.label);
    expect(labels).toEqual(expected);
    expect(labels).toContain(RIGHT);
    expect(labels).toContain(WRONG);
  });
});
