import type { Database } from '../../db/database.js';
import { neighborhood, type NeighborhoodRequest, type NeighborhoodResult } from './neighborhood.js';
import { shortestPaths, type PathRecord, type PathsRequest } from './paths.js';

/** Walks over the graph (neighborhoods, paths), behind the same kind of door as every other query. */
export class TraversalRepository {
  constructor(private readonly db: Database) {}

  neighborhood(request: NeighborhoodRequest): Promise<NeighborhoodResult | null> {
    return neighborhood(this.db, request);
  }

  shortestPaths(request: PathsRequest): Promise<PathRecord[]> {
    return shortestPaths(this.db, request);
  }
}
