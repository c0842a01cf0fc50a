import { resolveMerged, type Actor } from '../actors.js';
import type { SentenceView } from './sentence-view.js';

/** How far after a meeting's trigger its venue is still read ("held talks with Sargsyan in Yerevan on Thursday"). */
const VENUE_REACH = 10;

/**
 * "Medvedev held talks with Sargsyan in Yerevan", "Kerry, who had met President Sisi in Cairo", "Putin receives
 * Topolanek in Moscow": a meeting held (or a guest received) in the state of one party is a visit there by the other,
 * when the other serves another state. Returns who visited which
 * state; nothing where the venue is no state of a party ("met in Geneva") or a party's own state is unknown.
 */
export function venueVisits(view: SentenceView, from: number, pairs: readonly [Actor, Actor][]): { visitor: Actor; place: Actor }[] {
  const venue = venueAfter(view, from);
  if (!venue) return [];
  const visits: { visitor: Actor; place: Actor }[] = [];
  for (const [a, b] of pairs)
    for (const [visitor, host] of [
      [a, b],
      [b, a],
    ] as const) {
      const home = stateServed(visitor);
      if (visitor.kind === 'PERSON' && home && home !== venue && stateServed(host) === venue) visits.push({ visitor, place: venue });
    }
  return visits;
}

/** The state of an "in <place>" phrase in the meeting's clause, before any comma or clause break. */
function venueAfter(view: SentenceView, from: number): Actor | null {
  const { units, sets } = view;
  for (let j = from; j < Math.min(units.length, from + VENUE_REACH); j += 1) {
    const w = view.word(units[j]);
    if (w === ',' || w === '.' || w === ';' || (sets.boundaries.has(w) && w !== 'as')) return null;
    if (w !== 'in') continue;
    const at = view.word(units[j + 1]) === 'the' ? units[j + 2] : units[j + 1];
    return at?.kind === 'm' && at.m.role === 'place' && at.m.actor ? resolveMerged(at.m.actor) : null;
  }
  return null;
}

/** The state an actor is, or serves by a role. */
function stateServed(actor: Actor): Actor | null {
  const a = resolveMerged(actor);
  if (a.kind === 'STATE') return a;
  const role = a.roles.find((r) => r.of && resolveMerged(r.of).kind === 'STATE');
  return role?.of ? resolveMerged(role.of) : null;
}
