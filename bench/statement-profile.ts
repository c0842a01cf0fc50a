import neo4j from 'neo4j-driver';
import { LOCAL_ANALYST } from '../src/access/principal.js';
import { commandLineOrExit } from '../src/cli/run-cli.js';
import { cypher, type CypherLiterals } from '../src/db/cypher.js';
import { Database, Tx } from '../src/db/database.js';
import { createContext } from '../src/graphql/context.js';
import { createApolloServer } from '../src/server/create-server.js';
import { BENCH_SIZES, graphShape, type BenchSize } from './generate/generator.js';
import { BENCH_QUERIES, RECORD_QUERIES } from './queries.js';

/**
 * npx tsx bench/statement-profile.ts --port P [--size 10k] [--only LABEL]
 * What each bench query costs the database, which does not depend on the machine's load: the
 * statements the product sends for it (each query through Apollo in-process, on a bench store
 * already served on Bolt port P), each run again under PROFILE for its db hits, and the answer's
 * size as JSON. The scale bench's queries and RECORD_QUERIES. Asserts nothing.
 */
const { values } = commandLineOrExit({
  name: 'bench:statement-profile',
  usage: '--port P [--size 10k|100k|300k|1M] [--only LABEL]',
  summary: "The db hits of the statements each bench query sends, on a bench store's running Neo4j.",
  options: {
    port: { type: 'string', description: 'Bolt port of the Neo4j serving the bench store' },
    size: { type: 'string', description: `the store's size, for its actors' ids: ${Object.keys(BENCH_SIZES).join(', ')} (default 10k)` },
    only: { type: 'string', description: 'only the queries whose label contains this text' },
  },
});
const size = (values.size ?? '10k') as BenchSize;
if (!(size in BENCH_SIZES)) throw new Error(`--size must be one of ${Object.keys(BENCH_SIZES).join(', ')}`);
if (values.port === undefined) throw new Error('--port is required: the Bolt port of the running bench store');

interface Sent {
  name: string;
  params: Record<string, unknown>;
  literals: CypherLiterals | undefined;
  types: readonly string[] | undefined;
}
// Every statement a request's transactions run, as sent (the text is rebuilt from the same arguments).
const sent: Sent[] = [];
// Called below with the transaction as `this`, as the method it replaces.
// eslint-disable-next-line @typescript-eslint/unbound-method
const run = Tx.prototype.run;
Tx.prototype.run = function (this: Tx, name, params = {}, literals, types) {
  sent.push({ name, params, literals, types });
  return run.call(this, name, params, literals, types);
} as typeof run;

type PlanNode = { dbHits?: number; children?: PlanNode[] };
const dbHits = (plan: PlanNode): number => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + dbHits(child), 0);

const uri = `bolt://127.0.0.1:${values.port}`;
const db = Database.connect({ uri, user: 'neo4j', password: 'bench-password', database: 'neo4j', local: false }, { txTimeoutMs: 600_000 });
const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench-password'));
const apollo = createApolloServer();
await apollo.start();
try {
  const shape = graphShape(BENCH_SIZES[size]);
  const queries = [...BENCH_QUERIES(shape), ...RECORD_QUERIES(shape)].filter((query) => !values.only || query.label.includes(values.only));
  console.log(`${'query'.padEnd(52)}${'db hits'.padStart(10)}${'answer kB'.padStart(11)}  statements`);
  for (const query of queries) {
    sent.length = 0;
    const response = await apollo.executeOperation({ query: query.graphql }, { contextValue: createContext(db, LOCAL_ANALYST) });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${query.label}: ${JSON.stringify(response.body)}`);
    const kB = JSON.stringify(response.body.singleResult.data).length / 1000;
    const statements = [...sent];
    let hits = 0;
    const perStatement: string[] = [];
    for (const statement of statements) {
      const { text } = cypher(statement.name, statement.literals, statement.types);
      const { summary } = await driver.executeQuery(`PROFILE ${text}`, statement.params, { routing: 'READ' });
      const own = dbHits(summary.profile as unknown as PlanNode);
      hits += own;
      perStatement.push(`${statement.name} ${own}`);
    }
    console.log(`${query.label.padEnd(52)}${String(hits).padStart(10)}${kB.toFixed(1).padStart(11)}  ${perStatement.join(', ')}`);
  }
} finally {
  await apollo.stop();
  await driver.close();
  await db.close();
}
