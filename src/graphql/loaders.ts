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
 * Per-request batching: every field of one GraphQL level that needs the database shares one
 * statement, so a nested query costs a bounded number of round trips, not one per row. Actors and
 * relations hold the properties `asked()` names (the request's operation shows no other; undefined: every one).
 */
export function createLoaders(
  repos: { actors: ActorRepository; relations: RelationRepository; briefings: BriefingRepository },
  asked: () => AskedProperties | undefined = () => undefined,
) {
  const actor = new DataLoader<string, ActorRecord | null>(async (ids) => orNull(ids, await repos.actors.byIds(ids, asked())));
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
