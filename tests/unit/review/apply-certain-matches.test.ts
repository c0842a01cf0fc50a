import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/ingest/parse-briefing.js';
import { applyCertainMatches } from '../../../src/review/resolve-draft.js';

const draft = parseBriefing(
  {
    briefing: { id: 'd', title: 'D', publishedAt: '2016-01-01' },
    actors: [
      { id: 'cavusoglu', name: 'Mevlut Cavusoglu', kind: 'PERSON' },
      { id: 'shoygu', name: 'Sergey Shoygu', kind: 'PERSON' },
      { id: 'turkey', name: 'Turkey', kind: 'STATE' },
    ],
    relations: [
      { source: 'cavusoglu', type: 'CRITICIZED', target: 'shoygu', evidence: { quote: 'q', speaker: 'cavusoglu' } },
      { source: 'cavusoglu', type: 'AFFILIATED_WITH', target: 'turkey', evidence: { quote: 'r' } },
    ],
  },
  'draft',
);

describe('applying certain matches to a draft', () => {
  it('renames name and alias matches everywhere, and leaves fuzzy ones for the reviewer', () => {
    const applied = applyCertainMatches(draft, [
      { inputId: 'cavusoglu', name: 'Mevlut Cavusoglu', status: 'MATCHED', how: 'NAME', existingId: 'mevlut-cavusoglu', existingName: 'Mevlüt Çavuşoğlu' },
      { inputId: 'shoygu', name: 'Sergey Shoygu', status: 'MATCHED', how: 'FUZZY', existingId: 'sergei-shoigu', existingName: 'Sergei Shoigu' },
      { inputId: 'turkey', name: 'Turkey', status: 'NEW' },
    ]);
    expect(applied.actors.map((actor) => actor.id)).toEqual(['mevlut-cavusoglu', 'shoygu', 'turkey']);
    expect(applied.relations[0]).toMatchObject({ source: 'mevlut-cavusoglu', target: 'shoygu', evidence: { speaker: 'mevlut-cavusoglu' } });
    expect(() => parseBriefing(applied, 'applied')).not.toThrow();
  });
});
