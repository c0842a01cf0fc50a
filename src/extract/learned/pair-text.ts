import type { ParsedSentence } from '../../nlp/document.js';
import type { DependencyGraph } from '../structure/dependency-graph.js';
import type { PathStep } from './dependency-path.js';
import type { ActorMention } from './mentions.js';

/** The words that stand for the pair's two mentions: ordered, so the encoder reads who does what to whom. */
export const SOURCE_PLACEHOLDER = 'SOURCE';
export const TARGET_PLACEHOLDER = 'TARGET';
/** Words kept on each side of the stretch from one mention to the other ("SOURCE condemned the strike on TARGET's port"). */
const CONTEXT_TOKENS = Number(process.env.DIPLOGRAPH_PAIR_CONTEXT ?? 4);

/**
 * What the sentence encoder reads of an ordered pair of mentions: the words from a few before the first mention to a
 * few after the second, with the candidate source written SOURCE and the candidate target TARGET, as the text spaces
 * them. The other actors keep their names. Pure.
 */
export function pairText(sentence: ParsedSentence, a: ActorMention, b: ActorMention): string {
  const tokens = sentence.tokens;
  const from = Math.max(0, Math.min(a.start, b.start) - CONTEXT_TOKENS);
  const to = Math.min(tokens.length, Math.max(a.end, b.end) + CONTEXT_TOKENS);
  let out = '';
  let previousEnd = -1;
  for (let t = from; t < to; t += 1) {
    const inA = t >= a.start && t < a.end;
    const inB = t >= b.start && t < b.end;
    // a mention is one placeholder, written at its first token
    if ((inA && t !== a.start) || (inB && t !== b.start)) {
      previousEnd = tokens[t]!.end;
      continue;
    }
    const token = tokens[t]!;
    const word = inA ? SOURCE_PLACEHOLDER : inB ? TARGET_PLACEHOLDER : token.word;
    out += (previousEnd >= 0 && token.start > previousEnd ? ' ' : '') + word;
    previousEnd = inA ? tokens[a.end - 1]!.end : inB ? tokens[b.end - 1]!.end : token.end;
  }
  return out;
}

/** Function words kept beside the path's words: the prepositions, negation and modals that say how the event holds. */
const KEPT_DEPENDENTS = new Set(['case', 'mark', 'advmod', 'aux', 'aux:pass', 'cop', 'compound:prt']);
const KEPT_ADVERBS = new Set(['not', "n't", 'never']);

/**
 * The dependency path between the pair's two mentions as words in sentence order ("SOURCE condemned strikes on TARGET"):
 * the tokens the path passes through, with their prepositions, particles, auxiliaries and negation, and SOURCE and TARGET
 * for the two ends. What lies off the path (dates, names of other actors, asides) is left out. Pure.
 */
export function pathText(g: DependencyGraph, a: ActorMention, b: ActorMention, path: readonly PathStep[] | null): string {
  const tokens = g.sentence.tokens;
  const kept = new Set<number>([a.head, b.head, ...(path ?? []).map((p) => p.to)]);
  for (const t of [...kept])
    for (const arc of g.outgoing(t))
      if (KEPT_DEPENDENTS.has(arc.rel) && (arc.rel !== 'advmod' || KEPT_ADVERBS.has(g.lemma(arc.dep)))) kept.add(arc.dep);
  const inA = (t: number) => t >= a.start && t < a.end;
  const inB = (t: number) => t >= b.start && t < b.end;
  const words: string[] = [];
  for (const t of [...kept].sort((x, y) => x - y)) {
    if (inA(t)) {
      if (words.at(-1) !== SOURCE_PLACEHOLDER) words.push(SOURCE_PLACEHOLDER);
    } else if (inB(t)) {
      if (words.at(-1) !== TARGET_PLACEHOLDER) words.push(TARGET_PLACEHOLDER);
    } else words.push(tokens[t]!.word);
  }
  return words.join(' ');
}
