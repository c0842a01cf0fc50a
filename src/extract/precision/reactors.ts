import { RELATION_TYPES } from '../../vocabulary/relation-types.js';
import type { DraftRelation } from '../relations/types.js';
import { precisionRules } from './precision-rules.js';
import { type GuardReading, type GuardSentence, triggerIn, withoutPartiesOnlyInRole } from './target-roles.js';

/**
 * Precision guard: who reacts to an event is not its maker. An event noun that is the object of a verb of reaction
 * (rules/precision.json `reactionVerbs`: "Pakistan had condemned the attack on the Indian Parliament", "condemning the
 * downing of flight MH17") tells an event someone else made; a relation that noun told whose source the sentence names
 * only as the reacting verb's subject is dropped ("Pakistan ATTACKED the Indian Parliament" is not what was said).
 */
export function withoutReactorsAsMakers<R extends DraftRelation>(relations: readonly R[], reading: GuardReading): R[] {
  const verbs = new Set(precisionRules().reactionVerbs);
  // the role depends on the relation's trigger: the subject of the reaction verb that takes it as object
  const reactorOf = (r: R, sentences: readonly GuardSentence[]) => {
    const at = r.trigger;
    if (at === undefined) return null;
    const found = triggerIn(sentences, at);
    if (!found) return null;
    const { told, token: trigger } = found;
    const g = told.graph;
    if (!g.pos(trigger).startsWith('NN')) return null;
    const reactions = g.parents(trigger, 'obj').filter((v) => verbs.has(g.lemma(v)));
    if (!reactions.length) return null;
    const reactors = new Set(reactions.flatMap((v) => g.children(v, (rel) => rel === 'nsubj' || rel === 'nsubj:xsubj')));
    return (s: GuardSentence, head: number) => s === told && reactors.has(head);
  };
  return withoutPartiesOnlyInRole(relations, reading, new Set(RELATION_TYPES), reactorOf, 'source');
}
