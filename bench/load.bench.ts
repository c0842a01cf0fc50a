import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
 *
 * The limits are on, as in production: the server has API keys, one per client (each analyst query
 * class, the ingesting pipeline, each abusive client), so each client has its own rate-limit bucket
 * (RATE_LIMIT_*, the defaults) and an abusive client is refused without slowing the others. The
 * server's memory is sampled from its /metrics every MEMORY_SAMPLE_MS during both runs.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
/** Ports of this bench, never the product's defaults (a shared machine: choose others with the flags). */
const DEFAULT_BOLT_PORT = 45_410;
const DEFAULT_HTTP_PORT = 45_411;
const { values } = commandLineOrExit({
  name: 'bench:load',
  usage: '[--duration SECONDS]',
  summary: 'A bounded load test on loopback: the analyst mix with an ingest every 2 s, then abusive queries mixed in.',
  options: {
    duration: { type: 'string', description: 'seconds of each run (default 30)' },
    'bolt-port': { type: 'string', description: `bolt port of the bench's own Neo4j (default ${DEFAULT_BOLT_PORT})` },
    'http-port': { type: 'string', description: `port of the server under load (default ${DEFAULT_HTTP_PORT})` },
  },
});
const DURATION_S = Number(values.duration ?? '30');
const BOLT_PORT = Number(values['bolt-port'] ?? DEFAULT_BOLT_PORT);
const HTTP_PORT = Number(values['http-port'] ?? DEFAULT_HTTP_PORT);
const PASSWORD = 'load-bench-password';
const INGEST_EVERY_MS = 2_000;
/** A request still unanswered after this is counted as a timeout. */
const REQUEST_TIMEOUT_S = 30;
const SERVER_START_TIMEOUT_MS = 120_000;
const URL_BASE = `http://127.0.0.1:${HTTP_PORT}/`;
/** How often the server's memory is read from its /metrics during a run. */
const MEMORY_SAMPLE_MS = 2_000;

const shape = graphShape(BENCH_SIZES['10k']);
const loadAverageAtStart = os.loadavg();

/** One API key per client, so each has its own rate-limit bucket, as separate analysts would. */
const keys = new Map<string, { id: string; role: 'reader' | 'editor'; key: string }>();
function keyFor(client: string, role: 'reader' | 'editor' = 'reader'): string {
  let entry = keys.get(client);
  if (!entry) {
    entry = { id: `load-${keys.size}`, role, key: randomBytes(24).toString('base64url') };
    keys.set(client, entry);
  }
  return entry.key;
}
const METRICS_KEY = keyFor('metrics scraper');
const INGEST_KEY = keyFor('pipeline', 'editor');
const authorization = (key: string) => ({ authorization: `Bearer ${key}` });
// Every client's key exists before the server starts (it reads them once).
for (const query of [...BENCH_QUERIES(shape), ...abusiveQueries(shape)]) keyFor(query.label);

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
  const legit = await sampled(() => run(false));
  const rssAfterLegit = await serverRss();
  const mixed = await sampled(() => run(true));
  const rssAfterAbusive = await serverRss();
  const report = {
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtEnd: os.loadavg() },
    graph: { generatedRelations: shape.relations, generatedBriefings: shape.briefings, seed: true },
    durationSeconds: DURATION_S,
    loadAverageAtStart,
    limits: 'on: the query limits, argument checks and rate limits at their defaults, one API key per client',
    memoryMb: { before: rssBefore, afterLegitimate: rssAfterLegit, afterAbusive: rssAfterAbusive },
    memoryOverTime: { sampleEveryMs: MEMORY_SAMPLE_MS, legitimate: legit.memory, withAbusive: mixed.memory },
    legitimate: legit.outcome,
    withAbusive: mixed.outcome,
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
    env: {
      ...process.env,
      NEO4J_URI: neo4jServer.uri,
      NEO4J_PASSWORD: PASSWORD,
      PORT: String(HTTP_PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DIPLOGRAPH_API_KEYS: [...keys.values()].map(({ id, role, key }) => `${id}:${role}:${key}`).join(','),
    },
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
    await fetch(URL_BASE, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization(keyFor(query.label)) },
      body: JSON.stringify({ query: query.graphql }),
    });
  }
}

/** The server's resident memory in MiB, from its own /metrics. */
async function serverRss(): Promise<number> {
  return (await serverMemory()).rssMb;
}

/** Resident memory and V8 heap in use, in MiB, from the server's own /metrics. */
async function serverMemory(): Promise<{ rssMb: number; heapUsedMb: number }> {
  const text = await (await fetch(`${URL_BASE}metrics`, { headers: authorization(METRICS_KEY) })).text();
  const mib = (name: string) =>
    Math.round(
      Number(
        text
          .split('\n')
          .find((row) => row.startsWith(`${name} `))
          ?.split(' ')[1],
      ) /
        2 ** 20,
    );
  return { rssMb: mib('process_resident_memory_bytes'), heapUsedMb: mib('nodejs_heap_size_used_bytes') };
}

/** Runs `work` while reading the server's memory every MEMORY_SAMPLE_MS: is it flat over the run? */
async function sampled<T>(work: () => Promise<T>): Promise<{ outcome: T; memory: { atS: number; rssMb: number; heapUsedMb: number }[] }> {
  const memory: { atS: number; rssMb: number; heapUsedMb: number }[] = [];
  const started = performance.now();
  const sample = async () => {
    try {
      memory.push({ atS: Math.round((performance.now() - started) / 100) / 10, ...(await serverMemory()) });
    } catch {
      // a missed sample (the scrape itself timed out) is a gap, not a failure
    }
  };
  await sample();
  const timer = setInterval(() => void sample(), MEMORY_SAMPLE_MS);
  try {
    const outcome = await work();
    await sample();
    return { outcome, memory };
  } finally {
    clearInterval(timer);
  }
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
        headers: { 'content-type': 'application/json', ...authorization(keyFor(label)) },
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
        headers: { 'content-type': 'application/json', ...authorization(INGEST_KEY) },
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
  memoryOverTime: Record<'legitimate' | 'withAbusive', { rssMb: number; heapUsedMb: number }[]>;
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
  for (const [title, samples] of [
    ['analyst mix', report.memoryOverTime.legitimate],
    ['with abusive queries', report.memoryOverTime.withAbusive],
  ] as const) {
    const range = (pick: (sample: { rssMb: number; heapUsedMb: number }) => number) => `${Math.min(...samples.map(pick))}–${Math.max(...samples.map(pick))}`;
    console.log(`${title}: ${samples.length} samples, RSS ${range((sample) => sample.rssMb)} MiB, heap used ${range((sample) => sample.heapUsedMb)} MiB`);
  }
}
