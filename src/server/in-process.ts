import type { ApolloServer } from '@apollo/server';
import type { GraphQLExecutor } from '../export/index.js';
import type { Context } from '../graphql/context.js';

/** Runs operations on the API in-process, each with a fresh context, as an HTTP request would be. */
export function inProcessExecutor(apollo: ApolloServer<Context>, context: () => Promise<Context> | Context): GraphQLExecutor {
  return async (query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: await context() });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult;
  };
}
