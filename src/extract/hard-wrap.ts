/**
 * Text copied from an e-mail, a PDF, a monitoring service or a teleprinter comes hard-wrapped: each paragraph broken
 * into lines of about 70 characters, the break falling anywhere in a sentence ("… Foreign Minister Mevlut Cavusoglu⏎met
 * his Russian counterpart …"). The segmenter reads a line as a paragraph, so a wrapped text would be cut into pieces
 * of sentences, every relation across a break lost and a line of capitalised names read as a headline. This module
 * gives the lines as the writer meant them: the physical lines of a wrapped paragraph joined into one, its offsets
 * those of the original text (the newlines stay inside it, as whitespace), every other line as it is.
 */

/** One line as the writer meant it, from `start` in the original text; `text` may hold the newlines of a wrapped paragraph. */
export interface TextLine {
  start: number;
  text: string;
}

/** A line ending a sentence, a clause or a quotation. */
const TERMINAL = /[.!?:;”"’)\]…]$/u;
/** A list item or a dash opens a new line of its own even in a wrapped text. */
const LIST_ITEM = /^(?:[-•*–—]\s|\d{1,2}[.)]\s|\([a-z\d]\)\s)/u;
/**
 * A text is hard-wrapped when lines break inside sentences: a line with no final punctuation followed by one that
 * opens in lower case. No sentence opens in lower case, so in a text written a paragraph per line this never happens
 * (none of the development briefings has it); two such breaks are asked so that one stray break changes nothing.
 */
const MIN_BREAKS_INSIDE_SENTENCES = 2;
/** The wrap width is the length most lines reach: the 90th percentile, so a long unbroken line (a URL) does not set it. */
const WIDTH_QUANTILE = 0.9;

export function textLines(text: string): TextLine[] {
  const physical: TextLine[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    physical.push({ start: offset, text: raw });
    offset += raw.length + 1;
  }
  const trimmed = physical.map((line) => line.text.trim());
  const breaksInside = trimmed.filter((line, i) => line && !TERMINAL.test(line) && /^\p{Ll}/u.test(trimmed[i + 1] ?? ''));
  if (breaksInside.length < MIN_BREAKS_INSIDE_SENTENCES) return physical;

  const width = wrapWidth(trimmed);
  const headline = trimmed.findIndex(Boolean);
  const lines: TextLine[] = [];
  for (let i = 0; i < physical.length; i += 1) {
    const line = physical[i]!;
    const previous = lines.at(-1);
    if (previous && i > 0 && continuesLine(trimmed[i - 1]!, trimmed[i]!, width, i - 1 === headline)) {
      previous.text = text.slice(previous.start, line.start + line.text.length);
    } else lines.push({ ...line });
  }
  return lines;
}

/**
 * The next line continues this one when it opens in lower case after no final punctuation, or when its first word
 * would not have fitted on this line: the writer's tool broke the line, not the writer (a short line before it ends a
 * paragraph, a header or a signature). The text's first line is its headline unless the next one opens in lower case:
 * a headline as long as the wrap width is followed by the story's first line, not continued by it.
 */
function continuesLine(line: string, next: string, width: number, firstLine: boolean): boolean {
  if (!line || !next || LIST_ITEM.test(next)) return false;
  if (!TERMINAL.test(line) && /^\p{Ll}/u.test(next)) return true;
  if (firstLine) return false;
  const firstWord = next.split(/\s/, 1)[0] ?? '';
  return line.length + 1 + firstWord.length > width;
}

function wrapWidth(lines: string[]): number {
  const lengths = lines
    .filter(Boolean)
    .map((line) => line.length)
    .sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * WIDTH_QUANTILE))] ?? 0;
}
