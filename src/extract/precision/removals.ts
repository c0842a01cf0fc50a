import type { RelationType } from '../../vocabulary/relation-types.js';
import type { DraftRelation } from '../relations/types.js';
import type { DependencyGraph } from '../structure/dependency-graph.js';
import { precisionRules } from './precision-rules.js';
import { type GuardReading, type GuardSentence, triggerIn, withoutPartiesOnlyInRole } from './target-roles.js';

/**
 * Precision guard: "dismissed" denies a claim only when its object is one ("dismissed the accusation", "dismissed
 * Turkey's objections"); with a person or an office as object it removes them from office ("President Vieira dismissed
 * his army chief of staff, Brigadier Ansumane Mané", "dismissed the government of Prime Minister Laisenia Qarase"),
 * which denies nothing of anyone. A relation of the types of rules/precision.json `removalNotTargetOf` whose trigger is
 * one of `removalVerbs` with a person or an office (`officeNouns`) as object, not named as something ("dismissed the
 * talks as a trap" judges them), and whose target the sentence names only inside that object's noun phrase is dropped.
 */

/** Arcs that stay inside a noun phrase: its modifiers, possessor, "of" phrase, appositive and conjuncts; never a clause. */
const NOUN_PHRASE_ARCS = /^(appos|compound|amod|nmod:poss|nmod:of|flat|det|conj|cc|nummod|punct)/;

/** The tokens of the noun phrase headed by `top` (itself included). */
function nounPhrase(g: DependencyGraph, top: number): Set<number> {
  const seen = new Set([top]);
  const todo = [top];
  while (todo.length) {
    for (const a of g.outgoing(todo.pop()!)) {
      if (!NOUN_PHRASE_ARCS.test(a.rel) || seen.has(a.dep)) continue;
      seen.add(a.dep);
      todo.push(a.dep);
    }
  }
  return seen;
}

export function withoutRemovedFromOffice<R extends DraftRelation>(relations: readonly R[], reading: GuardReading): R[] {
  const rules = precisionRules();
  const verbs = new Set(rules.removalVerbs);
  const offices = new Set(rules.officeNouns);
  // a person named by name (an event noun that stands for its maker, "dismissed the accusation", is no person removed)
  const isPerson = (s: GuardSentence, t: number) => s.graph.pos(t).startsWith('NNP') && s.mentions.some((m) => m.head === t && m.actor.kind === 'PERSON');
  // the role depends on the relation's trigger: inside the noun phrase of the removing verb's object
  const removedOf = (r: R, sentences: readonly GuardSentence[]) => {
    const at = r.trigger;
    if (at === undefined) return null;
    const found = triggerIn(sentences, at);
    if (!found) return null;
    const { told, token: trigger } = found;
    const g = told.graph;
    if (!verbs.has(g.lemma(trigger))) return null;
    const objects = g.children(trigger, 'obj');
    // "dismissed the talks as a trap": an object named as something is judged, not removed
    const named = g.outgoing(trigger).some((a) => /^(obl|advcl|xcomp):as$/.test(a.rel) || a.rel === 'xcomp');
    if (!objects.length || named || !objects.every((o) => offices.has(g.lemma(o)) || isPerson(told, o))) return null;
    const removed = new Set(objects.flatMap((o) => [...nounPhrase(g, o)]));
    return (s: GuardSentence, head: number) => s === told && removed.has(head);
  };
  return withoutPartiesOnlyInRole(relations, reading, new Set<RelationType>(rules.removalNotTargetOf), removedOf);
}
