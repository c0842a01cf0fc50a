import type { ParsedSentence } from './document.js';

/**
 * A verb in the past perfect by its own auxiliary: a past participle with "had" ("had urged"). The extractor's reading
 * of background told earlier than the news (src/extract/structure/past-perfect.ts) adds the verbs that share the
 * auxiliary of one they are coordinated with; the parse repair of backshifted speech (backshifted-conjuncts.ts) needs
 * the verb's own.
 */
export function hasPastPerfectAuxiliary(s: ParsedSentence, verb: number): boolean {
  return s.tokens[verb]?.pos === 'VBN' && s.arcs.some((a) => a.gov === verb && a.rel === 'aux' && s.tokens[a.dep]?.word.toLowerCase() === 'had');
}
