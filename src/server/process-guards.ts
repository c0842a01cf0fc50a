import type { Logger } from 'pino';

/**
 * A stray rejection (a client gone, a driver callback) is logged; it never takes the API down.
 * Node's default for an unhandled rejection is to end the process, which would drop every analyst's request.
 */
export function keepRunningOnUnhandledRejection(log: Logger): void {
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection (the server keeps running)'));
}
