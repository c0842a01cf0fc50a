import { describe, expect, it } from 'vitest';
import { cypher } from '../../../src/db/cypher.js';

describe('literals written into a statement (SHORTEST k, a quantifier bound)', () => {
  it('bound the paths search by the request, not by the API maxima', () => {
    const text = cypher('paths/shortest', { limit: 3, maxDepth: 4 }).text;
    expect(text).toMatch(/SHORTEST \/\*limit\*\/ 3 \(/);
    expect(text).toMatch(/\{1, \/\*maxDepth\*\/ 4\}/);
    expect(text).not.toMatch(/\/\*limit\*\/ 10|\/\*maxDepth\*\/ 8/);
    expect(cypher('paths/shortest', { limit: 3, maxDepth: 4 }).name).toBe('paths/shortest{limit=3,maxDepth=4}');
  });

  it('take only non-negative integers, and only where the file marks them', () => {
    expect(() => cypher('paths/shortest', { limit: 2.5 })).toThrow(/limit must be a non-negative integer/);
    expect(() => cypher('paths/shortest', { limit: -1 })).toThrow(/limit/);
    expect(() => cypher('stats/dyad', { limit: 3 })).toThrow(/no limit literal/);
  });
});
