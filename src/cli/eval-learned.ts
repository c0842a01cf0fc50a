import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';
import { f1, precision, recall, type Counts } from '../eval/score.js';
import { readFileSync } from 'node:fs';
import { addCounts, scoreBriefing } from '../eval/score.js';
import type { BriefingFile } from '../ingest/briefing-format.js';
import { demonymMap } from '../eval/demonyms.js';
import { crossValidate, scoreWith, type Setting, type SettingScore } from '../extract/learned/cross-validation.js';
import { crossValidatedDrafts, outOfFoldProposals, rerankedDraft, trainReranker } from '../extract/learned/rerank-training.js';
import { Reranker } from '../extract/learned/rerank.js';
import type { AnnotatedBriefing } from '../extract/learned/training-set.js';
import { annotatedTexts, checkSplit, DEFAULT_TRAINING_FOLDERS, readAnnotated } from '../extract/learned/training-set.js';
import { trainingExamples } from '../extract/learned/examples.js';
import { Classifier, NONE_CLASS_WEIGHT, RELATION_TRAIN_OPTIONS, train, type TrainOptions } from '../extract/learned/model.js';
import { NONE } from '../extract/learned/align.js';
import { learningCurve } from '../extract/learned/learning-curve.js';
import { LEARNED_MIN_PROBABILITY, LEARNED_VETO_BELOW, RERANK_MIN_PROBABILITY } from '../extract/extract-briefing.js';
import { StoredParses } from '../nlp/parser.js';
import { sharedEncoder } from '../nlp/encoder/encoder-client.js';
import { runCommand, UsageError } from './run-cli.js';

/**
 * `npm run eval:learned -- [--folds 5] [--thresholds 0.5,0.7] [--vetoes 0.1] [--encoder] [folders or files]`: grouped k-fold cross-validation of the
 * learned relation layer by briefing (the check split excepted), printing relations P/R/F1 of the rules alone, the learned
 * layer alone and the two combined, at each threshold: the tuning signal of the learned layer. Check-split briefings among
 * the files given are then scored, totals only, by a model trained on all the others.
 */
const DEFAULT_FOLDS = 5;

function evalLearned(
  targets: readonly string[],
  foldsArg: string | undefined,
  thresholdsArg: string | undefined,
  vetoesArg: string | undefined,
  withEncoder: boolean,
  rerank: { thresholds: string | undefined; subsets: string | undefined } | null,
  curveArg: string | undefined,
  noneWeightArg: string | undefined,
): number {
  const folds = foldsArg === undefined ? DEFAULT_FOLDS : Number(foldsArg);
  const thresholds = thresholdsArg ? thresholdsArg.split(',').map(Number) : [LEARNED_MIN_PROBABILITY];
  const vetoes = vetoesArg ? vetoesArg.split(',').map(Number) : [LEARNED_VETO_BELOW];
  const noneWeight = noneWeightArg === undefined ? NONE_CLASS_WEIGHT : Number(noneWeightArg);
  if (!(noneWeight > 0)) throw new UsageError('eval-learned: --none-weight must be a positive number');
  const options: TrainOptions = { ...RELATION_TRAIN_OPTIONS, classWeights: { ...RELATION_TRAIN_OPTIONS.classWeights, [NONE]: noneWeight } };
  if (!Number.isInteger(folds) || folds < 2) throw new UsageError('eval-learned: --folds must be an integer of at least 2');
  if (thresholds.some((t) => !(t >= 0 && t <= 1))) throw new UsageError('eval-learned: --thresholds must be probabilities between 0 and 1, comma-separated');
  if (vetoes.some((t) => !(t >= 0 && t <= 1))) throw new UsageError('eval-learned: --vetoes must be probabilities between 0 and 1, comma-separated');
  const folders = (targets.length ? targets : DEFAULT_TRAINING_FOLDERS).map((f) => path.resolve(PROJECT_ROOT, f));
  const excluded = checkSplit();
  const all = annotatedTexts(folders);
  const parses = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses'));
  const briefings = readAnnotated(
    all.filter((f) => !excluded.has(path.basename(f, '.txt'))),
    parses,
    PROJECT_ROOT,
  );
  const checks = readAnnotated(
    all.filter((f) => excluded.has(path.basename(f, '.txt'))),
    parses,
    PROJECT_ROOT,
  );
  if (rerank) return evalReranker(briefings, checks, folds, rerank.thresholds, rerank.subsets, options);
  if (curveArg !== undefined) return printLearningCurve(briefings, folds, curveArg, thresholdsArg ? thresholds : LEARNING_CURVE_THRESHOLDS, options);
  const settings: Setting[] = [
    { combine: 'surface+structure', minProbability: 1, vetoBelow: 0 },
    ...thresholds.flatMap((t): Setting[] => [
      { combine: 'learned', minProbability: t, vetoBelow: 0 },
      { combine: 'surface+structure+learned', minProbability: t, vetoBelow: 0 },
    ]),
    ...vetoes.flatMap((v): Setting[] => [
      { combine: 'surface+structure-vetoed', minProbability: 1, vetoBelow: v },
      ...thresholds.map((t): Setting => ({ combine: 'surface+structure-vetoed+learned', minProbability: t, vetoBelow: v })),
    ]),
  ];
  const started = performance.now();
  const vectors = withEncoder ? sharedEncoder() : null;
  const scores = crossValidate(briefings, folds, settings, vectors, options);
  process.stdout.write(
    `${folds}-fold cross-validation by briefing on ${briefings.length} briefings (check split excepted), ${withEncoder ? 'with the sentence encoder' : 'sparse features'}\n`,
  );
  for (const s of scores) process.stdout.write(`${row(s)}\n`);
  if (checks.length) {
    // the check split: totals only, by a model trained on every other briefing given
    const classifier = new Classifier(
      train(
        briefings.flatMap((b) => trainingExamples(b, vectors)),
        options,
      ),
    );
    process.stdout.write(`check split (${checks.length} briefings, never trained on): totals\n`);
    for (const s of scoreWith(checks, classifier, settings)) process.stdout.write(`${row(s)}\n`);
  }
  process.stdout.write(`in ${Math.round((performance.now() - started) / 1000)} s\n`);
  return 0;
}

