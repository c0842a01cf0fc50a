import { PARSE_FORMAT_VERSION, textHash, type ParsedDocument } from '../../../../src/nlp/document.js';

/**
 * A parse of a short text holding only what the actor checks read: tokens with the NER tags CoreNLP gives them
 * (every token 'O' unless a listed phrase tags it), one entity mention per tagged phrase, and the dependency arcs
 * given as [relation, governor word, dependent word] (words of the same line). One sentence per line.
 */
export function nerParse(text: string, tags: Record<string, string>, arcs: [string, string, string][] = []): ParsedDocument {
  let lineStart = 0;
  const sentences = text.split('\n').map((line) => {
    const base = lineStart;
    lineStart += line.length + 1;
    const tokens = [...line.matchAll(/[\p{L}\p{N}.]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)].map((m) => {
      const word = m[0].endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(m[0]) ? m[0].slice(0, -1) : m[0];
      return { word, lemma: word.toLowerCase(), pos: 'NN', ner: 'O', start: base + m.index, end: base + m.index + word.length };
    });
    const entities: ParsedDocument['sentences'][number]['entities'] = [];
    for (const [phrase, ner] of Object.entries(tags)) {
      const at = line.indexOf(phrase);
      if (at < 0) continue;
      const first = tokens.findIndex((t) => t.start === base + at);
      const last = tokens.findIndex((t) => t.end === base + at + phrase.length);
      if (first < 0 || last < first) throw new Error(`"${phrase}" is not a run of whole tokens`);
      for (let k = first; k <= last; k += 1) tokens[k]!.ner = ner;
      entities.push({ start: first, end: last + 1, text: phrase, ner });
    }
    const at = (word: string) => tokens.findIndex((t) => t.word === word);
    const lineArcs = arcs.filter(([, gov, dep]) => at(gov) >= 0 && at(dep) >= 0).map(([rel, gov, dep]) => ({ rel, gov: at(gov), dep: at(dep) }));
    return { start: base, end: base + line.length, tokens, arcs: lineArcs, entities };
  });
  return { format: PARSE_FORMAT_VERSION, textHash: textHash(text), docDate: null, sentences, corefs: [], quotes: [] };
}
