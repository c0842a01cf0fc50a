import { demonymMap } from '../../eval/demonyms.js';
import { addCounts, scoreBriefing, type Counts } from '../../eval/score.js';
import { extractDraft, type CombineMode } from '../extract-briefing.js';
import { trainingExamples } from './examples.js';
import { groupedFolds } from './folds.js';
import { Classifier, RELATION_TRAIN_OPTIONS, train, type TrainingExample, type TrainOptions } from './model.js';
import { briefingMeta, type AnnotatedBriefing } from './training-set.js';
import type { TextVectors } from '../../nlp/encoder/encoder-client.js';

/** One way of extracting, scored: a combine mode and, for the modes reading the learned layer, its threshold. */
export interface Setting {
  combine: CombineMode;
  minProbability: number;
  /** For the vetoed modes: rule relations the model gives less are dropped. */
  vetoBelow: number;
}

export interface SettingScore extends Setting {
  relations: Counts;
  actors: Counts;
}

/**
 * Grouped k-fold cross-validation by briefing (the folds of ./folds.ts); a model
 * trained on the other folds extracts the held ones, scored by src/eval/score.ts. Every briefing is predicted exactly once,
 * by a model that never saw it. With `vectors`, the models read the sentence encoder's vectors too. Deterministic.
 */
export function crossValidate(
  briefings: readonly AnnotatedBriefing[],
  folds: number,
  settings: readonly Setting[],
  vectors: TextVectors | null,
  options: TrainOptions = RELATION_TRAIN_OPTIONS,
): SettingScore[] {
  const { sorted, fold: foldOf } = groupedFolds(briefings, folds);
  const examples = new Map(sorted.map((b) => [b, trainingExamples(b, vectors)]));
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const totals = settings.map((s) => ({ ...s, relations: zero(), actors: zero() }));
  const demonyms = demonymMap();
  for (let fold = 0; fold < folds; fold += 1) {
    const held = sorted.filter((b) => foldOf.get(b) === fold);
    const trainingSet: TrainingExample[] = sorted.filter((b) => foldOf.get(b) !== fold).flatMap((b) => examples.get(b)!);
    const classifier = new Classifier(train(trainingSet, options));
    for (const b of held) {
      for (const t of totals) {
        const score = scoreSetting(b, classifier, t, demonyms);
        t.relations = addCounts(t.relations, score.relations);
        t.actors = addCounts(t.actors, score.actors);
      }
    }
  }
  return totals;
}

/** Scores a trained model on briefings it was not trained on (the check split, the seed). */
export function scoreWith(briefings: readonly AnnotatedBriefing[], classifier: Classifier, settings: readonly Setting[]): SettingScore[] {
  const demonyms = demonymMap();
  return settings.map((s) => {
    let relations: Counts = { tp: 0, fp: 0, fn: 0 };
    let actors: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const b of briefings) {
      const score = scoreSetting(b, classifier, s, demonyms);
      relations = addCounts(relations, score.relations);
      actors = addCounts(actors, score.actors);
    }
    return { ...s, relations, actors };
  });
}

/** One briefing extracted with one setting of the learned layer and scored against its gold. */
function scoreSetting(
  b: AnnotatedBriefing,
  classifier: Classifier,
  setting: Setting,
  demonyms: ReturnType<typeof demonymMap>,
): ReturnType<typeof scoreBriefing> {
  const draft = extractDraft(b.text, briefingMeta(b), {
    parse: b.parse,
    combine: setting.combine,
    learned: { classifier, minProbability: setting.minProbability, vetoBelow: setting.vetoBelow },
  });
  return scoreBriefing(draft, b.gold, { demonyms });
}
