import type { GraphQLFormattedError } from 'graphql';
import { DatabaseError } from '../db/errors.js';
import { logRequestTimeout, logUnexpected } from '../observability/logger.js';
import { InputError } from '../graph/shared/input-error.js';
import { BriefingFileError, IngestConflictError } from '../ingest/briefing-errors.js';
import { queryLimitErrorIn } from './limits/query-limit-error.js';
import { ExtractionError } from '../review/extraction/extraction-error.js';

/** graphql-js's parse error when a document passes the token limit (Apollo's parseOptions.maxTokens). */
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;
/** graphql-js's hints at names the schema has, which describe the schema when introspection is off. */
const SUGGESTION = / ?Did you mean [^?]+\?/g;

/**
 * The one place errors become what clients see. Expected failures keep their message and a stable
 * code; anything else is logged and masked, so internals never leak to a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = queryLimitErrorIn(error);
  if (limit) return { message: limit.message, locations: formatted.locations, extensions: { code: limit.code } };
  const tokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (tokens && formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED') {
    return { message: `The query has more than ${tokens[1]} tokens (GRAPHQL_MAX_TOKENS).`, extensions: { code: 'TOO_MANY_TOKENS' } };
  }
  const original = thrownByResolver(error);
  if (original instanceof BriefingFileError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, problems: original.problems } };
  }
  if (original instanceof IngestConflictError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, field: original.field, ...original.details } };
  }
  if (original instanceof InputError) {
    return { ...formatted, message: original.message, extensions: { code: original.code, argument: original.argument } };
  }
  if (original instanceof ExtractionError) {
    if (original.code === 'EXTRACTION_FAILED') logUnexpected(original);
    return { ...formatted, message: original.message, extensions: { code: original.code, ...(original.argument ? { argument: original.argument } : {}) } };
  }
  if (original instanceof DatabaseError) {
    if (original.code === 'REQUEST_TIMEOUT') logRequestTimeout(original.code, original.query);
    else logUnexpected(original);
    const message = original.code === 'DATABASE_ERROR' ? 'The graph database failed to answer.' : original.message;
    return { ...formatted, message, extensions: { code: original.code } };
  }
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  logUnexpected(original);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** formatError for a server whose schema is not public: "did you mean" hints are dropped too. */
export function formatErrorWithoutSuggestions(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = formatError(formatted, error);
  return { ...answer, message: answer.message.replace(SUGGESTION, '') };
}

/**
 * The error a resolver threw, which GraphQL wraps with the field's path. Checked by shape rather
 * than by class, so it holds whichever copy of graphql-js (CJS or ESM) made the wrapper.
 */
function thrownByResolver(error: unknown): unknown {
  const wrapper = error as { path?: unknown; originalError?: unknown } | null;
  return wrapper?.path && wrapper.originalError ? wrapper.originalError : error;
}
