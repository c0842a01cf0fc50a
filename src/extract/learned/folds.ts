import { trainingExamples } from './examples.js';
import { Classifier, RELATION_TRAIN_OPTIONS, train, type TrainOptions } from './model.js';
import type { AnnotatedBriefing } from './training-set.js';

/**
 * The folds of grouped k-fold cross-validation by briefing, the one assignment every out-of-fold measure and training
 * uses (cross-validation.ts, rerank-training.ts, the learned family's calibration): in name order, fold i holds every
 * k-th briefing from the i-th, so a briefing's pairs never sit in two folds and the same briefings give the same folds.
 */
export function groupedFolds<B extends AnnotatedBriefing>(briefings: readonly B[], folds: number): { sorted: B[]; fold: Map<B, number> } {
  const sorted = [...briefings].sort((a, b) => a.file.localeCompare(b.file));
  return { sorted, fold: new Map(sorted.map((b, i) => [b, i % folds])) };
}

/** How many folds the committed out-of-fold trainings use: the reranker's training data, the learned family's calibration. */
export const OUT_OF_FOLD_FOLDS = 5;

/**
 * One first-stage model per fold, each trained on the other folds' briefings only: what reads a briefing as the
 * committed model reads unseen text (its probabilities are not those of a model that learned the briefing's own pairs).
 * Deterministic.
 */
export function outOfFoldClassifiers<B extends AnnotatedBriefing>(
  briefings: readonly B[],
  folds: number,
  options: TrainOptions = RELATION_TRAIN_OPTIONS,
): { sorted: B[]; fold: Map<B, number>; classifiers: Classifier[] } {
  const { sorted, fold } = groupedFolds(briefings, folds);
  const pairs = new Map(sorted.map((b) => [b, trainingExamples(b, null)]));
  const classifiers = Array.from(
    { length: folds },
    (_, f) =>
      new Classifier(
        train(
          sorted.filter((b) => fold.get(b) !== f).flatMap((b) => pairs.get(b)!),
          options,
        ),
      ),
  );
  return { sorted, fold, classifiers };
}
