import { coreNlpDocumentSchema } from './corenlp-json.js';
import { toParsedDocument, type ParsedDocument } from './document.js';
import { IMPLICIT_SUBJECT, operativeNumbers, withOperativeSubjects } from './operative-paragraphs.js';

export class NlpServiceError extends Error {
  override name = 'NlpServiceError';
}

export interface NlpClientOptions {
  url: string;
  timeoutMs: number;
}

/**
 * Asks a CoreNLP service (the project's local one, or any stock StanfordCoreNLPServer at NLP_URL) for the
 * analysis diplograph needs; relative dates ("on Monday", "last week") are normalised against `docDate`.
 */
export async function annotate(text: string, docDate: string | null, options: NlpClientOptions): Promise<ParsedDocument> {
  const properties = {
    annotators: 'tokenize,ssplit,pos,lemma,ner,depparse,coref,quote',
    'coref.algorithm': 'statistical',
    // a blank line ends a sentence (headline, dateline): the stock server honours it per request; the project's
    // own service (nlp-local/CoreNlpLauncher.java) reads only the date from a request and sets this itself
    'ssplit.newlineIsSentenceBreak': 'two',
    outputFormat: 'json',
    ...(docDate ? { date: docDate } : {}),
  };
  const numbers = operativeNumbers(text);
  const url = `${options.url.replace(/\/$/, '')}/?properties=${encodeURIComponent(JSON.stringify(properties))}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body: withOperativeSubjects(text, numbers),
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw new NlpServiceError(`the CoreNLP service at ${options.url} did not answer: ${(error as Error).message}`);
  }
  const body = await response.text();
  if (!response.ok) throw new NlpServiceError(`the CoreNLP service at ${options.url} answered ${response.status}: ${body.slice(0, 300)}`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new NlpServiceError(`the CoreNLP service at ${options.url} answered something that is not JSON: ${body.slice(0, 120)}`);
  }
  const parsed = coreNlpDocumentSchema.safeParse(json);
  if (!parsed.success) throw new NlpServiceError(`unexpected CoreNLP output: ${parsed.error.message.slice(0, 300)}`);
  const doc = toParsedDocument(text, parsed.data, docDate);
  if (!numbers.length) return doc;
  // the parse is of the text: every token and entity reads what the text says there ("4.", "Strongly"), whatever
  // CoreNLP was given to read it by
  const sentences = doc.sentences.map((sentence) => ({
    ...sentence,
    tokens: sentence.tokens.map((t) => ({ ...t, word: text.slice(t.start, t.end) })),
    entities: sentence.entities.map((e) => ({ ...e, text: text.slice(sentence.tokens[e.start]!.start, sentence.tokens[e.end - 1]!.end) })),
  }));
  return { ...doc, sentences, implicitSubjects: numbers.map(({ start }) => ({ start, end: start + IMPLICIT_SUBJECT.length })) };
}
