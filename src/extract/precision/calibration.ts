import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DraftRelation } from '../relations/types.js';
import { loadRulesFile } from '../rules.js';
import type { StructuralDraft } from '../structure/structural-drafts.js';
import type { LearnedDraft } from '../learned/learned-drafts.js';

/**
 * A relation's confidence as the fraction of its family's relations, at its own score, that the development annotations
 * bear out (rules/confidence.json), so that a confidence of 0.8 means about four in five are right. The families are the
 * rule layers' and the learned layer's (its score the model's probability, measured out of fold: a model reads its own
 * training briefings far more surely than new text).
 */

/** The families a relation's confidence is calibrated by: the rule layers' and the learned layer's. */
const FAMILY = z.enum(['surface', 'structure-verb', 'structure-noun', 'structure-dismissal', 'learned']);
export const RULE_FAMILIES = FAMILY.options;

const band = z.object({ from: z.number().min(0).max(1), right: z.number().min(0).max(1), n: z.int().positive() });
export const confidenceFileSchema = z.object({
  $comment: z.string().optional(),
  /** What `npm run calibrate` measured on: how many development briefings, and how many rule relations of their drafts. */
  measuredOn: z.object({ briefings: z.int().nonnegative(), relations: z.int().nonnegative() }).optional(),
  families: z.record(FAMILY, z.array(band).min(1)),
  reviewBelow: z.number().min(0).max(1),
});

/** Where the calibration is kept (written by `npm run calibrate`): its name among the rule files, and its path. */
export const CONFIDENCE_FILE = 'confidence.json';
export const CONFIDENCE_FILE_PATH = fileURLToPath(new URL(`../rules/${CONFIDENCE_FILE}`, import.meta.url));
export type ConfidenceFile = z.infer<typeof confidenceFileSchema>;
export type Band = z.infer<typeof band>;

/** Which layer read a relation: the surface (word-order) rules, a structural family (by its `via`), or the learned layer. */
export type RuleFamily = keyof ConfidenceFile['families'];

/** A relation's family and its own score (a rule's, or the model's probability), before calibration. */
export interface RuleScore {
  family: RuleFamily;
  score: number;
}

type Calibration = ConfidenceFile;
let cached: Calibration | null = null;

function loadCalibration(): Calibration {
  if (cached) return cached;
  const file = loadRulesFile(confidenceFileSchema, CONFIDENCE_FILE);
  for (const [family, bands] of Object.entries(file.families))
    if (bands.some((b, i) => i > 0 && b.from <= bands[i - 1]!.from)) throw new Error(`extractor rules confidence.json: ${family}'s bands must rise`);
  cached = file;
  return file;
}

/** Below this calibrated confidence a relation is one to review first (`npm run extract` lists them). */
export function reviewBelow(): number {
  return loadCalibration().reviewBelow;
}

export function ruleFamily(relation: DraftRelation): RuleFamily {
  if ((relation as Partial<LearnedDraft>).probability !== undefined) return 'learned';
  const via = (relation as Partial<StructuralDraft>).via;
  return via ? `structure-${via}` : 'surface';
}

/** The calibrated confidence of a rule's relation with score `score`: its family's band's fraction right. */
export function calibratedConfidence(family: RuleFamily, score: number): number {
  const bands = loadCalibration().families[family];
  return [...bands].reverse().find((b) => score >= b.from)?.right ?? bands[0]!.right;
}
