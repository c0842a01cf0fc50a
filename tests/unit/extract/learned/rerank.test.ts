import { describe, expect, it } from 'vitest';
import { scoreBriefing } from '../../../../src/eval/score.js';
import type { Actor } from '../../../../src/extract/actors.js';
import { extractDraft, RERANK_POOL_MIN_PROBABILITY } from '../../../../src/extract/extract-briefing.js';
import { demonymMap } from '../../../../src/extract/learned/cross-validation.js';
import type { LinearModel } from '../../../../src/extract/learned/model.js';
import { loadRelationModel, loadReranker } from '../../../../src/extract/learned/relation-model.js';
import { proposalLabeller } from '../../../../src/extract/learned/rerank-training.js';
import { Reranker, RIGHT, WRONG } from '../../../../src/extract/learned/rerank.js';
import { devBriefing } from './support.js';

/** A reranker that trusts one proposer and not the others: its decisions must follow (classes in training's sorted order). */
const trusting = (layer: string): Reranker => {
  const model: LinearModel = { classes: [RIGHT, WRONG], weights: { bias: [[1, 2]], [`layer=${layer}`]: [[0, 4]] } };
  return new Reranker(model);
};

describe('the reranker over every proposal', () => {
  const { text, parse, gold } = devBriefing('blinken-astana-readout-2023-02-28');
  const meta = { publishedAt: gold.briefing.publishedAt, id: 'blinken-astana', title: 'Blinken in Astana' };
  const key = (r: { source: string; type: string; target: string }) => `${r.source}|${r.type}|${r.target}`;
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
    const strict = reranked(loadReranker(), 0.6);
    expect(strict.relations.map(key).sort()).toEqual(
      all.relations
        .filter((r) => r.confidence >= 0.6)
        .map(key)
        .sort(),
    );
    expect(new Set(all.relations.map((r) => r.confidence)).size, 'confidence is a probability per proposal, not a constant').toBeGreaterThan(2);
  });

  it('labels a proposal RIGHT exactly when src/eval/score.ts counts it a true positive, alone in a draft', () => {
    const draft = reranked(loadReranker(), 0);
    const label = proposalLabeller(gold, demonymMap());
    const actor = (id: string) => {
      const a = draft.actors.find((x) => x.id === id)!;
      return { name: a.name, aliases: new Set(a.aliases) } as unknown as Actor;
    };
    const counted = { right: 0, wrong: 0 };
    for (const r of draft.relations) {
      const alone = scoreBriefing({ ...draft, actors: draft.actors.map((a) => ({ ...a, roles: [] })), relations: [r] }, gold, { demonyms: demonymMap() });
      const verdict = label(actor(r.source), r.type, actor(r.target));
      expect(verdict === RIGHT, key(r)).toBe(alone.relations.tp === 1);
      if (verdict === WRONG) expect(alone.relations.fp, key(r)).toBe(1);
      counted[verdict === RIGHT ? 'right' : 'wrong'] += 1;
    }
    expect(counted.right).toBeGreaterThan(0);
    expect(counted.wrong).toBeGreaterThan(0);
  });
});
