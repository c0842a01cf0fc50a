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
  return tokens;
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
