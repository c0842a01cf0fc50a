import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { storePassword, storePasswordFile } from '../../src/config/store-password.js';
import { Database } from '../../src/db/database.js';
import { isAlive, isPortServed, startLocalNeo4j, type RunningNeo4j } from '../../src/db/local/server.js';
import { applySchema } from '../../src/db/migrate.js';
import { ResolutionRepository } from '../../src/graph/resolution/resolution-repository.js';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { briefingFactory } from './support/briefing-factory.js';
import { uniquePrefix } from './support/graph.js';
import { startTestServer } from './support/http.js';
import { expectedStatements, storedStatements } from './support/statements.js';

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

/** Short retry and connect budgets, so a dead database is reported in seconds; a long transaction timeout for a loaded machine. */
const QUICK_FAILURE = { txTimeoutMs: 120_000, retryMs: 1_000, connectTimeoutMs: 1_000 };
/** How long the GraphQL server may take to notice that the restarted database answers again. */
const RECOVERY_TIMEOUT_MS = 60_000;

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

  it('keeps every committed briefing and merge through kill -9 of its JVM; the GraphQL server survives and recovers by itself', async () => {
    running ??= await startLocalNeo4j(options, false);
    const db = Database.connect({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, database: 'neo4j', local: true }, QUICK_FAILURE);
    const server = await startTestServer(db);
    try {
      await applySchema(db);
      const prefix = uniquePrefix('kill9');
      const make = briefingFactory(prefix);
      const [alfa, bravo, charlie, bravoTwin] = [
        make.actor('a', 'Alfa Durable'),
        make.actor('b', 'Bravo Durable'),
        make.actor('c', 'Charlie Durable', 'STATE'),
        make.actor('b2', 'Bravo Durable Twin'),
      ];
      const briefings = [
        make.briefing('one', '2024-03-01', [alfa, bravo], [{ source: 'a', type: 'MET', target: 'b', date: '2024-02-28', sentence: 'Alfa met Bravo.' }]),
        make.briefing('two', '2024-03-02', [bravo, charlie], [{ source: 'b', type: 'VISITED', target: 'c', sentence: 'Bravo visited Charlie.' }]),
        make.briefing(
          'three',
          '2024-03-03',
          [alfa, charlie, bravoTwin],
          [
            { source: 'a', type: 'CRITICIZED', target: 'c', sentence: 'Alfa criticized Charlie.' },
            { source: 'b2', type: 'PRAISED', target: 'a', sentence: 'The twin praised Alfa.' },
          ],
        ),
      ];
      for (const briefing of briefings) await ingestBriefing(db, parseBriefing(briefing, briefing.briefing.id));
      await new ResolutionRepository(db).merge(bravo.id, bravoTwin.id);
      const expected = expectedStatements(briefings, new Map([[bravoTwin.id, bravo.id]]));
      expect(await storedStatements(db, prefix)).toEqual(expected);

      // No clean shutdown: the JVM dies with whatever it had in memory.
      const pid = running.pid!;
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await sleep(50);
      const dead = await server.post(`{ actor(id: "${alfa.id}") { name } }`);
      expect(dead.body.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect((await server.request({ method: 'GET', path: '/ready' })).status).toBe(503);
      expect((await server.request({ method: 'GET', path: '/health' })).status).toBe(200);

      running = await startLocalNeo4j(options, false);
      expect(running.startedHere).toBe(true);
      // The same server and driver, untouched: it answers again once the database is back.
      const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
      while ((await server.request({ method: 'GET', path: '/ready' })).status !== 200 && Date.now() < deadline) await sleep(250);
      const back = await server.post(`{ actor(id: "${bravo.id}") { id name } briefing(id: "${make.id('three')}") { id title } }`);
      expect(back.body).toEqual({
        data: { actor: { id: bravo.id, name: bravo.name }, briefing: { id: make.id('three'), title: briefings[2]!.briefing.title } },
      });
      expect(await storedStatements(db, prefix)).toEqual(expected);
    } finally {
      await server.stop();
      await db.close();
    }
  }, 300_000);
});
