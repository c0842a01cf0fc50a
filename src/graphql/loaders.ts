import DataLoader from 'dataloader';
import type { ActorRepository, RelationsPage, RelationsPageRequest } from '../graph/actors/actor-repository.js';
import type { BriefingRepository } from '../graph/briefings/briefing-repository.js';
import type { RelationRepository } from '../graph/relations/relation-repository.js';
import type { ActorRecord, BriefingRecord, EvidenceRecord, RelationRecord, RelationRef, RoleRecord } from '../graph/shared/records.js';
import type { AskedProperties } from '../graph/shared/asked-properties.js';

export const MENTIONED_IN_MAX = 100;

const orNull = <K, V>(keys: readonly K[], found: Map<K, V>): (V | null)[] => keys.map((key) => found.get(key) ?? null);
const orEmpty = <K, V>(keys: readonly K[], found: Map<K, V[]>): V[][] => keys.map((key) => found.get(key) ?? []);

/**
 * The actors' loader, which also tells synchronously (`known`) the actor a statement primed it with before anything
 * asked for that actor: what its cache then holds, ready. A relation's two ends answer from there, no promise each
 * (a neighborhood's 2,000 edges with their ends: two promises an edge, each GraphQL then waited for; at 1M a
 * typical actor's neighborhood with edge dates and ends, about a third of the request's Node CPU). Any other actor
 * (loaded, or primed after a load or another prime: DataLoader keeps the first) is read through `load` as before.
 */
export class ActorLoader extends DataLoader<string, ActorRecord | null> {
  private readonly primedFirst = new Map<string, ActorRecord>();
  /** DataLoader's own cache, read to tell a first prime (nothing cached for the id) from a later one. */
  private readonly cache: Map<string, Promise<ActorRecord | null>>;

  constructor(batch: DataLoader.BatchLoadFn<string, ActorRecord | null>) {
    const cache = new Map<string, Promise<ActorRecord | null>>();
    super(batch, { cacheMap: cache });
    this.cache = cache;
  }

  override prime(id: string, value: ActorRecord | null | Error): this {
    if (!this.cache.has(id) && value !== null && !(value instanceof Error)) this.primedFirst.set(id, value);
    return super.prime(id, value);
  }

  // A failed batch clears its ids (DataLoader's failedDispatch), as a caller may.
  override clear(id: string): this {
    this.primedFirst.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.primedFirst.clear();
    return super.clearAll();
  }

  /** The actor primed before anything asked for it, as the cache holds it; undefined otherwise (ask `load`). */
  known(id: string): ActorRecord | undefined {
    return this.primedFirst.get(id);
  }
}

/**
 * Per-request batching: every field of one GraphQL level that needs the database shares one
 * statement, so a nested query costs a bounded number of round trips, not one per row. Actors and
 * relations hold the properties `asked()` names (the request's operation shows no other; undefined: every one).
 */
export function createLoaders(
  repos: { actors: ActorRepository; relations: RelationRepository; briefings: BriefingRepository },
  asked: () => AskedProperties | undefined = () => undefined,
) {
  const actor = new ActorLoader(async (ids) => orNull(ids, await repos.actors.byIds(ids, asked())));
  return {
    actor,
    relation: new DataLoader<RelationRef, RelationRecord | null, string>(
      async (refs) =>
        orNull(
          refs.map((ref) => ref.id),
          await repos.relations.byRefs(refs, asked()),
        ),
      { cacheKeyFn: (ref) => ref.id },
    ),
    evidence: new DataLoader<string, EvidenceRecord[]>(async (ids) => orEmpty(ids, await repos.relations.evidence(ids))),
    briefing: new DataLoader<string, BriefingRecord | null>(async (ids) => orNull(ids, await repos.briefings.byIds(ids))),
    briefingActors: new DataLoader<string, string[]>(async (ids) => orEmpty(ids, await repos.briefings.actorIds(ids))),
    roles: new DataLoader<string, RoleRecord[]>(async (ids) => orEmpty(ids, await repos.actors.roles(ids))),
    mentionedIn: new DataLoader<string, string[]>(async (ids) => orEmpty(ids, await repos.actors.mentionedIn(ids, MENTIONED_IN_MAX))),
    relationsPage: new DataLoader<RelationsPageRequest, RelationsPage, string>(
      async (requests) => {
        // The actors whose pages these are come with them: `actor(id:) { relations }` reads its actor from here.
        const found = await repos.actors.relationsPages(requests, (record) => actor.prime(record.id, record));
        return requests.map((request) => found.get(request.key) ?? { total: request.withTotal ? 0 : null, more: false, page: [] });
      },
      { cacheKeyFn: (request) => request.key },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
