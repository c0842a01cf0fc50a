import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { textLines } from '../../../src/extract/hard-wrap.js';
import { loadRules } from '../../../src/extract/rules.js';
import { segment } from '../../../src/extract/segment.js';
import { draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

const rules = loadRules();
const DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'rule-sentences');
/** The same two news items, hard-wrapped at 72 columns (as `fold -s -w 72` wraps) and a paragraph per line. */
const WRAPPED = 'hard-wrapped-2026-12-07';
const UNWRAPPED = 'hard-wrapped-unwrapped-2026-12-07';
const wrapped = readFileSync(path.join(DIR, `${WRAPPED}.txt`), 'utf8');
const unwrapped = readFileSync(path.join(DIR, `${UNWRAPPED}.txt`), 'utf8');

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('hard-wrapped text', () => {
  it('joins the lines of a wrapped paragraph, keeping the offsets of the original text', () => {
    const lines = textLines(wrapped).filter((line) => line.text.trim());
    expect(lines.map((line) => squeeze(line.text))).toEqual(unwrapped.split('\n').filter((line) => line.trim()));
    for (const line of lines) expect(wrapped.slice(line.start, line.start + line.text.length)).toBe(line.text);
  });

  it('cuts a wrapped text into the sentences of the same text written a paragraph per line', () => {
    const view = (text: string) => segment(text, rules).map((s) => `${s.kind} ${s.section} ${squeeze(s.text)}`);
    expect(view(wrapped)).toEqual(view(unwrapped));
    for (const sentence of segment(wrapped, rules)) expect(wrapped.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('leaves a text written a line per paragraph as it is, headers and lists included', () => {
    const text = [
      'Press conference at the close of the Extraordinary Session of the Assembly',
      'Niamey, Niger, 7 July 2019',
      'Key points',
      '- Ghana to host the secretariat',
      '- Nigeria signs the agreement',
      'The ministers agreed on the text.',
    ].join('\n');
    expect(textLines(text).map((line) => line.text)).toEqual(text.split('\n'));
    expect(textLines(unwrapped).map((line) => line.text)).toEqual(unwrapped.split('\n'));
  });

  it('keeps a wrapped text’s headline, and its list items, lines of their own', () => {
    const text = [
      'Ministers of the six states meet in Gaborone on the refugees in Zambia',
      'GABORONE, May 4 (Reuters) - The foreign ministers of the Frontline',
      'States met in Gaborone on Friday and called on South Africa to end its',
      'raids on the camps, a statement said. They agreed three measures:',
      '- a joint commission on the refugees of the',
      'border districts,',
      '- an appeal to the United Nations.',
    ].join('\n');
    expect(textLines(text).map((line) => squeeze(line.text))).toEqual([
      'Ministers of the six states meet in Gaborone on the refugees in Zambia',
      'GABORONE, May 4 (Reuters) - The foreign ministers of the Frontline States met in Gaborone on Friday and called on South Africa to end its raids on the camps, a statement said. They agreed three measures:',
      '- a joint commission on the refugees of the border districts,',
      '- an appeal to the United Nations.',
    ]);
  });

  it('reads the relations of a wrapped text as it reads them a paragraph per line', () => {
    const relations = relationLines(draftOfRuleSentences(WRAPPED));
    expect(relations).toEqual(relationLines(draftOfRuleSentences(UNWRAPPED)));
    // the meeting told across a line break, the criticism after a wrapped headline-like line, the Sudanese item
    expect(relations).toEqual(
      expect.arrayContaining([
        'Mevlut Cavusoglu MET Sergei Lavrov',
        'Mevlut Cavusoglu CRITICIZED United States',
        'Abdalla Hamdok MET Sameh Shoukry',
        'Abdalla Hamdok ACCUSED Ethiopia',
      ]),
    );
  });
});
