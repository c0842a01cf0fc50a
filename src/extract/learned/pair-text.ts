import type { DependencyGraph } from '../structure/dependency-graph.js';
import type { PathStep } from './dependency-path.js';
import type { ActorMention } from './mentions.js';

/** The words that stand for the pair's two mentions: ordered, so the encoder reads who does what to whom. */
export const SOURCE_PLACEHOLDER = 'SOURCE';
export const TARGET_PLACEHOLDER = 'TARGET';
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
    for (const arc of g.outgoing(t)) if (KEPT_DEPENDENTS.has(arc.rel) && (arc.rel !== 'advmod' || KEPT_ADVERBS.has(g.lemma(arc.dep)))) kept.add(arc.dep);
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
