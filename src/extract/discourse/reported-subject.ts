import type { Actor } from '../actors.js';
import type { DependencyGraph } from '../structure/dependency-graph.js';

/** Subject pronouns by the actors they may stand for: one person, one body or state, or a plural party. */
const PERSON_PRONOUNS = new Set(['he', 'she']);
const THING_PRONOUNS = new Set(['it']);
const PLURAL_PRONOUNS = new Set(['they']);
/** How many reporting clauses up a pronoun's clause is followed ("said it had warned that it would"). */
const MAX_REPORT_CLIMB = 2;

/**
 * "Portugal said it would send trainers", "Russia and China have both said they oppose the coup", "the Guards said they
 * had captured the tanker": the subject pronoun of a reported clause is the reporter, when the reporter's actors agree
 * with it (he/she one person, "it" one body or state, "they" two or more actors, or one body named by a plural noun).
 * Otherwise none: an unresolved or ambiguous pronoun proposes nothing. Pure.
 */
export function reportedSubject(
  g: DependencyGraph,
  pronoun: number,
  reportingVerbs: ReadonlySet<string>,
  agentsOf: (verb: number) => number[],
  named: (token: number) => Actor | null,
): Actor[] {
  const word = g.word(pronoun);
  if (!PERSON_PRONOUNS.has(word) && !THING_PRONOUNS.has(word) && !PLURAL_PRONOUNS.has(word)) return [];
  const clause = g.incoming(pronoun).find((a) => a.rel === 'nsubj' || a.rel === 'nsubj:pass')?.gov;
  if (clause === undefined) return [];
  let head = clause;
  for (let depth = 0; depth < MAX_REPORT_CLIMB; depth += 1) {
    const up = g.incoming(head).find((a) => a.rel === 'ccomp' || (a.rel === 'dep' && g.pos(a.gov).startsWith('VB')));
    if (!up) return [];
    if (reportingVerbs.has(g.lemma(up.gov))) return agreeing(g, agentsOf(up.gov), word, named);
    head = up.gov;
  }
  return [];
}

function agreeing(g: DependencyGraph, agents: number[], pronoun: string, named: (token: number) => Actor | null): Actor[] {
  // ("Russia and China have both said": the floating quantifier is no agent of its own)
  const tokens = agents.filter((t) => g.pos(t) !== 'DT');
  const actors = tokens.map((t) => named(t));
  // every agent must name an actor: "Russia and its allies said they" is no pair
  if (!actors.length || actors.some((a) => !a)) return [];
  const distinct = [...new Set(actors as Actor[])];
  if (PERSON_PRONOUNS.has(pronoun)) return distinct.length === 1 && distinct[0]!.kind === 'PERSON' ? distinct : [];
  if (THING_PRONOUNS.has(pronoun)) return distinct.length === 1 && distinct[0]!.kind !== 'PERSON' && !plural(g, tokens[0]!) ? distinct : [];
  if (distinct.length >= 2) return distinct;
  return distinct[0]!.kind !== 'PERSON' && plural(g, tokens[0]!) ? distinct : [];
}

const plural = (g: DependencyGraph, t: number) => g.pos(t) === 'NNS' || g.pos(t) === 'NNPS';
