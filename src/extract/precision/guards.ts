import type { ParsedDocument } from '../../nlp/document.js';
import type { DraftRelation } from '../relations/types.js';
import { calibratedConfidence, ruleFamily } from './calibration.js';
import { unasserted, type Unasserted } from './unasserted.js';

/** Whether a relation is told as it stands: not unasserted, or denied where the rule read the denial (negated). */
const told = (why: Unasserted | null, r: DraftRelation) => why === null || (why === 'denied' && r.negated);

/**
 * The precision guards, applied to the combined relations of a briefing: a relation the parse shows is not the one
 * the text tells is dropped (README "How extraction works", Precision guards), and each rule relation's confidence is
 * its family's calibrated one. A relation no rule placed (no trigger: the learned layer's) is kept as it is.
 */
export function guarded<R extends DraftRelation>(parse: ParsedDocument, relations: readonly R[]): R[] {
  return relations
    .filter((r) => r.trigger === undefined || told(unasserted(parse, r.trigger), r))
    .map((r) => (r.trigger === undefined ? r : { ...r, confidence: calibratedConfidence(ruleFamily(r), r.confidence) }));
}
