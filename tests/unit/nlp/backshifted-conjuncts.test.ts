import { describe, expect, it } from 'vitest';
import { attachBackshiftedConjuncts } from '../../../src/nlp/backshifted-conjuncts.js';
import type { Arc, ParsedDocument, ParsedSentence } from '../../../src/nlp/document.js';

/** A one-sentence parse of tagged words and arcs given as "rel gov dep" (0-based token indices). */
function parseOf(words: [string, string][], arcs: string[]): ParsedDocument {
  let at = 0;
  const tokens = words.map(([word, pos]) => {
    const token = { word, lemma: word.toLowerCase(), pos, ner: 'O', start: at, end: at + word.length };
    at += word.length + 1;
    return token;
  });
  const parsed: Arc[] = arcs.map((line) => {
    const [rel, gov, dep] = line.split(' ');
    return { rel: rel!, gov: Number(gov), dep: Number(dep) };
  });
  const sentence: ParsedSentence = { start: 0, end: at - 1, tokens, arcs: parsed, entities: [] };
  return { format: 2, textHash: 'x', docDate: null, sentences: [sentence], corefs: [], quotes: [] };
}

const arcsOf = (doc: ParsedDocument) => doc.sentences[0]!.arcs.map((a) => `${a.rel} ${a.gov} ${a.dep}`).sort();

// "Paris said Rome supported it and had urged Bern": 0 Paris 1 said 2 Rome 3 supported 4 it 5 and 6 had 7 urged 8 Bern
const WORDS: [string, string][] = [
  ['Paris', 'NNP'],
  ['said', 'VBD'],
  ['Rome', 'NNP'],
  ['supported', 'VBD'],
  ['it', 'PRP'],
  ['and', 'CC'],
  ['had', 'VBD'],
  ['urged', 'VBN'],
  ['Bern', 'NNP'],
];
const COMMON = ['nsubj 1 0', 'ccomp 1 3', 'nsubj 3 2', 'obj 3 4', 'cc 7 5', 'aux 7 6', 'obj 7 8'];

describe('a past perfect coordinated with a verb of speaking', () => {
  it('hangs from the reported clause and takes its subject: "Paris said Rome supported it and had urged Bern"', () => {
    const doc = parseOf(WORDS, [...COMMON, 'conj:and 1 7', 'nsubj 7 0']);
    const repaired = attachBackshiftedConjuncts(doc);
    expect(arcsOf(repaired)).toEqual([...COMMON, 'conj:and 3 7', 'nsubj 7 2'].sort());
    expect(attachBackshiftedConjuncts(repaired)).toBe(repaired);
  });

  it('gets the subject even when the parse gave the conjunct none', () => {
    const repaired = attachBackshiftedConjuncts(parseOf(WORDS, [...COMMON, 'conj:and 1 7']));
    expect(arcsOf(repaired)).toContain('nsubj 7 2');
  });

  it('stays where it is when the speech is itself a past perfect, or the reported clause has no subject of its own', () => {
    const perfectSpeech = parseOf(
      WORDS.map(([w, p], i) => [w, i === 1 ? 'VBN' : p]),
      [...COMMON, 'aux 1 6', 'conj:and 1 7', 'nsubj 7 0'],
    );
    expect(attachBackshiftedConjuncts(perfectSpeech)).toBe(perfectSpeech);
    const expletive = parseOf(
      WORDS.map(([w, p], i) => [i === 2 ? 'it' : w, p]),
      [...COMMON, 'conj:and 1 7', 'nsubj 7 0'],
    );
    expect(attachBackshiftedConjuncts(expletive)).toBe(expletive);
  });
});
