import { MAX_CURSOR_OFFSET } from '../../config/limits.js';
import { InputError } from './input-error.js';
/** Page sizes and cursors. Cursors are opaque offsets ("offset:N" in base64url), as Relay allows. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** An integer argument within its bounds, or an InputError naming the argument. */
export function requireIntInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new InputError(argument, `must be between ${min} and ${max}`);
  return value;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InputError('after', 'is not a cursor this API issued');
  const offset = Number(match[1]) + 1;
  if (offset > MAX_CURSOR_OFFSET)
    throw new InputError('after', `points deeper than ${MAX_CURSOR_OFFSET} items into the list; narrow the query with filters instead`);
  return offset;
}

export interface PageRequest {
  offset: number;
  first: number;
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  return { offset: decodeCursor(after), first: requireIntInRange('first', first ?? DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE) };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** A page as a connection; `hasNextPage` may come from the store when the total was not counted. */
export function connection<T>(
  nodes: readonly T[],
  page: PageRequest,
  totalCount: number,
  hasNextPage = page.offset + nodes.length < totalCount,
): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
