/**
 * Forms of address of court and agency style ("His Royal Highness the Crown Prince", "Her Majesty", "His Excellency"):
 * capitalised, before a name or an office, and never part of either. One source for the scan (no name words) and the
 * anaphora (a form alone stands for a person).
 */

/** The pronouns that open a form of address. */
export const ADDRESS_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** The nouns of a form of address, singular and plural. */
export const ADDRESS_NOUNS: ReadonlySet<string> = new Set(['highness', 'highnesses', 'excellency', 'excellencies', 'majesty', 'majesties', 'holiness']);

/** Whether a lower-case word belongs to a form of address. */
export function isAddressWord(lower: string): boolean {
  return ADDRESS_PRONOUNS.has(lower) || ADDRESS_NOUNS.has(lower);
}
