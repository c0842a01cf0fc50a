import { createHash } from 'node:crypto';
import { addCounts, scoreBriefing, type Counts } from '../../eval/score.js';
import { extractDraft } from '../extract-briefing.js';
import { demonymMap } from '../../eval/demonyms.js';
import { NONE } from './align.js';
import { trainingExamples } from './examples.js';
import { groupedFolds } from './folds.js';
import { Classifier, RELATION_TRAIN_OPTIONS, train, type TrainOptions } from './model.js';
import { briefingMeta, type AnnotatedBriefing } from './training-set.js';

/** One point of the learning curve: the share of each fold's training briefings the model learnt from, and what it read of the held folds. */
export interface CurvePoint {
  fraction: number;
  /** Training briefings and annotated relations (pairs labelled with a type) per fold, summed over the folds. */
  briefings: number;
  relations: number;
  /** The learned layer alone, its relations of at least each probability, over every held briefing. */
  scores: { minProbability: number; relations: Counts }[];
}

/** A fixed order of the briefings that does not follow their names (so a share of them mixes sources and years): by a hash of the name. */
const hashOrder = (b: AnnotatedBriefing) => createHash('sha256').update(b.file).digest('hex');

/**
 * The learned layer's learning curve by grouped cross-validation: for each fold (./folds.ts), models trained on the first
 * `fraction` of the other folds' briefings (in a fixed hashed order, so each share holds the smaller ones) extract the
 * held fold, alone (combine mode `learned`), scored by src/eval/score.ts at each threshold (a relation's confidence is
 * its probability, rounded to two decimals). Every share is scored on the same held briefings. Deterministic.
 */
export function learningCurve(
  briefings: readonly AnnotatedBriefing[],
  folds: number,
  fractions: readonly number[],
  thresholds: readonly number[],
  options: TrainOptions = RELATION_TRAIN_OPTIONS,
): CurvePoint[] {
  const { sorted, fold } = groupedFolds(briefings, folds);
  const examples = new Map(sorted.map((b) => [b, trainingExamples(b, null)]));
  const order = [...sorted].sort((a, b) => hashOrder(a).localeCompare(hashOrder(b)));
  const demonyms = demonymMap();
  const lowest = Math.min(...thresholds);
  return fractions.map((fraction) => {
    const point: CurvePoint = {
      fraction,
      briefings: 0,
      relations: 0,
      scores: thresholds.map((t) => ({ minProbability: t, relations: { tp: 0, fp: 0, fn: 0 } })),
    };
    for (let f = 0; f < folds; f += 1) {
      const pool = order.filter((b) => fold.get(b) !== f);
      const subset = pool.slice(0, Math.round(fraction * pool.length));
      const trainingSet = subset.flatMap((b) => examples.get(b)!);
      point.briefings += subset.length;
      point.relations += trainingSet.filter((e) => e.label !== NONE).length;
      const classifier = new Classifier(train(trainingSet, options));
      for (const b of sorted.filter((x) => fold.get(x) === f)) {
        const meta = briefingMeta(b);
        const draft = extractDraft(b.text, meta, { parse: b.parse, combine: 'learned', learned: { classifier, minProbability: lowest, vetoBelow: 0 } });
        for (const s of point.scores) {
          const kept = { ...draft, relations: draft.relations.filter((r) => r.confidence >= s.minProbability) };
          s.relations = addCounts(s.relations, scoreBriefing(kept, b.gold, { demonyms }).relations);
        }
      }
    }
    return point;
  });
}
