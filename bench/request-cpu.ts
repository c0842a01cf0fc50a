import neo4j from 'neo4j-driver';
import { LOCAL_ANALYST } from '../src/access/principal.js';
import { commandLineOrExit } from '../src/cli/run-cli.js';
import { Database } from '../src/db/database.js';
import { createContext } from '../src/graphql/context.js';
import { createApolloServer } from '../src/server/create-server.js';
import { BENCH_SIZES, graphShape, type BenchSize } from './generate/generator.js';
import { BENCH_QUERIES, RECORD_QUERIES } from './queries.js';

/**
 * npx tsx bench/request-cpu.ts --port P [--size 100k] [--rounds N] [--only LABEL] [--records]
 * Where a small query's time goes on the Node side, against a bench store already served on Bolt
 * port P (password "bench-password"): each scale-bench query through Apollo in-process (no HTTP)
 * and its raw Cypher through the driver, interleaved, with this process's CPU time per request
 * (process.cpuUsage: the driver's decoding, the resolvers, GraphQL's execution) and the wall clock;
 * medians. On a shared machine CPU time moves far less with the load than the wall clock does, so
 * two checkouts of the code can be compared on the same server. With --records, RECORD_QUERIES
 * instead (answers showing stored properties; no raw side). Asserts nothing.
 */
const { values } = commandLineOrExit({
  name: 'bench:request-cpu',
  usage: '--port P [--size 10k|100k|300k|1M] [--rounds N] [--only LABEL] [--records]',
  summary: "Node CPU time per request of each scale-bench query, in-process beside the raw driver, on a bench store's running Neo4j.",
  options: {
    port: { type: 'string', description: 'Bolt port of the Neo4j serving the bench store' },
    size: { type: 'string', description: `the store's size, for its actors' ids: ${Object.keys(BENCH_SIZES).join(', ')} (default 100k)` },
    rounds: { type: 'string', description: 'timed rounds of each query, after two untimed ones (default 15)' },
    only: { type: 'string', description: 'only the queries whose label contains this text' },
    records: { type: 'boolean', description: 'the queries whose answers show stored properties (RECORD_QUERIES), GraphQL alone' },
  },
});
const size = (values.size ?? '100k') as BenchSize;
if (!(size in BENCH_SIZES)) throw new Error(`--size must be one of ${Object.keys(BENCH_SIZES).join(', ')}`);
const rounds = Number(values.rounds ?? '15');
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive whole number');
if (values.port === undefined) throw new Error('--port is required: the Bolt port of the running bench store');

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

/** CPU milliseconds (user + system) and wall milliseconds of one call. */
async function measured(run: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - started };
}

const uri = `bolt://127.0.0.1:${values.port}`;
const db = Database.connect({ uri, user: 'neo4j', password: 'bench-password', database: 'neo4j', local: false }, { txTimeoutMs: 600_000 });
const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench-password'));
const apollo = createApolloServer();
await apollo.start();
try {
  const shape = graphShape(BENCH_SIZES[size]);
  const queries = (values.records ? RECORD_QUERIES(shape).map((query) => ({ ...query, cypher: '', params: {} })) : BENCH_QUERIES(shape)).filter(
    (query) => !values.only || query.label.includes(values.only),
  );
  const sides = {
    product: async (query: (typeof queries)[number]) => {
      const response = await apollo.executeOperation({ query: query.graphql }, { contextValue: createContext(db, LOCAL_ANALYST) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${query.label}: ${JSON.stringify(response.body)}`);
    },
    raw: async (query: (typeof queries)[number]) => {
      if (query.cypher) await driver.executeQuery(query.cypher, query.params, { routing: 'READ' });
    },
  };
  const samples = new Map(
    queries.map((query) => [query.label, { product: [] as { cpu: number; wall: number }[], raw: [] as { cpu: number; wall: number }[] }]),
  );
  for (let round = -2; round < rounds; round += 1) {
    for (const query of queries) {
      for (const side of ['product', 'raw'] as const) {
        const sample = await measured(() => sides[side](query));
        if (round >= 0) samples.get(query.label)![side].push(sample);
      }
    }
  }
  console.log(`${'query'.padEnd(52)}${'CPU ms GraphQL'.padStart(15)}${'raw'.padStart(8)}${'wall ms GraphQL'.padStart(17)}${'raw'.padStart(8)}`);
  for (const query of queries) {
    const { product, raw } = samples.get(query.label)!;
    const cell = (values: { cpu: number; wall: number }[], key: 'cpu' | 'wall', width: number) =>
      median(values.map((v) => v[key]))
        .toFixed(1)
        .padStart(width);
    console.log(`${query.label.padEnd(52)}${cell(product, 'cpu', 15)}${cell(raw, 'cpu', 8)}${cell(product, 'wall', 17)}${cell(raw, 'wall', 8)}`);
  }
} finally {
  await apollo.stop();
  await driver.close();
  await db.close();
}
