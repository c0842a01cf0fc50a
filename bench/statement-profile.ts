import { commandLineOrExit } from '../src/cli/run-cli.js';
import { cypher, type CypherLiterals } from '../src/db/cypher.js';
import { Database, Tx } from '../src/db/database.js';
import { BENCH_SIZES, graphShape } from './generate/generator.js';
import { BENCH_QUERIES, RECORD_QUERIES } from './queries.js';
import { connectRunningStore, runningStoreArgs, runningStoreOptions } from './running-store.js';

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
    ...runningStoreOptions('10k'),
  },
});
const { port, size } = runningStoreArgs(values, '10k');

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
// ... and every read sent alone, as an auto-commit transaction (Database.read), which no Tx sees.
// eslint-disable-next-line @typescript-eslint/unbound-method
const read = Database.prototype.read;
Database.prototype.read = function (this: Database, name, params = {}, literals, types) {
  sent.push({ name, params, literals, types });
  return read.call(this, name, params, literals, types);
} as typeof read;

type PlanNode = { dbHits?: number; children?: PlanNode[] };
const dbHits = (plan: PlanNode): number => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + dbHits(child), 0);

const store = await connectRunningStore(port);
try {
  const shape = graphShape(BENCH_SIZES[size]);
  const queries = [...BENCH_QUERIES(shape), ...RECORD_QUERIES(shape)].filter((query) => !values.only || query.label.includes(values.only));
  console.log(`${'query'.padEnd(52)}${'db hits'.padStart(10)}${'answer kB'.padStart(11)}  statements`);
  for (const query of queries) {
    sent.length = 0;
    const kB = JSON.stringify(await store.graphql(query.label, query.graphql)).length / 1000;
    const statements = [...sent];
    let hits = 0;
    const perStatement: string[] = [];
    for (const statement of statements) {
      const { text } = cypher(statement.name, statement.literals, statement.types);
      const { summary } = await store.driver.executeQuery(`PROFILE ${text}`, statement.params, { routing: 'READ' });
      const own = dbHits(summary.profile as unknown as PlanNode);
      hits += own;
      perStatement.push(`${statement.name} ${own}`);
    }
    console.log(`${query.label.padEnd(52)}${String(hits).padStart(10)}${kB.toFixed(1).padStart(11)}  ${perStatement.join(', ')}`);
  }
} finally {
  await store.close();
}
