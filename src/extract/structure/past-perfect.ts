import { hasPastPerfectAuxiliary } from '../../nlp/past-perfect.js';
import type { DependencyGraph } from './dependency-graph.js';

/**
 * "Washington had urged Honiara …", "Armenia had formally asked the CSTO … and had also appealed to Russia": a verb
 * in the past perfect tells background earlier than the news, so it takes no date from its sentence, section or
 * dateline (only a date of its own clause). A verb coordinated with one ("had called Tantawi … and urged him") shares
 * its auxiliary.
 */
export function isPastPerfect(g: DependencyGraph, verb: number): boolean {
  if (g.pos(verb) !== 'VBN') return false;
  if (hasPastPerfectAuxiliary(g.sentence, verb)) return true;
  return g.parents(verb, (rel) => rel.startsWith('conj')).some((head) => hasPastPerfectAuxiliary(g.sentence, head));
}
