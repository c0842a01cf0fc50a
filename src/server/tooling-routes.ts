import type { ApolloServer } from '@apollo/server';
import type { Database } from '../db/database.js';
import { createContext, type Context } from '../graphql/context.js';
import type { HttpServerOptions } from './http-server.js';
import { inProcessExecutor } from './in-process.js';
import { EXPORT_ROUTE_PREFIX, exportRoute } from './routes/export-route.js';
import { pagesRoute } from './routes/pages-route.js';

/**
 * What graph explorer tooling adds to the HTTP server: exports (after authentication, as the
 * caller), and the workbench and explorer pages (public static files that read data through the API).
 */
export function toolingRoutes(apollo: ApolloServer<Context>, db: Database): Pick<HttpServerOptions, 'routes' | 'publicFiles'> {
  return {
    publicFiles: pagesRoute(),
    routes: {
      [EXPORT_ROUTE_PREFIX]: exportRoute((principal) => inProcessExecutor(apollo, () => createContext(db, principal))),
    },
  };
}
