import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { authorizePlugin } from '../access/authorize-plugin.js';
import { createContext, type Context } from '../graphql/context.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../config/limits.js';
import { formatError, formatErrorWithoutSuggestions } from '../graphql/errors.js';
import { operationLimitsPlugin, queryShapeRules } from '../graphql/limits/query-limits.js';
import { schema } from '../graphql/schema.js';
import { askedPropertiesPlugin } from '../graphql/resolvers/asked.js';
import { requestRecordPlugin } from '../observability/request-plugin.js';

export interface ApolloOptions {
  /** Whether clients may introspect the schema (GRAPHQL_INTROSPECTION). */
  introspection?: boolean;
  /** How large an operation may be (GRAPHQL_MAX_*); the defaults otherwise. */
  limits?: QueryLimits;
}

export function createApolloServer(options: ApolloOptions = {}): ApolloServer<Context> {
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const introspection = options.introspection ?? true;
  return new ApolloServer<Context>({
    schema,
    // Without introspection the schema is not public, so errors do not hint at its field names.
    formatError: introspection ? formatError : formatErrorWithoutSuggestions,
    validationRules: queryShapeRules(limits),
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    // Cache-control costs time on large responses and nothing here uses it.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      authorizePlugin<Context>(),
      requestRecordPlugin<Context>(),
      operationLimitsPlugin<Context>(limits),
      askedPropertiesPlugin<Context>(),
    ],
    introspection,
    // Stack traces and file paths are for the server's log, never for a client.
    includeStacktraceInErrorResponses: false,
    // The server's own shutdown (main.ts) drains requests and exits 0; Apollo's would stop it and re-raise the signal.
    stopOnTerminationSignals: false,
  });
}

export { createContext };
