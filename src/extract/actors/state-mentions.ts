import { foldName } from '../../text/fold.js';
import type { Actor } from '../actors.js';
import { loadStateBodies, stateBodyAt } from './state-bodies.js';
import type { Mention } from '../mentions.js';
import type { MentionScan } from './mention-scan.js';
import { POSSESSIVE } from './scan-words.js';
import { namedGovernmentAt } from './organization-names.js';

/** States as actors and places, and the bodies acting for them ("Mali's military junta", "the French foreign ministry", "the Syrian government"). */

/** How many words before a state's name "Government of" may stand ("the Government of the Republic of Vanuatu"). */
const GOVERNMENT_OF_REACH = 5;

export function stateMention(s: MentionScan, i: number, end: number, state: Actor, form: 'state' | 'capital', possessive: boolean, text: string): Mention {
  const { t, env, rules, registry, sets, headline, textOf, orgChunkAt, prevWord, possessiveAfter, stateBodyMention } = s;
  // "the Government of the Republic of Vanuatu": a later bare "the Government" is this state's
  // (the first one named: an official text names its own Government first, "… armed by the Government of Sudan" after)
  if (
    !env.ctx.namedGovernment &&
    t.slice(Math.max(0, i - GOVERNMENT_OF_REACH), i).some((w, k, before) => w.text === 'Government' && before[k + 1]?.lower === 'of')
  )
    env.ctx.namedGovernment = state;
  // "Libya's Government of National Unity": a government with a name of its own is a body named next, not the state
  const namedGovernment = possessive && namedGovernmentAt(s, end + 1);
  if (possessive && !namedGovernment) {
    const body = stateBodyMention(i, end + 1, state);
    if (body) return body;
    // "Mali's military junta", "Russia's forces": the state acting through its organ
    const a = t[end + 1];
    const b = t[end + 2];
    let organEnd = a && sets.organ.has(a.lower) ? end + 2 : a && !a.cap && b && sets.organ.has(b.lower) ? end + 3 : -1;
    while (organEnd > 0 && t[organEnd] && !t[organEnd]!.cap && sets.organ.has(t[organEnd]!.lower)) organEnd += 1;
    if (organEnd > 0 && !(t[organEnd] && t[organEnd]!.cap)) {
      state.active = true;
      env.ctx.organs.set(t[organEnd - 1]!.lower, state);
      return { start: i, end: organEnd, role: 'agent', actor: state, possessive: POSSESSIVE.has(t[organEnd]?.text ?? ''), via: 'organ', introduces: false };
    }
  }
  if (possessive && form === 'state' && !namedGovernment) {
    // "Egypt's Foreign Ministry": the state's own body, named with its demonym ("Egyptian Foreign Ministry")
    const body = orgChunkAt(end + 1);
    const demonym = rules.states.get(state.name)?.demonyms[0];
    if (body && !body.place && demonym && t[end + 1]?.text !== 'The' && !rules.gazetteer.has(foldName(body.name))) {
      const actor = registry.getOrCreate(`${demonym} ${body.name}`, body.kind);
      registry.addAlias(actor, textOf(i, body.end));
      return { start: i, end: body.end, role: 'agent', actor, possessive: possessiveAfter(body.end), via: 'name', introduces: false };
    }
  }
  const before = prevWord(i);
  const after = t[end];
  const locative = sets.locative.has(before) && !possessive;
  const modifier =
    form === 'capital' &&
    after &&
    after.word &&
    !after.cap &&
    !sets.preps.has(after.lower) &&
    !sets.aux.has(after.lower) &&
    !sets.adverbs.has(after.lower) &&
    !(/ly$/.test(after.lower) && !sets.notAdverbs.has(after.lower)) &&
    !sets.speech.has(after.lower) &&
    !sets.coordinators.has(after.lower) &&
    !sets.irregularPast.has(after.lower) &&
    !rules.verbTriggers.has(after.lower) &&
    !possessive &&
    !/(ed|s)$/.test(after.lower);
  if (form === 'state') {
    state.active = true;
    if (foldName(text) !== foldName(state.name) && !locative) registry.addAlias(state, text);
    return { start: i, end, role: locative ? 'place' : 'agent', actor: state, possessive, via: 'name', introduces: false };
  }
  if (locative || modifier || headline) return { start: i, end, role: 'place', actor: state, possessive, via: 'name', introduces: false };
  state.active = true;
  registry.addAlias(state, text);
  return { start: i, end, role: 'agent', actor: state, possessive, via: 'name', introduces: false };
}

