import { randomUUID } from 'node:crypto';

/**
 * An incoming X-Request-Id is kept only if it looks like an id: a proxy's or client's id then
 * ties their logs to ours, while a hostile value (a megabyte, control characters) cannot.
 */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/** The caller's request id if acceptable, a new UUID otherwise. */
export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const incoming = headers[REQUEST_ID_HEADER];
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && ACCEPTED_REQUEST_ID.test(value) ? value : randomUUID();
}
