import type { RelationType } from '../../vocabulary/relation-types.js';
import type { DraftRelation } from '../relations/types.js';
import type { DependencyGraph } from '../structure/dependency-graph.js';
import { precisionRules } from './precision-rules.js';
import { type GuardReading, type GuardSentence, triggerIn, withoutPartiesOnlyInRole } from './target-roles.js';

/**
 * Precision guard: a verb that names whom it addresses ("urged Arab governments", "called on the ASEAN ministers",
 * "pressed his partners") has its target there, not in the infinitive it asks for: "urged Arab governments not to
 * isolate Assad" is no request to Assad, "pressed his partners not to drive Beijing into a corner" none to China. A
 * relation of the types of rules/precision.json `addresseeTypes` whose trigger has an addressee (an object, or the
 * oblique of `addresseePreps`) and whose target the sentence names only inside the trigger's infinitive (xcomp) is
 * dropped.
 */

/** Arcs that do not lead down into a clause's own words (enhanced++ adds a controlled subject and a relative's antecedent). */
const SIDE_ARCS = /^(nsubj|csubj|ref$)/;

/** The tokens under `top` (itself included), following no side arc. */
function subtree(g: DependencyGraph, top: number): Set<number> {
  const seen = new Set([top]);
  const todo = [top];
  while (todo.length) {
    for (const a of g.outgoing(todo.pop()!)) {
      if (SIDE_ARCS.test(a.rel) || seen.has(a.dep)) continue;
      seen.add(a.dep);
      todo.push(a.dep);
    }
  }
  return seen;
}

/** The relations left once those whose target only the trigger's infinitive names, past its addressee, are dropped. */
export function withoutComplementTargets<R extends DraftRelation>(relations: readonly R[], reading: GuardReading): R[] {
  const rules = precisionRules();
  const preps = new Set(rules.addresseePreps.map((p) => `obl:${p}`));
  // the role depends on the relation's trigger: inside its infinitive, when it has an addressee
  const complementArcs = rules.addresseeComplements;
  const insideComplement = (r: R, sentences: readonly GuardSentence[]) => {
    const at = r.trigger;
    const arcs = complementArcs[r.type];
    if (at === undefined || !arcs) return null;
    const found = triggerIn(sentences, at);
    if (!found) return null;
    const { told, token: trigger } = found;
    const g = told.graph;
    const addressed = g.outgoing(trigger).some((a) => a.rel === 'obj' || preps.has(a.rel));
    const complements = g.children(trigger, (rel) => arcs.includes(rel));
    if (!addressed || !complements.length) return null;
    const inside = new Set(complements.flatMap((c) => [...subtree(g, c)]));
    return (s: GuardSentence, head: number) => s === told && inside.has(head);
  };
  return withoutPartiesOnlyInRole(relations, reading, new Set(Object.keys(complementArcs) as RelationType[]), insideComplement);
}
