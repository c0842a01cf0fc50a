import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { gql } from 'graphql-tag';
import { DateScalar } from './date-scalar.js';
import type { Resolvers } from '../../generated/resolver-types.js';
import { SCHEMA_FILE } from './schema-file.js';
import { mutationResolvers } from './resolvers/mutation.js';
import { queryResolvers } from './resolvers/query.js';
import { typeResolvers } from './resolvers/types.js';
import { subscriptionResolvers } from './subscriptions/resolvers.js';

export const typeDefs = gql(readFileSync(SCHEMA_FILE, 'utf8'));

/** Typed by the types generated from schema.graphql: a resolver that disagrees with the schema fails to compile. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  ...queryResolvers,
  ...mutationResolvers,
  ...typeResolvers,
  ...subscriptionResolvers,
};

/** One executable schema for HTTP (Apollo) and WebSocket subscriptions (graphql-ws). */
export const schema = makeExecutableSchema({ typeDefs, resolvers });
