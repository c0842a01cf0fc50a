import { Keyring } from '../../../src/access/keyring.js';
import type { Database } from '../../../src/db/database.js';
import { createApolloServer } from '../../../src/server/create-server.js';
import { startHttpServer } from '../../../src/server/http-server.js';
import { toolingRoutes } from '../../../src/server/tooling-routes.js';
import { attachSubscriptions } from '../../../src/server/subscriptions.js';
import { schema } from '../../../src/graphql/schema.js';

/** The HTTP server with the explorer tooling wired as `npm start` wires it, on a free loopback port. */
export async function startToolingServer(db: Database, options: { keyring?: Keyring } = {}) {
  const apollo = createApolloServer();
  await apollo.start();
  const http = await startHttpServer(
    apollo,
    db,
    { keyring: options.keyring ?? Keyring.EMPTY, corsOrigins: [], maxBodyBytes: 2 * 1024 * 1024, ...toolingRoutes(apollo, db) },
    { host: '127.0.0.1', port: 0 },
  );
  const live = attachSubscriptions(http.server, { schema, db, keyring: options.keyring ?? Keyring.EMPTY });
  return {
    url: http.url,
    server: http.server,
    stop: async () => {
      await live.close();
      await http.close();
      await apollo.stop();
    },
  };
}
