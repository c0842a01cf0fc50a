import { foldName } from '../../text/fold.js';
import { RELATION_TYPE_INFO, type RelationType } from '../../vocabulary/relation-types.js';
import { stableId } from './stable-id.js';

/**
 * The identity of a relation: its type, its two actors (in a fixed order for symmetric types, so
 * "A met B" and "B met A" are one fact), its date, whether it is negated, and for an affiliation
 * the title held. Several briefings stating it add evidence to the one relation, whether they
 * assert it or report it (each evidence keeps its own modality; the relation shows the surest).
 */
export function relationKey(relation: { type: RelationType; source: string; target: string; date: string | null; negated: boolean; title: string | null }): {
  id: string;
  source: string;
  target: string;
} {
  const [source, target] =
    RELATION_TYPE_INFO[relation.type].symmetric && relation.target < relation.source ? [relation.target, relation.source] : [relation.source, relation.target];
  const title = relation.type === 'AFFILIATED_WITH' && relation.title ? foldName(relation.title) : null;
  const id = stableId('r', [relation.type, source, target, relation.date, relation.negated, title]);
  return { id, source, target };
}
