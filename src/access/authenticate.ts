import type { Keyring } from './keyring.js';
import { LOCAL_ANALYST, type Principal } from './principal.js';

/** UNAUTHENTICATED: no valid key; FORBIDDEN: a valid key whose role does not allow the operation. */
export type AccessErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

export class AccessError extends Error {
  constructor(
    readonly code: AccessErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AccessError';
  }

  get httpStatus(): number {
    return this.code === 'UNAUTHENTICATED' ? 401 : 403;
  }
}

/** Header values as node:http gives them (lower-case names). */
export type RequestHeaders = Record<string, string | string[] | undefined>;

/**
 * Who is calling, from a request's headers: `Authorization: Bearer <key>` or `X-API-Key: <key>`.
 * With no keys configured everyone is the local analyst (the server then only listens on loopback);
 * with keys, a request without a valid one is refused. Every HTTP entry point (GraphQL, exports,
 * WebSocket upgrades) calls this, so they share one rule.
 */
export function authenticate(headers: RequestHeaders, keyring: Keyring): Principal {
  if (keyring.size === 0) return LOCAL_ANALYST;
  const presented = presentedKey(headers);
  if (presented === undefined) {
    throw new AccessError('UNAUTHENTICATED', 'An API key is required: send "Authorization: Bearer <key>" or "X-API-Key: <key>".');
  }
  const principal = keyring.find(presented);
  if (!principal) throw new AccessError('UNAUTHENTICATED', 'The API key is not valid.');
  return principal;
}

function presentedKey(headers: RequestHeaders): string | undefined {
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const authorization = single(headers.authorization);
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? match[1] : '';
  }
  const apiKey = single(headers['x-api-key']);
  return apiKey === undefined ? undefined : apiKey.trim();
}
