import type { Actor } from './actors.js';

/**
 * A person and the state or body they serve are one side: a relation between them ("Rouhani received a hero's
 * welcome in Iran", "the White House warned the United States") is a misreading of the sentence, never news.
 */
export function sameSide(a: Actor, b: Actor, resolve: (x: Actor) => Actor): boolean {
  const serves = (x: Actor, y: Actor) => x.roles.some((r) => r.of !== null && resolve(r.of) === resolve(y));
  return serves(a, b) || serves(b, a);
}