/** The shares of the training briefings a learning curve is printed at, unless given; and its thresholds. */
const LEARNING_CURVE_FRACTIONS = [0.25, 0.5, 0.75, 1];
const LEARNING_CURVE_THRESHOLDS = [0.5, 0.7];

/**
 * `--learning-curve [0.25,0.5,0.75,1]`: the learned layer alone by grouped cross-validation, each fold's model trained on
 * a share of the other folds' briefings: whether recall still grows with annotated data.
 */
function printLearningCurve(
  briefings: readonly AnnotatedBriefing[],
  folds: number,
  curveArg: string,
  thresholds: readonly number[],
  options: TrainOptions,
): number {
  const fractions = curveArg ? curveArg.split(',').map(Number) : LEARNING_CURVE_FRACTIONS;
  if (fractions.some((f) => !(f > 0 && f <= 1))) throw new UsageError('eval-learned: --learning-curve must be shares above 0 and at most 1, comma-separated');
  const started = performance.now();
  process.stdout.write(`learning curve: ${folds}-fold cross-validation by briefing on ${briefings.length} briefings (check split excepted), learned alone\n`);
  for (const point of learningCurve(briefings, folds, fractions, thresholds, options)) {
    const perFold = (n: number) => Math.round(n / folds);
    for (const s of point.scores)
      process.stdout.write(
        `${(point.fraction * 100).toFixed(0).padStart(3)}% (${perFold(point.briefings)} briefings, ${perFold(point.relations)} relations a fold)  p>=${s.minProbability.toFixed(2)}  relations P R F1 ${figures(s.relations)}\n`,
      );
  }
  process.stdout.write(`in ${Math.round((performance.now() - started) / 1000)} s\n`);
  return 0;
}

/** The reranker's thresholds a curve is printed at, unless given. */
const RERANK_CURVE = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

/**
 * `--rerank`: the two-stage layer's curve over the reranker's threshold, by grouped cross-validation (first stage and
 * reranker both trained out of fold), then on the check split (totals only) and any subsets of it named by list files.
 */
