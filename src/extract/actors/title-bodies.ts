import { foldName } from '../../text/fold.js';
import type { ActorRegistry, Actor } from '../actors.js';
import type { Sentence } from '../segment.js';
import type { ActorSpan } from '../structure/actor-spans.js';
import { loadRoles } from './parse-roles.js';

/**
 * The body a bare title belongs to. "Secretary-General Jaap de Hoop Scheffer told reporters …", "Spokesman James
 * Appathurai said NATO regretted the decision": a title only a body's officer holds (rules/roles.json 'bodyTitles'),
 * put before a name with no owner of its own, is a role in the body the same sentence names, when it names one body
 * and only one (states, persons and outlets are no such body: "Spokesman Sean McCormack said the United States …" stays
 * a title alone; so does a state's government named as a body: "the Syrian government"). A person who already holds a role in some body or state gets none.
 */

/** Bodies only: armed groups' titles are read elsewhere, and a "Secretary-General" in a sentence about the Taliban is the UN's. */
const BODY_KINDS = new Set<Actor['kind']>(['ORGANIZATION']);
/** A state's government named so stands for the state (docs/annotating.md): "the Syrian government" is no body here. */
const STATE_STAND_IN = /\b(government|administration|regime|authorities)$/;

/** Two actors the sentence's relations join ("The Security Council … asked Secretary-General Kofi Annan to report"). */
export interface SentencePair {
  sentence: number;
  source: Actor;
  target: Actor;
}

export function addTitleBodies(sentences: readonly Sentence[], spans: readonly ActorSpan[], registry: ActorRegistry, related: readonly SentencePair[]): void {
  const titles = loadRoles().bodyTitles;
  // a body the sentence tells acting on the person, or the person on it, is another party, not the person's own
  const parties = (sentence: number, person: Actor): Set<Actor> => {
    const found = new Set<Actor>();
    for (const r of related) {
      if (r.sentence !== sentence) continue;
      const [source, target] = [registry.resolve(r.source), registry.resolve(r.target)];
      if (source === person) found.add(target);
      if (target === person) found.add(source);
    }
    return found;
  };
  for (const person of registry.actors) {
    if (person.mergedInto || person.kind !== 'PERSON' || person.roles.some((r) => r.of)) continue;
    for (const role of person.roles) {
      if (!titles.has(foldName(role.title))) continue;
      const sentence = sentences[role.sentence];
      if (!sentence) continue;
      const others = parties(role.sentence, person);
      const bodies = new Set<Actor>();
      for (const span of spans) {
        if (span.start < sentence.start || span.end > sentence.end) continue;
        const actor = registry.resolve(span.actor);
        if (BODY_KINDS.has(actor.kind) && actor !== person && !others.has(actor) && !STATE_STAND_IN.test(foldName(actor.name))) bodies.add(actor);
      }
      if (bodies.size === 1) role.of = [...bodies][0]!;
    }
  }
}
