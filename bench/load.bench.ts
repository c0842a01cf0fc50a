import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/config/env.js';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/local/server.js';
import { applySchema } from '../src/db/migrate.js';
import { ingestBriefings } from '../src/ingest/apply-briefing.js';
import { parseBriefing } from '../src/ingest/parse-briefing.js';
import { briefingFilesIn, seedFiles } from '../src/ingest/seed.js';
import { BENCH_SIZES, generatedBriefing, graphShape } from './generate/generator.js';
import { abusiveQueries } from './load/abusive-queries.js';
import { BENCH_QUERIES } from './queries.js';
import { commandLineOrExit } from '../src/cli/run-cli.js';

/**
 * npm run bench:load [-- --duration 30]
 * A bounded load test on loopback: its own Neo4j store (bench/.store/load) holding the seed and a
 * generated graph (10k relation mentions, loaded once through the product's bulk ingest), the
 * server as `npm run serve` runs it in a child process, and autocannon driving one connection per
 * analyst query (closed loop) plus an ingest every INGEST_EVERY_MS. Two runs: the analyst mix
 * alone, then with abusive queries mixed in. Reports throughput, p50/p99 per query class, errors,
 * and the server's resident memory (from its own /metrics) before and after. Each query runs once
 * before the first run (warm-up). Asserts nothing.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = commandLineOrExit({
  name: 'bench:load',
  usage: '[--duration SECONDS]',
  summary: 'A bounded load test on loopback: the analyst mix with an ingest every 2 s, then abusive queries mixed in.',
  options: { duration: { type: 'string', description: 'seconds of each run (default 30)' } },
});
const DURATION_S = Number(values.duration ?? '30');
/** Ports of this bench, never the product's defaults. */
const BOLT_PORT = 45_410;
const HTTP_PORT = 45_411;
const PASSWORD = 'load-bench-password';
const INGEST_EVERY_MS = 2_000;
/** A request still unanswered after this is counted as a timeout. */
const REQUEST_TIMEOUT_S = 30;
const SERVER_START_TIMEOUT_MS = 120_000;
const URL_BASE = `http://127.0.0.1:${HTTP_PORT}/`;

interface ClassResult {
  label: string;
  abusive: boolean;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  graphqlErrors: number;
  errorCodes: Record<string, number>;
  timeouts: number;
}

const shape = graphShape(BENCH_SIZES['10k']);
const store = path.join(here, '.store', 'load');
mkdirSync(store, { recursive: true });
const neo4jServer = await startLocalNeo4j(
  { port: BOLT_PORT, dataDir: store, password: PASSWORD, pagecacheMb: 512, heapMb: 1024, javaHome: process.env.JAVA_HOME },
  false,
);
const db = Database.connect({ uri: neo4jServer.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', local: true }, { txTimeoutMs: 600_000 });
let server: ChildProcess | undefined;
try {
  await applySchema(db);
  await loadGraph(db);
  server = await startServer();
  await warmUp();
  const rssBefore = await serverRss();
  const legit = await run(false);
  const rssAfterLegit = await serverRss();
  const mixed = await run(true);
  const rssAfterAbusive = await serverRss();
  const report = {
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtEnd: os.loadavg() },
    graph: { generatedRelations: shape.relations, generatedBriefings: shape.briefings, seed: true },
    durationSeconds: DURATION_S,
    memoryMb: { before: rssBefore, afterLegitimate: rssAfterLegit, afterAbusive: rssAfterAbusive },
    legitimate: legit,
    withAbusive: mixed,
  };
  printReport(report);
  mkdirSync(path.join(here, 'results'), { recursive: true });
  const file = path.join(here, 'results', `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(PROJECT_ROOT, file)}`);
} finally {
  server?.kill('SIGTERM');
  await db.close();
  await neo4jServer.stop();
}

/** The seed, and the generated briefings not yet in the store (a second run reuses them). */
async function loadGraph(database: Database): Promise<void> {
  await seedFiles(database, await briefingFilesIn(path.join(PROJECT_ROOT, 'seeds')));
  const rows = await database.driver.executeQuery('MATCH (b:Briefing) WHERE b.id STARTS WITH "gen-briefing-" RETURN count(b) AS count');
  const loaded = Number(rows.records[0]!.get('count'));
  if (loaded >= shape.briefings) return;
  process.stderr.write(`loading ${shape.briefings - loaded} generated briefings…\n`);
  const files = Array.from({ length: shape.briefings - loaded }, (_, i) => parseBriefing(generatedBriefing(shape, loaded + i), `generated ${loaded + i}`));
  await ingestBriefings(database, files);
}

/** `npm run serve` on the bench's Neo4j, in its own process (the load generator must not share its event loop). */
async function startServer(): Promise<ChildProcess> {
  const child = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/serve.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: neo4jServer.uri, NEO4J_PASSWORD: PASSWORD, PORT: String(HTTP_PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${URL_BASE}health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start');
}

/** Each analyst query once, one after the other, so the runs measure a warm page cache and JIT. */
async function warmUp(): Promise<void> {
  for (const query of BENCH_QUERIES(shape)) {
    await fetch(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query.graphql }) });
  }
}

