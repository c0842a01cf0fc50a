import type { ParsedDocument } from '../../nlp/document.js';
import type { DraftRelation } from '../relations/types.js';
import { calibratedConfidence, ruleFamily } from './calibration.js';
import { unasserted } from './unasserted.js';

/**
 * The precision guards, applied to the combined relations of a briefing: a relation the parse shows is not the one
 * the text tells is dropped (README "How extraction works", Precision guards), and each rule relation's confidence is
 * its family's calibrated one. A relation no rule placed (no trigger: the learned layer's) is kept as it is.
 */
export function guarded<R extends DraftRelation>(parse: ParsedDocument, relations: readonly R[]): R[] {
  return relations
    .filter((r) => r.trigger === undefined || unasserted(parse, r.trigger) === null)
    .map((r) => (r.trigger === undefined ? r : { ...r, confidence: calibratedConfidence(ruleFamily(r), r.confidence) }));
}
