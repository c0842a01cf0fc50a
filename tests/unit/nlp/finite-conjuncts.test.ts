import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { parsedDocumentSchema, type ParsedDocument } from '../../../src/nlp/document.js';
import { attachFiniteConjuncts } from '../../../src/nlp/finite-conjuncts.js';
import { draftOfRuleSentences, relationLines } from '../extract/support/rule-sentences.js';

/**
 * tests/fixtures/rule-sentences/finite-conjuncts-2026-12-07.txt, whose stored parse holds CoreNLP's arcs as it gave
 * them (stored without this repair; a stored parse gets the repairs on reading).
 */
const NAME = 'finite-conjuncts-2026-12-07';
const raw: ParsedDocument = parsedDocumentSchema.parse(
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses', `${NAME}.json`), 'utf8')),
);
/** The arcs that end at a word of a sentence, and its subjects, as "rel governor dependent". */
const arcsTo = (doc: ParsedDocument, sentence: number, word: string) => {
  const s = doc.sentences[sentence]!;
  const at = s.tokens.findIndex((t) => t.word === word);
  return s.arcs
    .filter((a) => a.dep === at || (a.gov === at && a.rel.startsWith('nsubj')))
    .map((a) => `${a.rel} ${s.tokens[a.gov]?.word ?? 'ROOT'} ${s.tokens[a.dep]?.word}`)
    .sort();
};

describe('a finite verb coordinated with an accusation’s gerund or infinitive', () => {
  it('is the conjunct of the finite verb the gerund completes, with its subject', () => {
    // CoreNLP: "accused Paris of trying to divide Malians, and praised Russia" coordinates "praised" with "trying"
    expect(arcsTo(raw, 1, 'praised')).toEqual(['conj:and trying praised', 'obl:of accused praised']);
    const repaired = attachFiniteConjuncts(raw);
    expect(arcsTo(repaired, 1, 'praised')).toEqual(['conj:and accused praised', 'nsubj praised Maiga']);
    // two non-finite verbs deep: "accused France of seeking to isolate Mali and thanked Moscow"
    expect(arcsTo(repaired, 2, 'thanked')).toEqual(['conj:and accused thanked', 'nsubj thanked Goita']);
    expect(attachFiniteConjuncts(repaired)).toBe(repaired);
  });

  it('leaves infinitives coordinated with infinitives where they are', () => {
    // "urged ECOWAS to lift the embargo and to reopen the borders": both asked of ECOWAS
    expect(arcsTo(attachFiniteConjuncts(raw), 3, 'reopen')).toEqual(arcsTo(raw, 3, 'reopen'));
  });

  it('makes the praise the speaker’s own, beside the accusation', () => {
    const relations = relationLines(draftOfRuleSentences(NAME));
    expect(relations).toEqual(
      expect.arrayContaining([
        'Choguel Kokalla Maiga ACCUSED France',
        'Choguel Kokalla Maiga PRAISED Russia',
        'Assimi Goïta ACCUSED France',
        'Assimi Goïta PRAISED Russia',
      ]),
    );
  });
});
