import type { DraftRelation } from '../relations/types.js';
import { type GuardReading, triggerIn } from './target-roles.js';

/** The arcs by which a state or body modifies a noun that names someone's office: "US president", "Iran's president". */
const MODIFIER_ARCS = /^(compound|amod|nmod:poss)$/;

/**
 * "Barack Obama is the first sitting US president to visit Laos", "Obama became the first sitting US president to visit
 * Myanmar, praising President Thein Sein": a deed told in a clause of a noun that says what a person is or became is
 * that person's, not the state or body that modifies the noun ("US" is no visitor). A relation whose trigger heads a
 * clause of such a noun (`acl`, or a clause coordinated with one: "… but urging the government"), whose source the sentence names only as a modifier of that noun, and whose noun has a
 * person as the subject of its copula or of the verb it completes ("became", `xcomp`), takes that person as its source.
 */
export function predicateNominalAgents<R extends DraftRelation>(relations: readonly R[], reading: GuardReading): R[] {
  return relations.map((r) => {
    const at = r.trigger;
    if (at === undefined) return r;
    const sentences = reading.overlapping(r.sentence);
    const found = triggerIn(sentences, at);
    if (!found) return r;
    const { told } = found;
    const g = told.graph;
    // the clause's head: the trigger, or the first of the clauses it is coordinated with ("praising … but urging …")
    // (the enhanced graph may join conjuncts both ways: each token once)
    let clause = found.token;
    for (const seen = new Set([clause]); ;) {
      const up = g.parents(clause, (rel) => rel.startsWith('conj')).find((t) => !seen.has(t));
      if (up === undefined) break;
      seen.add(up);
      clause = up;
    }
    const noun = g.parents(clause, (rel) => rel === 'acl' || rel.startsWith('acl:'))[0];
    if (noun === undefined || !g.pos(noun).startsWith('NN')) return r;
    const subject = g.children(noun, 'nsubj')[0] ?? g.parents(noun, 'xcomp').flatMap((verb) => g.children(verb, 'nsubj'))[0];
    const holder = subject === undefined ? undefined : told.mentions.find((m) => m.head === subject && m.actor.kind === 'PERSON');
    const source = reading.resolve(r.source);
    if (!holder || holder.actor === source) return r;
    const named = told.mentions.filter((m) => m.actor === source);
    const onlyModifier = named.length > 0 && named.every((m) => g.parents(m.head, (rel) => MODIFIER_ARCS.test(rel)).includes(noun));
    return onlyModifier ? { ...r, source: holder.actor } : r;
  });
}
