/**
 * Two checkouts' ingest compared on one store, interleaved (issue 9): on a machine shared with other
 * jobs, rates measured minutes apart differ by a third and more, so this one server and store take
 * batches of new briefings from the base checkout's ingest and from this one's in turn (ABBA),
 * each through its own code and cypher/ files, and prints per side the relations per second and
 * Neo4j's CPU time per 1,000 relations (/proc: the work the server did, less sensitive to the load).
 *
 * `npx tsx bench/ingest-ab.ts --base /tmp/base-worktree [--size 100k] [--pairs 4] [--port 44110]
 *  [--heap-mb 1024] [--base-batch 100] [--batch 250] [--single 20]`
 * The store is bench/.store/<size>/ of this checkout (a loaded one: run the scale bench first);
 * the base checkout needs its own node_modules. --single N: N briefings one at a time per turn,
 * through ingestBriefing, instead of one bulk batch of --base-batch / --batch briefings.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../src/db/local/server.js';
import { BENCH_SIZES, generatedBriefing, graphShape, type BenchSize } from './generate/generator.js';
import { BENCH_STORE_PASSWORD } from './running-store.js';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    size: { type: 'string', default: '100k' },
    pairs: { type: 'string', default: '4' },
    port: { type: 'string', default: '44110' },
    'heap-mb': { type: 'string', default: '1024' },
    'base-batch': { type: 'string' },
    batch: { type: 'string' },
    single: { type: 'string' },
  },
});
if (!values.base) throw new Error('--base: the checkout to compare with (a worktree of main, say)');
const size = values.size as BenchSize;
if (!(size in BENCH_SIZES)) throw new Error(`--size: one of ${Object.keys(BENCH_SIZES).join(', ')}`);
const single = values.single === undefined ? null : Number(values.single);

type Side = 'base' | 'new';
interface Checkout {
  connect: (target: object, options: object) => { close(): Promise<void> };
  ingestBriefing: (db: unknown, file: unknown) => Promise<unknown>;
  ingestBriefings: (db: unknown, files: unknown[], options: object) => Promise<{ error?: Error }[]>;
  parseBriefing: (input: unknown, source: string) => { briefing: { id: string }; relations: unknown[] };
  batch: number;
}
async function load(root: string, batch: string | undefined): Promise<Checkout> {
  const { Database } = (await import(path.join(root, 'src/db/database.ts'))) as { Database: { connect: Checkout['connect'] } };
  const ingest = (await import(path.join(root, 'src/ingest/apply-briefing.ts'))) as Pick<Checkout, 'ingestBriefing' | 'ingestBriefings'> & {
    BULK_BRIEFINGS_PER_TX: number;
  };
  const { parseBriefing } = (await import(path.join(root, 'src/ingest/parse-briefing.ts'))) as Pick<Checkout, 'parseBriefing'>;
  return {
    connect: (target, options) => Database.connect(target, options),
    ingestBriefing: ingest.ingestBriefing,
    ingestBriefings: ingest.ingestBriefings,
    parseBriefing,
    batch: batch === undefined ? ingest.BULK_BRIEFINGS_PER_TX : Number(batch),
  };
}
const here = path.dirname(new URL(import.meta.url).pathname);
const checkouts: Record<Side, Checkout> = {
  base: await load(path.resolve(values.base), values['base-batch']),
  new: await load(path.resolve(here, '..'), values.batch),
};

/** CPU time a process has used (user + system), in seconds. */
function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const server = await startLocalNeo4j(
  { port: Number(values.port), dataDir: path.join(here, '.store', size), password: BENCH_STORE_PASSWORD, pagecacheMb: 1024, heapMb: Number(values['heap-mb']) },
  false,
);
const target = { uri: server.uri, user: 'neo4j', password: BENCH_STORE_PASSWORD, database: 'neo4j', local: true };
const dbs = { base: checkouts.base.connect(target, { txTimeoutMs: 600_000 }), new: checkouts.new.connect(target, { txTimeoutMs: 600_000 }) };
const shape = graphShape(BENCH_SIZES[size]);
const run = Date.now().toString(36);
const totals = { base: { seconds: 0, neo4j: 0, relations: 0 }, new: { seconds: 0, neo4j: 0, relations: 0 } };
let turn = 0;
try {
  /** One turn: new briefings (another seed each turn) through one side's bulk ingest, or one at a time. */
  const once = async (side: Side, timed: boolean) => {
    const checkout = checkouts[side];
    const seed = 1_000 + turn++;
    const files = Array.from({ length: single ?? checkout.batch }, (_, i) => {
      const file = checkout.parseBriefing(generatedBriefing(shape, i, seed), 'ab');
      return { ...file, briefing: { ...file.briefing, id: `gen-ab-${run}-${seed}-${i}` } };
    });
    const relations = files.reduce((sum, file) => sum + file.relations.length, 0);
    const cpu = cpuSeconds(server.pid);
    const started = performance.now();
    if (single === null) {
      const outcomes = await checkout.ingestBriefings(dbs[side], files, { batchSize: checkout.batch });
      if (outcomes.some((outcome) => outcome.error)) throw new Error(`${side}: a briefing failed`);
    } else {
      for (const file of files) await checkout.ingestBriefing(dbs[side], file);
    }
    const seconds = (performance.now() - started) / 1000;
    const neo4j = cpuSeconds(server.pid) - cpu;
    console.log(
      `${timed ? '' : 'untimed '}${side.padEnd(4)} ${relations} relations in ${seconds.toFixed(1)} s (${(relations / seconds).toFixed(0)}/s), ` +
        `Neo4j CPU ${neo4j.toFixed(1)} s, load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    if (timed) {
      totals[side].seconds += seconds;
      totals[side].neo4j += neo4j;
      totals[side].relations += relations;
    }
  };
  // A restarted server plans each statement on its first use: one untimed turn each first.
  await once('base', false);
  await once('new', false);
  for (let pair = 0; pair < Number(values.pairs); pair += 1) {
    for (const side of pair % 2 === 0 ? (['base', 'new'] as const) : (['new', 'base'] as const)) await once(side, true);
  }
  for (const side of ['base', 'new'] as const) {
    const { seconds, neo4j, relations } = totals[side];
    console.log(
      `${side}: ${(relations / seconds).toFixed(0)} relations/s, Neo4j CPU ${((neo4j * 1000) / relations).toFixed(2)} s per 1,000 relations ` +
        `(${single === null ? `batches of ${checkouts[side].batch}` : `${single} one at a time per turn`})`,
    );
  }
} finally {
  await dbs.base.close();
  await dbs.new.close();
  await server.stop();
}
