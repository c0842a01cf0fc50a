import { PAIR_COUNT_TOTALS } from '../../db/pair-count-keys.js';
import { RELATION_TYPES } from '../../vocabulary/relation-types.js';
import { HAPPENED_MODALITIES } from '../../vocabulary/modalities.js';
import type { RelationWindow } from '../shared/relation-window.js';
import type { CountedRelation } from './hidden-counts.js';

/** Which of a pair's counts: every relation that is not negated, or only those that happened. */
export type PairCountKind = keyof typeof PAIR_COUNT_TOTALS;

/** One pair's counts to change: the actors in id order, each key's change. */
export interface PairCountDelta {
  lo: string;
  hi: string;
  deltas: { key: string; delta: number }[];
}

/** The property of a pair's count of one kind: its total, or of one relation type of the vocabulary. */
export function pairCountKey(kind: PairCountKind, type?: string): string {
  if (type === undefined) return PAIR_COUNT_TOTALS[kind];
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`no pair count for the relation type "${type}"`);
  return `${PAIR_COUNT_TOTALS[kind]}_${type}`;
}

/**
 * The keys whose sum ranks a common neighbour when a request (a window as the statements take it,
 * `windowParams`) filters relations by nothing but their types, what is not negated and, at most,
 * the modalities that happened; null when it filters otherwise (a date window, other modalities),
 * which the kept counts cannot answer.
 */
export function pairCountKeys(window: RelationWindow): string[] | null {
  if (window.since || window.until || window.negated !== false) return null;
  const modalities = window.modalities && window.modalities.length > 0 ? window.modalities : null;
  const happened = modalities !== null && sameSet(modalities, HAPPENED_MODALITIES);
  if (modalities !== null && !happened) return null;
  const kind: PairCountKind = happened ? 'happened' : 'all';
  const types = window.types && window.types.length > 0 ? [...new Set(window.types)] : null;
  return types === null ? [pairCountKey(kind)] : types.map((type) => pairCountKey(kind, type));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
}

/**
 * The changes to the pairs' counts when `created` relations are written and `removed` ones deleted
 * (a relation whose modality changes is removed with the old and created with the new), one per
 * pair with every key's change (zero changes left out), ordered by the pair's ids. A relation of
 * an actor with itself, or a negated one, counts for no pair.
 */
export function pairCountDeltas(created: readonly CountedRelation[], removed: readonly CountedRelation[]): PairCountDelta[] {
  const pairs = new Map<string, { lo: string; hi: string; sums: Map<string, number> }>();
  const count = (relation: CountedRelation, delta: number) => {
    if (relation.negated || relation.source === relation.target) return;
    const [lo, hi] = relation.source < relation.target ? [relation.source, relation.target] : [relation.target, relation.source];
    const at = `${lo}\u0000${hi}`;
    const pair = pairs.get(at) ?? { lo, hi, sums: new Map<string, number>() };
    pairs.set(at, pair);
    const kinds: PairCountKind[] = relation.modality && HAPPENED_MODALITIES.includes(relation.modality as never) ? ['all', 'happened'] : ['all'];
    for (const kind of kinds) {
      for (const key of [pairCountKey(kind), pairCountKey(kind, relation.type)]) pair.sums.set(key, (pair.sums.get(key) ?? 0) + delta);
    }
  };
  for (const relation of created) count(relation, 1);
  for (const relation of removed) count(relation, -1);
  return [...pairs.values()]
    .map(({ lo, hi, sums }) => ({
      lo,
      hi,
      deltas: [...sums]
        .filter(([, delta]) => delta !== 0)
        .map(([key, delta]) => ({ key, delta }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    }))
    .filter((pair) => pair.deltas.length > 0)
    .sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : a.hi < b.hi ? -1 : a.hi > b.hi ? 1 : 0));
}
