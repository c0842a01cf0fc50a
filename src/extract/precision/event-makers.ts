import type { RelationType } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import type { Mention } from '../mentions.js';
import type { DraftRelation } from '../relations/types.js';
import { precisionRules } from './precision-rules.js';

/**
 * Precision guard: an event noun ("the agreement", "the decision", "the attack") stands for the actors who made the
 * event (src/extract/actors/anaphora.ts), and a reaction against the event is one against its makers ("condemned the
 * attack", "rejected the accusation"); welcoming, backing or hosting an outcome is not read so by the annotations
 * ("Armenia welcomed the agreement" is no praise of Azerbaijan, "welcomed the decision" no HOSTED). A relation whose
 * target the sentence names only through such a noun stands only for the types of rules/precision.json
 * `eventMakerTargetOf`.
 */

let cached: ReadonlySet<RelationType> | null = null;
function eventMakerTypes(): ReadonlySet<RelationType> {
  cached ??= new Set(precisionRules().eventMakerTargetOf);
  return cached;
}

/** The actors a sentence's mentions name only through an event noun (none of its other mentions names them). */
export function eventOnlyActors(mentions: readonly Mention[], resolve: (a: Actor) => Actor): Set<Actor> {
  const actorsOf = (m: Mention): Actor[] => [...(m.actor ? [m.actor] : []), ...(m.pair ?? []), ...(m.group?.members ?? [])].map(resolve);
  const named = new Set(mentions.filter((m) => m.via !== 'event').flatMap(actorsOf));
  return new Set(
    mentions
      .filter((m) => m.via === 'event')
      .flatMap(actorsOf)
      .filter((a) => !named.has(a)),
  );
}

/** The relations left once those whose target only an event noun names, of a type not read so, are dropped. */
export function withoutEventMakerMisreadings<R extends DraftRelation>(
  relations: readonly R[],
  eventOnly: ReadonlyMap<number, ReadonlySet<Actor>>,
  resolve: (a: Actor) => Actor,
): R[] {
  const types = eventMakerTypes();
  return relations.filter((r) => types.has(r.type) || !eventOnly.get(r.sentence.index)?.has(resolve(r.target)));
}
