import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { CoreNlpDocument } from './corenlp-json.js';
import { repairParse } from './repairs.js';

/**
 * A parsed briefing: CoreNLP's analysis reduced to what the extraction rules read, with character
 * offsets into the briefing text. Token and dependency indices are 0-based within their sentence.
 * It is plain JSON, so parses of the development briefings are stored (tests/fixtures/parses/) and the
 * rules are unit-testable with no service.
 */
// 2: a blank line is a sentence break (a headline or dateline is its own sentence, not part of the lede)
export const PARSE_FORMAT_VERSION = 2;

const timexSchema = z.object({ type: z.string(), value: z.string() });

const parsedTokenSchema = z.object({
  word: z.string(),
  lemma: z.string(),
  pos: z.string(),
  ner: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  timex: timexSchema.optional(),
});
export type ParsedToken = z.infer<typeof parsedTokenSchema>;

/** An enhanced++ dependency arc: `rel` as CoreNLP names it ("nsubj", "obl:with", "nmod:poss", "conj:and"). */
const arcSchema = z.object({ rel: z.string(), gov: z.number().int(), dep: z.number().int() });
export type Arc = z.infer<typeof arcSchema>;

const entitySchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), ner: z.string(), timex: timexSchema.optional() });
export type Entity = z.infer<typeof entitySchema>;

const parsedSentenceSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  tokens: z.array(parsedTokenSchema),
  /** gov -1 is the root. */
  arcs: z.array(arcSchema),
  entities: z.array(entitySchema),
});
export type ParsedSentence = z.infer<typeof parsedSentenceSchema>;

const corefMentionSchema = z.object({
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  head: z.number().int(),
  text: z.string(),
  type: z.string(),
  representative: z.boolean(),
});
export type CorefMention = z.infer<typeof corefMentionSchema>;

const quoteSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  sentenceBegin: z.number().int(),
  sentenceEnd: z.number().int(),
  /** The speaker as the text names it near the quote, with its character span when CoreNLP found one. */
  speaker: z.string().nullable(),
  speakerStart: z.number().int().nullable(),
  speakerEnd: z.number().int().nullable(),
  canonicalSpeaker: z.string().nullable(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const parsedDocumentSchema = z.object({
  format: z.literal(PARSE_FORMAT_VERSION),
  /** sha256 of the text parsed, to tell a stored parse from a stale one. */
  textHash: z.string(),
  docDate: z.string().nullable(),
  sentences: z.array(parsedSentenceSchema),
  corefs: z.array(z.array(corefMentionSchema)),
  quotes: z.array(quoteSchema),
  /**
   * Where CoreNLP was given the pronoun "It" in place of an operative paragraph's number ("4. Condemns …", see
   * src/nlp/operative-paragraphs.ts): the token there is the subject the text leaves implicit. Absent when the
   * text has no operative paragraphs.
   */
  implicitSubjects: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional(),
});
export type ParsedDocument = z.infer<typeof parsedDocumentSchema>;

export const textHash = (text: string) => createHash('sha256').update(text).digest('hex');

/** CoreNLP's JSON (1-based indices, three dependency graphs) → the compact model. */
export function toParsedDocument(text: string, raw: CoreNlpDocument, docDate: string | null): ParsedDocument {
  const sentences = raw.sentences.map((s) => {
    const tokens = s.tokens.map((t) => ({
      word: t.originalText ?? t.word,
      lemma: t.lemma,
      pos: t.pos,
      ner: t.ner,
      start: t.characterOffsetBegin,
      end: t.characterOffsetEnd,
      ...(t.timex?.value ? { timex: { type: t.timex.type, value: t.timex.value } } : {}),
    }));
    return {
      start: tokens[0]?.start ?? 0,
      end: tokens.at(-1)?.end ?? 0,
      tokens,
      arcs: s.enhancedPlusPlusDependencies.map((d) => ({ rel: d.dep, gov: d.governor - 1, dep: d.dependent - 1 })),
      entities: s.entitymentions.map((m) => ({
        start: m.tokenBegin,
        end: m.tokenEnd,
        text: m.text,
        ner: m.ner,
        ...(m.timex?.value ? { timex: { type: m.timex.type, value: m.timex.value } } : {}),
      })),
    };
  });
  // quote speaker mentions are given in document token indices, the last one inclusive
  const docTokens = sentences.flatMap((x) => x.tokens);
  const charSpan = (begin: number | undefined, last: number | undefined): [number, number] | null => {
    const first = begin === undefined ? undefined : docTokens[begin];
    const final = last === undefined ? undefined : docTokens[last];
    return first && final ? [first.start, final.end] : null;
  };
  return repairParse({
    format: PARSE_FORMAT_VERSION,
    textHash: textHash(text),
    docDate,
    sentences,
    corefs: Object.values(raw.corefs).map((chain) =>
      chain.map((m) => ({
        sentence: m.sentNum - 1,
        start: m.startIndex - 1,
        end: m.endIndex - 1,
        head: m.headIndex - 1,
        text: m.text,
        type: m.type,
        representative: m.isRepresentativeMention,
      })),
    ),
    quotes: raw.quotes.map((q) => {
      const span = charSpan(q.mentionBegin, q.mentionEnd);
      return {
        start: q.beginIndex,
        end: q.endIndex,
        sentenceBegin: q.beginSentence,
        sentenceEnd: q.endSentence,
        speaker: q.speaker && q.speaker !== 'Unknown' ? q.speaker : null,
        speakerStart: span?.[0] ?? null,
        speakerEnd: span?.[1] ?? null,
        canonicalSpeaker: q.canonicalSpeaker && q.canonicalSpeaker !== 'Unknown' ? q.canonicalSpeaker : null,
      };
    }),
  });
}
