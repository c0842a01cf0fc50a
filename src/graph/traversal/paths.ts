import { MAX_PATH_DEPTH, MAX_PATHS } from '../../config/limits.js';
import type { Database } from '../../db/database.js';
import { requireIntInRange } from '../shared/pagination.js';
import type { RelationRef } from '../shared/records.js';
import { askedParams, EVERY_PROPERTY, refAsAsked, type AskedProperties, type AskedRow } from '../shared/asked-properties.js';
import { windowParams, type RelationWindow } from '../shared/relation-window.js';
import type { RelationType } from '../../vocabulary/relation-types.js';

export interface PathsRequest extends RelationWindow {
  fromId: string;
  toId: string;
  maxDepth: number;
  limit: number;
  excludeTypes?: readonly RelationType[] | null;
  excludeActorIds?: readonly string[] | null;
}

export interface PathRecord {
  nodeIds: string[];
  edges: RelationRef[];
}

/**
 * The k shortest simple paths (no actor twice) between two actors, shortest first, following
 * relations in either direction; ties in length in a stable order (actor ids, then relation ids).
 * Each edge comes with its record and its two actors, holding the properties in `asked`.
 */
export async function shortestPaths(db: Database, request: PathsRequest, asked: AskedProperties = EVERY_PROPERTY): Promise<PathRecord[]> {
  requireIntInRange('maxDepth', request.maxDepth, 1, MAX_PATH_DEPTH);
  requireIntInRange('limit', request.limit, 1, MAX_PATHS);
  if (request.fromId === request.toId) return [];
  const rows = await db.read<{ nodeIds: string[]; edges: AskedRow[] }>(
    'paths/shortest',
    {
      ...windowParams(request),
      ...askedParams(asked),
      fromId: request.fromId,
      toId: request.toId,
      excludeTypes: [...(request.excludeTypes ?? [])],
      excludeActorIds: [...(request.excludeActorIds ?? [])],
    },
    { limit: request.limit, maxDepth: request.maxDepth },
  );
  return rows.map(({ nodeIds, edges }) => ({ nodeIds, edges: edges.map((edge) => refAsAsked(edge, asked)) }));
}
