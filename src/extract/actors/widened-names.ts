import type { ActorRegistry } from '../actors.js';
import type { ActorSpan } from '../structure/actor-spans.js';

/**
 * A body's mention that holds only the end of its name, the rest of the name standing right before it ("the leader of
 * the Movement for |Democratic Change|", "the |State Duma|" after "Russian"), is widened to the whole name: the words
 * before belong to the same name, and readers that look beside a mention (apposed roles, the parse's arcs from the
 * name's first word) would otherwise see them as other words. Persons and states are left alone (a state's "People's
 * Republic" is its own name's end, and a person's surname stands alone on purpose).
 */
export function widenPartialNames(text: string, spans: ActorSpan[], registry: ActorRegistry): void {
  for (const span of spans) {
    const actor = registry.resolve(span.actor);
    if (actor.kind === 'PERSON' || actor.kind === 'STATE') continue;
    const said = text.slice(span.start, span.end);
    let widest = 0;
    for (const name of [actor.name, ...actor.aliases]) {
      if (name.length <= said.length + widest || !name.endsWith(` ${said}`)) continue;
      const before = name.slice(0, name.length - said.length);
      if (span.start >= before.length && text.slice(span.start - before.length, span.start) === before) widest = before.length;
    }
    span.start -= widest;
  }
}
