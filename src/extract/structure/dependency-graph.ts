import type { Arc, ParsedDocument, ParsedSentence } from '../../nlp/document.js';

/** The enhanced++ dependency graph of one sentence, navigable both ways. Indices are 0-based token indices. */
export class DependencyGraph {
  private readonly out = new Map<number, Arc[]>();
  private readonly in = new Map<number, Arc[]>();

  constructor(readonly sentence: ParsedSentence) {
    for (const arc of sentence.arcs) {
      if (arc.gov < 0) continue;
      (this.out.get(arc.gov) ?? this.out.set(arc.gov, []).get(arc.gov)!).push(arc);
      (this.in.get(arc.dep) ?? this.in.set(arc.dep, []).get(arc.dep)!).push(arc);
    }
  }

  /** Dependents of `token` by relations matching `rel` (a name, "obl:*" for any obl, or a predicate). */
  children(token: number, rel: string | ((rel: string) => boolean)): number[] {
    const test = typeof rel === 'function' ? rel : relMatcher(rel);
    return (this.out.get(token) ?? []).filter((a) => test(a.rel)).map((a) => a.dep);
  }

  /** Governors of `token` by relations matching `rel`. */
  parents(token: number, rel: string | ((rel: string) => boolean)): number[] {
    const test = typeof rel === 'function' ? rel : relMatcher(rel);
    return (this.in.get(token) ?? []).filter((a) => test(a.rel)).map((a) => a.gov);
  }

  incoming(token: number): Arc[] {
    return this.in.get(token) ?? [];
  }

  outgoing(token: number): Arc[] {
    return this.out.get(token) ?? [];
  }

  lemma(token: number): string {
    return this.sentence.tokens[token]?.lemma.toLowerCase() ?? '';
  }

  word(token: number): string {
    return this.sentence.tokens[token]?.word.toLowerCase() ?? '';
  }

  pos(token: number): string {
    return this.sentence.tokens[token]?.pos ?? '';
  }

  /** CoreNLP's entity class of the token ("PERSON", "TITLE", "O"). */
  ner(token: number): string {
    return this.sentence.tokens[token]?.ner ?? '';
  }
}

/** Whether a span of the text (a sentence, a token) holds character `at`. */
export const covers = (span: { start: number; end: number }, at: number): boolean => span.start <= at && at < span.end;

/** The index of the token of `sentence` holding character `at` (a relation's trigger), or -1 when none does. */
export const tokenCovering = (sentence: ParsedSentence, at: number): number => sentence.tokens.findIndex((t) => covers(t, at));

/** The word of `parse` holding character `at` (a relation's trigger) and its sentence's graph, or null when no token holds it. */
export function wordAt(parse: ParsedDocument, at: number): { g: DependencyGraph; token: number } | null {
  const sentence = parse.sentences.find((s) => covers(s, at));
  const token = sentence ? tokenCovering(sentence, at) : -1;
  return sentence && token >= 0 ? { g: graphOf(sentence), token } : null;
}

const graphs = new WeakMap<ParsedSentence, DependencyGraph>();

/** The graph of `sentence`, built once while its parse is kept: guards that read it for each relation share it. */
export function graphOf(sentence: ParsedSentence): DependencyGraph {
  let graph = graphs.get(sentence);
  if (!graph) graphs.set(sentence, (graph = new DependencyGraph(sentence)));
  return graph;
}

/** "obl:*" matches "obl" and every "obl:<prep>"; otherwise the name must be equal. */
export function relMatcher(pattern: string): (rel: string) => boolean {
  if (pattern.endsWith(':*')) {
    const base = pattern.slice(0, -2);
    return (rel) => rel === base || rel.startsWith(`${base}:`);
  }
  return (rel) => rel === pattern;
}

/** The preposition an enhanced++ relation carries: "obl:with" → "with", "nmod:on_behalf_of" → "on behalf of". */
export function prepositionOf(rel: string): string | null {
  const colon = rel.indexOf(':');
  if (colon < 0) return null;
  return rel.slice(colon + 1).replace(/_/g, ' ');
}
