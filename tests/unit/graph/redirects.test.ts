import { describe, expect, it } from 'vitest';
import { relationKey } from '../../../src/graph/ids/relation-key.js';
import { Redirects } from '../../../src/graph/resolution/redirects.js';
import { evidenceMoves } from '../../../src/graph/resolution/reproject.js';

describe('merges as redirects', () => {
  it('follows chained merges to the visible actor, and dropping one link restores what it absorbed', () => {
    const chain = Redirects.of([
      ['b', 'a'],
      ['a', 'c'],
    ]);
    expect(['a', 'b', 'c', 'd'].map((id) => chain.resolve(id))).toEqual(['c', 'c', 'c', 'd']);
    // Undoing the first merge out of order: b is itself again, a still in c.
    const undone = chain.without('b');
    expect(['a', 'b', 'c'].map((id) => undone.resolve(id))).toEqual(['c', 'b', 'c']);
    expect(Redirects.of([['x', 'x']]).resolve('x')).toBe('x');
  });

  it('moves evidence to the relation its base actors make, keeping a relation between the two merged actors as the survivor with itself', () => {
    const stated = { type: 'CRITICIZED' as const, date: '2015-12-21', negated: false, title: null };
    const before = relationKey({ ...stated, source: 'a', target: 'b' });
    const relation = {
      ...stated,
      ...before,
      datePrecision: 'DAY' as const,
      dateEnd: '2015-12-21',
      modality: 'ASSERTED',
      evidence: [
        { id: 'e1', baseSource: 'a', baseTarget: 'b' },
        { id: 'e2', baseSource: 'a', baseTarget: 'b' },
      ],
    };
    const merged = evidenceMoves([relation], Redirects.of([['b', 'a']]));
    expect(merged).toEqual([expect.objectContaining({ ...relationKey({ ...stated, source: 'a', target: 'a' }), evidenceIds: ['e1', 'e2'] })]);
    // Nothing moves while no merge changes what the base actors are seen as.
    expect(evidenceMoves([relation], Redirects.NONE)).toEqual([]);
    // Evidence of one relation can split on an unmerge: each piece follows its own base actors.
    const mixed = {
      ...relation,
      ...relationKey({ ...stated, source: 'a', target: 'c' }),
      evidence: [
        { id: 'e3', baseSource: 'a', baseTarget: 'c' },
        { id: 'e4', baseSource: 'b', baseTarget: 'c' },
      ],
    };
    expect(evidenceMoves([mixed], Redirects.NONE)).toEqual([
      expect.objectContaining({ ...relationKey({ ...stated, source: 'b', target: 'c' }), evidenceIds: ['e4'] }),
    ]);
  });
});
