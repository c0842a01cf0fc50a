import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { AccessError } from './authenticate.js';
import { mayWrite, type Principal } from './principal.js';

/** An AccessError as GraphQL reports it: its code, and the HTTP status Apollo answers with. */
export function accessGraphQLError(error: AccessError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, http: { status: error.httpStatus } } });
}

/** Refuses any mutation to a caller without the editor role, before a resolver runs. */
export function authorizePlugin<C extends { principal: Principal }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION && !mayWrite(contextValue.principal)) {
            throw accessGraphQLError(
              new AccessError(
                'FORBIDDEN',
                `The key "${contextValue.principal.id}" has the ${contextValue.principal.role} role; changing the graph needs an editor key.`,
              ),
            );
          }
        },
      };
    },
  };
}
