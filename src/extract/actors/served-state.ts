import type { Actor } from '../actors.js';

/**
 * The one state a person serves, by the roles the draft gives them: a role in the state ("Foreign Minister of
 * Kazakhstan"), or in one of its organs ("a spokesman for the State Department", whose own role is in the United
 * States). Null for a person with no such role, or roles in more than one state.
 */
export function servedState(person: Actor, resolve: (a: Actor) => Actor): Actor | null {
  if (person.kind !== 'PERSON') return null;
  const states = new Set<Actor>();
  for (const role of person.roles) {
    if (!role.of) continue;
    const of = resolve(role.of);
    if (of.kind === 'STATE') states.add(of);
    else if (of.kind !== 'PERSON') for (const organ of of.roles) if (organ.of && resolve(organ.of).kind === 'STATE') states.add(resolve(organ.of));
  }
  return states.size === 1 ? [...states][0]! : null;
}
