import type { ApolloServer } from '@apollo/server';
import type { Database } from '../db/database.js';
import { createContext, type Context } from '../graphql/context.js';
import type { HttpServerOptions } from './http-server.js';
import { inProcessExecutor } from './in-process.js';
import { EXPORT_ROUTE_PREFIX, exportRoute } from './routes/export-route.js';

/** The routes graph explorer tooling adds to the HTTP server: exports (after authentication). */
export function toolingRoutes(apollo: ApolloServer<Context>, db: Database): Pick<HttpServerOptions, 'routes'> {
  return {
    routes: {
      [EXPORT_ROUTE_PREFIX]: exportRoute((principal) => inProcessExecutor(apollo, () => createContext(db, principal))),
    },
  };
}
