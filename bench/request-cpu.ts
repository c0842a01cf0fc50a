import { commandLineOrExit } from '../src/cli/run-cli.js';
import { BENCH_SIZES, graphShape } from './generate/generator.js';
import { BENCH_QUERIES, RECORD_QUERIES } from './queries.js';
import { connectRunningStore, runningStoreArgs, runningStoreOptions } from './running-store.js';

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
    ...runningStoreOptions('100k'),
    rounds: { type: 'string', description: 'timed rounds of each query, after two untimed ones (default 15)' },
    records: { type: 'boolean', description: 'the queries whose answers show stored properties (RECORD_QUERIES), GraphQL alone' },
  },
});
const { port, size } = runningStoreArgs(values, '100k');
const rounds = Number(values.rounds ?? '15');
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive whole number');

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

/** CPU milliseconds (user + system) and wall milliseconds of one call. */
async function measured(run: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - started };
}

const store = await connectRunningStore(port);
try {
  const shape = graphShape(BENCH_SIZES[size]);
  const queries = (values.records ? RECORD_QUERIES(shape).map((query) => ({ ...query, cypher: '', params: {} })) : BENCH_QUERIES(shape)).filter(
    (query) => !values.only || query.label.includes(values.only),
  );
  const sides = {
    product: (query: (typeof queries)[number]) => store.graphql(query.label, query.graphql),
    raw: async (query: (typeof queries)[number]) => {
      if (query.cypher) await store.driver.executeQuery(query.cypher, query.params, { routing: 'READ' });
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
  await store.close();
}
