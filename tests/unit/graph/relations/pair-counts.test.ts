import { describe, expect, it } from 'vitest';
import type { CountedRelation } from '../../../../src/graph/relations/hidden-counts.js';
import { refreshedChanges, type RefreshedRelation } from '../../../../src/graph/relations/kept-counts.js';
import { pairCountDeltas, pairCountKey, pairCountKeys } from '../../../../src/graph/relations/pair-counts.js';

const relation = (type: CountedRelation['type'], source: string, target: string, negated: boolean, modality: string): CountedRelation => ({
  type,
  source,
  target,
  negated,
  modality,
});

describe('the counts a pair of actors keeps of the relations between them', () => {
  it('count a relation that is not negated on the pair in id order, whatever its direction: in all, and among what happened when asserted or reported', () => {
    expect(
      pairCountDeltas(
        [
          relation('CRITICIZED', 'b', 'a', false, 'ASSERTED'),
          relation('MET', 'a', 'b', false, 'PLANNED'),
          relation('MET', 'c', 'c', false, 'ASSERTED'),
          relation('PRAISED', 'a', 'c', true, 'ASSERTED'),
          relation('VISITED', 'c', 'b', false, 'REPORTED'),
        ],
        [],
      ),
    ).toEqual([
      {
        lo: 'a',
        hi: 'b',
        deltas: [
          { key: 'h', delta: 1 },
          { key: 'h_CRITICIZED', delta: 1 },
          { key: 'n', delta: 2 },
          { key: 'n_CRITICIZED', delta: 1 },
          { key: 'n_MET', delta: 1 },
        ],
      },
      {
        lo: 'b',
        hi: 'c',
        deltas: [
          { key: 'h', delta: 1 },
          { key: 'h_VISITED', delta: 1 },
          { key: 'n', delta: 1 },
          { key: 'n_VISITED', delta: 1 },
        ],
      },
    ]);
  });

  it('sum what is created and removed per pair and key, and leave out what cancels (a modality that changed moves between the happened counts)', () => {
    expect(
      pairCountDeltas(
        [relation('ACCUSED', 'x', 'y', false, 'ASSERTED'), relation('ACCUSED', 'y', 'z', false, 'DENIED')],
        [relation('ACCUSED', 'x', 'y', false, 'PLANNED'), relation('ACCUSED', 'z', 'y', false, 'DENIED')],
      ),
    ).toEqual([
      {
        lo: 'x',
        hi: 'y',
        deltas: [
          { key: 'h', delta: 1 },
          { key: 'h_ACCUSED', delta: 1 },
        ],
      },
    ]);
  });

  it('name only the vocabulary’s types', () => {
    expect(pairCountKey('all')).toBe('n');
    expect(pairCountKey('happened', 'MET')).toBe('h_MET');
    expect(() => pairCountKey('all', 'MENTIONS')).toThrow(/relation type "MENTIONS"/);
  });

  it('rank from the counts only what they answer: types, and no modality or those that happened, never a window', () => {
    expect(pairCountKeys({ negated: false, modalities: ['REPORTED', 'ASSERTED'] })).toEqual(['h']);
    expect(pairCountKeys({ negated: false, modalities: null, types: ['MET', 'VISITED', 'MET'] })).toEqual(['n_MET', 'n_VISITED']);
    expect(pairCountKeys({ negated: false, modalities: [], types: [] })).toEqual(['n']);
    expect(pairCountKeys({ negated: false, modalities: ['ASSERTED'] })).toBeNull();
    expect(pairCountKeys({ negated: false, modalities: null, since: '2016-01-01' })).toBeNull();
    expect(pairCountKeys({ negated: false, modalities: null, until: '2016-01-01' })).toBeNull();
    expect(pairCountKeys({ negated: null, modalities: null })).toBeNull();
  });
});

describe('what a refresh changed for the kept counts', () => {
  const refreshed = (id: string, before: string | null, after: string | null): RefreshedRelation => ({
    id,
    type: 'MET',
    source: 'a',
    target: 'b',
    negated: false,
    before,
    after,
  });

  it('a created relation counts in with the modality its evidence gave it; a removed one out with the one it had; a changed one out and in', () => {
    const changes = refreshedChanges(
      [
        refreshed('new', 'PLANNED', 'ASSERTED'),
        refreshed('gone', 'REPORTED', null),
        refreshed('moved', 'PLANNED', 'REPORTED'),
        refreshed('same', 'ASSERTED', 'ASSERTED'),
        refreshed('new', 'ASSERTED', 'ASSERTED'),
      ],
      new Set(['new']),
    );
    const plain = (modality: string) => ({ type: 'MET', source: 'a', target: 'b', negated: false, modality });
    expect(changes).toEqual({ created: [plain('ASSERTED'), plain('REPORTED')], removed: [plain('REPORTED'), plain('PLANNED')] });
  });
});
