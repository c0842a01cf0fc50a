import type { Tx } from '../../db/database.js';
import { PAIR_COUNT_TOTALS } from '../../db/pair-count-keys.js';
import { hiddenCountDeltas, type CountedRelation } from './hidden-counts.js';
import { pairCountDeltas } from './pair-counts.js';

/** What relations/refresh returns of each relation it refreshed: its modality before and after (null: removed). */
export interface RefreshedRelation extends CountedRelation {
  id: string;
  before: string | null;
  after: string | null;
}

/**
 * What the refresh of these relations changed for the kept counts, with those created in this
 * transaction (`createdIds`, each counted with the modality its evidence gives it once refreshed): a
 * relation removed counts out with the modality it had, one whose modality changed counts out with
 * the old and in with the new (which the hidden counts, blind to modality, see cancel out). Each
 * relation counts once however often it is listed.
 */
export function refreshedChanges(
  refreshed: readonly RefreshedRelation[],
  createdIds: ReadonlySet<string>,
): { created: CountedRelation[]; removed: CountedRelation[] } {
  const created: CountedRelation[] = [];
  const removed: CountedRelation[] = [];
  const seen = new Set<string>();
  for (const { id, type, source, target, negated, before, after } of refreshed) {
    if (seen.has(id)) continue;
    seen.add(id);
    const as = (modality: string | null): CountedRelation => ({ type, source, target, negated, modality });
    if (createdIds.has(id)) {
      if (after !== null) created.push(as(after));
    } else if (after === null) removed.push(as(before));
    else if (after !== before) {
      removed.push(as(before));
      created.push(as(after));
    }
  }
  return { created, removed };
}

/**
 * Writes the changes to the counts kept of relations (each actor's hidden ones, each pair's) when
 * `created` relations are written and `removed` ones deleted in this transaction, in one statement.
 */
export async function keepCounts(tx: Tx, created: readonly CountedRelation[], removed: readonly CountedRelation[]): Promise<void> {
  const deltas = hiddenCountDeltas(created, removed);
  const pairs = pairCountDeltas(created, removed);
  if (deltas.length === 0 && pairs.length === 0) return;
  const actorIds = [...new Set([...deltas.map((d) => d.actorId), ...pairs.flatMap((p) => [p.lo, p.hi])])].sort();
  await tx.run('actors/keep-counts', { actorIds, deltas, pairs, total: PAIR_COUNT_TOTALS.all });
}
