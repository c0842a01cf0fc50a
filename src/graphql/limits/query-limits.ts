import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config/limits.js';
import { InputError } from '../../graph/shared/input-error.js';
import { assertArgumentsWithinLimits } from './argument-limits.js';
import { expandedFieldsRule } from './expanded-fields-rule.js';
import type { OperationToCheck } from './operation.js';
import { operationCost } from './query-cost.js';
import { QueryLimitError, inputErrorAsGraphQLError, type QueryLimitCode } from './query-limit-error.js';

/** Reports a GraphQL Armor rejection with our stable code and the variable that sets the limit. */
function reportAs(code: QueryLimitCode, variable: string) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const message = `${error.message.replace(/^Syntax Error: /, '')} (${variable})`;
      context?.reportError(new QueryLimitError(code, message).toGraphQLError());
    },
  ];
}

/**
 * The checks on an operation's shape, run with graphql-js's own validation (HTTP and WebSocket
 * alike): depth, aliases and directives by GraphQL Armor, fragment expansion by our rule. Each
 * counts a fragment once however often it is spread, so none can be made to work exponentially.
 */
export function queryShapeRules(limits: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true, onReject: reportAs('QUERY_TOO_DEEP', 'GRAPHQL_MAX_DEPTH') }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: reportAs('TOO_MANY_ALIASES', 'GRAPHQL_MAX_ALIASES') }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: reportAs('TOO_MANY_DIRECTIVES', 'GRAPHQL_MAX_DIRECTIVES') }),
    expandedFieldsRule(limits.maxExpandedFields),
  ] as ValidationRule[];
}

/** The cost check, once variables are known (validation runs without them); throws QueryLimitError. */
export function assertAffordable(limits: QueryLimits, operation: OperationToCheck): void {
  const cost = operationCost(operation);
  if (cost > limits.maxCost) {
    throw new QueryLimitError(
      'QUERY_TOO_COSTLY',
      `The operation would cost ${cost} (page sizes multiplied through nesting); the limit is ${limits.maxCost} (GRAPHQL_MAX_COST). Ask for smaller pages or fewer nested lists.`,
    );
  }
}

/** The checks that need the variables: the cost, then every argument's value (argument-limits.ts). */
export function assertOperationWithinLimits(limits: QueryLimits, operation: OperationToCheck): void {
  assertAffordable(limits, operation);
  assertArgumentsWithinLimits(operation);
}

/**
 * Apollo's hook for the checks that need variables; a refused operation never runs and answers 400
 * with QUERY_TOO_COSTLY, or BAD_USER_INPUT naming the argument.
 */
export function operationLimitsPlugin<TContext extends object>(limits: QueryLimits): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operationName, request }) => {
        try {
          assertOperationWithinLimits(limits, { schema, document, operationName, variables: request.variables });
        } catch (error) {
          if (error instanceof QueryLimitError) throw error.toGraphQLError();
          if (error instanceof InputError) throw inputErrorAsGraphQLError(error);
          throw error;
        }
      },
    }),
  };
}
