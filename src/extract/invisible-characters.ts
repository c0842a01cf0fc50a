/**
 * Characters a web page carries that a reader never sees: the soft hyphen a page inserts for line breaking ("Shou­kry",
 * U+00AD), the zero-width space (U+200B), the word joiner (U+2060) and a byte-order mark (U+FEFF). Copied with a story,
 * they cut names in two ("Ethio­pia" read as "Ethio") and slug ids apart. They are removed before anything reads the
 * text, so the draft's text, its evidence quotes and their offsets are the text as a reader sees it. The zero-width
 * non-joiner and joiner (U+200C, U+200D) stay: Persian and Indic names are spelled with them.
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/gu;

/** The text without the invisible characters a copied page carries. */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}
