import { MAX_NEIGHBORHOOD_ACTORS, MAX_NEIGHBORHOOD_DEPTH } from '../../config/limits.js';
import type { Database } from '../../db/database.js';
import { requireIntInRange } from '../shared/pagination.js';
import type { RelationRef } from '../shared/records.js';
import { windowParams, type RelationWindow } from '../shared/relation-window.js';

export interface NeighborhoodRequest extends RelationWindow {
  actorId: string;
  depth: number;
  limit: number;
}

export interface NeighborhoodResult {
  actorIds: string[];
  edges: RelationRef[];
  truncated: boolean;
}

/**
 * Breadth-first, one statement per level (so a hub's paths are never enumerated), then one
 * statement for the relations among the actors found: depth + 1 round trips at most.
 */
export async function neighborhood(db: Database, request: NeighborhoodRequest): Promise<NeighborhoodResult | null> {
  requireIntInRange('depth', request.depth, 0, MAX_NEIGHBORHOOD_DEPTH);
  requireIntInRange('limit', request.limit, 1, MAX_NEIGHBORHOOD_ACTORS);
  const params = windowParams(request);
  return db.readTransaction(async (tx) => {
    const [center] = await tx.run<{ actor: { id: string } }>('actors/by-ids', { ids: [request.actorId] });
    if (!center) return null;
    const visited = [request.actorId];
    let frontier = [request.actorId];
    let truncated = false;
    for (let level = 0; level < request.depth && frontier.length > 0 && !truncated; level += 1) {
      const [row] = await tx.run<{ ids: string[] }>('neighborhood/expand', { ...params, frontier, visited });
      const found = row?.ids ?? [];
      const room = request.limit - visited.length;
      if (found.length > room) truncated = true;
      frontier = found.slice(0, Math.max(room, 0));
      visited.push(...frontier);
    }
    const edges = await tx.run<{ ref: RelationRef }>('neighborhood/edges', { ...params, ids: visited });
    return { actorIds: visited, edges: edges.map((row) => row.ref), truncated };
  }, 'neighborhood');
}
