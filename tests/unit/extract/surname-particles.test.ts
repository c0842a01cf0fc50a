import { describe, expect, it } from 'vitest';
import { loadRules } from '../../../src/extract/rules.js';
import { splitSentences } from '../../../src/extract/segment.js';
import { draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

const rules = loadRules();
const split = (text: string) => splitSentences(text, rules).map(([s, e]) => text.slice(s, e));

/**
 * Surnames written with a lower-case particle ("al-Burhan", "el-Sisi", "bin Salman", "de Mistura"), as outlets write
 * Arab and European names: a sentence may open with one, and one alone names the person named in full before.
 * tests/fixtures/rule-sentences/surname-particles-2026-12-07.txt, read with its stored parse.
 */
describe('surnames with their particle', () => {
  it('opens a sentence', () => {
    expect(split('Assad met the envoy on Monday. al-Assad thanked Tehran. bin Salman agreed. de Mistura left.')).toEqual([
      'Assad met the envoy on Monday.',
      'al-Assad thanked Tehran.',
      'bin Salman agreed.',
      'de Mistura left.',
    ]);
    // a lower-case word that is no particle opens none, nor does a particle after an abbreviation
    expect(split('The talks ended at 5 p.m. and the envoy left. He met Gen. al-Burhan.')).toEqual([
      'The talks ended at 5 p.m. and the envoy left.',
      'He met Gen. al-Burhan.',
    ]);
  });

  it('names the person alone, opening a sentence, after a quotation and as an object', () => {
    const relations = relationLines(draftOfRuleSentences('surname-particles-2026-12-07'));
    expect(relations).toEqual(
      expect.arrayContaining(['Abdel Fattah al-Burhan MET Abdel Fattah el-Sisi', 'Bashar al-Assad CRITICIZED Turkey', 'Mohammed bin Salman PRAISED Turkey']),
    );
  });
});
