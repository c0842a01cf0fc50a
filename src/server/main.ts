import { startStandaloneServer } from '@apollo/server/standalone';
import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { createApolloServer, createContext } from './create-server.js';

/** Serves GraphQL on the configured Neo4j (starting the local one if NEO4J_URI is unset). */
export async function serve(options: { startLocal: boolean }): Promise<void> {
  const env = loadEnv();
  const db = await openDatabase(env, { startLocal: options.startLocal, log: (line) => console.log(line) });
  const server = createApolloServer();
  const { url } = await startStandaloneServer(server, {
    listen: { port: env.PORT, host: env.HOST },
    context: async () => createContext(db),
  });
  console.log(`GraphQL API ready at ${url}`);
  const shutdown = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve({ startLocal: false }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
