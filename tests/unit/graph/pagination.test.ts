import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, connection, decodeCursor, encodeCursor, pageRequest } from '../../../src/graph/shared/pagination.js';
import { InputError } from '../../../src/graph/shared/input-error.js';

describe('cursor pagination', () => {
  it('continues after the cursor of the last edge', () => {
    expect(decodeCursor(encodeCursor(4))).toBe(5);
    expect(pageRequest(2, encodeCursor(1))).toEqual({ offset: 2, first: 2 });
    expect(pageRequest(undefined, undefined)).toEqual({ offset: 0, first: 50 });
  });

  it('rejects foreign cursors and page sizes out of range, naming the argument', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(InputError);
    expect(() => decodeCursor('bm9wZQ')).toThrow(/^after:/);
    expect(() => pageRequest(MAX_PAGE_SIZE + 1, null)).toThrow(/^first:/);
    expect(() => pageRequest(-1, null)).toThrow(/^first:/);
  });

  it('builds edges and page info', () => {
    const page = connection(['c', 'd'], { offset: 2, first: 2 }, 5);
    expect(page.edges.map((edge) => [edge.node, decodeCursor(edge.cursor)])).toEqual([
      ['c', 3],
      ['d', 4],
    ]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(connection(['e'], { offset: 4, first: 2 }, 5).pageInfo.hasNextPage).toBe(false);
    expect(connection([], { offset: 0, first: 2 }, 0).pageInfo).toMatchObject({ startCursor: null, endCursor: null });
  });
});
