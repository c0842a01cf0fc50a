import type { BriefingFile } from '../../ingest/briefing-format.js';
import { impliedAffiliations } from '../../eval/score.js';
import type { GoldFile } from '../../eval/gold.js';
import { foldName, lookupKeys } from '../../text/fold.js';
import { SYMMETRIC_RELATION_TYPES } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import { extractDraft, proposeRelations, RERANK_POOL_MIN_PROBABILITY } from '../extract-briefing.js';
import { trainingExamples } from './examples.js';
import { Classifier, train, type LinearModel, type TrainingExample } from './model.js';
import { Reranker, RERANK_TRAIN_OPTIONS, RIGHT, WRONG } from './rerank.js';
import type { AnnotatedBriefing } from './training-set.js';

const SYMMETRIC: ReadonlySet<string> = new Set(SYMMETRIC_RELATION_TYPES);

/**
 * Whether a proposal is right, as src/eval/score.ts counts a proposed relation: both ends match gold actors (any folded
 * name or alias), its type is the gold type or one of `alt_types`, its target the gold target or one of `alt_targets`
 * (either way round for a symmetric type). RIGHT when a stated gold relation matches, null (neither: left out of
 * training) when only an optional one does or it is an affiliation a gold role title implies, else WRONG.
 */
export function proposalLabeller(gold: GoldFile, demonyms: ReadonlyMap<string, string>): (source: Actor, type: string, target: Actor) => string | null {
  const goldKeys = gold.actors.map((a) => new Set(lookupKeys(a.name, a.aliases)));
  const indexByName = (name: string) => {
    const folded = foldName(name);
    return goldKeys.findIndex((keys) => keys.has(folded) || keys.has(folded.replace(/^the /, '')));
  };
  const relations = gold.relations.map((g) => ({
    optional: g.optional ?? false,
    source: indexByName(g.source),
    targets: [g.target, ...(g.alt_targets ?? [])].map(indexByName),
    types: [g.type, ...(g.alt_types ?? [])],
  }));
  const implied = impliedAffiliations(gold, goldKeys, { demonyms });
  const goldOf = (actor: Actor) => {
    const keys = lookupKeys(actor.name, [...actor.aliases]);
    return goldKeys.map((g, i) => (keys.some((k) => g.has(k)) ? i : -1)).filter((i) => i >= 0);
  };
  return (source, type, target) => {
    const ss = goldOf(source);
    const ts = goldOf(target);
    const holding = relations.filter(
      (g) =>
        g.types.includes(type) &&
        ((ss.includes(g.source) && g.targets.some((t) => ts.includes(t))) ||
          (SYMMETRIC.has(type) && ts.includes(g.source) && g.targets.some((t) => ss.includes(t)))),
    );
    if (holding.some((g) => !g.optional)) return RIGHT;
    if (holding.length) return null;
    if (type === 'AFFILIATED_WITH' && ss.some((s) => ts.some((t) => implied.has(`${s}|${t}`)))) return null;
    return WRONG;
  };
}

const metaOf = (b: AnnotatedBriefing) => ({
  publishedAt: b.gold.briefing.publishedAt,
  id: b.gold.briefing.id,
  title: b.gold.briefing.title ?? b.gold.briefing.id,
});
const firstStage = (classifier: Classifier) => ({ classifier, minProbability: RERANK_POOL_MIN_PROBABILITY, vetoBelow: 0 });

/** Every relation proposed for an annotated briefing (the first stage being `classifier`), labelled, as the reranker's training examples. */
export function proposalExamples(b: AnnotatedBriefing, classifier: Classifier, demonyms: ReadonlyMap<string, string>): TrainingExample[] {
  const { reading, proposed, features } = proposeRelations(b.text, metaOf(b), { parse: b.parse, combine: 'reranked', learned: firstStage(classifier) });
  const label = proposalLabeller(b.gold, demonyms);
  const resolve = (a: Actor) => reading.registry.resolve(a);
  return proposed.flatMap((r, i) => {
    const l = label(resolve(r.source), r.type, resolve(r.target));
    return l && features ? [{ features: features[i]!, label: l }] : [];
  });
}

/** The committed reranker is trained on proposals scored out of this many folds (as `npm run eval:learned`'s default). */
export const RERANK_FOLDS = 5;

/** Fold `i` of `k` holds every k-th briefing in name order from the i-th (as src/extract/learned/cross-validation.ts). */
const foldOf = (sorted: readonly AnnotatedBriefing[], folds: number) => new Map(sorted.map((b, i) => [b, i % folds]));

/**
 * The reranker's training data, out of fold: the proposals of each briefing are made by a first stage trained on the other
 * folds only, so the first stage's probabilities read as they will on unseen text. Also the first stage of each fold.
 */
export function outOfFoldProposals(
  briefings: readonly AnnotatedBriefing[],
  folds: number,
  demonyms: ReadonlyMap<string, string>,
): { proposals: Map<AnnotatedBriefing, TrainingExample[]>; firstStages: Classifier[]; fold: Map<AnnotatedBriefing, number> } {
  const sorted = [...briefings].sort((a, b) => a.file.localeCompare(b.file));
  const fold = foldOf(sorted, folds);
  const pairs = new Map(sorted.map((b) => [b, trainingExamples(b, null)]));
  const proposals = new Map<AnnotatedBriefing, TrainingExample[]>();
  const firstStages: Classifier[] = [];
  for (let f = 0; f < folds; f += 1) {
    const classifier = new Classifier(train(sorted.filter((b) => fold.get(b) !== f).flatMap((b) => pairs.get(b)!)));
    firstStages.push(classifier);
    for (const b of sorted.filter((x) => fold.get(x) === f)) proposals.set(b, proposalExamples(b, classifier, demonyms));
  }
  return { proposals, firstStages, fold };
}

/** Trains the second stage on labelled proposals, in the given order. Deterministic. */
export function trainReranker(examples: readonly TrainingExample[]): LinearModel {
  return train(examples, RERANK_TRAIN_OPTIONS);
}

/** A briefing's draft with every proposal the reranker gives any probability, its confidence that probability: a threshold is then a filter. */
export function rerankedDraft(b: AnnotatedBriefing, classifier: Classifier, reranker: Reranker): BriefingFile {
  return extractDraft(b.text, metaOf(b), { parse: b.parse, combine: 'reranked', learned: firstStage(classifier), rerank: { reranker, minProbability: 0 } });
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
): { drafts: Map<AnnotatedBriefing, BriefingFile>; proposals: Map<AnnotatedBriefing, TrainingExample[]> } {
  const { proposals, firstStages, fold } = outOfFoldProposals(briefings, folds, demonyms);
  const sorted = [...proposals.keys()];
  const drafts = new Map<AnnotatedBriefing, BriefingFile>();
  for (let f = 0; f < folds; f += 1) {
    const reranker = new Reranker(trainReranker(sorted.filter((b) => fold.get(b) !== f).flatMap((b) => proposals.get(b)!)));
    for (const b of sorted.filter((x) => fold.get(x) === f)) drafts.set(b, rerankedDraft(b, firstStages[f]!, reranker));
  }
  return { drafts, proposals };
}
