import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { Keyring } from '../src/access/keyring.js';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/local/server.js';
import { applySchema } from '../src/db/migrate.js';
import { BULK_BRIEFINGS_PER_TX, ingestBriefing, ingestBriefings } from '../src/ingest/apply-briefing.js';
import { parseBriefing } from '../src/ingest/parse-briefing.js';
import { loadOffline } from '../src/ingest/offline/offline-load.js';
import { offlineImportRefusal } from '../src/db/local/admin-import.js';
import { createApolloServer } from '../src/server/create-server.js';
import { startHttpServer } from '../src/server/http-server.js';
import { BENCH_SIZES, generatedBriefing, graphShape, type BenchSize, type GraphShape } from './generate/generator.js';
import { startNeo4jGraphql } from './neo4j-graphql.js';
import { type AnswerCheck, compareAnswers } from './answers.js';
import { BENCH_QUERIES } from './queries.js';
import { commandLineOrExit } from '../src/cli/run-cli.js';
import { BENCH_STORE_PASSWORD } from './running-store.js';

/**
 * npm run bench -- --size 10k|100k|300k|1M [--rounds N]
 * Loads a generated graph of that many relation mentions through the product's bulk ingest (and
 * times one-briefing-at-a-time ingest on a further sample), then measures every analyst query
 * side by side, interleaved in one run: the product's GraphQL over HTTP, the raw driver on the
 * equivalent Cypher, and @neo4j/graphql over HTTP on the same database where it can ask the same
 * question. Prints a table (p50/p95, ratios) and writes JSON to bench/results/.
 * Asserts nothing: speed is reported, never tested.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_BOLT_PORT = 44_010;
const { values } = commandLineOrExit({
  name: 'bench:scale',
  usage: '[--size 10k|100k|300k|1M] [--rounds N] [--port P] [--batch-size N] [--ingest-only] [--offline [--plan-threads N]]',
  summary: 'Loads a generated graph of that many relation mentions, then times every analyst query over HTTP beside the raw driver.',
  options: {
    size: { type: 'string', description: `relation mentions to generate: ${Object.keys(BENCH_SIZES).join(', ')} (default 10k)` },
    rounds: { type: 'string', description: 'timed rounds of each query (default 30)' },
    port: {
      type: 'string',
      description: `Bolt port of the bench's Neo4j; GraphQL takes the next, @neo4j/graphql the one after (default ${DEFAULT_BOLT_PORT})`,
    },
    'batch-size': { type: 'string', description: `briefings per write transaction of the bulk load (default ${BULK_BRIEFINGS_PER_TX})` },
    'ingest-only': { type: 'boolean', description: 'time the ingest only (bulk load, then one briefing at a time), no queries' },
    'plan-threads': { type: 'string', description: 'with --offline: worker threads planning the briefings (default one per core; 0 plans in the main thread)' },
    offline: {
      type: 'boolean',
      description: 'load an empty store offline (neo4j-admin import of the planned graph, then its indexes) instead of through transactions',
    },
  },
});
const size = (values.size ?? '10k') as BenchSize;
if (!(size in BENCH_SIZES)) throw new Error(`--size must be one of ${Object.keys(BENCH_SIZES).join(', ')}`);
const ROUNDS = positiveInteger('rounds', values.rounds ?? '30');

function wholeNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${flag} must be a whole number, not "${text}"`);
  return value;
}

function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} must be a positive whole number, not "${text}"`);
  return value;
}
/** Bench ports: the bench's own range, never the product's defaults; --port moves all three (engineers sharing a machine). */
const BOLT_PORT = positiveInteger('port', values.port ?? String(DEFAULT_BOLT_PORT));
const HTTP_PORT = BOLT_PORT + 1;
const NEO4J_GRAPHQL_PORT = BOLT_PORT + 2;
const BATCH_SIZE = positiveInteger('batch-size', values['batch-size'] ?? String(BULK_BRIEFINGS_PER_TX));
const PASSWORD = BENCH_STORE_PASSWORD;
const ONE_AT_A_TIME_SAMPLE = 100;
/** Rounds of applySchema's index wait before an imported store's indexes are given up on. */
const INDEX_BUILD_ATTEMPTS = 30;
/**
 * Briefings ingested one at a time before the timed sample, untimed but for the first: a server
 * just started (a reused store) plans each ingest statement on its first use, seconds for the
 * one-branch-per-type look-ups, which a long-running server pays once and a sample of 100 must
 * not count as steady-state speed (it did: 228 relations/s on a restarted 300k store against 816
 * right after a bulk load, whose batches had planned them).
 */
