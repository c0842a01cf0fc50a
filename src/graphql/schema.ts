import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { gql } from 'graphql-tag';
import { PROJECT_ROOT } from '../config/env.js';
import { DateScalar } from './date-scalar.js';
import { mutationResolvers } from './resolvers/mutation.js';
import { queryResolvers } from './resolvers/query.js';
import { typeResolvers } from './resolvers/types.js';
import { subscriptionResolvers } from './subscriptions/resolvers.js';

/** schema.graphql is the contract; its descriptions are the analysts' manual. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

export const typeDefs = gql(readFileSync(SCHEMA_FILE, 'utf8'));

export const resolvers = {
  Date: DateScalar,
  ...queryResolvers,
  ...mutationResolvers,
  ...typeResolvers,
  ...subscriptionResolvers,
};

/** One executable schema for HTTP (Apollo) and WebSocket subscriptions (graphql-ws). */
export const schema = makeExecutableSchema({ typeDefs, resolvers });
