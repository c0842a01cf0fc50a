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

/**
 * Standard output, written synchronously. pino's default (asynchronous) destination flushes what
 * is pending when the process exits and, when the reader of our output is gone (a parent that
 * died), retries that write forever: an orphaned server never finished exiting on SIGTERM. Written
 * at once, a line has nothing pending at exit, and pino drops the output after a broken pipe
 * (EPIPE) instead of failing the request or the shutdown that logged.
 */
const stdoutDestination = (): DestinationStream => pino.destination({ dest: 1, sync: true });

/** JSON lines (one object per line, ISO timestamps, level as a word) to `destination` or stdout. */
export function createLogger(level: LogLevel, destination: DestinationStream = stdoutDestination()): Logger {
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

/**
 * A request cut at its deadline (REQUEST_TIMEOUT_MS): the limit working as meant, so a warning with
 * its code and the statement that was cut, never an error (the client asked for too much, or the
 * database was slow).
 */
export function logRequestTimeout(code: string, query: string | undefined): void {
  const message = 'request cancelled at its deadline';
  const log = currentRequest()?.log;
  if (log) log.warn({ code, query }, message);
  else console.warn(`${message}: ${code}${query ? ` (query ${query})` : ''}`);
}
