import { RELATION_TYPES, type RelationType } from '../../vocabulary/relation-types.js';
import { HIDDEN_COUNT_PREFIXES } from '../../db/hidden-count-keys.js';

/** What an actor keeps count of (src/db/hidden-count-keys.ts says why). */
export type HiddenCountKind = keyof typeof HIDDEN_COUNT_PREFIXES;

/** What of a relation decides whether, and where, it is counted. */
export interface CountedRelation {
  type: RelationType;
  source: string;
  target: string;
  negated: boolean;
  /** The modality it has (the pairs' counts tell those that happened); absent where no count needs it. */
  modality?: string | null;
}

/** One actor's count to change, by `delta`. */
export interface HiddenCountDelta {
  actorId: string;
  key: string;
  delta: number;
}

export function hiddenCountKey(kind: HiddenCountKind, type: string): string {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`no hidden count for the relation type "${type}"`);
  return `${HIDDEN_COUNT_PREFIXES[kind]}${type}`;
}

/**
 * The changes to the kept counts when `created` relations are written and `removed` ones deleted,
 * one per actor and key (zero changes left out), ordered by actor id so the statement takes its
 * locks in the order every writer does. A relation of an actor with itself counts as a loop,
 * negated or not; a negated one between two actors counts out of its source and into its target.
 */
export function hiddenCountDeltas(created: readonly CountedRelation[], removed: readonly CountedRelation[]): HiddenCountDelta[] {
  const sums = new Map<string, HiddenCountDelta>();
  const add = (actorId: string, key: string, delta: number) => {
    const at = `${actorId}\u0000${key}`;
    const entry = sums.get(at);
    if (entry) entry.delta += delta;
    else sums.set(at, { actorId, key, delta });
  };
  const count = (relation: CountedRelation, delta: number) => {
    if (relation.source === relation.target) add(relation.source, hiddenCountKey('loops', relation.type), delta);
    else if (relation.negated) {
      add(relation.source, hiddenCountKey('negatedOut', relation.type), delta);
      add(relation.target, hiddenCountKey('negatedIn', relation.type), delta);
    }
  };
  for (const relation of created) count(relation, 1);
  for (const relation of removed) count(relation, -1);
  return [...sums.values()]
    .filter((entry) => entry.delta !== 0)
    .sort((a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
