import { MAX_PATH_DEPTH, MAX_PATHS } from '../../config/limits.js';
import type { Database } from '../../db/database.js';
import { requireIntInRange } from '../shared/pagination.js';
import type { RelationRef } from '../shared/records.js';
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
 */
export async function shortestPaths(db: Database, request: PathsRequest): Promise<PathRecord[]> {
  requireIntInRange('maxDepth', request.maxDepth, 1, MAX_PATH_DEPTH);
  requireIntInRange('limit', request.limit, 1, MAX_PATHS);
  if (request.fromId === request.toId) return [];
  return db.read<PathRecord>(
    'paths/shortest',
    {
      ...windowParams(request),
      fromId: request.fromId,
      toId: request.toId,
      excludeTypes: [...(request.excludeTypes ?? [])],
      excludeActorIds: [...(request.excludeActorIds ?? [])],
    },
    { limit: request.limit, maxDepth: request.maxDepth },
  );
}
