import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor, ActorRegistry } from '../actors.js';
import type { ActorSpan } from '../structure/actor-spans.js';

/**
 * A state named only where something happens or passes ("asylum seekers from countries such as Syria", "a car
 * carrier on its way from Turkey to India", "operations in Afghanistan", "In Stralsund, Germany") is a place in
 * this briefing, not an actor: it is not emitted unless a relation or a role names it. Read off the dependency
 * arcs: every mention of it hangs from its governor by one of the place cases (rules/actor-ner.json), by "to" or
 * "from" after a verb or noun of motion ("fled to Romania"), or stands in apposition to a city.
 */
export function quietPlaceStates(parse: ParsedDocument, spans: readonly ActorSpan[], registry: ActorRegistry, cases: PlaceCases): void {
  const byState = new Map<Actor, ActorSpan[]>();
  for (const span of spans) {
    const actor = registry.resolve(span.actor);
    if (actor.kind !== 'STATE') continue;
    byState.set(actor, [...(byState.get(actor) ?? []), span]);
  }
  for (const [state, mentions] of byState) {
    if (mentions.every((m) => isPlace(parse, m, cases))) state.active = false;
  }
}

/** The place cases, the motion heads and cases, and the NER types of cities (rules/actor-ner.json). */
export interface PlaceCases {
  placeCases: ReadonlySet<string>;
  motionHeads: ReadonlySet<string>;
  motionCases: ReadonlySet<string>;
  cityTypes: ReadonlySet<string>;
  /** "the regimes in Venezuela and Nicaragua": nouns after which a place case names the state ruled there. */
  ruleHeads: ReadonlySet<string>;
}

function isPlace(parse: ParsedDocument, span: ActorSpan, { placeCases, motionHeads, motionCases, cityTypes, ruleHeads }: PlaceCases): boolean {
  const sentence = parse.sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (!sentence) return false;
  const inside = new Set(sentence.tokens.flatMap((t, i) => (t.start >= span.start && t.end <= span.end ? [i] : [])));
  if (!inside.size) return false;
  // the arcs that tie the name to the rest of the sentence
  const incoming = sentence.arcs.filter((a) => inside.has(a.dep) && !inside.has(a.gov));
  if (!incoming.length) return false;
  return (
    incoming.every((a) => {
      const [rel, marker] = a.rel.split(':');
      if ((rel === 'obl' || rel === 'nmod') && marker && placeCases.has(marker)) return !ruleHeads.has(sentence.tokens[a.gov]?.lemma ?? '');
      if ((rel === 'obl' || rel === 'nmod') && marker && motionCases.has(marker) && motionHeads.has(sentence.tokens[a.gov]?.lemma ?? '')) return true;
      if (rel === 'conj') return true;
      return rel === 'appos' && cityTypes.has(sentence.tokens[a.gov]?.ner ?? '');
    }) && incoming.some((a) => !a.rel.startsWith('conj'))
  );
}
