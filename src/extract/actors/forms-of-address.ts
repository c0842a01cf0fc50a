import type { Token } from '../tokenize.js';

/**
 * Forms of address of court and agency style ("His Royal Highness the Crown Prince", "Her Majesty", "His Excellency"):
 * capitalised, before a name or an office, and never part of either. One source for the scan (no name words) and the
 * anaphora (a form alone stands for a person).
 */

/** The pronouns that open a form of address. */
const ADDRESS_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** The nouns of a form of address, singular and plural. */
const ADDRESS_NOUNS: ReadonlySet<string> = new Set(['highness', 'highnesses', 'excellency', 'excellencies', 'majesty', 'majesties', 'holiness']);

/**
 * Where a form of address opening at token j ends: after "His Highness", "Her Majesty", "His Royal Highness" (the
 * pronoun and the noun capitalised), or null when none opens there. The one reading of the form's words, for the scan
 * (looking back from a name) and the anaphora (looking on from the pronoun).
 */
export function addressEnd(t: readonly Pick<Token, 'lower' | 'cap'>[], j: number): number | null {
  if (!t[j]?.cap || (t[j].lower !== 'his' && t[j].lower !== 'her')) return null;
  const k = t[j + 1]?.lower === 'royal' ? j + 2 : j + 1;
  return t[k]?.cap && ADDRESS_NOUNS.has(t[k].lower) ? k + 1 : null;
}

/** Whether a lower-case word belongs to a form of address. */
export function isAddressWord(lower: string): boolean {
  return ADDRESS_PRONOUNS.has(lower) || ADDRESS_NOUNS.has(lower);
}
