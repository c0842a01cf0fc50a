import { describe, expect, it } from 'vitest';
import type { ParsedDocument, ParsedSentence } from '../../../src/nlp/document.js';
import { splitEntitiesAtHeadlineVerbs } from '../../../src/nlp/headline-verbs.js';

/** A one-sentence parse of words with their tags, one entity over [start, end). */
function parseOf(words: [string, string, string][], entity: { start: number; end: number; ner: string }): ParsedDocument {
  let at = 0;
  const tokens = words.map(([word, pos, ner]) => {
    const token = { word, lemma: word.toLowerCase(), pos, ner, start: at, end: at + word.length };
    at += word.length + 1;
    return token;
  });
  const text = words
    .slice(entity.start, entity.end)
    .map(([w]) => w)
    .join(' ');
  const sentence: ParsedSentence = { start: 0, end: at - 1, tokens, arcs: [], entities: [{ ...entity, text }] };
  return { format: 2, textHash: 'x', docDate: null, sentences: [sentence], corefs: [], quotes: [] };
}

const entities = (doc: ParsedDocument) => doc.sentences[0]!.entities.map((e) => `${e.ner}:${e.text}`);

describe('entities split at a headline verb', () => {
  it('"Kim Jong Il Receives Bill Clinton": two persons, the verb in neither', () => {
    const doc = parseOf(
      [
        ['Kim', 'NNP', 'PERSON'],
        ['Jong', 'NNP', 'PERSON'],
        ['Il', 'NNP', 'PERSON'],
        ['Receives', 'VBZ', 'PERSON'],
        ['Bill', 'NNP', 'PERSON'],
        ['Clinton', 'NNP', 'PERSON'],
      ],
      { start: 0, end: 6, ner: 'PERSON' },
    );
    const split = splitEntitiesAtHeadlineVerbs(doc);
    expect(entities(split)).toEqual(['PERSON:Kim Jong Il', 'PERSON:Bill Clinton']);
    expect(split.sentences[0]!.tokens[3]!.ner).toBe('O');
    expect(splitEntitiesAtHeadlineVerbs(split)).toBe(split);
  });

  it('"Security Council Condemns Downing of …": the body ends before the verb, its object is no body', () => {
    const doc = parseOf(
      [
        ['Security', 'NNP', 'ORGANIZATION'],
        ['Council', 'NNP', 'ORGANIZATION'],
        ['Condemns', 'VBZ', 'ORGANIZATION'],
        ['Downing', 'NNP', 'ORGANIZATION'],
      ],
      { start: 0, end: 4, ner: 'ORGANIZATION' },
    );
    const split = splitEntitiesAtHeadlineVerbs(doc);
    expect(entities(split)).toEqual(['ORGANIZATION:Security Council']);
    expect(split.sentences[0]!.tokens.map((t) => t.ner)).toEqual(['ORGANIZATION', 'ORGANIZATION', 'O', 'O']);
  });

  it('leaves a lower-case word CoreNLP tags VBZ inside a name alone ("Dar es Salaam")', () => {
    const doc = parseOf(
      [
        ['Dar', 'NNP', 'CITY'],
        ['es', 'VBZ', 'CITY'],
        ['Salaam', 'NNP', 'CITY'],
      ],
      { start: 0, end: 3, ner: 'CITY' },
    );
    expect(splitEntitiesAtHeadlineVerbs(doc)).toBe(doc);
  });
});
