import type { AnnotatedBriefing } from './training-set.js';

/**
 * The folds of grouped k-fold cross-validation by briefing, the one assignment every out-of-fold measure and training
 * uses (cross-validation.ts, rerank-training.ts): in name order, fold i holds every k-th briefing from the i-th, so a
 * briefing's pairs never sit in two folds and the same briefings give the same folds.
 */
export function groupedFolds<B extends AnnotatedBriefing>(briefings: readonly B[], folds: number): { sorted: B[]; fold: Map<B, number> } {
  const sorted = [...briefings].sort((a, b) => a.file.localeCompare(b.file));
  return { sorted, fold: new Map(sorted.map((b, i) => [b, i % folds])) };
}
