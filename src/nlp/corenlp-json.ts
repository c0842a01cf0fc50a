import { z } from 'zod';

/** The part of CoreNLP's JSON output diplograph reads (everything else is dropped at this edge). */
const timex = z.object({ type: z.string(), value: z.string().optional(), altValue: z.string().optional() });

const token = z.object({
  index: z.number().int(),
  word: z.string(),
  originalText: z.string().optional(),
  lemma: z.string(),
  pos: z.string(),
  ner: z.string().default('O'),
  normalizedNER: z.string().optional(),
  characterOffsetBegin: z.number().int(),
  characterOffsetEnd: z.number().int(),
  timex: timex.optional(),
});

const dependency = z.object({ dep: z.string(), governor: z.number().int(), dependent: z.number().int() });

const entityMention = z.object({
  tokenBegin: z.number().int(),
  tokenEnd: z.number().int(),
  text: z.string(),
  ner: z.string(),
  characterOffsetBegin: z.number().int(),
  characterOffsetEnd: z.number().int(),
  timex: timex.optional(),
});

const sentence = z.object({
  index: z.number().int(),
  tokens: z.array(token),
  enhancedPlusPlusDependencies: z.array(dependency).default([]),
  entitymentions: z.array(entityMention).default([]),
});

const corefMention = z.object({
  text: z.string(),
  type: z.string(),
  number: z.string().optional(),
  gender: z.string().optional(),
  animacy: z.string().optional(),
  startIndex: z.number().int(),
  endIndex: z.number().int(),
  headIndex: z.number().int(),
  sentNum: z.number().int(),
  isRepresentativeMention: z.boolean(),
});

const quote = z.object({
  text: z.string(),
  beginIndex: z.number().int(),
  endIndex: z.number().int(),
  beginSentence: z.number().int(),
  endSentence: z.number().int(),
  speaker: z.string().optional(),
  canonicalSpeaker: z.string().optional(),
  mentionBegin: z.number().int().optional(),
  mentionEnd: z.number().int().optional(),
  canonicalMentionBegin: z.number().int().optional(),
  canonicalMentionEnd: z.number().int().optional(),
});

export const coreNlpDocumentSchema = z.object({
  docDate: z.string().optional(),
  sentences: z.array(sentence),
  corefs: z.record(z.string(), z.array(corefMention)).default({}),
  quotes: z.array(quote).default([]),
});

export type CoreNlpDocument = z.infer<typeof coreNlpDocumentSchema>;
