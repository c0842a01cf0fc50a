import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { hiddenCountMismatches } from './support/hidden-counts.js';
import { pairCountMismatches } from './support/pair-counts.js';
import { generatedBriefing, graphShape } from '../../bench/generate/generator.js';
import { Database } from '../../src/db/database.js';
import { freePort } from '../../src/db/local/free-port.js';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/db/local/server.js';
import { applySchema } from '../../src/db/migrate.js';
import { ingestBriefings } from '../../src/ingest/apply-briefing.js';
import type { BriefingFile, BriefingFileInput } from '../../src/ingest/briefing-format.js';
import { loadOffline } from '../../src/ingest/offline/offline-load.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';

const { db } = openTestDatabase();
const store = mkdtempSync(path.join(os.tmpdir(), 'diplograph-offline-store-'));
const PASSWORD = 'offline-test';
let running: RunningNeo4j | undefined;
let offline: Database | undefined;

afterAll(async () => {
  await offline?.close();
  await running?.stop();
  await db.close();
  rmSync(store, { recursive: true, force: true });
});

/**
 * Generated briefings (hubs, modalities, negations, undated relations, speakers, roles, relations
 * stated again by later briefings) and one written by hand with what a CSV must carry intact: a
 * text over several lines, quotes with commas and double quotes, an actor without aliases or
 * titles (empty lists), no url.
 */
function briefingsFor(prefix: string): BriefingFile[] {
  const shape = graphShape(800);
  const files: BriefingFileInput[] = Array.from({ length: shape.briefings }, (_, index) => generatedBriefing(shape, index, 5));
  const quote = 'Gen State 0 said, "we will talk", and met Gen State 1; talks follow.';
  files.push({
    briefing: {
      id: 'gen-briefing-hand',
      title: 'By hand, "quoted"',
      publishedAt: '2013-02-03',
      text: `First line.\n${quote}\n\nHand Person criticized Gen State 1.\nLast line.`,
    },
    actors: [
      { id: 'gen-0', name: 'Gen State 0', kind: 'STATE', aliases: [], roles: [] },
      { id: 'gen-1', name: 'Gen State 1', kind: 'STATE', aliases: [], roles: [] },
      { id: 'gen-hand', name: 'Hand Person', kind: 'PERSON', aliases: [], roles: [] },
    ],
    relations: [
      { source: 'gen-0', type: 'MET', target: 'gen-1', date: '2013-02', modality: 'ASSERTED', negated: false, evidence: { quote, speaker: 'gen-0' } },
      {
        source: 'gen-hand',
        type: 'CRITICIZED',
        target: 'gen-1',
        modality: 'REPORTED',
        negated: true,
        evidence: { quote: 'Hand Person criticized Gen State 1.' },
      },
    ],
  });
  const prefixed = JSON.parse(JSON.stringify(files).replaceAll('gen-', `${prefix}-`)) as BriefingFileInput[];
  return prefixed.map((file) => parseBriefing(file, file.briefing.id));
}

/** Two loads, an import (a JVM of its own) and a first start of the imported store, on a shared machine. */
const LOAD_TIMEOUT_MS = 900_000;

/** Written at load time, so never equal between two loads. */
const VOLATILE = new Set(['createdAt', 'ingestedAt', 'at']);

/** A stored value with its Neo4j type: an integer and a float of the same value differ, as do a date and its text. */
function typed(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (typeof value === 'number') return `float:${value}`;
  if (neo4j.isDate(value)) return `date:${value.toString()}`;
  if (Array.isArray(value)) return value.map(typed);
  return value;
}

