import type { Database } from '../../db/database.js';
import { InputError } from '../shared/pagination.js';
import type { RelationRef } from '../shared/records.js';
import { windowParams, type RelationWindow } from '../shared/relation-window.js';
import type { RelationType } from '../vocabulary/relation-types.js';

/** Bounds written into cypher/paths/shortest.cypher, which Cypher needs as literals. */
export const MAX_PATH_DEPTH = 8;
export const MAX_PATHS = 10;

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

export async function shortestPaths(db: Database, request: PathsRequest): Promise<PathRecord[]> {
  if (!Number.isInteger(request.maxDepth) || request.maxDepth < 1 || request.maxDepth > MAX_PATH_DEPTH) {
    throw new InputError('maxDepth', `must be between 1 and ${MAX_PATH_DEPTH}`);
  }
  if (!Number.isInteger(request.limit) || request.limit < 1 || request.limit > MAX_PATHS) {
    throw new InputError('limit', `must be between 1 and ${MAX_PATHS}`);
  }
  if (request.fromId === request.toId) return [];
  return db.read<PathRecord>('paths/shortest', {
    ...windowParams(request),
    fromId: request.fromId,
    toId: request.toId,
    maxDepth: request.maxDepth,
    limit: request.limit,
    excludeTypes: [...(request.excludeTypes ?? [])],
    excludeActorIds: [...(request.excludeActorIds ?? [])],
  });
}
