import type { Actor } from '../actors.js';
import { sameSide } from '../same-side.js';

/** What a pair phrase's head noun says its members are: states ("both countries") or any party ("both sides"; persons are never guessed so). */
export type PairKind = 'state' | 'party';

/** Each member of the salient pair must have been named at least this many times in the section so far. */
const MIN_MENTIONS = 2;

/**
 * "Algeria has decided to sever its relations with Morocco … Saudi Arabia called on the two countries": when no
 * meeting, talks or "X and Y" told who the pair is, it is the two actors of its kind the section has named most so
 * far (for state nouns a person or organ counting for the state it serves), when those two clearly stand out: each
 * named at least twice, and the second more often than the third. Otherwise none: an unclear pair proposes nothing. Pure.
 */
export function salientPair(named: readonly Actor[], kind: PairKind, resolve: (a: Actor) => Actor): [Actor, Actor] | null {
  const counts = new Map<Actor, number>();
  for (const mention of named) {
    const actor = memberOf(resolve(mention), kind, resolve);
    if (actor) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second, third] = ranked;
  if (!first || !second || second[1] < MIN_MENTIONS || (third && third[1] === second[1])) return null;
  // a body and the state it serves are one side, never a pair
  if (sameSide(first[0], second[0], resolve)) return null;
  return [first[0], second[0]];
}

/**
 * "urged the authorities to restore the electoral calendar": the state an appeal to "the government" is addressed to
 * when no government was named, the one the section is about: the state it has named most so far (a person or organ
 * counting for the state it serves), named at least twice and more than twice as often as any other. Otherwise none. Pure.
 */
export function focusState(named: readonly Actor[], resolve: (a: Actor) => Actor): Actor | null {
  const counts = new Map<Actor, number>();
  for (const mention of named) {
    const state = memberOf(resolve(mention), 'state', resolve);
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_MENTIONS || (second && first[1] <= 2 * second[1])) return null;
  return first[0];
}

/** The actor a mention counts for in a pair of this kind, or null when it cannot be one. */
function memberOf(actor: Actor, kind: PairKind, resolve: (a: Actor) => Actor): Actor | null {
  if (actor.kind === 'STATE') return actor;
  const served = actor.roles.find((r) => r.of && resolve(r.of).kind === 'STATE')?.of;
  if (kind === 'state') return served ? resolve(served) : null;
  // "both sides": states and bodies named as such (an armed group, a rival government); a person may lead either
  // side of a civil conflict, so names no side here
  return actor.kind === 'PERSON' ? null : actor;
}