function evalReranker(
  briefings: readonly AnnotatedBriefing[],
  checks: readonly AnnotatedBriefing[],
  folds: number,
  thresholdsArg: string | undefined,
  subsetsArg: string | undefined,
  options: TrainOptions,
): number {
  const thresholds = thresholdsArg ? thresholdsArg.split(',').map(Number) : RERANK_CURVE;
  if (thresholds.some((t) => !(t >= 0 && t <= 1)))
    throw new UsageError('eval-learned: --rerank-thresholds must be probabilities between 0 and 1, comma-separated');
  const started = performance.now();
  const demonyms = demonymMap();
  const { drafts } = crossValidatedDrafts(briefings, folds, demonyms, options);
  process.stdout.write(
    `reranker: ${folds}-fold cross-validation by briefing on ${briefings.length} briefings (check split excepted), default threshold ${RERANK_MIN_PROBABILITY}\n`,
  );
  printCurve([...drafts.entries()], thresholds, demonyms);
  if (checks.length) {
    const classifier = new Classifier(
      train(
        briefings.flatMap((b) => trainingExamples(b, null)),
        options,
      ),
    );
    const { proposals } = outOfFoldProposals(briefings, folds, demonyms, options);
    const reranker = new Reranker(trainReranker([...proposals.values()].flat()));
    const checked = checks.map((b): [AnnotatedBriefing, BriefingFile] => [b, rerankedDraft(b, classifier, reranker)]);
    process.stdout.write(`check split (${checks.length} briefings, never trained on): totals\n`);
    printCurve(checked, thresholds, demonyms);
    for (const list of subsetsArg ? subsetsArg.split(',') : []) {
      const names = new Set(
        readFileSync(list, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((f) => path.basename(f.trim())),
      );
      const subset = checked.filter(([b]) => names.has(b.file));
      process.stdout.write(`${list} (${subset.length} of the check split): totals\n`);
      printCurve(subset, thresholds, demonyms);
    }
  }
  process.stdout.write(`in ${Math.round((performance.now() - started) / 1000)} s\n`);
  return 0;
}

/** P/R/F1 of the drafts' relations of at least each confidence, and the precision of each band between two thresholds (calibration). */
function printCurve(drafts: readonly (readonly [AnnotatedBriefing, BriefingFile])[], thresholds: readonly number[], demonyms: ReadonlyMap<string, string>) {
  const rows = thresholds.map((t) => {
    let c: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const [b, draft] of drafts)
      c = addCounts(c, scoreBriefing({ ...draft, relations: draft.relations.filter((r) => r.confidence >= t) }, b.gold, { demonyms }).relations);
    return { t, c };
  });
  rows.forEach(({ t, c }, i) => {
    const next = rows[i + 1]?.c;
    const band = next ? `  band [${t.toFixed(2)}, ${rows[i + 1]!.t.toFixed(2)}) ${c.tp - next.tp}/${c.tp + c.fp - next.tp - next.fp} right` : '';
    process.stdout.write(`reranked p>=${t.toFixed(2)}  relations P R F1 ${figures(c)}${band}\n`);
  });
}

const figures = (c: Counts) => `${precision(c).toFixed(2)} ${recall(c).toFixed(2)} ${f1(c).toFixed(2)}  (${c.tp}/${c.fp}/${c.fn})`;
const row = (s: SettingScore) =>
  `${s.combine.padEnd(33)} ${s.combine === 'surface+structure' || s.combine === 'surface+structure-vetoed' ? '       ' : `p>=${s.minProbability.toFixed(2)}`} ${s.combine.includes('vetoed') ? `veto<${s.vetoBelow.toFixed(2)}` : '          '} relations P R F1 ${figures(s.relations)}  actors F1 ${f1(s.actors).toFixed(2)}`;

runCommand(
  {
    name: 'eval-learned',
    usage:
      '[<folder|briefing.txt>...] [--folds 5] [--thresholds 0.5,0.7] [--vetoes 0.1] [--encoder] [--rerank [--rerank-thresholds 0.5,0.6] [--subsets list.txt]] [--learning-curve 0.25,0.5,0.75,1]',
    summary:
      'Grouped k-fold cross-validation of the learned relation layer by briefing (the check split excepted): relations P/R/F1 of the rules alone, the learned layer alone and the combinations (added, vetoed), at each threshold; then the check split, totals only.',
    options: {
      folds: { type: 'string', description: `how many folds (default ${DEFAULT_FOLDS})` },
      thresholds: { type: 'string', description: `the learned layer's minimum probabilities, comma-separated (default ${LEARNED_MIN_PROBABILITY})` },
      encoder: { type: 'boolean', description: "models that also read the sentence encoder's vector of each pair (src/nlp/encoder/)" },
      'learning-curve': {
        type: 'string',
        description: `the learned layer alone with each fold's model trained on these shares of the other folds' briefings, comma-separated (default ${LEARNING_CURVE_FRACTIONS.join(',')}; "" for the default; at --thresholds, default ${LEARNING_CURVE_THRESHOLDS.join(',')})`,
      },
      'none-weight': {
        type: 'string',
        description: `the first stage's training weight of a pair no gold relation joins, beside 1 for a relation (default ${NONE_CLASS_WEIGHT}, the committed model's)`,
      },
      rerank: { type: 'boolean', description: "the two-stage layer's curve over the reranker's threshold (first stage and reranker trained out of fold)" },
      'rerank-thresholds': { type: 'string', description: 'with --rerank: the thresholds of the curve, comma-separated' },
      subsets: {
        type: 'string',
        description: 'with --rerank: files listing briefings (one path a line) whose check-split totals to print too, comma-separated',
      },
      vetoes: {
        type: 'string',
        description: `the vetoed modes' probabilities below which a rule relation is dropped, comma-separated (default ${LEARNED_VETO_BELOW})`,
      },
    },
  },
  async ({ values, positionals }) =>
    evalLearned(
      positionals,
      values.folds,
      values.thresholds,
      values.vetoes,
      values.encoder === true,
      values.rerank === true ? { thresholds: values['rerank-thresholds'], subsets: values.subsets } : null,
      values['learning-curve'],
      values['none-weight'],
    ),
);
