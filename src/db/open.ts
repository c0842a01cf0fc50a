import { type Env, neo4jTarget } from '../config/env.js';
import { Database } from './database.js';
import { isPortServed, localNeo4jOptions, startLocalNeo4j } from './local/server.js';
import { applySchema } from './migrate.js';

/** How long to wait for an existing database to answer before going on without it. */
const PROBE_TIMEOUT_MS = 3_000;

export interface OpenOptions {
  /** Start the local Neo4j when NEO4J_URI is unset and it is not running yet (npm start, seed). */
  startLocal: boolean;
  log?: (line: string) => void;
  /** How long the local Neo4j may take to start (its default unless given: see startLocalNeo4j). */
  startTimeoutMs?: number;
}

/** Connects to the configured Neo4j (starting the local one if asked), and applies the schema. */
export async function openDatabase(env: Env, options: OpenOptions): Promise<Database> {
  const target = neo4jTarget(env);
  if (target.local && options.startLocal) {
    await startLocalNeo4j({ ...localNeo4jOptions(env, options.log), ...(options.startTimeoutMs ? { startTimeoutMs: options.startTimeoutMs } : {}) }, true);
  }
  const db = Database.connect(target, { txTimeoutMs: env.NEO4J_TX_TIMEOUT_MS, retryMs: env.NEO4J_RETRY_MS, connectTimeoutMs: env.NEO4J_CONNECT_TIMEOUT_MS });
  try {
    await db.verify();
    await applySchema(db);
  } catch (error) {
    await db.close();
    if (target.local && !options.startLocal) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${message}\nIs the local Neo4j running? Start it with "npm run db:start", or set NEO4J_URI.`, { cause: error });
    }
    throw error;
  }
  return db;
}

/**
 * The graph when one answers (never starting the local Neo4j): extraction must work without a
 * database, and merely gains the graph's actors when there is one.
 */
export async function openIfReachable(env: Env): Promise<Database | null> {
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