/** The server's resident memory in MiB, from its own /metrics. */
async function serverRss(): Promise<number> {
  const text = await (await fetch(`${URL_BASE}metrics`)).text();
  const line = text.split('\n').find((row) => row.startsWith('process_resident_memory_bytes '));
  return Math.round(Number(line?.split(' ')[1]) / 2 ** 20);
}

/** One connection per query class for DURATION_S, and an ingest every INGEST_EVERY_MS beside them. */
async function run(withAbusive: boolean): Promise<{ totalPerSecond: number; classes: ClassResult[]; ingests: ClassResult }> {
  const classes = [
    ...BENCH_QUERIES(shape).map((query) => ({ label: query.label, query: query.graphql, abusive: false })),
    ...(withAbusive ? abusiveQueries(shape).map((query) => ({ ...query, abusive: true })) : []),
  ];
  const ingests = ingestLoop(withAbusive ? 2 : 1);
  const results = await Promise.all(classes.map((entry) => hammer(entry.label, entry.query, entry.abusive)));
  const ingestResult = await ingests.stop();
  const totalPerSecond = results.reduce((sum, result) => sum + result.perSecond, 0) + ingestResult.perSecond;
  return { totalPerSecond: Math.round(totalPerSecond * 10) / 10, classes: results, ingests: ingestResult };
}

async function hammer(label: string, query: string, abusive: boolean): Promise<ClassResult> {
  const codes: Record<string, number> = {};
  let graphqlErrors = 0;
  const result = await autocannon({
    url: URL_BASE,
    connections: 1,
    duration: DURATION_S,
    timeout: REQUEST_TIMEOUT_S,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        onResponse: (_status, body) => {
          if (!body.includes('"errors"')) return;
          graphqlErrors += 1;
          for (const match of body.matchAll(/"code":"([A-Z_]+)"/g)) codes[match[1]!] = (codes[match[1]!] ?? 0) + 1;
        },
      },
    ],
  });
  return {
    label,
    abusive,
    requests: result.requests.total,
    perSecond: Math.round((result.requests.total / DURATION_S) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    graphqlErrors,
    errorCodes: codes,
    timeouts: result.timeouts,
  };
}

/** Ingests a new generated briefing every INGEST_EVERY_MS through the API, timing each. */
function ingestLoop(round: number) {
  const latencies: number[] = [];
  let failures = 0;
  let index = 0;
  const codes: Record<string, number> = {};
  const mutation = 'mutation LoadIngest($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }';
  const once = async () => {
    const generated = generatedBriefing(shape, shape.briefings + index, 1_000 + round);
    const input = { ...generated, briefing: { ...generated.briefing, id: `load-${Date.now()}-${round}-${index++}` } };
    const started = performance.now();
    try {
      const response = await fetch(URL_BASE, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: mutation, variables: { input } }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      if (body.errors) {
        failures += 1;
        const code = body.errors[0]?.extensions?.code ?? 'UNKNOWN';
        codes[code] = (codes[code] ?? 0) + 1;
      }
    } catch {
      failures += 1;
    }
    latencies.push(performance.now() - started);
  };
  const pending: Promise<void>[] = [once()];
  const timer = setInterval(() => pending.push(once()), INGEST_EVERY_MS);
  return {
    async stop(): Promise<ClassResult> {
      clearInterval(timer);
      await Promise.all(pending);
      const sorted = [...latencies].sort((a, b) => a - b);
      const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
      return {
        label: `ingestBriefing every ${INGEST_EVERY_MS / 1000} s`,
        abusive: false,
        requests: latencies.length,
        perSecond: Math.round((latencies.length / DURATION_S) * 10) / 10,
        p50Ms: at(0.5),
        p99Ms: at(0.99),
        non2xx: 0,
        graphqlErrors: failures,
        errorCodes: codes,
        timeouts: 0,
      };
    },
  };
}

function printReport(report: {
  memoryMb: Record<string, number>;
  legitimate: Awaited<ReturnType<typeof run>>;
  withAbusive: Awaited<ReturnType<typeof run>>;
}): void {
  for (const [title, outcome] of [
    ['analyst mix', report.legitimate],
    ['analyst mix + abusive queries', report.withAbusive],
  ] as const) {
    console.log(`\n${title}: ${outcome.totalPerSecond} req/s in all`);
    console.table(
      [...outcome.classes, outcome.ingests].map((entry) => ({
        class: `${entry.abusive ? '[abusive] ' : ''}${entry.label}`,
        'req/s': entry.perSecond,
        'p50 ms': entry.p50Ms,
        'p99 ms': entry.p99Ms,
        errors: entry.graphqlErrors + entry.timeouts,
        codes: Object.entries(entry.errorCodes)
          .map(([code, count]) => `${code}×${count}`)
          .join(' '),
      })),
    );
  }
  console.log(
    `server RSS (MiB): before ${report.memoryMb.before}, after the analyst mix ${report.memoryMb.afterLegitimate}, after the abusive run ${report.memoryMb.afterAbusive}`,
  );
}
