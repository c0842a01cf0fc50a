/**
 * Where one briefing's ingest spends its time (issue 9: one briefing at a time):
 * `npx tsx bench/ingest-profile.ts --size 100k --port 44110 [--briefings 40] [--warm-up 5] [--seed 3] [--store <folder>]` starts
 * the store of bench/.store/<size>/ (a loaded one: run the scale bench first), ingests a few untimed briefings
 * (a restarted server plans each statement on its first use), then new briefings one at a time
 * through ingestBriefing, and prints per statement the client's wall time (send to rows) and
 * Neo4j's own time (resultAvailableAfter + resultConsumedAfter, lock waits included), and per
 * briefing the time before the first statement (session, begin), between statements, after the
 * last one (the commit) and the process's CPU time (planning, ids, the driver's packing). Medians,
 * with the load average: on a shared machine only same-run comparisons mean anything.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { Database, Tx } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/local/server.js';
import { applySchema } from '../src/db/migrate.js';
import { BULK_BRIEFINGS_PER_TX, ingestBriefing, ingestBriefings } from '../src/ingest/apply-briefing.js';
import { parseBriefing } from '../src/ingest/parse-briefing.js';
import { BENCH_SIZES, generatedBriefing, graphShape, type BenchSize } from './generate/generator.js';
import { BENCH_STORE_PASSWORD } from './running-store.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100k' },
    store: { type: 'string', description: 'the folder under bench/.store/ (default: the size)' },
    port: { type: 'string', default: '44110' },
    briefings: { type: 'string', default: '40' },
    'warm-up': { type: 'string', default: '5', description: 'untimed briefings first (a restarted JVM is still compiling its hot code for a minute or so)' },
    seed: { type: 'string', default: '3', description: "the sample's seed: another per run gives each run relations new to the store" },
    'keep-schema': { type: 'boolean', description: 'start without applySchema (the store as an experiment left it)' },
    bulk: { type: 'string', description: 'batches of BULK_BRIEFINGS_PER_TX new briefings through ingestBriefings instead' },
  },
});
const size = values.size as BenchSize;
if (!(size in BENCH_SIZES)) throw new Error(`--size: one of ${Object.keys(BENCH_SIZES).join(', ')}`);
const SAMPLE = Number(values.briefings);
/** Untimed briefings first: a restarted server plans each ingest statement on its first use. */
const WARM_UP = Number(values['warm-up']);
const PASSWORD = BENCH_STORE_PASSWORD;
/** Seed of the sample's briefings: by default another than the scale bench's load (1) and one-at-a-time sample (2). */
const SAMPLE_SEED = Number(values.seed);
/** Seed of the --bulk batches' briefings. */
const BULK_SEED = 4;

interface Timing {
  name: string;
  sentAt: number;
  doneAt: number;
  serverMs: number;
}
let timings: Timing[] = [];

// Times every statement the product sends, without changing it: Tx.run wraps the driver's run.
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
const originalRun = Tx.prototype.run;
Tx.prototype.run = async function timedRun(this: Tx, ...args: Parameters<Tx['run']>) {
  const managed = (this as unknown as { tx: ManagedTransaction }).tx;
  const driverRun = managed.run.bind(managed);
  const timing: Timing = { name: args[0], sentAt: performance.now(), doneAt: 0, serverMs: 0 };
  timings.push(timing);
  (managed as { run: unknown }).run = (text: string, params: Record<string, unknown>) => {
    const result = driverRun(text, params);
    // Read the summary once the records are all in: asking result.summary() while they stream
    // discards those not pulled yet (past the driver's first fetch of 1,000), so a profiled
    // statement returned fewer rows than the product's and the profile measured another ingest.
    void result.then(
      ({ summary }: QueryResult) => {
        timing.serverMs = summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
      },
      () => undefined,
    );
    return result;
  };
  try {
    return await originalRun.apply(this, args);
  } finally {
    timing.doneAt = performance.now();
    (managed as { run: unknown }).run = driverRun;
  }
} as Tx['run'];

/** How long the server's idle CPU time is measured, in ms. */
const IDLE_MS = 5_000;
/** Linux's clock ticks per second in /proc/<pid>/stat (USER_HZ). */
const TICKS_PER_SECOND = 100;
/** CPU time a process has used (user + system), in ms: the server's work, whatever the machine's load. */
function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
};

