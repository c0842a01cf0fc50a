import { Keyring } from '../access/keyring.js';
import { assertMayListen } from '../access/listen-policy.js';
import { loadEnv, queryLimits } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { createLogger } from '../observability/logger.js';
import { Observability } from '../observability/observability.js';
import { prettyStream } from '../observability/pretty.js';
import { createApolloServer } from './create-server.js';
import { startHttpServer } from './http-server.js';
import { toolingRoutes } from './tooling-routes.js';
import { attachSubscriptions } from './subscriptions.js';
import { schema } from '../graphql/schema.js';

/** Serves GraphQL on the configured Neo4j (starting the local one if NEO4J_URI is unset). */
export async function serve(options: { startLocal: boolean }): Promise<void> {
  const env = loadEnv();
  const observability = new Observability(createLogger(env.LOG_LEVEL, env.LOG_FORMAT === 'pretty' ? prettyStream() : undefined));
  const { log } = observability;
  // A stray rejection (a client gone, a driver callback) is logged; it never takes the API down.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection (the server keeps running)'));
  const keyring = Keyring.load({ keys: env.DIPLOGRAPH_API_KEYS, keysFile: env.DIPLOGRAPH_API_KEYS_FILE });
  assertMayListen(env.HOST, keyring);
  const db = await openDatabase(env, { startLocal: options.startLocal, log: (line) => log.info(line) });
  const limits = queryLimits(env);
  const apollo = createApolloServer({ introspection: env.GRAPHQL_INTROSPECTION, limits });
  await apollo.start();
  const http = await startHttpServer(
    apollo,
    db,
    {
      keyring,
      corsOrigins: env.CORS_ORIGINS,
      maxBodyBytes: env.MAX_BODY_BYTES,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      rateLimit: { perSecond: env.RATE_LIMIT_PER_SECOND, burst: env.RATE_LIMIT_BURST },
      observability,
      ...toolingRoutes(apollo, db),
    },
    { host: env.HOST, port: env.PORT },
  );
  const live = attachSubscriptions(http.server, { schema, db, keyring, limits });
  log.info(
    {
      event: 'startup',
      url: http.url,
      apiKeys: keyring.size,
      workbench: `${http.url}graphiql`,
      explorer: `${http.url}explorer`,
      subscriptions: `${http.url.replace(/^http/, 'ws')}graphql`,
      exports: `${http.url}export/<graphml|gexf|cytoscape|csv-nodes|csv-edges|plover>?actorId=…`,
      metrics: `${http.url}metrics`,
    },
    `GraphQL API ready at ${http.url}${keyring.size > 0 ? ` (${keyring.size} API keys)` : ' (no API keys: loopback only)'}`,
  );
  const shutdown = async (signal: string) => {
    log.info({ event: 'shutdown', signal }, 'shutting down');
    await live.close();
    await http.close();
    await apollo.stop();
    await db.close();
    observability.close();
    log.info({ event: 'stopped' }, 'stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
