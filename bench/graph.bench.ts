import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/local/server.js';
import { applySchema } from '../src/db/migrate.js';
import { createContext } from '../src/graphql/context.js';
import { ingestBriefing } from '../src/ingest/apply-briefing.js';
import { parseBriefing } from '../src/ingest/parse-briefing.js';
import { briefingFilesIn, seedFiles } from '../src/ingest/seed.js';
import { PROJECT_ROOT } from '../src/config/env.js';
import { createApolloServer } from '../src/server/create-server.js';
import { RELATION_TYPES } from '../src/vocabulary/relation-types.js';

/**
 * The graph's speed on a real local Neo4j: ingest throughput, and the analysts' queries on a
 * synthetic graph (seed + BRIEFINGS generated briefings). Prints figures and ratios; asserts nothing.
 */
const BRIEFINGS = Number(process.env.BENCH_BRIEFINGS ?? 150);
const ACTORS = 600;
const RELATIONS_PER_BRIEFING = 40;
const ROUNDS = 15;

let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function syntheticBriefing(index: number) {
  const day = new Date(Date.UTC(2015, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  const sentences: string[] = [];
  const relations = [];
  const used = new Set<number>();
  for (let r = 0; r < RELATIONS_PER_BRIEFING; r += 1) {
    // A few hubs (states) take most relations, as in real briefings.
    const a = random() < 0.3 ? Math.floor(random() * 10) : Math.floor(random() * ACTORS);
    let b = Math.floor(random() * ACTORS);
    if (b === a) b = (a + 1) % ACTORS;
    used.add(a).add(b);
    const sentence = `Sentence ${r} of briefing ${index}: actor ${a} and actor ${b}.`;
    sentences.push(sentence);
    relations.push({
      source: `bench-${a}`,
      target: `bench-${b}`,
      type: pick(RELATION_TYPES.filter((t) => t !== 'AFFILIATED_WITH')),
      date: day,
      evidence: { quote: sentence },
    });
  }
  return parseBriefing(
    {
      annotator: 'bench',
      briefing: { id: `bench-briefing-${index}`, title: `Bench ${index}`, publishedAt: day, text: sentences.join(' ') },
      actors: [...used].map((n) => ({ id: `bench-${n}`, name: `Benchactor ${n} ${n < 10 ? 'Hub' : 'Person'}`, kind: n < 10 ? 'STATE' : 'PERSON' })),
      relations,
    },
    `bench ${index}`,
  );
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

async function time(work: () => Promise<unknown>, rounds = ROUNDS): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const store = mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-'));
const neo4j = await startLocalNeo4j(
  { port: 17_000 + Math.floor(random() * 5000), dataDir: store, password: 'bench-password', pagecacheMb: 256, heapMb: 1024, javaHome: process.env.JAVA_HOME },
  false,
);
const statements: string[] = [];
const db = Database.connect(
  { uri: neo4j.uri, user: 'neo4j', password: 'bench-password', database: 'neo4j', local: true },
  { txTimeoutMs: 120_000, onStatement: (name) => statements.push(name) },
);
try {
  await applySchema(db);
  await seedFiles(db, await briefingFilesIn(path.join(PROJECT_ROOT, 'seeds')));

  const briefings = Array.from({ length: BRIEFINGS }, (_, i) => syntheticBriefing(i));
  let start = performance.now();
  for (const briefing of briefings) await ingestBriefing(db, briefing);
  const firstIngest = (performance.now() - start) / BRIEFINGS;
  start = performance.now();
  for (const briefing of briefings.slice(0, 30)) await ingestBriefing(db, briefing);
  const reIngest = (performance.now() - start) / 30;

  const server = createApolloServer();
  const run = (query: string) => server.executeOperation({ query }, { contextValue: createContext(db) });
  const rows: [string, number, string][] = [];
  const countEdges = (value: unknown): number =>
    Array.isArray(value)
      ? value.length + value.reduce((sum: number, item) => sum + countEdges(item), 0)
      : value && typeof value === 'object'
        ? Object.values(value).reduce((sum: number, item) => sum + countEdges(item), 0)
        : 0;
  const measure = async (label: string, query: string) => {
    statements.length = 0;
    const response = await run(query);
    const resolved = response.body.kind === 'single' ? countEdges(response.body.singleResult.data) : 0;
    rows.push([label, await time(() => run(query)), `${statements.length} statements for ${resolved} list items`]);
  };

  await measure('actor by folded name', '{ actor(name: "cavusoglu") { id } }');
  await measure('searchActors (fuzzy)', '{ searchActors(query: "benchactor hub", first: 20) { totalCount edges { node { id } } } }');
  await measure(
    'hub relations, page of 50',
    '{ actor(id: "bench-1") { relations(first: 50) { totalCount edges { node { type date source { name } target { name } } } } } }',
  );
  await measure(
    'nested: 50 relations × their sources’ 20 relations',
    '{ actor(id: "bench-1") { relations(first: 50) { edges { node { source { relations(first: 20) { edges { node { target { name } evidence { quote } } } } } } } } } }',
  );
  await measure(
    'relations filter (type + window + kind)',
    '{ relations(filter: { types: [CRITICIZED, MET], since: "2015-02-01", until: "2015-03-31", sourceKinds: [STATE] }, first: 50) { totalCount edges { node { id } } } }',
  );
  await measure('neighborhood depth 1', '{ neighborhood(actorId: "bench-20", depth: 1, limit: 500) { nodes { id } edges { id } } }');
  await measure('neighborhood depth 2', '{ neighborhood(actorId: "bench-20", depth: 2, limit: 500) { truncated nodes { id } edges { id } } }');
  await measure('3 shortest paths', '{ paths(fromId: "bench-100", toId: "bench-200", limit: 3, maxDepth: 5) { length } }');
  await measure('topActors CRITICIZED → hub', '{ topActors(type: CRITICIZED, targetId: "bench-1") { count actor { name } } }');
  await measure('dyad per month', '{ dyad(a: "bench-1", b: "bench-2") { total months { month } } }');
  await measure('timeline of a hub', '{ timeline(actorId: "bench-3") { date relations { type } } }');

  const [, nestedMs, nestedStatements] = rows.find(([label]) => label.startsWith('nested'))!;
  const [, depth1] = rows.find(([label]) => label === 'neighborhood depth 1')!;
  const [, depth2] = rows.find(([label]) => label === 'neighborhood depth 2')!;
  console.log(`\nGraph: seed + ${BRIEFINGS} synthetic briefings (${ACTORS} actors, ${BRIEFINGS * RELATIONS_PER_BRIEFING} relation mentions)`);
  console.log(`ingest: ${firstIngest.toFixed(1)} ms per briefing of ${RELATIONS_PER_BRIEFING} relations (${(1000 / firstIngest).toFixed(1)} briefings/s)`);
  console.log(`re-ingest of an unchanged briefing: ${reIngest.toFixed(1)} ms (ratio to first ingest ${(reIngest / firstIngest).toFixed(2)})`);
  console.log(`\n${`query (median of ${ROUNDS})`.padEnd(58)}${'ms'.padStart(8)}  round trips`);
  for (const [label, ms, note] of rows) console.log(`${label.padEnd(58)}${ms.toFixed(1).padStart(8)}  ${note}`);
  console.log(`\nratios: depth 2 / depth 1 neighborhood time ${(depth2 / depth1).toFixed(2)}; nested query (${nestedStatements}) ${nestedMs.toFixed(0)} ms`);
} finally {
  await db.close();
  await neo4j.stop();
  rmSync(store, { recursive: true, force: true });
}
