import type { ParsedDocument } from '../../nlp/document.js';
import type { DraftRelation } from '../relations/types.js';
import { wordAt } from '../structure/dependency-graph.js';
import { precisionRules } from './precision-rules.js';

/**
 * Precision guard: a call that asks for something is a demand, not a telephone call ("resisted calls from Britain,
 * Australia and New Zealand for tough measures", "every call from Washington and London to take a harder line"). A
 * PHONED relation whose trigger is one of rules/precision.json `demandCallNouns` taking a `for` phrase or an infinitive
 * is dropped.
 */
const ASKED_FOR = (rel: string) => rel === 'nmod:for' || rel === 'acl:to' || rel === 'acl';

export function withoutDemandCalls<R extends DraftRelation>(relations: readonly R[], parse: ParsedDocument): R[] {
  const nouns = new Set(precisionRules().demandCallNouns);
  return relations.filter((r) => {
    const at = r.trigger;
    if (r.type !== 'PHONED' || at === undefined) return true;
    const word = wordAt(parse, at);
    return !word || !nouns.has(word.g.word(word.token)) || !word.g.children(word.token, ASKED_FOR).length;
  });
}
