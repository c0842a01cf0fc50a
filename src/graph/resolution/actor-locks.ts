import type { Tx } from '../../db/database.js';

/**
 * Takes the write locks of actors (visible or absorbed by a merge), in id order, so ingests,
 * merges and unmerges that share an actor run one after the other instead of deciding on facts
 * another transaction is changing. Must come before the transaction reads about those actors.
 */
export async function lockActors(tx: Tx, actorIds: readonly string[]): Promise<void> {
  if (actorIds.length === 0) return;
  await tx.run('actors/lock', { actorIds: [...new Set(actorIds)].sort() });
}
