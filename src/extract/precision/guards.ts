import type { ParsedDocument } from '../../nlp/document.js';
import type { DraftRelation } from '../relations/types.js';
import { calibratedConfidence, ruleFamily, type RuleScore } from './calibration.js';
import { unasserted, type Unasserted } from './unasserted.js';

/** Whether a relation is told as it stands: not unasserted, or denied where the rule read the denial (negated). */
const told = (why: Unasserted | null, r: DraftRelation) => why === null || (why === 'denied' && r.negated);

/** The family and own score each calibrated relation had before calibration (what `npm run calibrate` measures). */
const calibratedFrom = new WeakMap<DraftRelation, RuleScore>();

/**
 * The precision guards, applied to the combined relations of a briefing: a relation the parse shows is not the one
 * the text tells is dropped (docs/extraction.md, Precision guards), and each rule relation's confidence is
 * its family's calibrated one. A relation no rule placed (no trigger: the learned layer's) passes the guards as it is
 * (the layer read its clause's modality itself); with `calibrateLearned` (the learned layer's relations added to the
 * rules'), the learned layer's confidence is calibrated too, else it stays the model's probability (where that
 * probability is the decision: the learned layer alone, the reranker's pool).
 */
export function guarded<R extends DraftRelation>(parse: ParsedDocument, relations: readonly R[], calibrateLearned = false): R[] {
  return relations
    .filter((r) => r.trigger === undefined || told(unasserted(parse, r.trigger), r))
    .map((r) => {
      const family = ruleFamily(r);
      if (r.trigger === undefined && !(calibrateLearned && family === 'learned')) return r;
      const calibrated = { ...r, confidence: calibratedConfidence(family, r.confidence) };
      calibratedFrom.set(calibrated, { family, score: r.confidence });
      return calibrated;
    });
}

/** The family and rule score a relation `guarded` calibrated had before (undefined for any other relation). */
export function ruleScoreOf(relation: DraftRelation): RuleScore | undefined {
  return calibratedFrom.get(relation);
}
