/** A character span of the text: [start, end). */
export interface CharRange {
  start: number;
  end: number;
}

/**
 * A numbered operative paragraph of a communiqué or resolution: "4. Strongly condemns the seizure of power …",
 * "12. Requests the United Nations Security Council to …". Its verb (a capitalised word ending in -s, after at most
 * one adverb: "Strongly", "Further", "Also") has no subject; the body that adopted the text is its subject.
 */
const OPERATIVE_PARAGRAPH = /^(\d{1,3}\.)[ \t]+(?:(?:[A-Z][a-z]+ly|Further|Also|Again)[ \t]+[a-z]+s|[A-Z][a-z]+s)\b/gmu;
/** A document reads as a decision's operative part only with a run of such paragraphs, not one numbered point. */
const MIN_OPERATIVE_PARAGRAPHS = 3;
/** The pronoun CoreNLP is given in place of the number: two letters, so it fits in "4." and every offset stays. */
export const IMPLICIT_SUBJECT = 'It';

/** The numbers ("4.") opening the text's operative paragraphs, or none when it has fewer than three. Pure. */
export function operativeNumbers(text: string): CharRange[] {
  const found = [...text.matchAll(OPERATIVE_PARAGRAPH)].map((m) => ({ start: m.index, end: m.index + m[1]!.length }));
  return found.length >= MIN_OPERATIVE_PARAGRAPHS ? found : [];
}

/**
 * The text as CoreNLP is given it: each operative paragraph's number becomes the pronoun "It" (padded to the number's
 * length) and the verb after it starts lower-case, "4. Strongly condemns" → "It strongly condemns". Without a
 * subject CoreNLP parses such a paragraph as a noun phrase ("Demands" the passive subject of a later verb); with
 * one it reads a clause whose subject the extractor then takes for the adopting body. Same length as the text, so
 * every character offset of the parse is an offset of the text. Pure.
 */
export function withOperativeSubjects(text: string, numbers: readonly CharRange[] = operativeNumbers(text)): string {
  if (!numbers.length) return text;
  const chars = text.split('');
  for (const { start, end } of numbers) {
    for (let i = start; i < end; i += 1) chars[i] = IMPLICIT_SUBJECT[i - start] ?? ' ';
    // the first letter after the number's spaces: the adverb or the verb
    let next = end;
    while (chars[next] === ' ' || chars[next] === '\t') next += 1;
    chars[next] = chars[next]!.toLowerCase();
  }
  return chars.join('');
}