const store = path.join(path.dirname(new URL(import.meta.url).pathname), '.store', values.store ?? size);
const server = await startLocalNeo4j(
  { port: Number(values.port), dataDir: store, password: PASSWORD, pagecacheMb: 1024, heapMb: 2048, javaHome: process.env.JAVA_HOME },
  false,
);
const db = Database.connect({ uri: server.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', local: true }, { txTimeoutMs: 600_000 });
try {
  if (!values['keep-schema']) await applySchema(db);
  // What the server burns doing nothing (its background threads), to set against its time per briefing.
  const idleFrom = processCpuMs(server.pid);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  console.log(`Neo4j's CPU time idle: ${(((processCpuMs(server.pid) - idleFrom) / IDLE_MS) * 1000).toFixed(1)} ms per s`);
  const shape = graphShape(BENCH_SIZES[size]);
  const run = Date.now().toString(36);
  if (values.bulk !== undefined) {
    await profileBulk(db, shape, run, Number(values.bulk), server.pid);
    process.exit(0);
  }
  const perStatement = new Map<string, { client: number[]; server: number[] }>();
  const perBriefing: { total: number; before: number; between: number; statements: number; after: number; cpu: number }[] = [];
  let serverCpuFrom = NaN;
  for (let i = 0; i < WARM_UP + SAMPLE; i += 1) {
    if (i === WARM_UP) serverCpuFrom = processCpuMs(server.pid);
    const file = parseBriefing(generatedBriefing(shape, i, SAMPLE_SEED), 'profile');
    timings = [];
    const cpu = process.cpuUsage();
    const started = performance.now();
    await ingestBriefing(db, { ...file, briefing: { ...file.briefing, id: `gen-profile-${run}-${i}` } });
    const ended = performance.now();
    const used = process.cpuUsage(cpu);
    if (i < WARM_UP) continue;
    // Statements sent together overlap: their span is from the first sent to the last answered.
    let busy = 0;
    let reach = started;
    for (const t of [...timings].sort((a, b) => a.sentAt - b.sentAt)) {
      busy += Math.max(0, t.doneAt - Math.max(t.sentAt, reach));
      reach = Math.max(reach, t.doneAt);
      const entry = perStatement.get(t.name) ?? { client: [], server: [] };
      entry.client.push(t.doneAt - t.sentAt);
      entry.server.push(t.serverMs);
      perStatement.set(t.name, entry);
    }
    const first = Math.min(...timings.map((t) => t.sentAt));
    const last = Math.max(...timings.map((t) => t.doneAt));
    perBriefing.push({
      total: ended - started,
      before: first - started,
      statements: busy,
      between: last - first - busy,
      after: ended - last,
      cpu: (used.user + used.system) / 1000,
    });
  }
  const serverCpu = (processCpuMs(server.pid) - serverCpuFrom) / SAMPLE;
  const relations = SAMPLE * 40;
  const seconds = perBriefing.reduce((sum, b) => sum + b.total, 0) / 1000;
  console.log(`Neo4j's CPU time per briefing (mean, every thread of its JVM): ${serverCpu.toFixed(1)} ms, of ${((seconds * 1000) / SAMPLE).toFixed(0)} ms`);
  console.log(
    `${size}, ${SAMPLE} new briefings one at a time after ${WARM_UP} untimed: ${(relations / seconds).toFixed(0)} relations/s; load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  printStatementTable(
    'statement (median ms)',
    [...perStatement].map(([name, entry]) => ({ name, client: median(entry.client), server: median(entry.server), sent: entry.client.length / SAMPLE })),
  );
  for (const key of ['total', 'before', 'statements', 'between', 'after', 'cpu'] as const) {
    console.log(
      `per briefing ${key.padEnd(27)}${median(perBriefing.map((b) => b[key]))
        .toFixed(1)
        .padStart(8)}`,
    );
  }
} finally {
  await db.close();
  await server.stop();
}

/** Batches of new briefings through the bulk ingest: each batch's time, and each statement's time summed over the batches. */
async function profileBulk(db: Database, shape: ReturnType<typeof graphShape>, run: string, batches: number, serverPid: number | undefined): Promise<void> {
  const perStatement = new Map<string, { client: number; server: number; sent: number }>();
  let relations = 0;
  let total = 0;
  for (let batch = 0; batch < batches; batch += 1) {
    const files = Array.from({ length: BULK_BRIEFINGS_PER_TX }, (_, i) => {
      const file = parseBriefing(generatedBriefing(shape, batch * BULK_BRIEFINGS_PER_TX + i, BULK_SEED), 'profile');
      return { ...file, briefing: { ...file.briefing, id: `gen-bulk-${run}-${batch}-${i}` } };
    });
    timings = [];
    const cpu = process.cpuUsage();
    const serverCpu = processCpuMs(serverPid);
    const started = performance.now();
    const outcomes = await ingestBriefings(db, files);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const serverUsed = (processCpuMs(serverPid) - serverCpu) / 1000;
    const count = files.reduce((sum, file) => sum + file.relations.length, 0);
    console.log(
      `batch ${batch}: ${count} relation mentions in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(0)}/s), cpu ${((used.user + used.system) / 1e6).toFixed(1)} s here, ${serverUsed.toFixed(1)} s Neo4j, ` +
        `${outcomes.filter((o) => o.error).length} failed, load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    if (batch === 0) continue; // the first plans the statements on a restarted server
    relations += count;
    total += seconds;
    for (const t of timings) {
      const entry = perStatement.get(t.name) ?? { client: 0, server: 0, sent: 0 };
      entry.client += t.doneAt - t.sentAt;
      entry.server += t.serverMs;
      entry.sent += 1;
      perStatement.set(t.name, entry);
    }
  }
  console.log(
    `bulk after the first batch: ${(relations / total).toFixed(0)} relations/s; load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  printStatementTable(
    'statement (total s)',
    [...perStatement].map(([name, entry]) => ({ name, client: entry.client / 1000, server: entry.server / 1000, sent: entry.sent })),
  );
}

/** One line per statement: its client and server time (in the heading's unit) and how often it was sent. */
function printStatementTable(heading: string, rows: { name: string; client: number; server: number; sent: number }[]): void {
  console.log(`${heading.padEnd(40)}${'client'.padStart(8)}${'server'.padStart(8)}${'sent'.padStart(6)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(40)}${row.client.toFixed(1).padStart(8)}${row.server.toFixed(1).padStart(8)}${String(row.sent).padStart(6)}`);
  }
}
