/**
 * Folds a name for matching: case, accents and punctuation are dropped, so "Çavuşoğlu",
 * "CAVUSOGLU" and "cavusoglu" agree, as do "Le Drian" and "le-drian".
 * Letters that Unicode does not decompose (ı, ø, ł, đ, ß, æ, œ) are mapped by hand.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

/** Anything but printable ASCII: only such a name needs decomposing and the hand-mapped letters. */
const BEYOND_PRINTABLE_ASCII = /[^ -~]/;

/**
 * Folded names by name: the extractor folds the same words and runs of words over and over (each gazetteer lookup
 * folds every candidate run at every token), and folding is pure. Only short strings are kept (names, not the
 * quotes a load folds once each), and the map is cleared when full, so memory stays bounded.
 */
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;
const FOLDED_MAX_LENGTH = 80;

export function foldName(name: string): string {
  if (name.length > FOLDED_MAX_LENGTH) return foldUncached(name);
  let result = folded.get(name);
  if (result === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    result = foldUncached(name);
    folded.set(name, result);
  }
  return result;
}

function foldUncached(name: string): string {
  // The same result the long way gives printable ASCII, without normalizing: most names and quotes
  // are such, and an offline load folds millions of them.
  if (!BEYOND_PRINTABLE_ASCII.test(name)) {
    return name
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıøłđðþßæœ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The words of a text as the full-text search keys hold them: folded like names, except that an
 * apostrophe separates words, so "Russia’s", "Russia's" and "Russia" all find "Russia’s bombing".
 * Stored on each piece of evidence (`quoteKey`) and applied to the words analysts search for.
 */
export function textKey(text: string): string {
  return foldName(text.replace(/[’'`´]/g, ' '));
}

/** The folded keys an actor is found by: its name and every alias, with and without a leading "the". */
export function lookupKeys(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const value of [name, ...aliases]) {
    const folded = foldName(value);
    if (!folded) continue;
    keys.add(folded);
    if (folded.startsWith('the ')) keys.add(folded.slice(4));
  }
  return [...keys];
}

/** A stable id for a new actor: its folded name as a slug ("Mevlüt Çavuşoğlu" → "mevlut-cavusoglu"). */
export function slugify(name: string): string {
  return foldName(name).replace(/^the /, '').replace(/ /g, '-');
}
