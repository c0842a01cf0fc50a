import type { Actor } from '../actors.js';
import type { TriggerRule } from '../rules.js';
import { loadLexicon } from '../structure/lexicon.js';
import { viaPenalty } from './confidence.js';
import { demonymAfterPrep, opensClause } from './triggers.js';
import type { SentenceView } from './sentence-view.js';
import type { MentionUnit } from './types.js';

/** What a trigger acts on: actors, or a pair ("talks between A and B"), with the confidence factor of how they were found. */
export interface Targets {
  actors: Actor[];
  penalty: number;
  pair?: [Actor, Actor];
}

/** Targets after the trigger: a direct object or the object of one of the rule's prepositions. */
export function findTargets(view: SentenceView, from: number, rule: TriggerRule): Targets {
  const { units, sets } = view;
  const ownerTarget = loadLexicon().ownerTargetTypes.has(rule.type);
  for (let j = from; j < Math.min(units.length, from + 10); j += 1) {
    const u = units[j]!;
    if (u.kind === 't') {
      const w = u.tok.lower;
      if (w === '.' || w === ';' || w === ':' || w === ',' || w === '“' || w === '”' || sets.speech.has(w)) break;
      if (sets.boundaries.has(w) && w !== 'as' && w !== 'including') break;
      if (w === 'between' && (rule.preps.includes('between') || rule.direct)) {
        const both = between(view, j);
        if (both && rule.preps.includes('between') && !rule.mediator) return { actors: [], penalty: both.penalty, pair: both.pair };
        if (both) return { actors: [...both.pair], penalty: both.penalty };
      }
      // "accused mercenaries of the Wagner Group": the body the object belongs to
      if (sets.partitive.has(w) && view.word(units[j + 1]) === 'of' && (rule.direct || rule.preps.includes(view.word(units[j - 1])))) {
        const owner = view.word(units[j + 2]) === 'the' ? units[j + 3] : units[j + 2];
        if (view.isAgent(owner)) return { actors: [owner.m.actor!], penalty: viaPenalty(owner.m) * 0.9 };
      }
      continue;
    }
    // "with visiting President X", "on a US warship": past articles and name modifiers to the preposition
    let b = j - 1;
    while (b > from && (sets.articles.has(view.word(units[b])) || sets.nameModifiers.has(view.word(units[b])))) b -= 1;
    const prev = view.word(units[b]);
    const viaPrep = rule.preps.includes(prev);
    const bare = !sets.preps.has(prev);
    // "condemned what he called India's aggression": the subject of an embedded clause is no object
    if (u.m.role === 'agent' && !u.m.possessive && (sets.speech.has(view.word(units[j + 1])) || sets.namingVerbs.has(view.word(units[j + 1])))) continue;
    // "Slovenia met the Community's conditions and asked Croatia …", "said it met Lebanon's demands": an owner is the
    // target only of the types that may name their target so (structure.json ownerTargetTypes: "criticised Moscow's
    // remarks"); for a meeting the object is the thing owned, no actor, and nothing after it is the object either
    if (u.m.role === 'agent' && u.m.actor && u.m.possessive && !ownerTarget) return { actors: [], penalty: 1 };
    if (u.m.role === 'agent' && u.m.actor) {
      if ((rule.direct && bare && !rule.nominal) || viaPrep || u.m.possessive || u.m.via === 'facility') {
        const actors = [u.m.actor];
        let q = j;
        while (
          (view.word(units[q + 1]) === 'and' || view.word(units[q + 1]) === ',') &&
          view.isAgent(units[q + 2]) &&
          !(units[q + 2] as MentionUnit).m.possessive &&
          !opensClause(view, q + 3)
        ) {
          actors.push((units[q + 2] as MentionUnit).m.actor!);
          q += 2;
        }
        return { actors, penalty: viaPenalty(u.m) };
      }
      continue;
    }
    // "sanctions on two Qatari banks", "struck an Israeli base"
    if (
      u.m.role === 'demonym' &&
      u.m.actor &&
      !u.m.possessive &&
      (demonymAfterPrep(view, j, rule) || (rule.direct && bare && sets.facility.has(view.word(units[j + 1]))))
    )
      return { actors: [u.m.actor], penalty: 0.85 };
    if (u.m.role === 'place' && rule.places && u.m.actor && ((rule.direct && bare) || viaPrep)) {
      return { actors: [u.m.actor], penalty: 0.95 };
    }
    if (u.m.role === 'pair' && view.partyOf(u.m) && (viaPrep || (rule.direct && bare))) return { actors: [...view.partyOf(u.m)!], penalty: 0.85 };
  }
  return { actors: [], penalty: 1 };
}

/** "between A and B", "between negotiators from both countries": the two parties, within the clause. */
function between(view: SentenceView, j: number): { pair: [Actor, Actor]; penalty: number } | null {
  const { units, sets } = view;
  const a = units[j + 1];
  const b = units[j + 3];
  if (view.isAgent(a) && view.word(units[j + 2]) === 'and' && view.isAgent(b) && !b.m.possessive) return { pair: [a.m.actor!, b.m.actor!], penalty: 1 };
  for (let q = j + 1; q < Math.min(units.length, j + 9); q += 1) {
    const v = units[q]!;
    if (v.kind === 't' && (sets.boundaries.has(v.tok.lower) || v.tok.lower === ',' || v.tok.lower === '.')) break;
    if (v.kind === 'm' && v.m.role === 'pair' && view.pairOf(v.m)) return { pair: view.pairOf(v.m)!, penalty: 0.85 };
  }
  return null;
}
