import type { Database } from '../../db/database.js';
import { requireIntInRange } from '../shared/pagination.js';
import { InputError } from '../shared/input-error.js';
import type { ActorRecord, RelationRef } from '../shared/records.js';
import { aggregateWindow, windowParams, type RelationWindow } from '../shared/relation-window.js';
import type { Modality } from '../../vocabulary/modalities.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import type { RelationType } from '../../vocabulary/relation-types.js';

export const MAX_TOP_ACTORS = 100;

export interface TypeCount {
  type: RelationType;
  direction: 'OUT' | 'IN' | 'BOTH';
  count: number;
}

export interface DyadMonth {
  /** YYYY-MM: where the span of the relations counted starts, and where it ends (a year: January … December). */
  month: string;
  monthEnd: string;
  type: RelationType;
  aToB: number;
  bToA: number;
}

export interface TopActor {
  actorId: string;
  /** The actor whole, as actors/by-ids returns it: the answer needs no second statement. */
  actor: ActorRecord;
  count: number;
  mentions: number;
}

export interface CommonNeighborRecord {
  actorId: string;
  /** The common neighbour whole, as actors/by-ids returns it. */
  actor: ActorRecord;
  withA: RelationRef[];
  withB: RelationRef[];
}

/**
 * Aggregates count events: negated relations never, and by default only what happened
 * (`aggregateWindow`: asserted and reported), unless the request names its modalities.
 */
export class StatsRepository {
  constructor(private readonly db: Database) {}

  actorTypeCounts(actorId: string, window: RelationWindow): Promise<TypeCount[]> {
    return this.db.read<TypeCount>('stats/actor-type-counts', { ...windowParams(aggregateWindow(window)), actorId });
  }

  dyad(a: string, b: string, window: RelationWindow): Promise<DyadMonth[]> {
    if (a === b) throw new InputError('b', `must be another actor than a ("${a}"): an actor has no relations with itself`);
    return this.db.read<DyadMonth>('stats/dyad', { ...windowParams(aggregateWindow(window)), a, b });
  }

  topActors(request: {
    type: RelationType;
    targetId?: string | null;
    sourceId?: string | null;
    since?: string | null;
    until?: string | null;
    modalities?: readonly Modality[] | null;
    kinds?: readonly ActorKind[] | null;
    limit: number;
  }): Promise<TopActor[]> {
    requireIntInRange('limit', request.limit, 1, MAX_TOP_ACTORS);
    // Written for the asked type alone: one branch to plan, not one per type of the vocabulary.
    return this.db.read<TopActor>(
      'stats/top-actors',
      {
        ...windowParams(aggregateWindow({ since: request.since, until: request.until, modalities: request.modalities })),
        type: request.type,
        targetId: request.targetId ?? null,
        sourceId: request.sourceId ?? null,
        kinds: request.kinds && request.kinds.length > 0 ? [...request.kinds] : null,
        limit: request.limit,
      },
      undefined,
      [request.type],
    );
  }

  /** withRelations false: each neighbour's relations with a and b are not read (empty lists). */
  commonGround(a: string, b: string, window: RelationWindow, limit: number, withRelations = true): Promise<CommonNeighborRecord[]> {
    requireIntInRange('limit', limit, 1, MAX_TOP_ACTORS);
    if (a === b) throw new InputError('b', `must be another actor than a ("${a}"): the common ground of an actor with itself is all its neighbours`);
    const params = windowParams(aggregateWindow({ ...window, negated: false }));
    return this.db.read<CommonNeighborRecord>('stats/common-ground', { ...params, a, b, limit, withRelations });
  }
}
