import type { ParsedDocument, ParsedSentence } from './document.js';

/**
 * A document with one repair applied to each of its sentences; the document itself when no sentence changed, so a
 * repair of a parse that needs none allocates nothing and a repaired parse stays equal to itself (idempotence).
 */
export function repairEachSentence(doc: ParsedDocument, repair: (sentence: ParsedSentence) => ParsedSentence): ParsedDocument {
  const sentences = doc.sentences.map(repair);
  return sentences.some((s, i) => s !== doc.sentences[i]) ? { ...doc, sentences } : doc;
}
