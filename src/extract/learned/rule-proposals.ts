import type { ParsedDocument } from '../../nlp/document.js';
import { RELATION_TYPE_INFO } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import type { DraftRelation } from '../relations/types.js';

/** What the rules read between two actors of a parse sentence, as features of the pair: the model learns when to trust them. */
export type RuleProposals = (sentence: number, a: Actor, b: Actor) => string[];

/**
 * The rule layers' relations indexed by parse sentence and ordered pair: `TYPE` from a to b, `TYPE<` from b to a (a
 * symmetric type is both). A briefing sentence covers the parse sentences it overlaps.
 */
export function ruleProposals(doc: ParsedDocument, relations: readonly DraftRelation[], resolve: (a: Actor) => Actor): RuleProposals {
  const byPair = new Map<string, Set<string>>();
  const add = (s: number, a: Actor, b: Actor, label: string) => {
    const key = `${s}|${resolve(a).key}|${resolve(b).key}`;
    (byPair.get(key) ?? byPair.set(key, new Set()).get(key)!).add(label);
  };
  for (const r of relations) {
    doc.sentences.forEach((ps, s) => {
      if (ps.end <= r.sentence.start || ps.start >= r.sentence.end) return;
      const symmetric = RELATION_TYPE_INFO[r.type].symmetric;
      add(s, r.source, r.target, r.type);
      add(s, r.target, r.source, symmetric ? r.type : `${r.type}<`);
    });
  }
  return (s, a, b) => [...(byPair.get(`${s}|${resolve(a).key}|${resolve(b).key}`) ?? [])].sort();
}
