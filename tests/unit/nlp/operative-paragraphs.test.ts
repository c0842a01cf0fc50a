import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { operativeNumbers, withOperativeSubjects } from '../../../src/nlp/operative-paragraphs.js';
import { readParse, StoredParses } from '../../../src/nlp/parser.js';

const DECISION = [
  'The Council,',
  '',
  '1. Takes note of the report;',
  '',
  '2. Strongly condemns the seizure of power;',
  '',
  '3. Further decides to impose a travel ban;',
  '',
  '10. Decides to remain seized of the matter.',
].join('\n');

describe('numbered operative paragraphs ("4. Strongly condemns …")', () => {
  it('are found by their numbers, after at most one adverb, once the text has three of them', () => {
    const numbers = operativeNumbers(DECISION);
    expect(numbers.map((n) => DECISION.slice(n.start, n.end))).toEqual(['1.', '2.', '3.', '10.']);
    expect(operativeNumbers(DECISION.split('\n').slice(0, 5).join('\n'))).toEqual([]);
  });

  it('are no numbered list of news items or of points that do not open with a verb', () => {
    const digest = '1. Russia and Ukraine trade prisoners\n\n2. The EU agrees sanctions\n\n3. Oil prices fall\n';
    expect(operativeNumbers(digest)).toEqual([]);
  });

  it('are given to CoreNLP with the pronoun "It" in place of the number, the verb lower-case, every offset kept', () => {
    const given = withOperativeSubjects(DECISION);
    expect(given).toHaveLength(DECISION.length);
    expect(given).toContain('It takes note of the report;');
    expect(given).toContain('It strongly condemns the seizure of power;');
    expect(given).toContain('It further decides to impose');
    expect(given).toContain('It  decides to remain seized');
    expect(given.startsWith('The Council,')).toBe(true);
    expect(withOperativeSubjects('1. Takes note.\n\n2. Recalls it.')).toBe('1. Takes note.\n\n2. Recalls it.');
  });
});

describe('a stored parse of a text with operative paragraphs', () => {
  const PARSES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses');
  const NAME = 'burkina-rsp-coup-au-psc-communique-2015-09-18';
  const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings', `${NAME}.txt`), 'utf8');
  const doc = readParse(path.join(PARSES, `${NAME}.json`));

  it('reads the text at every token (the number, not the pronoun CoreNLP was given) and says where the subjects were given', () => {
    const numbers = operativeNumbers(text);
    expect(doc.implicitSubjects?.map((s) => s.start)).toEqual(numbers.map((n) => n.start));
    const tokens = doc.sentences.flatMap((s) => s.tokens);
    const subject = tokens.find((t) => t.start === numbers[3]!.start)!;
    expect(subject.word).toBe('4.');
    expect(subject.pos).toBe('PRP');
  });

  it('is passed over when it was parsed without them (an older parse), so the text is parsed again', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parses-'));
    const { implicitSubjects: _given, ...older } = doc;
    writeFileSync(path.join(dir, `${NAME}.json`), JSON.stringify(older));
    expect(new StoredParses(dir).get(text, doc.docDate)).toBeUndefined();
    writeFileSync(path.join(dir, `${NAME}.json`), JSON.stringify(doc));
    expect(new StoredParses(dir).get(text, doc.docDate)).toBeDefined();
  });
});
