/**
 * Verbs of a wish or an offer: their infinitive "to meet" is an offer to meet (AGREED_TO_MEET, "agreed or offered to
 * meet", as the annotations record it), not a meeting ("Abe said he wanted to meet Chinese and South Korean leaders"). One list, read by the
 * surface rules as written forms and by the structural rules as lemmas.
 */
const WISH_VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  want: ['want', 'wants', 'wanted'],
  hope: ['hope', 'hopes', 'hoped'],
  wish: ['wish', 'wishes', 'wished'],
  offer: ['offer', 'offers', 'offered'],
};

/** The lemmas (structural rules). */
export const WISH_LEMMAS: ReadonlySet<string> = new Set(Object.keys(WISH_VERB_FORMS));

/** Every written form, lower case (surface rules). */
export const WISH_FORMS: ReadonlySet<string> = new Set(Object.values(WISH_VERB_FORMS).flat());