/** "the French foreign ministry", "Armenia's defence ministry" (state word at i, phrase at k): the state's own body, affiliated with it. */
export function stateBodyMention(s: MentionScan, i: number, k: number, state: Actor): Mention | undefined {
  const { sentence, t, env, rules, registry, sets, textOf, titleAt, possessiveAfter } = s;
  const body = stateBodyAt(t, k, i, loadStateBodies(), (x) => !!titleAt(x));
  const demonym = rules.states.get(state.name)?.demonyms[0];
  if (!body || !demonym || afterDemonyms(s, i)) return undefined;
  // named as written ("Egyptian Foreign Ministry", "French foreign ministry"), the state by its demonym
  const actor = registry.getOrCreate(`${demonym} ${textOf(k, body.end)}`, 'ORGANIZATION');
  const written = textOf(i, body.end);
  if (foldName(written) !== foldName(actor.name)) registry.addAlias(actor, written);
  if (!actor.roles.some((r) => r.of && registry.resolve(r.of) === registry.resolve(state)))
    actor.roles.push({ title: body.phrase, of: state, sentence: sentence.index });
  env.ctx.organs.set(body.phrase.split(' ').at(-1)!, actor);
  // "Chinese coast guard vessels fired": the body acting through its organ nouns
  let end = body.end;
  while (t[end] && !t[end]!.cap && sets.organ.has(t[end]!.lower) && !sets.personPronouns.has(t[end]!.lower)) end += 1;
  return { start: i, end, role: 'agent', actor, possessive: possessiveAfter(end), via: end > body.end ? 'organ' : 'name', introduces: false };
}

/** "Chinese and Russian armed forces": the organs of states named together are the states acting (see coordinatedOrgan). */
function afterDemonyms(s: MentionScan, i: number): boolean {
  const { t, gazetteerAt } = s;
  if (t[i - 1]?.lower !== 'and' && t[i - 1]?.text !== ',') return false;
  return [i - 2, i - 3].some((k) => {
    const g = k >= 0 ? gazetteerAt(k) : undefined;
    return g?.end === i - 1 && g.entries[0]?.kind === 'demonym';
  });
}

/** "Russian and Ukrainian negotiators": after a demonym, more demonyms joined by "and" or commas, then an organ noun. */
export function coordinatedOrgan(s: MentionScan, end: number): string | null {
  const { t, sets, gazetteerAt } = s;
  let k = end;
  let joined = false;
  while (t[k]?.lower === 'and' || t[k]?.text === ',') {
    k += t[k + 1]?.lower === 'and' ? 2 : 1;
    const g = gazetteerAt(k);
    if (!g || g.entries[0]?.kind !== 'demonym') return null;
    k = g.end;
    joined = true;
  }
  if (!joined) return null;
  if (t[k] && sets.organ.has(t[k]!.lower)) return t[k]!.lower;
  if (t[k] && !t[k]!.cap && t[k + 1] && sets.organ.has(t[k + 1]!.lower)) return t[k + 1]!.lower;
  return null;
}

export function governmentAt(s: MentionScan, j: number): { mention: Mention; end: number } | undefined {
  const { t, rules, registry, sets, gazetteerAt, possessiveAfter } = s;
  const head = t[j + 1];
  if (!head || !sets.government.has(head.lower) || !t[j]?.cap) return undefined;
  if (j + 2 < t.length && t[j + 2]!.cap && t[j + 2]!.word) return undefined;
  const g = gazetteerAt(j);
  if (!g || g.end !== j + 1) return undefined;
  let state: Actor | null = null;
  let surname = '';
  const entry = g.entries[0];
  if (entry?.kind === 'demonym' || entry?.kind === 'state') state = registry.state(entry.state);
  else if (entry?.kind === 'actor' && entry.actorKind === 'PERSON') {
    surname = g.text;
    if (entry.state) state = registry.state(entry.state);
  } else if (g.actor?.kind === 'PERSON') {
    surname = g.text;
    if (g.actor.state) state = registry.state(g.actor.state);
  }
  if (!state && !surname) return undefined;
  const start = t[j - 1]?.lower === 'the' ? j - 1 : j;
  // "the Lebanese government" is Lebanon, as annotators read it: the state acting, no body of its own
  if (state && loadStateBodies().stateNouns.has(head.lower)) {
    state.active = true;
    if (head.text === 'Government') s.env.ctx.namedGovernment = state;
    registry.addAlias(state, `${g.text} ${head.text}`);
    return { mention: { start, end: j + 2, role: 'agent', actor: state, possessive: possessiveAfter(j + 2), via: 'name', introduces: false }, end: j + 2 };
  }
  const demonym = state ? rules.states.get(state.name)?.demonyms[0] : undefined;
  const canonical = demonym ? `${demonym} government` : `${surname} ${head.lower}`;
  const actor = registry.getOrCreate(canonical, 'ORGANIZATION');
  const written = `${g.text} ${head.text}`;
  if (foldName(written) !== foldName(canonical)) registry.addAlias(actor, written);
  return { mention: { start, end: j + 2, role: 'agent', actor, possessive: possessiveAfter(j + 2), via: 'name', introduces: false }, end: j + 2 };
}

/** The state of the place opening the sentence before position i ("In Moscow, …"), if any. */
export function openingState(s: MentionScan, i: number): Actor | null {
  const { t, mentions, registry } = s;
  const opening = mentions.find((m) => m.start <= 1 && m.end < i && m.actor?.kind === 'STATE' && t[0]?.lower === 'in' && t[m.end]?.text === ',');
  return opening?.actor ? registry.resolve(opening.actor) : null;
}
