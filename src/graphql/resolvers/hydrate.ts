import type { ActorRecord, BriefingRecord, RelationRecord, RelationRef } from '../../graph/shared/records.js';
import type { Context } from '../context.js';

/**
 * Refs found by a query → full relations, in one batched statement per GraphQL level. A ref that
 * already carries its relation (and its two actors), because the statement that found it returned
 * them, primes the loaders instead: that level then costs no second round trip. A relation gone
 * since (null) is left out; a failed load (a timeout) fails the field instead of silently
 * answering with fewer relations than the graph holds.
 */
export async function hydrateRelations(context: Context, refs: readonly RelationRef[]): Promise<RelationRecord[]> {
  for (const ref of refs) {
    if (ref.record) context.loaders.relation.prime(ref, ref.record);
    for (const actor of ref.ends ?? []) context.loaders.actor.prime(actor.id, actor);
  }
  return present(await context.loaders.relation.loadMany(refs));
}

/** Relations by id, for answers that place each one where its ref stood. */
export async function relationsById(context: Context, refs: readonly RelationRef[]): Promise<Map<string, RelationRecord>> {
  return new Map((await hydrateRelations(context, refs)).map((relation) => [relation.id, relation]));
}

/**
 * Actors a statement returned whole (search, topActors, commonGround): the actor loader is primed
 * with them, so the answer and its nested fields need no second statement for them.
 */
export function primeActors(context: Context, actors: readonly ActorRecord[]): void {
  for (const actor of actors) context.loaders.actor.prime(actor.id, actor);
}

export async function loadActors(context: Context, ids: readonly string[]): Promise<ActorRecord[]> {
  return present(await context.loaders.actor.loadMany(ids));
}

export async function loadBriefings(context: Context, ids: readonly string[]): Promise<BriefingRecord[]> {
  return present(await context.loaders.briefing.loadMany(ids));
}

/**
 * What a non-null field names. One gone since it was found (merged away by a concurrent request)
 * fails the field with its name, as graphql-js would for the null the schema forbids.
 */
export async function existing<T>(loading: Promise<T | null>, what: string): Promise<T> {
  const found = await loading;
  if (found === null) throw new Error(`${what} no longer exists`);
  return found;
}

/** The values of `ids` found in `byId`, in order; those gone are left out. */
export const foundIn = <T>(byId: ReadonlyMap<string, T>, ids: readonly string[]): T[] => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));

function present<T>(loaded: readonly (T | null | Error)[]): T[] {
  const failed = loaded.find((item): item is Error => item instanceof Error);
  if (failed) throw failed;
  return loaded.filter((item): item is T => item !== null);
}
