import type { BriefingFile } from '../../ingest/briefing-format.js';
import { verdictAlone, type RelationVerdict } from '../../eval/score.js';
import type { Actor } from '../actors.js';
import { extractDraft, proposeRelations, RERANK_POOL_MIN_PROBABILITY } from '../extract-briefing.js';
import { OUT_OF_FOLD_FOLDS, outOfFoldClassifiers } from './folds.js';
import { RELATION_TRAIN_OPTIONS, train, type Classifier, type LinearModel, type TrainingExample, type TrainOptions } from './model.js';
import { Reranker, RERANK_TRAIN_OPTIONS, RIGHT, WRONG } from './rerank.js';
import { briefingMeta, type AnnotatedBriefing } from './training-set.js';

/** A proposal's training label: RIGHT when src/eval/score.ts counts it a true positive alone in a draft, WRONG when a false one, else null (left out). */
const LABEL_OF_VERDICT: Record<RelationVerdict, string | null> = { right: RIGHT, wrong: WRONG, neutral: null };

const firstStage = (classifier: Classifier) => ({ classifier, minProbability: RERANK_POOL_MIN_PROBABILITY, vetoBelow: 0 });

/** Every relation proposed for an annotated briefing (the first stage being `classifier`), labelled, as the reranker's training examples. */
export function proposalExamples(b: AnnotatedBriefing, classifier: Classifier, demonyms: ReadonlyMap<string, string>): TrainingExample[] {
  const { reading, proposed, features } = proposeRelations(b.text, briefingMeta(b), { parse: b.parse, combine: 'reranked', learned: firstStage(classifier) });
  const verdict = verdictAlone(b.gold, { demonyms });
  const named = (a: Actor) => {
    const actor = reading.registry.resolve(a);
    return { name: actor.name, aliases: [...actor.aliases] };
  };
  return proposed.flatMap((r, i) => {
    const l = LABEL_OF_VERDICT[verdict(named(r.source), r.type, named(r.target))];
    return l && features ? [{ features: features[i]!, label: l }] : [];
  });
}

/** The committed reranker is trained on proposals scored out of this many folds (as `npm run eval:learned`'s default). */
export const RERANK_FOLDS = OUT_OF_FOLD_FOLDS;

/**
 * The reranker's training data, out of fold: the proposals of each briefing are made by a first stage trained on the other
 * folds only, so the first stage's probabilities read as they will on unseen text. Also the first stage of each fold.
 */
export function outOfFoldProposals(
  briefings: readonly AnnotatedBriefing[],
  folds: number,
  demonyms: ReadonlyMap<string, string>,
  options: TrainOptions = RELATION_TRAIN_OPTIONS,
): { proposals: Map<AnnotatedBriefing, TrainingExample[]>; firstStages: Classifier[]; fold: Map<AnnotatedBriefing, number> } {
  const { sorted, fold, classifiers } = outOfFoldClassifiers(briefings, folds, options);
  // fold by fold, as the reranker's training order has always been
  const inFoldOrder = classifiers.flatMap((_, f) => sorted.filter((b) => fold.get(b) === f));
  const proposals = new Map(inFoldOrder.map((b) => [b, proposalExamples(b, classifiers[fold.get(b)!]!, demonyms)]));
  return { proposals, firstStages: classifiers, fold };
}

/** Trains the second stage on labelled proposals, in the given order. Deterministic. */
export function trainReranker(examples: readonly TrainingExample[]): LinearModel {
  return train(examples, RERANK_TRAIN_OPTIONS);
}

/** A briefing's draft with every proposal the reranker gives any probability, its confidence that probability: a threshold is then a filter. */
export function rerankedDraft(b: AnnotatedBriefing, classifier: Classifier, reranker: Reranker): BriefingFile {
  return extractDraft(b.text, briefingMeta(b), {
    parse: b.parse,
    combine: 'reranked',
    learned: firstStage(classifier),
    rerank: { reranker, minProbability: 0 },
  });
}

/**
 * Grouped cross-validation of the whole two-stage layer: the drafts of each fold's briefings, by a first stage trained on
 * the other folds and a reranker trained on the other folds' out-of-fold proposals. (The other folds' proposals were made
 * by first stages that saw this fold's pairs, never its proposals' labels.)
 */
export function crossValidatedDrafts(
  briefings: readonly AnnotatedBriefing[],
  folds: number,
  demonyms: ReadonlyMap<string, string>,
  options: TrainOptions = RELATION_TRAIN_OPTIONS,
): { drafts: Map<AnnotatedBriefing, BriefingFile>; proposals: Map<AnnotatedBriefing, TrainingExample[]> } {
  const { proposals, firstStages, fold } = outOfFoldProposals(briefings, folds, demonyms, options);
  const sorted = [...proposals.keys()];
  const drafts = new Map<AnnotatedBriefing, BriefingFile>();
  for (let f = 0; f < folds; f += 1) {
    const reranker = new Reranker(trainReranker(sorted.filter((b) => fold.get(b) !== f).flatMap((b) => proposals.get(b)!)));
    for (const b of sorted.filter((x) => fold.get(x) === f)) drafts.set(b, rerankedDraft(b, firstStages[f]!, reranker));
  }
  return { drafts, proposals };
}