/** Every node and relationship a load wrote under the prefix, with every property but the load's timestamps, the prefix replaced. */
async function dump(database: Database, prefix: string) {
  const { records } = await database.driver.executeQuery(
    `MATCH (n)
     WHERE (n:Actor OR n:Briefing) AND n.id STARTS WITH $prefix
        OR n:ActorStatement AND n.briefingId STARTS WITH $prefix
        OR n:Evidence AND n.sourceId STARTS WITH $prefix
        OR n:AuditEntry AND n.subject STARTS WITH $prefix
     CALL (n) {
       OPTIONAL MATCH (n)-[r]->(m)
       RETURN collect([type(r), coalesce(m.id, m.name), properties(r)]) AS out
     }
     RETURN labels(n) AS labels, properties(n) AS props, out`,
    { prefix: `${prefix}-` },
    { database: database.name },
  );
  const plain = (props: Record<string, unknown>, drop: readonly string[] = []) =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([key]) => !VOLATILE.has(key) && !drop.includes(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => [key, typed(value)]),
    );
  const rows = records.map((record) => {
    const labels = record.get('labels') as string[];
    // An audit entry's id is random at every load.
    const props = plain(record.get('props') as Record<string, unknown>, labels.includes('AuditEntry') ? ['id'] : []);
    const out = (record.get('out') as [string | null, string | null, Record<string, unknown>][])
      .filter(([type]) => type !== null)
      .map(([type, end, rel]) => JSON.stringify([type, end, plain(rel)]))
      .sort();
    return JSON.stringify({ labels: [...labels].sort(), props, out }).replaceAll(prefix, 'P');
  });
  return rows.sort();
}

describe('offline import (neo4j-admin) of a first load', () => {
  it(
    'writes the same graph as the bulk ingest: nodes, relations, properties and their types, aliases, provenance, audit',
    async () => {
      const prefix = uniquePrefix('offline');
      const files = briefingsFor(prefix);
      const outcomes = await ingestBriefings(db, files);
      expect(outcomes.filter((outcome) => outcome.error)).toEqual([]);

      // Planned in worker threads (tests/unit/ingest/offline-planning.test.ts finds their rows equal to one thread's).
      const report = await loadOffline(
        store,
        files.map((file) => ({ file, source: file.briefing.id })),
        { javaHome: process.env.JAVA_HOME, planThreads: 2, briefingsBeforeThreads: 5 },
      );
      expect(report).toMatchObject({ briefings: files.length, planThreads: 2 });

      const port = await freePort();
      running = await startLocalNeo4j({ port, dataDir: store, password: PASSWORD, pagecacheMb: 64, heapMb: 512, javaHome: process.env.JAVA_HOME }, false);
      offline = Database.connect({ uri: running.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', local: true }, { txTimeoutMs: 120_000 });
      // The import records every data migration but 004, which writes the actors' empty lists neo4j-admin cannot,
      // code/003, which counts each actor's hidden relations, and code/004, which counts each pair's relations: they run
      // once, at the first start (statements store an empty list as no property, online too, so 005 is recorded as applied).
      const firstStart = await applySchema(offline);
      await expect(applySchema(offline)).resolves.toBe(firstStart - 3);
      const counts = await hiddenCountMismatches(offline, prefix);
      expect(counts.negated).toBeGreaterThan(0);
      expect(counts.mismatches).toEqual([]);
      const pairs = await pairCountMismatches(offline, prefix);
      expect(pairs.pairs).toBeGreaterThan(files.length);
      expect(pairs.mismatches).toEqual([]);

      const [online, imported] = [await dump(db, prefix), await dump(offline, prefix)];
      expect(online.length).toBeGreaterThan(files.length * 40);
      expect(imported).toEqual(online);

      // Ingesting the same briefings again online changes nothing in the imported store either.
      const again = await ingestBriefings(offline, files);
      expect(again.map((outcome) => outcome.report?.briefingStatus)).toEqual(files.map(() => 'UNCHANGED'));
      expect(await dump(offline, prefix)).toEqual(imported);
    },
    LOAD_TIMEOUT_MS,
  );

  it('refuses a store that already holds a database, before reading any briefing', async () => {
    await running?.stop();
    running = undefined;
    const never: Iterable<{ file: BriefingFile; source: string }> = {
      [Symbol.iterator]: () => {
        throw new Error('a refused import must not read its briefings');
      },
    };
    await expect(loadOffline(store, never)).rejects.toThrow(/already holds a database/);
  });
});
