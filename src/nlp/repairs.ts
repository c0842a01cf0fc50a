import { attachBackshiftedConjuncts } from './backshifted-conjuncts.js';
import type { ParsedDocument } from './document.js';
import { attachFiniteConjuncts } from './finite-conjuncts.js';
import { splitEntitiesAtHeadlineVerbs } from './headline-verbs.js';
import { attachRelativeClauseSubjects } from './relative-clause-subjects.js';

/**
 * Every repair of CoreNLP's readings, in order: a fresh parse gets them, and a stored one on reading (each repair is
 * idempotent, so a parse stored after a repair is unchanged by it). Pure.
 */
export const repairParse = (doc: ParsedDocument): ParsedDocument =>
  attachFiniteConjuncts(attachBackshiftedConjuncts(attachRelativeClauseSubjects(splitEntitiesAtHeadlineVerbs(doc))));
