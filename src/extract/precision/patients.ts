import type { RelationType } from '../../vocabulary/relation-types.js';
import type { DraftRelation } from '../relations/types.js';
import { precisionRules } from './precision-rules.js';
import { type GuardReading, type GuardSentence, withoutPartiesOnlyInRole } from './target-roles.js';

/**
 * Precision guard: an actor a sentence names only as the one an event befalls — the possessor or the "of" of a noun of
 * rules/precision.json `patientNouns` ("demanded the release of President Bazoum", "demanded his immediate release",
 * "would not ask for Ocalan's extradition", "condemned the arrest of") — is no party to what the sentence tells of that
 * event: the demand goes to whoever holds them, the condemnation to whoever arrested them. A relation of the types of
 * `patientNotTargetOf` whose target the sentence names only so is dropped. The "of" of an `ofPatientNouns` noun is such
 * a patient too, its possessor not ("condemned the Russian invasion of Ukraine", "Iraq's invasion of Kuwait").
 */
export function withoutPatientTargets<R extends DraftRelation>(relations: readonly R[], reading: GuardReading): R[] {
  const rules = precisionRules();
  const nouns = new Set(rules.patientNouns);
  const ofNouns = new Set(rules.ofPatientNouns);
  // the role does not depend on the relation: a possessor or an "of" of a patient noun, the "of" of an invasion
  const patient = ({ graph: g }: GuardSentence, head: number) =>
    g
      .incoming(head)
      .some((a) => ((a.rel === 'nmod:poss' || a.rel === 'nmod:of') && nouns.has(g.lemma(a.gov))) || (a.rel === 'nmod:of' && ofNouns.has(g.lemma(a.gov))));
  return withoutPartiesOnlyInRole(relations, reading, new Set<RelationType>(rules.patientNotTargetOf), () => patient);
}
