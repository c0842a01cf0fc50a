import type { ParsedDocument } from '../../nlp/document.js';
import type { DraftRelation } from '../relations/types.js';
import { type DependencyGraph, wordAt } from '../structure/dependency-graph.js';
import { precisionRules } from './precision-rules.js';

/**
 * Precision guard: asking a question is no request ("asked Iran and Russia what kind of nation wanted to be associated
 * with …", "rang Senator Laxalt and asked whether the President wanted him to step down", "asked why no Russian
 * diplomats were being expelled"). A REQUESTED relation whose trigger is one of rules/precision.json `questionVerbs`
 * is dropped when the verb's clause is a question (its complement opens with "whether", "if" or a wh-word) and asks
 * for nothing besides: no infinitive ("asked Britain to extradite Dikko"), no "for" ("asked Madrid for an explanation"),
 * no question of what a named party would or could do, which is a request put politely ("asked the Foreign Minister
 * whether France would at least acknowledge the principle": the annotations read it so).
 */
const CLAUSE_RELS = new Set(['ccomp', 'dep', 'advcl']);
const ASKED_FOR = (rel: string) => rel === 'xcomp' || rel === 'obl:for';
const QUESTION_MARKS = new Set(['whether', 'if']);
const WH_TAGS = new Set(['WDT', 'WP', 'WP$', 'WRB']);
/** The modals of a polite request: "whether France would", "if Moscow could". */
const REQUEST_MODALS = new Set(['would', 'could', 'will', 'can']);

export function withoutQuestions<R extends DraftRelation>(relations: readonly R[], parse: ParsedDocument): R[] {
  const verbs = new Set(precisionRules().questionVerbs);
  return relations.filter((r) => {
    const at = r.trigger;
    if (r.type !== 'REQUESTED' || at === undefined) return true;
    const word = wordAt(parse, at);
    if (!word) return true;
    const { g, token: verb } = word;
    if (!verbs.has(g.lemma(verb)) || g.children(verb, ASKED_FOR).length) return true;
    return !g.children(verb, (rel) => CLAUSE_RELS.has(rel)).some((clause) => opensAsQuestion(g, clause, verb));
  });
}

/** Whether the complement's first word after the verb asks a question: "whether", "if" or a wh-word. */
function opensAsQuestion(g: DependencyGraph, clause: number, verb: number): boolean {
  const first = Math.min(...subtreeAfter(g, clause, verb));
  return (QUESTION_MARKS.has(g.word(first)) || WH_TAGS.has(g.pos(first))) && !asksOfAParty(g, clause);
}

/** "whether France would acknowledge …", "if they could help": what a named party or a pronoun would or could do. */
function asksOfAParty(g: DependencyGraph, clause: number): boolean {
  if (!g.children(clause, 'aux').some((aux) => REQUEST_MODALS.has(g.word(aux)))) return false;
  return g.children(clause, 'nsubj').some((subject) => g.pos(subject).startsWith('NNP') || g.pos(subject) === 'PRP');
}

/** The tokens of the complement's subtree that follow the verb (enhanced arcs may point back to its object). */
function subtreeAfter(g: DependencyGraph, root: number, verb: number): number[] {
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length) {
    for (const next of g.children(queue.pop()!, () => true)) {
      if (next <= verb || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen];
}
