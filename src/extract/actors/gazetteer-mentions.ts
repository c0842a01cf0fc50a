import { foldName } from '../../text/fold.js';
import type { Actor } from '../actors.js';
import type { GazetteerEntry } from '../rules.js';
import type { Mention } from '../mentions.js';
import type { GazetteerMatch as Match, MentionScan } from './mention-scan.js';

/** A gazetteer match read as a mention: a state, a capital, a demonym, a listed body or person, or a place. */

/** Classifies a gazetteer match into a mention. */
export function fromGazetteer(s: MentionScan, i: number, m: Match): Mention | undefined {
  const { t, env, rules, registry, sets, possessiveAfter, stateBodyMention, atSeat, affiliate, stateMention, coordinatedOrgan } = s;
  const possessive = possessiveAfter(m.end);
  if (namesDocument(s, m)) return { start: i, end: m.end + 1, role: 'place', actor: null, possessive: false, via: 'name', introduces: false };
  if (m.actor) {
    if (m.actor.kind === 'STATE') return stateMention(i, m.end, m.actor, 'state', possessive, m.text);
    // "the Kremlin" found by the name an earlier mention registered: still the listed body, with its seat and state
    const listed = rules.gazetteer.get(foldName(m.actor.name))?.find((e) => e.kind === 'actor' && e.name === m.actor!.name);
    if (listed?.kind === 'actor' && listed.state) {
      if (atSeat(i, listed, possessive)) return { start: i, end: m.end, role: 'place', actor: null, possessive, via: 'name', introduces: false };
      affiliate(m.actor, listed);
    }
    if (m.text && foldName(m.text) !== foldName(m.actor.name) && env.resolve) registry.addAlias(m.actor, m.text);
    return { start: i, end: m.end, role: 'agent', actor: m.actor, possessive, via: 'name', introduces: false };
  }
  const entry = m.entries[0]!;
  switch (entry.kind) {
    case 'state':
      return stateMention(i, m.end, registry.state(entry.state), 'state', possessive, m.text);
    case 'capital':
      return stateMention(i, m.end, registry.state(entry.state), 'capital', possessive, m.text);
    case 'demonym': {
      const state = registry.state(entry.state);
      const body = stateBodyMention(i, m.end, state);
      if (body) return body;
      const next = t[m.end];
      const next2 = t[m.end + 1];
      const organ = (next && sets.organ.has(next.lower)) || (next && !next.cap && next2 && sets.organ.has(next2.lower) && next.lower !== 'and');
      const organNoun = organ ? (sets.organ.has(next.lower) ? next.lower : next2!.lower) : coordinatedOrgan(m.end);
      if (organ || organNoun) {
        state.active = true;
        if (organNoun) env.ctx.organs.set(organNoun, state);
        // the organ noun belongs to the mention ("Ukrainian negotiators met"), unless more demonyms come first
        let end = m.end;
        if (organ) {
          end = sets.organ.has(next.lower) ? m.end + 1 : m.end + 2;
          while (t[end] && !t[end]!.cap && sets.organ.has(t[end]!.lower)) end += 1;
        }
        return { start: i, end, role: 'agent', actor: state, possessive: possessiveAfter(end), via: 'organ', introduces: false };
      }
      return { start: i, end: m.end, role: 'demonym', actor: state, possessive: false, via: 'name', introduces: false };
    }
    case 'actor': {
      if (atSeat(i, entry, possessive)) break;
      const actor = registry.getOrCreate(
        entry.name,
        entry.actorKind,
        entry.aliases.filter((a) => foldName(a) === foldName(m.text)),
        entry.state ?? null,
      );
      affiliate(actor, entry);
      if (foldName(m.text) !== foldName(actor.name)) registry.addAlias(actor, m.text);
      return { start: i, end: m.end, role: 'agent', actor, possessive, via: 'name', introduces: false };
    }
    case 'people':
      // "asked the Americans to secure a pullback", "told a briefing the Americans had been testing": the state; a bare
      // "Americans" is people of it ("two Americans were freed"), and so are "the Nigerians who live on the peninsula"
      if (t[i - 1]?.lower !== 'the' || t[m.end]?.lower === 'who') return undefined;
      return stateMention(i, m.end, registry.state(entry.state), 'state', possessive, m.text);
    case 'place':
      break;
  }
  return { start: i, end: m.end, role: 'place', actor: null, possessive, via: 'name', introduces: false };
}

/**
 * "the Vienna Convention", "the UN Charter": a capital or a listed body before a capitalised document head
 * (`documentHeads` in cues.json) names a document, not the city's state or the body acting. States are left out:
 * "the Iran Agreement" may name a party.
 */
function namesDocument(s: MentionScan, m: Match): boolean {
  const next = s.t[m.end];
  if (!next?.cap || !s.sets.documentHeads.has(next.lower)) return false;
  const entry = m.entries[0];
  if (m.actor) return m.actor.kind !== 'STATE' && m.actor.kind !== 'PERSON';
  return entry?.kind === 'capital' || (entry?.kind === 'actor' && entry.actorKind !== 'PERSON');
}

/** "met Biden at the White House": a body named after its building is there a place. */
export function atSeat(s: MentionScan, i: number, entry: GazetteerEntry & { kind: 'actor' }, possessive: boolean): boolean {
  const { t, sets, prevWord } = s;
  let k = i - 1;
  while (k >= 0 && t[k]!.lower === 'the') k -= 1;
  // "according to the Kremlin" names the source, not a place
  const to = prevWord(i) === 'to' && t[k - 1]?.lower !== 'according';
  return !!entry.seat && !possessive && (sets.placeIntroducers.has(prevWord(i)) || to);
}

/** A listed person's or body's tie to the state it serves ("Kremlin": Russia), once. */
export function affiliate(s: MentionScan, actor: Actor, entry: GazetteerEntry & { kind: 'actor' }): void {
  const { sentence, registry } = s;
  if (entry.state && entry.title && !actor.roles.length) actor.roles.push({ title: entry.title, of: registry.state(entry.state), sentence: sentence.index });
}
