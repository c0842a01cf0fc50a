import { describe, expect, it } from 'vitest';
import { suggestSameAs, transliterationKey } from '../../../src/graph/resolution/same-as.js';

const actor = (id: string, name: string, kind = 'PERSON', aliases: string[] = [], wikidata: string | null = null) => ({ id, name, kind, aliases, wikidata });

describe('sameAs suggestions', () => {
  it('folds romanisation variants to one key', () => {
    expect(transliterationKey('Sergei Shoigu')).toBe(transliterationKey('Sergey Shoygu'));
    expect(transliterationKey('Mevlüt Çavuşoğlu')).toBe(transliterationKey('Mevlut Cavusoglu'));
    expect(transliterationKey('Zelensky')).toBe(transliterationKey('Zelenskyy'));
    expect(transliterationKey('Hamedani')).not.toBe(transliterationKey('Hamadani'));
  });

  it('finds folded names, aliases, transliterations and initials', () => {
    const suggestions = suggestSameAs([
      actor('shoigu', 'Sergei Shoigu'),
      actor('shoygu', 'Sergey Shoygu'),
      actor('putin', 'Vladimir Putin'),
      actor('v-putin', 'V. Putin'),
      actor('cavusoglu', 'Mevlüt Çavuşoğlu'),
      actor('cavusoglu-2', 'MEVLUT CAVUSOGLU'),
      actor('wagner', 'Wagner Group', 'ARMED_GROUP', ['OSM']),
      actor('osm', 'OSM', 'ARMED_GROUP'),
    ]);
    expect(suggestions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ a: 'cavusoglu', b: 'cavusoglu-2', reason: 'FOLDED_NAME' }),
        expect.objectContaining({ a: 'shoigu', b: 'shoygu', reason: 'TRANSLITERATION' }),
        expect.objectContaining({ a: 'putin', b: 'v-putin', reason: 'INITIALS' }),
        expect.objectContaining({ a: 'osm', b: 'wagner', reason: 'ALIAS' }),
      ]),
    );
    const scores = suggestions.map((suggestion) => suggestion.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('never pairs different kinds, different QIDs or different people sharing a surname', () => {
    expect(
      suggestSameAs([
        actor('georgia-state', 'Georgia', 'STATE'),
        actor('georgia-person', 'Georgia', 'PERSON'),
        actor('a', 'Ali Khamenei', 'PERSON', [], 'Q57336'),
        actor('b', 'Ali Khamenei', 'PERSON', [], 'Q1'),
        actor('c', 'Hassan Rouhani'),
        actor('d', 'Hossein Rouhani'),
      ]),
    ).toEqual([]);
  });
});
