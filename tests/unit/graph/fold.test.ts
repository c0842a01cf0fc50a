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

describe('folding printable ASCII (the short way)', () => {
  /** The Unicode way every name took before the shortcut, recomputed here. */
  const longWay = (name: string) =>
    name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[’'`´]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  it('gives what the Unicode way gives, on every printable ASCII character and on random strings of them', () => {
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    for (const character of printable) expect(foldName(`A${character}b`)).toBe(longWay(`A${character}b`));
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let n = 0; n < 2_000; n += 1) {
      const text = Array.from({ length: next() % 30 }, () => printable[next() % printable.length]!).join('');
      expect(foldName(text)).toBe(longWay(text));
    }
  });
});
