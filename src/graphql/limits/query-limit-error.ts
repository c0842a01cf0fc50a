import { createRequire } from 'node:module';
import type { InputError } from '../../graph/shared/input-error.js';

/**
 * Apollo checks thrown errors against the CommonJS copy of graphql-js (the one that built the
 * schema), so a limit error must be made by that copy to keep its code and its 400 status.
 */
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The stable codes a refused operation answers with (see README, "Running it in front of people"). */
export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_TOKENS' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_LARGE' | 'QUERY_TOO_COSTLY';

/** An operation refused before it runs because of its shape; formatError keeps its code. */
export class QueryLimitError extends Error {
  constructor(
    readonly code: QueryLimitCode,
    message: string,
  ) {
    super(message);
    this.name = 'QueryLimitError';
  }

  /** The GraphQL error clients see: this error's message and code, HTTP status 400. */
  toGraphQLError(): InstanceType<typeof GraphQLError> {
    return new GraphQLError(this.message, { originalError: this, extensions: { code: this.code, http: { status: 400 } } });
  }
}

/** A refused argument as clients see it: its message, BAD_USER_INPUT, the argument named, HTTP 400. */
export function inputErrorAsGraphQLError(error: InputError): InstanceType<typeof GraphQLError> {
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, argument: error.argument, http: { status: 400 } } });
}

/** The limit error behind a GraphQL error (Apollo wraps validation errors once more), if any. */
export function queryLimitErrorIn(error: unknown): QueryLimitError | undefined {
  for (let current = error, hops = 0; current && hops < 4; hops += 1) {
    if (current instanceof QueryLimitError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}
