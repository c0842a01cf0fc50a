import type { Database } from '../../db/database.js';
import { neighborhood, type NeighborhoodRequest, type NeighborhoodResult } from './neighborhood.js';
import { shortestPaths, type PathRecord, type PathsRequest } from './paths.js';
import type { AskedProperties } from '../shared/asked-properties.js';

/** Walks over the graph (neighborhoods, paths), behind the same kind of door as every other query. */
export class TraversalRepository {
  constructor(private readonly db: Database) {}

  neighborhood(request: NeighborhoodRequest): Promise<NeighborhoodResult | null> {
    return neighborhood(this.db, request);
  }

  /** `asked`: the properties of the edges and their actors the answer shows (absent: every one). */
  shortestPaths(request: PathsRequest, asked?: AskedProperties): Promise<PathRecord[]> {
    return shortestPaths(this.db, request, asked);
  }
}