const ONE_AT_A_TIME_WARM_UP = 5;
/** Callers ingesting one briefing each at the same time, for the concurrent sample (as many analysts' mutations). */
const CONCURRENT_CLIENTS = 8;
/** How long the first start of a store loaded --offline may take (the import command waits as long). */
const FIRST_START_TIMEOUT_MS = 1_800_000;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

function machine() {
  const java = (() => {
    try {
      return execFileSync('java', ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0] || 'unknown';
    } catch (error) {
      return ((error as { stderr?: string }).stderr ?? 'unknown').split('\n')[0];
    }
  })();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    java,
    loadAverage: os.loadavg(),
  };
}

const store = path.join(here, '.store', size);
mkdirSync(store, { recursive: true });
const shape = graphShape(BENCH_SIZES[size]);
let ingest: Record<string, number> = {};
if (values.offline) {
  const refused = await offlineImportRefusal(store, BOLT_PORT);
  if (refused) throw new Error(`--offline: ${refused}`);
  const report = await loadOffline(
    store,
    (function* () {
      for (let index = 0; index < shape.briefings; index += 1)
        yield { file: parseBriefing(generatedBriefing(shape, index), `generated ${index}`), source: `generated ${index}` };
    })(),
    {
      javaHome: process.env.JAVA_HOME,
      log: (line) => process.stderr.write(`${line}\n`),
      ...(values['plan-threads'] === undefined ? {} : { planThreads: wholeNumber('plan-threads', values['plan-threads']) }),
    },
  );
  ingest = {
    offlineBriefings: report.briefings,
    offlineRelations: report.relationMentions,
    offlinePlanSeconds: report.planSeconds,
    offlinePlanThreads: report.planThreads,
    offlineImportSeconds: report.importSeconds,
  };
}
const serverStarted = performance.now();
const server = await startLocalNeo4j(
  {
    port: BOLT_PORT,
    dataDir: store,
    password: PASSWORD,
    pagecacheMb: 1024,
    heapMb: 2048,
    javaHome: process.env.JAVA_HOME,
    log: (line) => process.stderr.write(`${line}\n`),
    // A freshly imported store's first start took over the usual 180 s on a loaded machine even at 10k.
    ...(values.offline ? { startTimeoutMs: FIRST_START_TIMEOUT_MS } : {}),
  },
  false,
);
const target = { uri: server.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', local: true };
const db = Database.connect(target, { txTimeoutMs: 600_000 });
const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', PASSWORD));
try {
  const schemaStarted = performance.now();
  await applySchemaPatiently(db);
  if (values.offline) {
    // The imported store's first start: the server, then its indexes (a range index per relation
    // type, the full-text one on evidence) and the migrations an import leaves (applySchema).
    const startSeconds = (schemaStarted - serverStarted) / 1000;
    const indexSeconds = (performance.now() - schemaStarted) / 1000;
    const seconds = ingest.offlinePlanSeconds! + ingest.offlineImportSeconds! + startSeconds + indexSeconds;
    ingest = {
      ...ingest,
      offlineStartSeconds: startSeconds,
      offlineIndexSeconds: indexSeconds,
      offlineRelationsPerSecond: ingest.offlineRelations! / seconds,
      offlineLoadAverage: os.loadavg()[0]!,
    };
    process.stderr.write(`offline load: ${JSON.stringify(ingest)}\n`);
  }
  const [{ count }] = (await db.driver.executeQuery('MATCH (b:Briefing) WHERE b.id STARTS WITH "gen-briefing-" RETURN count(b) AS count')).records.map((r) => ({
    count: Number(r.get('count')),
  })) as [{ count: number }];
  if (count < shape.briefings) {
    // Bulk: every briefing not yet loaded, through ingestBriefings (validation included).
    const todo = Array.from({ length: shape.briefings - count }, (_, i) => count + i);
    const started = performance.now();
    let relations = 0;
    const files = (function* () {
      for (const index of todo) {
        const file = parseBriefing(generatedBriefing(shape, index), `generated ${index}`);
        relations += file.relations.length;
        yield file;
      }
    })();
    let done = 0;
    await ingestBriefings(db, files, {
      batchSize: BATCH_SIZE,
      onBatch: (outcomes) => {
        done += outcomes.length;
        if (done % 1000 < outcomes.length) process.stderr.write(`\rloaded ${done}/${todo.length} briefings`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    ingest = {
      bulkBriefings: todo.length,
      bulkRelations: relations,
      bulkSeconds: seconds,
      bulkRelationsPerSecond: relations / seconds,
      bulkBatchSize: BATCH_SIZE,
      // The machine's load over the last minute when the load ended: a shared machine's figures depend on it.
      bulkLoadAverage: os.loadavg()[0]!,
    };
    process.stderr.write('\n');
  }
  // One at a time: briefings of another seed over the same actors, new to the graph at every run
  // (their ids carry the run's time), so each is a full ingest; they stay in the store. The first
  // (a cold server's plans) is timed apart, and a few warm-ups are not timed.
  {
    const run = Date.now().toString(36);
    const single = async (i: number) => {
      const file = parseBriefing(generatedBriefing(shape, i, 2), 'sample');
      await ingestBriefing(db, { ...file, briefing: { ...file.briefing, id: `gen-single-${run}-${i}` } });
      return file.relations.length;
    };
    const coldStarted = performance.now();
    await single(0);
    const singleFirstBriefingMs = performance.now() - coldStarted;
    for (let i = 1; i < ONE_AT_A_TIME_WARM_UP; i += 1) await single(i);
    const started = performance.now();
    let relations = 0;
    for (let i = ONE_AT_A_TIME_WARM_UP; i < ONE_AT_A_TIME_WARM_UP + ONE_AT_A_TIME_SAMPLE; i += 1) relations += await single(i);
    const seconds = (performance.now() - started) / 1000;
    ingest = {
      ...ingest,
      singleBriefings: ONE_AT_A_TIME_SAMPLE,
      singleRelationsPerSecond: relations / seconds,
      singleWarmUpBriefings: ONE_AT_A_TIME_WARM_UP,
      singleFirstBriefingMs,
      singleLoadAverage: os.loadavg()[0]!,
    };
    // Another sample of the same kind from CONCURRENT_CLIENTS callers at once (analysts' mutations arriving
    // together), each awaiting its own ingestBriefing: what the server sustains one briefing per request.
    const concurrentStarted = performance.now();
    let next = ONE_AT_A_TIME_WARM_UP + ONE_AT_A_TIME_SAMPLE;
    const end = next + ONE_AT_A_TIME_SAMPLE;
    let concurrentRelations = 0;
    const client = async () => {
      for (let i = next++; i < end; i = next++) {
        // Not `concurrentRelations += await …`, which would read the sum before the await and lose the others' additions.
        const relations = await single(i);
        concurrentRelations += relations;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_CLIENTS }, client));
    ingest = {
      ...ingest,
      concurrentClients: CONCURRENT_CLIENTS,
      concurrentBriefings: ONE_AT_A_TIME_SAMPLE,
      concurrentRelationsPerSecond: concurrentRelations / ((performance.now() - concurrentStarted) / 1000),
      concurrentLoadAverage: os.loadavg()[0]!,
    };
  }

  const rows = values['ingest-only'] ? [] : await measureQueries(db, driver, shape);
  const [{ relations, actors }] = (
    await db.driver.executeQuery(
      'MATCH ()-[r]->() WHERE NOT type(r) IN ["MENTIONS", "FROM", "PAIR"] WITH count(r) AS relations CALL () { MATCH (a:Actor) RETURN count(a) AS actors } RETURN relations, actors',
    )
  ).records.map((r) => ({ relations: Number(r.get('relations')), actors: Number(r.get('actors')) })) as [{ relations: number; actors: number }];
  const result = {
    size,
    relationMentions: BENCH_SIZES[size],
    relations,
    actors,
    rounds: ROUNDS,
    machine: machine(),
    ingest,
    queries: rows,
    at: new Date().toISOString(),
  };

  console.log(`\n${size}: ${relations} relations (${BENCH_SIZES[size]} mentions), ${actors} actors; ${ROUNDS} interleaved rounds; ms`);
  console.log(
    `${'query'.padEnd(52)}${'GraphQL p50'.padStart(12)}${'p95'.padStart(9)}${'raw p50'.padStart(10)}${'p95'.padStart(9)}${'ratio'.padStart(8)}` +
      `${'@neo4j/graphql p50'.padStart(20)}${'p95'.padStart(9)}${'ratio'.padStart(8)}`,
  );
  for (const row of rows) {
    if ('error' in row) console.log(`${row.query.padEnd(52)}  ${row.error}`);
    else
      console.log(
        `${row.query.padEnd(52)}${row.productP50.toFixed(1).padStart(12)}${row.productP95.toFixed(1).padStart(9)}${row.rawP50.toFixed(1).padStart(10)}${row.rawP95.toFixed(1).padStart(9)}${row.ratioP50.toFixed(2).padStart(8)}` +
          (row.neo4jGraphqlP50 === null
            ? 'neo4jGraphqlError' in row
              ? `  @neo4j/graphql failed: ${row.neo4jGraphqlError}`
              : ''
            : `${row.neo4jGraphqlP50.toFixed(1).padStart(20)}${row.neo4jGraphqlP95.toFixed(1).padStart(9)}${row.ratioToNeo4jGraphqlP50!.toFixed(2).padStart(8)}`) +
          (row.sameAnswer === false ? '  (the raw Cypher answered another question: its ratio means nothing)' : ''),
      );
  }
  console.log(`ingest: ${JSON.stringify(Object.fromEntries(Object.entries(ingest).map(([k, v]) => [k, Math.round(v * 10) / 10])))}`);
  mkdirSync(path.join(here, 'results'), { recursive: true });
  // The time in the name: a run never overwrites the results an earlier one wrote (the README cites them).
  const kind = values['ingest-only'] ? '-ingest' : '';
  const file = path.join(here, 'results', `${size}-${result.machine.cpus}cpu-${result.at.slice(0, 19).replaceAll(':', '-')}${kind}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written ${path.relative(process.cwd(), file)}`);
} finally {
  await driver.close();
  await db.close();
  await server.stop();
}

/**
 * applySchema waits INDEX_WAIT_SECONDS for the indexes; building them over a million imported
 * relations on a loaded machine may take longer: wait again until they are online.
 */
async function applySchemaPatiently(db: Database): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await applySchema(db);
      return;
    } catch (error) {
      if (attempt >= INDEX_BUILD_ATTEMPTS) throw error;
      process.stderr.write(`indexes still building (${(error as Error).message.slice(0, 80)}); waiting again\n`);
    }
  }
}

/** Every analyst query, interleaved over the three sides (each round another side first), ROUNDS times after two warm-up rounds: p50/p95 and ratios. */
async function measureQueries(db: Database, driver: Driver, shape: GraphShape) {
  const apollo = createApolloServer();
  await apollo.start();
  const http = await startHttpServer(
    apollo,
    db,
    { keyring: Keyring.load({}), corsOrigins: [], maxBodyBytes: 1_000_000 },
    { host: '127.0.0.1', port: HTTP_PORT },
  );
  const neo4jGraphql = await startNeo4jGraphql(driver, NEO4J_GRAPHQL_PORT);
  const overHttp = async (url: string, query: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors[0]!.message);
    return body.data;
  };
  const raw = async (cypher: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(cypher, params, { routing: 'READ' })).records.map((record) => record.toObject());
  const queries = BENCH_QUERIES(shape);
  const samples = new Map(
    queries.map((q) => [
      q.label,
      { product: [] as number[], raw: [] as number[], neo4jGraphql: [] as number[], error: null as string | null, neo4jGraphqlError: null as string | null },
    ]),
  );
  // Before any timing: the raw driver must answer the product's question, or its ratio measures nothing (bench/answers.ts).
  const answers = new Map<string, AnswerCheck>();
  for (const q of queries) {
    try {
      answers.set(q.label, compareAnswers(q, await overHttp(http.url, q.graphql), await raw(q.cypher, q.params)));
    } catch (error) {
      samples.get(q.label)!.error = `answer check: ${(error as Error).message.slice(0, 120)}`;
    }
  }
  for (const check of answers.values()) if (!check.same) console.log(`not the same answer: ${check.label}: ${check.detail}`);
  for (let round = -2; round < ROUNDS; round += 1) {
    for (const q of queries) {
      const s = samples.get(q.label)!;
      if (s.error) continue;
      const sides = [
        ['product', () => overHttp(http.url, q.graphql)],
        ['raw', () => raw(q.cypher, q.params)],
        ...(q.neo4jGraphql === undefined || s.neo4jGraphqlError !== null ? [] : [['neo4jGraphql', () => overHttp(neo4jGraphql.url, q.neo4jGraphql!)] as const]),
      ] as const;
      // Each round starts with another side: whichever runs first after the previous query pays for
      // the page cache and the JIT that query left, and the sides after it find the query's pages warm.
      const turn = (round + 2) % sides.length;
      for (const [side, run] of [...sides.slice(turn), ...sides.slice(0, turn)]) {
        const started = performance.now();
        try {
          await run();
        } catch (error) {
          // @neo4j/graphql failing (its @cypher neighborhood past Neo4j's transaction memory at 1M) is its own finding:
          // the product and the raw driver are still timed; a failure of either of them ends the row
          const message = (error as Error).message.slice(0, 120);
          if (side === 'neo4jGraphql') {
            s.neo4jGraphqlError = message;
            s.neo4jGraphql = [];
            continue;
          }
          s.error = `${side}: ${message}`;
          break;
        }
        if (round >= 0) s[side].push(performance.now() - started);
      }
    }
  }
  await http.close();
  await apollo.stop();
  await neo4jGraphql.stop();

  const rows = queries.map((q) => {
    const s = samples.get(q.label)!;
    if (s.error) return { query: q.label, error: s.error };
    const result = {
      query: q.label,
      sameAnswer: answers.get(q.label)?.same ?? null,
      productP50: percentile(s.product, 50),
      productP95: percentile(s.product, 95),
      rawP50: percentile(s.raw, 50),
      rawP95: percentile(s.raw, 95),
      ...(s.neo4jGraphqlError === null ? {} : { neo4jGraphqlError: s.neo4jGraphqlError }),
    };
    const other =
      s.neo4jGraphql.length > 0
        ? { neo4jGraphqlP50: percentile(s.neo4jGraphql, 50), neo4jGraphqlP95: percentile(s.neo4jGraphql, 95) }
        : { neo4jGraphqlP50: null, neo4jGraphqlP95: null };
    return {
      ...result,
      ...other,
      ratioP50: result.productP50 / result.rawP50,
      ratioToNeo4jGraphqlP50: other.neo4jGraphqlP50 === null ? null : result.productP50 / other.neo4jGraphqlP50,
    };
  });
  return rows;
}
