import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storePassword, storePasswordFile } from '../../src/config/store-password.js';
import { Database } from '../../src/db/database.js';
import { isAlive, isPortServed, startLocalNeo4j, type RunningNeo4j } from '../../src/db/local/server.js';

const store = mkdtempSync(path.join(os.tmpdir(), 'diplograph-restart-'));
const port = 20_000 + Math.floor(Math.random() * 20_000);
// The password generated for this store, as `npm start` does when NEO4J_PASSWORD is unset.
const password = storePassword(store);
const options = { port, dataDir: store, password, pagecacheMb: 32, heapMb: 512, javaHome: process.env.JAVA_HOME };
let running: RunningNeo4j | undefined;

afterAll(async () => {
  await running?.stop();
  rmSync(store, { recursive: true, force: true });
});

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = Database.connect({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, database: 'neo4j', local: true }, { txTimeoutMs: 30_000 });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Every file under a folder, links not followed. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

/** The command line of every process on the machine that can be read (NUL-separated arguments). */
function commandLines(): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        return [readFileSync(`/proc/${pid}/cmdline`, 'utf8')];
      } catch {
        return []; // the process ended meanwhile
      }
    });
}

describe('the project’s own local Neo4j', () => {
  it('keeps its password off every command line and out of every file others may read', async () => {
    running = await startLocalNeo4j(options, false);
    await withDatabase((db) => db.driver.executeQuery('RETURN 1'));
    const lines = commandLines();
    // The JVM is there (the scan looks at the right place), and no process shows the password.
    expect(lines.some((line) => line.includes(path.resolve(store)))).toBe(true);
    expect(lines.filter((line) => line.includes(password))).toEqual([]);
    // In the store (data, transaction logs, Neo4j's logs) only the password file holds it, for its owner only.
    const holding = filesUnder(store).filter((file) => readFileSync(file).includes(password));
    expect(holding).toEqual([storePasswordFile(store)]);
    expect(statSync(storePasswordFile(store)).mode & 0o077).toBe(0);
    expect(
      filesUnder(store).filter(
        (file) => !file.startsWith(path.join(store, 'neo4j-password')) && (statSync(file).mode & 0o004) !== 0 && readFileSync(file).includes(password),
      ),
    ).toEqual([]);
    // Another store gets another password.
    const other = mkdtempSync(path.join(os.tmpdir(), 'diplograph-other-store-'));
    try {
      expect(storePassword(other)).not.toBe(password);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 240_000);

  it('keeps its data across a restart, and never serves one port twice', async () => {
    running ??= await startLocalNeo4j(options, false);
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
