import type { Database } from '../../db/database.js';
import { requireIntInRange } from '../shared/pagination.js';
import { InputError } from '../shared/input-error.js';
import type { ActorRecord, RelationRef } from '../shared/records.js';
import { actorAsAsked, askedParams, EVERY_PROPERTY, refAsAsked, type AskedActorRow, type AskedProperties, type AskedRow } from '../shared/asked-properties.js';
import { aggregateWindow, windowParams, type RelationWindow } from '../shared/relation-window.js';
import type { Modality } from '../../vocabulary/modalities.js';
import { pairCountKeys } from '../relations/pair-counts.js';
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
  /** The common neighbour with the properties asked for (the relations' too, with their two actors). */
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

  /** The months of two actors' relations; null when either actor is unknown. */
  async dyad(a: string, b: string, window: RelationWindow): Promise<DyadMonth[] | null> {
    if (a === b) throw new InputError('b', `must be another actor than a ("${a}"): an actor has no relations with itself`);
    // Each month as a list of its values, not a map: the driver decodes no key strings (a dyad of two hubs at 1M is
    // 1,793 months).
    const [row] = await this.db.read<{ months: [string, string, RelationType, number, number][] }>('stats/dyad', {
      ...windowParams(aggregateWindow(window)),
      a,
      b,
    });
    return row ? row.months.map(([month, monthEnd, type, aToB, bToA]) => ({ month, monthEnd, type, aToB, bToA })) : null;
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

  /**
   * withRelations false: each neighbour's relations with a and b are not read (empty lists). `asked`: the
   * properties of the actors and relations the answer shows (absent: every one).
   */
  async commonGround(
    a: string,
    b: string,
    window: RelationWindow,
    limit: number,
    withRelations = true,
    asked: AskedProperties = EVERY_PROPERTY,
  ): Promise<CommonNeighborRecord[]> {
    requireIntInRange('limit', limit, 1, MAX_TOP_ACTORS);
    if (a === b) throw new InputError('b', `must be another actor than a ("${a}"): the common ground of an actor with itself is all its neighbours`);
    const counted = aggregateWindow({ ...window, negated: false });
    const rows = await this.db.read<{ actorId: string; actor: AskedActorRow; withA: AskedRow[]; withB: AskedRow[] }>('stats/common-ground', {
      ...windowParams(counted),
      // The pairs' kept counts that rank the neighbours, when they can (null: the relations are counted).
      keys: pairCountKeys(counted),
      ...askedParams(asked),
      a,
      b,
      limit,
      withRelations,
    });
    const refs = (relations: AskedRow[]) => relations.map((relation) => refAsAsked(relation, asked));
    return rows.map((row) => ({ actorId: row.actorId, actor: actorAsAsked(row.actor, asked), withA: refs(row.withA), withB: refs(row.withB) }));
  }
}
