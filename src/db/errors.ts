import { Neo4jError } from 'neo4j-driver';

/** What the product tells callers about a database failure; only here are Neo4j's codes read. */
export type DatabaseErrorCode = 'DATABASE_UNAVAILABLE' | 'DATABASE_TIMEOUT' | 'REQUEST_TIMEOUT' | 'CONSTRAINT_VIOLATION' | 'DATABASE_ERROR';

export class DatabaseError extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    readonly query: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

export function mapNeo4jError(error: unknown, query?: string): Error {
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const where = query ? ` (query ${query})` : '';
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
    return new DatabaseError('DATABASE_UNAVAILABLE', `Neo4j is unavailable${where}: ${error.message}`, query, { cause: error });
  }
  if (error.code.includes('TransactionTimedOut') || error.code.includes('TransactionTimedOutClientConfiguration')) {
    return new DatabaseError('DATABASE_TIMEOUT', `Neo4j transaction timed out${where}`, query, { cause: error });
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new DatabaseError('CONSTRAINT_VIOLATION', `A graph constraint was violated${where}: ${error.message}`, query, { cause: error });
  }
  return new DatabaseError('DATABASE_ERROR', `Neo4j error ${error.code}${where}: ${error.message}`, query, { cause: error });
}
