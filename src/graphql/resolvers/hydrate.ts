import type { ActorRecord, RelationRecord, RelationRef } from '../../graph/shared/records.js';
import type { Context } from '../context.js';

/**
 * Refs found by a query → full relations, in one batched statement per GraphQL level. A relation
 * gone since (null) is left out; a failed load (a timeout) fails the field instead of silently
 * answering with fewer relations than the graph holds.
 */
export async function hydrateRelations(context: Context, refs: readonly RelationRef[]): Promise<RelationRecord[]> {
  return present(await context.loaders.relation.loadMany(refs));
}

export async function loadActors(context: Context, ids: readonly string[]): Promise<ActorRecord[]> {
  return present(await context.loaders.actor.loadMany(ids));
}

function present<T>(loaded: readonly (T | null | Error)[]): T[] {
  const failed = loaded.find((item): item is Error => item instanceof Error);
  if (failed) throw failed;
  return loaded.filter((item): item is T => item !== null);
}
