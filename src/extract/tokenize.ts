/** Word and punctuation tokens with their character offsets in the text they came from. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word starting with an upper-case letter. */
  cap: boolean;
  /** Letters all upper-case (an acronym such as "TASS", "US"). */
  allCaps: boolean;
  word: boolean;
}

/** "P5+1", "E3+3": a group name joined by a plus sign is one token. */
const TOKEN = /\p{Lu}+\d+\+\d+|(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    let start = match.index + offset;
    const possessive = /^(.+?)([’']s)$/u.exec(value);
    if (possessive && possessive[1] && possessive[2] && !/^\p{Lu}['’]/u.test(value)) {
      tokens.push(make(possessive[1], start));
      start += possessive[1].length;
      value = possessive[2];
    }
    tokens.push(make(value, start));
  }
  return markSingleQuotes(tokens, text, offset);
}

const SINGLE_QUOTES = new Set(["'", '‘', '’']);
const BEFORE_OPENING = /[\s([—–-]/u;
const ENDS_QUOTED_WORDS = new Set([',', '.', '?', '!']);

/**
 * "'We urge China to resolve any differences by peaceful means,' she said": a single quotation mark used as one (the
 * British and Australian press, headlines everywhere) is read as the double one the rules know, so the quotation and its
 * speaker are found. Opening: at a word's start after a space or a bracket; closing: right after the quotation's last
 * punctuation, or after a word when this sentence opened one ("called the plan 'unacceptable' and"). An apostrophe
 * ("don't", "the ministers' meeting") is neither. The token keeps its offsets; only what it reads as changes.
 */
function markSingleQuotes(tokens: Token[], text: string, offset: number): Token[] {
  let open = false;
  return tokens.map((t) => {
    if (!SINGLE_QUOTES.has(t.text)) return t;
    const before = text[t.start - offset - 1];
    const after = text[t.end - offset];
    const wordAfter = after !== undefined && /[\p{L}\p{N}]/u.test(after);
    const spaceAfter = after === undefined || /[\s,.;:?!)\]—–]/u.test(after);
    if ((before === undefined || BEFORE_OPENING.test(before)) && wordAfter && t.text !== '’') {
      open = true;
      return { ...t, text: '“', lower: '“' };
    }
    if (spaceAfter && before !== undefined && (ENDS_QUOTED_WORDS.has(before) || (open && /[\p{L}\p{N}]/u.test(before)))) {
      open = false;
      return { ...t, text: '”', lower: '”' };
    }
    return t;
  });
}

function make(text: string, start: number): Token {
  const word = /[\p{L}\p{N}]/u.test(text);
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    cap: /^\p{Lu}/u.test(text),
    allCaps: /\p{L}/u.test(text) && !/\p{Ll}/u.test(text),
    word,
  };
}
