import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';
import { Database } from '../db/database.js';
import { startLocalNeo4j } from '../db/local/server.js';
import { applySchema } from '../db/migrate.js';
import { briefingFilesIn, seedFiles } from '../ingest/seed.js';
import { freePort } from '../db/local/free-port.js';

/** What the README tells a reader to load before the cookbook: `npm start` seeds seeds/, then examples/. */
export const COOKBOOK_DATA_DIRS = [path.join(PROJECT_ROOT, 'seeds'), path.join(PROJECT_ROOT, 'examples')];

const PASSWORD = 'diplograph-cookbook';
const TX_TIMEOUT_MS = 300_000;

/**
 * A throw-away local Neo4j holding exactly what a reader loads, so the cookbook's answers depend
 * on nothing else (other tests' data, an analyst's own briefings). Stop it with `stop()`.
 */
export async function cookbookDatabase(log: (line: string) => void = () => {}): Promise<{ db: Database; stop: () => Promise<void> }> {
  const store = mkdtempSync(path.join(os.tmpdir(), 'diplograph-cookbook-'));
  const running = await startLocalNeo4j(
    { port: await freePort(), dataDir: store, password: PASSWORD, pagecacheMb: 32, heapMb: 512, javaHome: process.env.JAVA_HOME, log },
    false,
  );
  const db = Database.connect({ uri: running.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', local: false }, { txTimeoutMs: TX_TIMEOUT_MS });
  const stop = async () => {
    await db.close();
    await running.stop();
    rmSync(store, { recursive: true, force: true });
  };
  try {
    await applySchema(db);
    const files = (await Promise.all(COOKBOOK_DATA_DIRS.map((dir) => briefingFilesIn(dir)))).flat();
    const failed = (await seedFiles(db, files)).filter((outcome) => outcome.error);
    if (failed.length > 0) throw new Error(`loading the cookbook's data failed: ${failed.map((outcome) => outcome.error!.message).join('\n')}`);
    return { db, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
