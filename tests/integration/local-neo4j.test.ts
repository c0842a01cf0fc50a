import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { isAlive, isPortServed, startLocalNeo4j, type RunningNeo4j } from '../../src/db/local/server.js';

const store = mkdtempSync(path.join(os.tmpdir(), 'diplograph-restart-'));
const port = 20_000 + Math.floor(Math.random() * 20_000);
const options = { port, dataDir: store, password: 'restart-test', pagecacheMb: 32, heapMb: 512, javaHome: process.env.JAVA_HOME };
let running: RunningNeo4j | undefined;

afterAll(async () => {
  await running?.stop();
  rmSync(store, { recursive: true, force: true });
});

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = Database.connect(
    { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'restart-test', database: 'neo4j', local: true },
    { txTimeoutMs: 30_000 },
  );
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

describe('the project’s own local Neo4j', () => {
  it('keeps its data across a restart, and never serves one port twice', async () => {
    running = await startLocalNeo4j(options, false);
    expect(running.startedHere).toBe(true);
    await withDatabase((db) => db.driver.executeQuery("CREATE (:Marker {id: 'survives-restart'})"));

    const second = await startLocalNeo4j(options, false);
    expect(second.startedHere).toBe(false);
    expect(second.pid).toBe(running.pid);

    const pid = running.pid!;
    await running.stop();
    expect(isAlive(pid)).toBe(false);
    expect(await isPortServed(port)).toBe(false);

    running = await startLocalNeo4j(options, false);
    const found = await withDatabase((db) => db.driver.executeQuery("MATCH (m:Marker {id: 'survives-restart'}) RETURN count(m) AS n"));
    expect(Number(found.records[0]!.get('n'))).toBe(1);
  }, 240_000);
});
