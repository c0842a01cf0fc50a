import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Database } from '../db/database.js';
import { createContext, type Context } from '../graphql/context.js';
import { depthLimit } from '../graphql/depth-limit.js';
import { formatError } from '../graphql/errors.js';
import { resolvers, typeDefs } from '../graphql/schema.js';

export function createApolloServer(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    formatError,
    validationRules: [depthLimit()],
    // Cache-control costs time on large responses and nothing here uses it.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    introspection: true,
  });
}

export { createContext };
export type { Database };
