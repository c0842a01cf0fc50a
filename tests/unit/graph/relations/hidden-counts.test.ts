import { describe, expect, it } from 'vitest';
import { hiddenCountDeltas, hiddenCountKey, type CountedRelation } from '../../../../src/graph/relations/hidden-counts.js';

const relation = (type: CountedRelation['type'], source: string, target: string, negated: boolean): CountedRelation => ({ type, source, target, negated });

describe('the counts an actor keeps of the relations its answers hide', () => {
  it('count a negated relation out of its source and into its target, a relation with itself as a loop, nothing else', () => {
    expect(
      hiddenCountDeltas(
        [relation('CRITICIZED', 'b', 'a', true), relation('MET', 'c', 'c', false), relation('MET', 'c', 'c', true), relation('PRAISED', 'a', 'b', false)],
        [],
      ),
    ).toEqual([
      { actorId: 'a', key: 'negatedIn:CRITICIZED', delta: 1 },
      { actorId: 'b', key: 'negatedOut:CRITICIZED', delta: 1 },
      { actorId: 'c', key: 'loops:MET', delta: 2 },
    ]);
  });

  it('sum what is created and removed per actor and key, and leave out what cancels', () => {
    expect(
      hiddenCountDeltas(
        [relation('ACCUSED', 'x', 'y', true), relation('ACCUSED', 'x', 'z', true)],
        [relation('ACCUSED', 'x', 'y', true), relation('MET', 'y', 'y', false)],
      ),
    ).toEqual([
      { actorId: 'x', key: 'negatedOut:ACCUSED', delta: 1 },
      { actorId: 'y', key: 'loops:MET', delta: -1 },
      { actorId: 'z', key: 'negatedIn:ACCUSED', delta: 1 },
    ]);
  });

  it('name only the vocabulary’s types', () => {
    expect(hiddenCountKey('loops', 'MET')).toBe('loops:MET');
    expect(() => hiddenCountKey('negatedOut', 'MENTIONS')).toThrow(/relation type "MENTIONS"/);
  });
});
