import { RELATION_TYPE_INFO } from '../../vocabulary/relation-types.js';
import type { DraftRelation } from '../relations/types.js';
import type { Actor } from '../actors.js';
import { ruleFamily } from '../precision/calibration.js';
import { factKey } from '../combine-relations.js';
import { NONE } from './align.js';
import type { LearnedReading } from './learned-drafts.js';
import { Classifier, type LinearModel, type TrainOptions, DEFAULT_TRAIN_OPTIONS } from './model.js';

/**
 * The second stage of the learned layer: a binary logistic regression that decides, for every relation proposed — by a
 * rule family (surface, structural verb, event noun, dismissal) or by the first-stage model — whether it is right, reading
 * who proposed it and how sure that layer is, the first stage's probabilities for the proposed type, for NONE and for the
 * runner-up, and how many layers agree or conflict. Its probability is the relation's confidence in the 'reranked' mode,
 * and a threshold decides what the draft proposes (docs/extraction.md, "The learned relation layer": the type, the actor kinds, how
 * the ends were reached, modality, sentence length and position were tried as features too, and read worse on the
 * check split than on cross-validation, so they are left out).
 */

/** The reranker's two classes: the proposal matches a gold relation (as src/eval/score.ts matches them), or not. */
export const RIGHT = 'RIGHT';
export const WRONG = 'WRONG';

/** Training of the second stage: the first stage's, with a stronger penalty and rarer features dropped (its examples are few). */
export const RERANK_TRAIN_OPTIONS: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, l2: 1e-2, minCount: 3 };

/** A probability as one of ten bands (0.0 … 0.9): a linear model then weighs each band on its own. */
const band = (p: number) => (Math.min(9, Math.floor(p * 10)) / 10).toFixed(1);
const countBand = (n: number) => (n >= 2 ? '2+' : String(n));

/**
 * What the reranker reads of each proposal (in `given` order): its proposer and that layer's confidence (a rule family's
 * calibrated one, or the first stage's probability), the first stage's probabilities for the proposed type, NONE and the
 * runner-up and whether the proposed type is its best reading, how many layers propose the same relation in the same
 * sentence and which, in how many other sentences it is proposed, and whether another proposal of the sentence gives the
 * same two actors another type or the other direction. Pure.
 */
export function proposalFeatures(given: readonly DraftRelation[], reading: LearnedReading, resolve: (a: Actor) => Actor): string[][] {
  const proposals = given.map((r) => ({ ...r, source: resolve(r.source), target: resolve(r.target) }));
  const sameSentenceFact = new Map<string, Set<string>>();
  const factSentences = new Map<string, Set<number>>();
  const pairReadings = new Map<string, Set<string>>();
  const add = <V>(map: Map<string, Set<V>>, key: string, value: V) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
  const pairOf = (r: DraftRelation) => `${r.sentence.index}|${Math.min(r.source.key, r.target.key)}|${Math.max(r.source.key, r.target.key)}`;
  const readingOf = (r: DraftRelation) => `${r.type}|${RELATION_TYPE_INFO[r.type].symmetric ? '' : r.source.key}`;
  for (const r of proposals) {
    add(sameSentenceFact, `${r.sentence.index}|${factKey(r)}`, ruleFamily(r));
    add(factSentences, factKey(r), r.sentence.index);
    add(pairReadings, pairOf(r), readingOf(r));
  }
  const noneIndex = reading.classes.indexOf(NONE);
  return proposals.map((r) => {
    const layer = ruleFamily(r);
    const f = ['bias', `layer=${layer}`, `conf=${band(r.confidence)}`];
    const agreeing = sameSentenceFact.get(`${r.sentence.index}|${factKey(r)}`)!;
    f.push(`layers=${agreeing.size}`, ...[...agreeing].filter((l) => l !== layer).map((l) => `with=${l}`));
    f.push(`elsewhere=${countBand(factSentences.get(factKey(r))!.size - 1)}`);
    const others = [...pairReadings.get(pairOf(r))!].filter((x) => x !== readingOf(r));
    if (others.some((x) => !x.startsWith(`${r.type}|`))) f.push('conflict=type');
    if (others.some((x) => x.startsWith(`${r.type}|`))) f.push('conflict=direction');
    // the first stage's reading of the pair, in the proposed direction (either, for a symmetric type)
    const pair =
      reading.pair(r.sentence.index, r.source, r.target) ?? (RELATION_TYPE_INFO[r.type].symmetric ? reading.pair(r.sentence.index, r.target, r.source) : null);
    if (!pair) {
      f.push('first=unseen');
      return f;
    }
    const typeIndex = reading.classes.indexOf(r.type);
    const pType = typeIndex < 0 ? 0 : pair.probabilities[typeIndex]!;
    const pNone = noneIndex < 0 ? 0 : pair.probabilities[noneIndex]!;
    let runnerUp = 0;
    let top = 0;
    pair.probabilities.forEach((p, k) => {
      if (k !== typeIndex && k !== noneIndex) runnerUp = Math.max(runnerUp, p);
      if (p > pair.probabilities[top]!) top = k;
    });
    f.push(`first.p=${band(pType)}`, `first.none=${band(pNone)}`, `first.runner=${band(runnerUp)}`);
    f.push(`first.top=${top === typeIndex ? 'same' : top === noneIndex ? 'none' : 'other'}`);
    return f;
  });
}

/** A trained second stage, ready to score proposals. */
export class Reranker {
  private readonly classifier: Classifier;
  private readonly right: number;

  constructor(model: LinearModel) {
    this.classifier = new Classifier(model);
    this.right = model.classes.indexOf(RIGHT);
    if (this.right < 0) throw new Error(`a reranker model needs the class ${RIGHT}, has ${model.classes.join(', ')}`);
  }

  /** The probability that a proposal with these features is right. */
  probability(features: readonly string[]): number {
    return this.classifier.probabilities(features)[this.right]!;
  }
}

/** The proposals the reranker gives at least `minProbability`, each with that probability (rounded) as its confidence. */
export function reranked<R extends DraftRelation>(
  proposals: readonly R[],
  features: readonly (readonly string[])[],
  reranker: Reranker,
  minProbability: number,
): R[] {
  const out: R[] = [];
  proposals.forEach((r, i) => {
    const p = reranker.probability(features[i]!);
    if (p >= minProbability) out.push({ ...r, confidence: Math.round(p * 100) / 100 });
  });
  return out;
}
