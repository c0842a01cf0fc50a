import { describe, expect, it } from 'vitest';
import { foldName, lookupKeys, slugify } from '../../../src/text/fold.js';

describe('folding names', () => {
  it('drops case, accents and punctuation', () => {
    expect(foldName('Mevlüt Çavuşoğlu')).toBe('mevlut cavusoglu');
    expect(foldName('ÇAVUŞOĞLU')).toBe('cavusoglu');
    expect(foldName('Jean-Yves Le Drian')).toBe('jean yves le drian');
    expect(foldName('François Hollande')).toBe(foldName('Francois Hollande'));
  });

  it('maps letters Unicode does not decompose', () => {
    expect(foldName('Kılıçdaroğlu')).toBe('kilicdaroglu');
    expect(foldName('Łukasz Søren')).toBe('lukasz soren');
    expect(foldName('Straße')).toBe('strasse');
  });

  it('drops apostrophes inside words rather than splitting them', () => {
    expect(foldName('Russia’s')).toBe('russias');
    expect(foldName("Qur'an")).toBe('quran');
  });

  it('gives keys for a name and its aliases, with and without a leading "the"', () => {
    expect(lookupKeys('The Wall Street Journal', ['WSJ'])).toEqual(['the wall street journal', 'wall street journal', 'wsj']);
  });

  it('makes slugs for ids', () => {
    expect(slugify('Mevlüt Çavuşoğlu')).toBe('mevlut-cavusoglu');
    expect(slugify('The Wall Street Journal')).toBe('wall-street-journal');
  });
});
