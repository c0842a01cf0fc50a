import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import type { ActorSpan } from './actor-spans.js';

/**
 * Whether the parse links two actors inside one sentence: the fewest dependency arcs between a token of a mention of
 * one and a token of a mention of the other, within the briefing sentence [start, end). Structural evidence for a
 * relation the word-order rules proposed.
 */
export function dependencyDistance(
  doc: ParsedDocument,
  start: number,
  end: number,
  spans: ActorSpan[],
  a: Actor,
  b: Actor,
  resolve: (x: Actor) => Actor,
): number {
  let best = Infinity;
  for (const s of doc.sentences) {
    if (s.end <= start || s.start >= end) continue;
    const tokensOf = (actor: Actor) =>
      s.tokens.flatMap((t, i) => (spans.some((sp) => resolve(sp.actor) === actor && sp.start <= t.start && t.end <= sp.end) ? [i] : []));
    const from = tokensOf(a);
    const to = new Set(tokensOf(b));
    if (!from.length || !to.size) continue;
    const neighbours = new Map<number, number[]>();
    for (const arc of s.arcs) {
      if (arc.gov < 0) continue;
      (neighbours.get(arc.gov) ?? neighbours.set(arc.gov, []).get(arc.gov)!).push(arc.dep);
      (neighbours.get(arc.dep) ?? neighbours.set(arc.dep, []).get(arc.dep)!).push(arc.gov);
    }
    // breadth-first from every token of a; tokens inside a's own mention cost nothing
    const seen = new Map<number, number>(from.map((t) => [t, 0]));
    let frontier = [...from];
    let hops = 0;
    while (frontier.length && hops < best) {
      if (frontier.some((t) => to.has(t))) {
        best = Math.min(best, hops);
        break;
      }
      hops += 1;
      const next: number[] = [];
      for (const t of frontier)
        for (const n of neighbours.get(t) ?? [])
          if (!seen.has(n)) {
            seen.set(n, hops);
            next.push(n);
          }
      frontier = next;
    }
  }
  return best;
}
