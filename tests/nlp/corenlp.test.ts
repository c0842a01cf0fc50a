import { describe, expect, inject, it } from 'vitest';
import { annotate } from '../../src/nlp/client.js';
import type { ParsedDocument } from '../../src/nlp/document.js';
import { nlpReady } from '../../src/nlp/local/service.js';

const url = inject('nlpUrl');
const TEXT =
  'Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the report on Monday. ' +
  'She said Moscow had not attacked the convoy. ' +
  '"This is a fabrication," Zakharova told reporters.';

const words = (doc: ParsedDocument, s: number) => doc.sentences[s]!.tokens.map((t) => t.word);
const tokenIndex = (doc: ParsedDocument, s: number, word: string) => words(doc, s).indexOf(word);

describe('the CoreNLP service', () => {
  it('answers on loopback and gives the parse the rules read, offsets into the text', async () => {
    expect(await nlpReady(url)).toBe(true);
    expect(new URL(url).hostname).toBe('127.0.0.1');
    const doc = await annotate(TEXT, '2024-03-06', { url, timeoutMs: 120_000 });
    expect(doc.sentences).toHaveLength(3);
    for (const s of doc.sentences) for (const t of s.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.word);

    // named entities with their fine-grained classes
    const ner = new Map(doc.sentences.flatMap((s) => s.entities.map((e) => [e.text, e.ner] as const)));
    expect(ner.get('Maria Zakharova')).toBe('PERSON');
    expect(ner.get('Moscow')).toMatch(/CITY|LOCATION|STATE_OR_PROVINCE/);
    expect(ner.get('spokeswoman')).toBe('TITLE');

    // enhanced++ arcs: the subject and object of the dismissal verb, with lemmas
    const s0 = doc.sentences[0]!;
    const dismissed = tokenIndex(doc, 0, 'dismissed');
    expect(s0.tokens[dismissed]!.lemma).toBe('dismiss');
    const arcs = s0.arcs.filter((a) => a.gov === dismissed);
    expect(arcs).toContainEqual({ rel: 'nsubj', gov: dismissed, dep: tokenIndex(doc, 0, 'Zakharova') });
    expect(arcs).toContainEqual({ rel: 'obj', gov: dismissed, dep: tokenIndex(doc, 0, 'report') });
    // negation is an advmod arc on the verb
    const attacked = tokenIndex(doc, 1, 'attacked');
    expect(doc.sentences[1]!.arcs).toContainEqual({ rel: 'advmod', gov: attacked, dep: tokenIndex(doc, 1, 'not') });

    // "on Monday" normalised against the document date (Wednesday 6 March 2024)
    const monday = doc.sentences[0]!.tokens.find((t) => t.word === 'Monday');
    expect(monday?.timex?.value).toBe('2024-03-04');

    // coreference: "She" is Zakharova
    const chain = doc.corefs.find((c) => c.some((m) => m.sentence === 1 && m.text === 'She'));
    expect(chain?.some((m) => m.sentence === 0 && m.text.includes('Zakharova'))).toBe(true);

    // the quote and its speaker
    const quote = doc.quotes.find((q) => TEXT.slice(q.start, q.end).includes('fabrication'));
    expect(quote?.speaker).toBe('Zakharova');
  });

  it('ends a sentence at a blank line (a headline is not part of the lede), not at a single line break', async () => {
    const text = 'Ecuador and Venezuela sign accord\n\nQUITO (AP) - Ecuador and Venezuela signed an accord\non Monday.';
    const doc = await annotate(text, '2024-03-06', { url, timeoutMs: 120_000 });
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Ecuador and Venezuela sign accord',
      'QUITO (AP) - Ecuador and Venezuela signed an accord\non Monday.',
    ]);
  });

  it('names the service in its error when it cannot be reached', async () => {
    await expect(annotate('Hello.', null, { url: 'http://127.0.0.1:9', timeoutMs: 2000 })).rejects.toThrow(/CoreNLP service at http:\/\/127\.0\.0\.1:9/);
  });
});
