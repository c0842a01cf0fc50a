import { RELATION_TYPE_INFO, type RelationType } from '../../vocabulary/relation-types.js';

/**
 * Whether the agents of a trigger of this type, with no other party named, are each other's parties: "X and Y met",
 * "the three leaders agreed", "A and B signed the treaty", "the treaty was signed by A and B". The symmetric types,
 * and a signing by two: two signatories sign with each other (the pair read in the order the text names them), while
 * of six who sign one treaty the text does not say who signed with whom (the annotations record a few pairs of them).
 * Mediators are never each other's parties: "the co-chairs, the American, French and Russian diplomats who have
 * mediated the conflict" negotiate with the sides they mediate between, and with no side named, with nobody.
 */
export function isJointAct(type: RelationType, agents: number, rule: { mediator?: boolean } = {}): boolean {
  if (agents < 2 || rule.mediator) return false;
  return RELATION_TYPE_INFO[type].symmetric || (type === 'SIGNED_AGREEMENT' && agents === 2);
}
