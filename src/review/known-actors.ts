import type { Database } from '../db/database.js';
import type { KnownActor } from '../extract/actors.js';

export const MAX_KNOWN_ACTORS = 50_000;

/** The graph's actors for the extractor; without what `exceptBriefingId` alone states, when given. */
export function loadKnownActors(db: Database, exceptBriefingId: string | null = null): Promise<KnownActor[]> {
  return db.read<{ actor: KnownActor }>('actors/known', { max: MAX_KNOWN_ACTORS, exceptBriefingId }).then((rows) => rows.map((row) => row.actor));
}
