import type { DependencyGraph } from '../structure/dependency-graph.js';

/** One step of a path: the arc's relation, and whether it is walked up (dependent → governor) or down. */
export interface PathStep {
  rel: string;
  up: boolean;
  /** The token reached by this step. */
  to: number;
}

/** The shortest path of dependency arcs from token `from` to token `to` (either direction), or null when none joins them. */
export function dependencyPath(g: DependencyGraph, from: number, to: number): PathStep[] | null {
  if (from === to) return [];
  const back = new Map<number, { prev: number; step: PathStep }>();
  let frontier = [from];
  const seen = new Set([from]);
  while (frontier.length) {
    const next: number[] = [];
    for (const t of frontier) {
      // arcs in a fixed order (up before down, in the parse's order) so the same parse always gives the same path
      const steps: PathStep[] = [
        ...g.incoming(t).map((a) => ({ rel: a.rel, up: true, to: a.gov })),
        ...g.outgoing(t).map((a) => ({ rel: a.rel, up: false, to: a.dep })),
      ];
      for (const step of steps) {
        if (seen.has(step.to)) continue;
        seen.add(step.to);
        back.set(step.to, { prev: t, step });
        if (step.to === to) return unwind(back, from, to);
        next.push(step.to);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(back: Map<number, { prev: number; step: PathStep }>, from: number, to: number): PathStep[] {
  const path: PathStep[] = [];
  let cur = to;
  while (cur !== from) {
    const b = back.get(cur)!;
    path.unshift(b.step);
    cur = b.prev;
  }
  return path;
}

/** The highest token of a path: where it stops going up (the lowest common head of its two ends). */
export function pathTop(from: number, path: PathStep[]): number {
  let top = from;
  for (const step of path) {
    if (!step.up) break;
    top = step.to;
  }
  return top;
}
