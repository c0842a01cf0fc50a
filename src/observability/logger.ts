import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/env.js';
import { currentRequest } from './request-scope.js';

/**
 * Paths censored wherever they appear in a logged object: the server never logs headers or
 * variables on purpose, and this keeps a future slip from writing a key to the log.
 */
const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  'headers',
  '*.headers',
  'apiKey',
  '*.apiKey',
  'key',
  '*.key',
  'password',
  '*.password',
  'variables',
  '*.variables',
];

/** JSON lines (one object per line, ISO timestamps, level as a word) to `destination` or stdout. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'diplograph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}

/**
 * A fault nobody answers for (a masked internal error, a stray rejection): to the current
 * request's log with its id, or to stderr when no request is running (command-line work).
 */
export function logUnexpected(error: unknown, message = 'unexpected error'): void {
  const log = currentRequest()?.log;
  if (log) log.error({ err: error }, message);
  else console.error(message, error);
}
