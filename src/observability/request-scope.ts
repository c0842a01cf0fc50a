import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/**
 * What one HTTP request did, filled in as it runs (by the HTTP layer, the Apollo plugin and the
 * database observer) and written as one log line and a few metrics when it ends.
 */
export interface RequestRecord {
  id: string;
  /** This request's logger: every line it writes carries the request id. */
  log: Logger;
  /** The id of the key the caller presented (never the key). */
  keyId?: string;
  operationName?: string;
  /** query, mutation or subscription, once the operation is known. */
  operationType?: string;
  /** `extensions.code` of every error answered, in order. */
  errorCodes: string[];
  databaseMs: number;
}

const scope = new AsyncLocalStorage<RequestRecord>();

/** Runs `work` (and everything it awaits) as part of `record`'s request. */
export function runInRequestScope<T>(record: RequestRecord, work: () => T): T {
  return scope.run(record, work);
}

/** The request the caller is working for, if any (undefined in the CLI and in-process work). */
export function currentRequest(): RequestRecord | undefined {
  return scope.getStore();
}

/** Records who is calling, by key id, on the current request (if any). */
export function noteCaller(keyId: string): void {
  const record = scope.getStore();
  if (record) record.keyId = keyId;
}

/** Records an error code answered outside GraphQL (a refused HTTP request) on the current request. */
export function noteErrorCode(code: string): void {
  scope.getStore()?.errorCodes.push(code);
}
