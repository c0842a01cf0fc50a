import type { ApolloServer } from '@apollo/server';
import neo4j, { type Driver } from 'neo4j-driver';
import { LOCAL_ANALYST } from '../src/access/principal.js';
import { Database } from '../src/db/database.js';
import { type Context, createContext } from '../src/graphql/context.js';
import { createApolloServer } from '../src/server/create-server.js';
import { BENCH_SIZES, type BenchSize } from './generate/generator.js';

/** The password the scale bench gives the stores it loads under bench/.store/ (and the tools reading them use). */
export const BENCH_STORE_PASSWORD = 'bench-password';

/** The options of a tool that reads a bench store already served on Bolt: its port, its size, which queries. */
export const runningStoreOptions = (defaultSize: BenchSize) =>
  ({
    port: { type: 'string', description: 'Bolt port of the Neo4j serving the bench store' },
    size: { type: 'string', description: `the store's size, for its actors' ids: ${Object.keys(BENCH_SIZES).join(', ')} (default ${defaultSize})` },
    only: { type: 'string', description: 'only the queries whose label contains this text' },
  }) as const;

/** The store's size and Bolt port from those options, refused with a clear message when wrong or missing. */
export function runningStoreArgs(values: { port?: string | boolean; size?: string | boolean }, defaultSize: BenchSize): { port: string; size: BenchSize } {
  const size = (typeof values.size === 'string' ? values.size : defaultSize) as BenchSize;
  if (!(size in BENCH_SIZES)) throw new Error(`--size must be one of ${Object.keys(BENCH_SIZES).join(', ')}`);
  if (typeof values.port !== 'string') throw new Error('--port is required: the Bolt port of the running bench store');
  return { port: values.port, size };
}

export interface RunningStore {
  db: Database;
  driver: Driver;
  apollo: ApolloServer<Context>;
  /** A GraphQL operation through Apollo in-process (no HTTP), as the local analyst; its data, or an error naming the label. */
  graphql(label: string, query: string): Promise<unknown>;
  close(): Promise<void>;
}

/** The product (Apollo in-process) and the raw driver on a bench store served on `port`. */
export async function connectRunningStore(port: string): Promise<RunningStore> {
  const uri = `bolt://127.0.0.1:${port}`;
  const db = Database.connect({ uri, user: 'neo4j', password: BENCH_STORE_PASSWORD, database: 'neo4j', local: false }, { txTimeoutMs: 600_000 });
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', BENCH_STORE_PASSWORD));
  const apollo = createApolloServer();
  await apollo.start();
  return {
    db,
    driver,
    apollo,
    async graphql(label, query) {
      const response = await apollo.executeOperation({ query }, { contextValue: createContext(db, LOCAL_ANALYST) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${label}: ${JSON.stringify(response.body)}`);
      return response.body.singleResult.data;
    },
    async close() {
      await apollo.stop();
      await driver.close();
      await db.close();
    },
  };
}
