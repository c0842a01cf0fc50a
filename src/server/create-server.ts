import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { authorizePlugin } from '../access/authorize-plugin.js';
import { createContext, type Context } from '../graphql/context.js';
import { depthLimit } from '../graphql/depth-limit.js';
import { formatError } from '../graphql/errors.js';
import { schema } from '../graphql/schema.js';
import { requestRecordPlugin } from '../observability/request-plugin.js';

export interface ApolloOptions {
  /** Whether clients may introspect the schema (GRAPHQL_INTROSPECTION). */
  introspection?: boolean;
}

export function createApolloServer(options: ApolloOptions = {}): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError,
    validationRules: [depthLimit()],
    // Cache-control costs time on large responses and nothing here uses it.
    plugins: [ApolloServerPluginCacheControlDisabled(), authorizePlugin<Context>(), requestRecordPlugin<Context>()],
    introspection: options.introspection ?? true,
    // Stack traces and file paths are for the server's log, never for a client.
    includeStacktraceInErrorResponses: false,
  });
}

export { createContext };
