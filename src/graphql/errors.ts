import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseError } from '../db/errors.js';
import { InputError } from '../graph/shared/pagination.js';
import { BriefingFileError } from '../ingest/briefing-errors.js';

/**
 * The one place errors become what clients see. Expected failures keep their message and a stable
 * code; anything else is logged and masked, so internals never leak to a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof BriefingFileError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, problems: original.problems } };
  }
  if (original instanceof InputError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, argument: original.argument } };
  }
  if (original instanceof DatabaseError) {
    console.error(original);
    const message = original.code === 'DATABASE_ERROR' ? 'The graph database failed to answer.' : original.message;
    return { ...formatted, message, extensions: { code: original.code } };
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
    return formatted;
  }
  console.error(original);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
