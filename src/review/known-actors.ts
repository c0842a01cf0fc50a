import { neo4jTarget, type Env } from '../config/env.js';
import { Database } from '../db/database.js';
import { isPortServed } from '../db/local/server.js';
import type { KnownActor } from '../extract/actors.js';

export const MAX_KNOWN_ACTORS = 50_000;
const PROBE_TIMEOUT_MS = 3_000;

/** The graph's actors for the extractor; without what `exceptBriefingId` alone states, when given. */
export function loadKnownActors(db: Database, exceptBriefingId: string | null = null): Promise<KnownActor[]> {
  return db.read<{ actor: KnownActor }>('actors/known', { max: MAX_KNOWN_ACTORS, exceptBriefingId }).then((rows) => rows.map((row) => row.actor));
}

/**
 * The graph when one answers (never starting the local Neo4j): extraction must work without a
 * database, and merely gains the graph's actors when there is one.
 */
export async function reachableGraph(env: Env): Promise<Database | null> {
  const target = neo4jTarget(env);
  if (target.local && !(await isPortServed(env.NEO4J_PORT))) return null;
  const db = Database.connect(target, { txTimeoutMs: env.NEO4J_TX_TIMEOUT_MS });
  try {
    await Promise.race([db.verify(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS).unref())]);
    return db;
  } catch {
    await db.close();
    return null;
  }
}
