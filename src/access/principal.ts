/** What a caller may do: readers query, editors also change the graph (ingest, merge, unmerge). */
export type Role = 'reader' | 'editor';

export const ROLES: readonly Role[] = ['reader', 'editor'];

/** Who is calling: the id of the key they presented (never the key itself) and its role. */
export interface Principal {
  id: string;
  role: Role;
}

/**
 * The analyst at the machine: with no keys configured the server only listens on loopback, and
 * whoever reaches it there may read and write, as before keys existed. Also the author recorded for
 * command-line and in-process work (seed, ingest, tests).
 */
export const LOCAL_ANALYST: Principal = Object.freeze({ id: 'local', role: 'editor' });

export function mayWrite(principal: Principal): boolean {
  return principal.role === 'editor';
}
