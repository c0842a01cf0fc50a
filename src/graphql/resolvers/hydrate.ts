import type { ActorRecord, RelationRecord, RelationRef } from '../../graph/shared/records.js';
import type { Context } from '../context.js';

/** Refs found by a query → full relations, in one batched statement per GraphQL level. */
export async function hydrateRelations(context: Context, refs: readonly RelationRef[]): Promise<RelationRecord[]> {
  const loaded = await context.loaders.relation.loadMany(refs);
  return loaded.filter((relation): relation is RelationRecord => relation !== null && !(relation instanceof Error));
}

export async function loadActors(context: Context, ids: readonly string[]): Promise<ActorRecord[]> {
  const loaded = await context.loaders.actor.loadMany(ids);
  return loaded.filter((actor): actor is ActorRecord => actor !== null && !(actor instanceof Error));
}
