import path from 'node:path';
import { scoreBriefing } from '../../eval/score.js';
import { extractTraced, LEARNED_MIN_PROBABILITY, LEARNED_VETO_BELOW } from '../extract-briefing.js';
import { OUT_OF_FOLD_FOLDS, outOfFoldClassifiers } from '../learned/folds.js';
import type { StoredParses } from '../../nlp/parser.js';
import { demonymMap } from '../../eval/demonyms.js';
import { annotatedTexts, briefingMeta, checkSplit, readAnnotated, type AnnotatedBriefing } from '../learned/training-set.js';
import { RULE_FAMILIES, type Band, type ConfidenceFile, type RuleFamily, type RuleScore } from './calibration.js';

/**
 * How the calibrated confidences of rules/confidence.json are measured (`npm run calibrate`): every rule relation of
 * the drafts of development briefings, scored against their gold by src/eval/score.ts, counted right or wrong in the
 * band of its family's rule scores it falls in. Deterministic: the same briefings and rules give the same file.
 */

/** One rule relation of a draft: its family and own score, and whether the gold bears it out. */
export interface CalibrationSample extends RuleScore {
  right: boolean;
}

/** The fraction right is kept to this many decimals (a band rarely holds more than a few hundred relations). */
const RIGHT_DECIMALS = 2;

/**
 * The rule and learned readings of each briefing's draft (the committed extractor, its default combination; the learned
 * layer's model trained out of fold), each scored as the draft relation it was merged into (whether the gold bears out
 * a relation depends only on its ends and type).
 */
export function calibrationSamples(briefings: readonly AnnotatedBriefing[]): CalibrationSample[] {
  const demonyms = demonymMap();
  // the learned layer reads each briefing with a model that never saw it, as the committed one reads new text
  const { fold, classifiers } = outOfFoldClassifiers(briefings, OUT_OF_FOLD_FOLDS);
  return briefings.flatMap((b) => {
    const meta = briefingMeta(b);
    const learned = { classifier: classifiers[fold.get(b)!]!, minProbability: LEARNED_MIN_PROBABILITY, vetoBelow: LEARNED_VETO_BELOW };
    const { file, origins } = extractTraced(b.text, meta, { parse: b.parse, learned });
    const { borneOut } = scoreBriefing(file, b.gold, { demonyms });
    return origins.flatMap((readings, i) => readings.map((reading) => ({ ...reading, right: borneOut[i] ?? false })));
  });
}

/**
 * Each family's bands, their lower bounds as given (`bounds`, rising from 0), filled with the fraction of the samples
 * in them that are right and their number. A band no sample falls in is left out (its scores then take the band below).
 */
export function bandsOf(samples: readonly CalibrationSample[], bounds: Readonly<Record<RuleFamily, readonly number[]>>): Record<RuleFamily, Band[]> {
  const fill = (family: RuleFamily): Band[] => {
    const froms = bounds[family];
    const bands = froms.map((from, i) => {
      const upTo = froms[i + 1] ?? Infinity;
      const inBand = samples.filter((s) => s.family === family && s.score >= from && s.score < upTo);
      const right = inBand.filter((s) => s.right).length;
      return { from, right: inBand.length ? round(right / inBand.length) : 0, n: inBand.length };
    });
    const kept = bands.filter((b) => b.n > 0);
    // below the lowest measured band, a score takes it: its lower bound becomes 0
    return kept.length ? [{ ...kept[0]!, from: 0 }, ...kept.slice(1)] : [];
  };
  return Object.fromEntries(RULE_FAMILIES.map((family) => [family, fill(family)])) as Record<RuleFamily, Band[]>;
}

const round = (x: number) => Math.round(x * 10 ** RIGHT_DECIMALS) / 10 ** RIGHT_DECIMALS;

const COMMENT =
  "Each family's confidence, calibrated on the development briefings outside the check split by `npm run calibrate` (src/cli/calibrate.ts): a relation's confidence is the fraction of that family's relations, in the band of its own score (a rule's, or the model's probability) it falls in, that the gold annotations bear out (a match, also of an optional or already matched annotation, or an affiliation a gold role implies), each draft scored by src/eval/score.ts. 'measuredOn': how many briefings and rule and learned readings. 'bands': from the lowest score up, each band's lower bound ('from', edited by hand; a band nothing falls in is left out), the fraction right ('right') of the 'n' relations measured in it. 'reviewBelow' (edited by hand): a relation whose calibrated confidence is below it is listed by `npm run extract` as one to review first. 'learned': the learned layer's relations where they are added to the rules' (the default combination), its score the model's probability, each briefing read by a model trained on the other folds only (5 folds).";

/** The calibration the briefings give, with the band bounds and review threshold of `current` (the committed file). */
export function measureCalibration(briefings: readonly AnnotatedBriefing[], current: ConfidenceFile): ConfidenceFile {
  const samples = calibrationSamples(briefings);
  return {
    $comment: COMMENT,
    measuredOn: { briefings: briefings.length, relations: samples.length },
    families: bandsOf(samples, boundsOf(current)),
    reviewBelow: current.reviewBelow,
  };
}

/** The annotated briefings of the given folders or files, the check split excepted, with their stored parses. */
export function developmentBriefings(targets: readonly string[], parses: StoredParses, root: string): AnnotatedBriefing[] {
  const excluded = checkSplit();
  return readAnnotated(
    annotatedTexts(targets).filter((f) => !excluded.has(path.basename(f, '.txt'))),
    parses,
    root,
  );
}

/** The band bounds of a calibration file, per family. */
export function boundsOf(file: ConfidenceFile): Record<RuleFamily, number[]> {
  const of = (family: RuleFamily) => file.families[family].map((b) => b.from);
  return Object.fromEntries(RULE_FAMILIES.map((family) => [family, of(family)])) as Record<RuleFamily, number[]>;
}

/** The file as committed: one band a line, so that a recalibration's diff reads band by band. */
export function formatConfidenceFile(file: ConfidenceFile): string {
  const inline = (o: object) =>
    `{ ${Object.entries(o)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(', ')} }`;
  const families = Object.entries(file.families)
    .map(([family, bands]) => `    ${JSON.stringify(family)}: [\n${bands.map((b) => `      ${inline(b)}`).join(',\n')}\n    ]`)
    .join(',\n');
  const lines = [
    ...(file.$comment === undefined ? [] : [`  "$comment": ${JSON.stringify(file.$comment)}`]),
    ...(file.measuredOn === undefined ? [] : [`  "measuredOn": ${inline(file.measuredOn)}`]),
    `  "families": {\n${families}\n  }`,
    `  "reviewBelow": ${JSON.stringify(file.reviewBelow)}`,
  ];
  return `{\n${lines.join(',\n')}\n}\n`;
}
