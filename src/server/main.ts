import { Keyring } from '../access/keyring.js';
import { assertMayListen } from '../access/listen-policy.js';
import { loadEnv, queryLimits } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { createLogger } from '../observability/logger.js';
import { Observability } from '../observability/observability.js';
import { prettyStream } from '../observability/pretty.js';
import { createApolloServer } from './create-server.js';
import { keepRunningOnUnhandledRejection } from './process-guards.js';
import { startHttpServer } from './http-server.js';
import { toolingRoutes } from './tooling-routes.js';
import { attachSubscriptions } from './subscriptions.js';
import { schema } from '../graphql/schema.js';
import { closeSharedExtractionPool } from '../review/extraction/shared-pool.js';

/** How long closing the workers, Apollo and the driver may take after the grace period. */
const SHUTDOWN_CLEANUP_MS = 5_000;

/** Serves GraphQL on the configured Neo4j (starting the local one if NEO4J_URI is unset). */
export async function serve(options: { startLocal: boolean }): Promise<void> {
  const env = loadEnv();
  const observability = new Observability(createLogger(env.LOG_LEVEL, env.LOG_FORMAT === 'pretty' ? prettyStream() : undefined));
  const { log } = observability;
  keepRunningOnUnhandledRejection(log);
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
  const live = attachSubscriptions(http.server, {
    schema,
    db,
    keyring,
    limits,
    introspection: env.GRAPHQL_INTROSPECTION,
    rateLimiter: http.rateLimiter,
    observability,
  });
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
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ event: 'shutdown', signal, graceMs: env.SHUTDOWN_GRACE_MS }, 'shutting down: no new connections; finishing requests in flight');
    // Should closing the database or the workers hang, the process still ends.
    setTimeout(() => {
      log.error({ event: 'stop-timeout' }, 'could not stop cleanly; exiting');
      process.exit(1);
    }, env.SHUTDOWN_GRACE_MS + SHUTDOWN_CLEANUP_MS).unref();
    // Subscriptions never end by themselves: they are closed at once; HTTP requests get the grace period.
    const [drained] = await Promise.all([http.close(env.SHUTDOWN_GRACE_MS), live.close()]);
    await apollo.stop();
    await closeSharedExtractionPool();
    await db.close();
    log.info({ event: 'stopped', ...drained }, `stopped (${drained.answered} requests finished, ${drained.cut} cut)`);
    observability.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
