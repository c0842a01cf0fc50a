import { LOCAL_ANALYST, type Principal } from '../access/principal.js';
import type { Database } from '../db/database.js';
import { AuditRepository } from '../graph/audit/audit-repository.js';
import { ActorRepository } from '../graph/actors/actor-repository.js';
import { BriefingRepository } from '../graph/briefings/briefing-repository.js';
import { RelationRepository } from '../graph/relations/relation-repository.js';
import { StatsRepository } from '../graph/stats/stats-repository.js';
import { ResolutionRepository } from '../graph/resolution/resolution-repository.js';
import { TraversalRepository } from '../graph/traversal/traversal-repository.js';
import type { AskedProperties } from '../graph/shared/asked-properties.js';
import { createLoaders, type Loaders } from './loaders.js';
import { ingestEventsOf, type IngestEvents } from './subscriptions/ingest-events.js';
import type { DraftExtractor } from '../review/extraction/draft-extractor.js';
import { sharedExtractionPool } from '../review/extraction/shared-pool.js';

export interface Context {
  db: Database;
  /** Who is calling; checked before any mutation runs and recorded in the audit trail. */
  principal: Principal;
  actors: ActorRepository;
  relations: RelationRepository;
  briefings: BriefingRepository;
  stats: StatsRepository;
  resolution: ResolutionRepository;
  traversal: TraversalRepository;
  audit: AuditRepository;
  loaders: Loaders;
  /** What ingests announce to the subscriptions open on this server (one channel per database). */
  events: IngestEvents;
  /** Where `ingestBriefingText` extracts: the server's worker pool, off the event loop. */
  extraction: DraftExtractor;
  /**
   * The stored properties the request's operation shows, which the loaders read (askedPropertiesPlugin sets it once
   * the operation is known); undefined: every property.
   */
  asked: AskedProperties | undefined;
}

/** Made anew for every request, so loaders never serve one request's cache to another. */
export function createContext(db: Database, principal: Principal = LOCAL_ANALYST, extraction: DraftExtractor = sharedExtractionPool()): Context {
  const actors = new ActorRepository(db);
  const relations = new RelationRepository(db);
  const briefings = new BriefingRepository(db);
  const context: Context = {
    db,
    principal,
    actors,
    relations,
    briefings,
    stats: new StatsRepository(db),
    resolution: new ResolutionRepository(db),
    traversal: new TraversalRepository(db),
    audit: new AuditRepository(db),
    loaders: createLoaders({ actors, relations, briefings }, () => context.asked),
    // Keyed by the driver, which every per-request view of the database (withDeadline) shares.
    events: ingestEventsOf(db.driver),
    extraction,
    asked: undefined,
  };
  return context;
}
