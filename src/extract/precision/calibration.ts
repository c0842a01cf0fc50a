import { z } from 'zod';
import type { DraftRelation } from '../relations/types.js';
import { loadRulesFile } from '../rules.js';
import type { StructuralDraft } from '../structure/structural-drafts.js';

/**
 * A rule relation's confidence as the fraction of its rule family's relations, at its rule score, that the development
 * annotations bear out (rules/confidence.json), so that a confidence of 0.8 means about four in five are right.
 */

const band = z.object({ from: z.number().min(0).max(1), right: z.number().min(0).max(1), n: z.int().positive() });
const confidenceFile = z.object({
  families: z.record(z.enum(['surface', 'structure-verb', 'structure-noun', 'structure-dismissal']), z.array(band).min(1)),
  reviewBelow: z.number().min(0).max(1),
});

/** Which rules read a relation: the surface (word-order) rules, or a structural family (by its `via`). */
export type RuleFamily = keyof z.infer<typeof confidenceFile>['families'];

type Calibration = z.infer<typeof confidenceFile>;
let cached: Calibration | null = null;

function loadCalibration(): Calibration {
  if (cached) return cached;
  const file = loadRulesFile(confidenceFile, 'confidence.json');
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
  const via = (relation as Partial<StructuralDraft>).via;
  return via ? `structure-${via}` : 'surface';
}

/** The calibrated confidence of a rule's relation with score `score`: its family's band's fraction right. */
export function calibratedConfidence(family: RuleFamily, score: number): number {
  const bands = loadCalibration().families[family];
  return [...bands].reverse().find((b) => score >= b.from)?.right ?? bands[0]!.right;
}
