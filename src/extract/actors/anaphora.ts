import type { Actor } from '../actors.js';
import { describedActor, eventAgents } from '../descriptions.js';
import type { Mention } from '../mentions.js';
import { pronounGender } from '../discourse/pronoun-gender.js';
import type { MentionScan } from './mention-scan.js';
import type { Token } from '../tokenize.js';
import { openingState } from './state-mentions.js';
import { focusState } from '../discourse/salient-pair.js';
import { addressEnd } from './forms-of-address.js';

/** Pronouns, "the minister", "the junta", "the move", "a Syrian politician": what they refer to, from the sentence and the section so far. */

/** "he", "its forces", "the ministry", "a Syrian politician" at token j: the actor it refers to. */
export function anaphorAt(s: MentionScan, j: number): Mention | undefined {
  const { t, env, rules, registry, sets, mentions, gazetteerAt, possessiveAfter, definiteDescription, findRecent, stateBodyMention } = s;
  const word = t[j]!;
  const ctx = env.ctx;
  const addressed = addressedPerson(s, j);
  if (addressed !== undefined) return addressed ?? undefined;
  if (sets.personPronouns.has(word.lower) && word.lower !== 'her') {
    const personAgent = (m: Mention) => m.role === 'agent' && m.actor?.kind === 'PERSON' && !sets.preps.has(t[m.start - 1]?.lower ?? '');
    // "Trump praised Kim and said he would": after a speech verb the pronoun is the speaker, the sentence's first person, not the latest object
    const speechBefore = sets.speech.has(t[j - 1]?.lower ?? '') || (t[j - 1]?.lower === 'that' && sets.speech.has(t[j - 2]?.lower ?? ''));
    const speaker = speechBefore && sets.coordinators.has(t[j - (t[j - 1]?.lower === 'that' ? 3 : 2)]?.lower ?? '') ? mentions.find(personAgent) : undefined;
    // "wrote to Putin asking him to pardon Berg": an object pronoun after a person named by a preposition is that
    // person, not the subject who wrote (a subject pronoun skips such persons: "spoke with Kim and said he …")
    const latest = [...mentions].reverse().find((m) => m.role === 'agent' && m.actor?.kind === 'PERSON');
    const subject = mentions.find(personAgent);
    const prepObject = word.lower === 'him' && !speaker && latest && !personAgent(latest) && latest.actor !== subject?.actor ? latest : undefined;
    const earlier = speaker ?? prepObject ?? [...mentions].reverse().find(personAgent);
    const actor = earlier?.actor ?? ctx.lastPersonSubject ?? ctx.lastPerson;
    // "She thanked …" is never a man the chains call "he"
    const gender = actor ? env.genders?.get(s.registry.resolve(actor)) : undefined;
    if (gender && gender !== pronounGender(word.lower)) return undefined;
    return actor ? { start: j, end: j + 1, role: 'agent', actor, possessive: false, via: 'pronoun', introduces: false } : undefined;
  }
  if (sets.thingPronouns.has(word.lower)) {
    const earlier = [...mentions]
      .reverse()
      .find((m) => m.role === 'agent' && m.actor && m.actor.kind !== 'PERSON' && !sets.preps.has(t[m.start - 1]?.lower ?? ''));
    const actor = earlier?.actor ?? ctx.lastNonPersonSubject;
    const possessive = word.lower === 'its';
    // "Its foreign ministry went further": the body of the state the pronoun stands for
    const body = actor?.kind === 'STATE' && possessive ? stateBodyMention(j, j + 1, actor) : undefined;
    if (body) return body;
    // "its forces struck": the body or state acting through its organ
    if (actor && possessive && t[j + 1] && sets.organ.has(t[j + 1]!.lower) && !t[j + 2]?.cap) {
      return { start: j, end: j + 2, role: 'agent', actor, possessive: possessiveAfter(j + 2), via: 'organ', introduces: false };
    }
    return actor ? { start: j, end: j + 1, role: 'agent', actor, possessive, via: 'pronoun', introduces: false } : undefined;
  }
  if (word.lower === 'the' && t[j + 1] && !t[j + 1]!.cap) {
    const described = definiteDescription(j);
    if (described) return described;
  }
  const capitalised = word.lower === 'the' ? capitalDescription(s, j) : undefined;
  if (capitalised) return capitalised;
  const sides = sidesInState(s, j);
  if (sides) return sides;
  if (word.lower === 'the' && t[j + 1]) {
    const noun = t[j + 1]!;
    const category = rules.cues.definiteAnaphors[noun.lower];
    const next = t[j + 2];
    if (category && !(next && (next.cap || next.lower === 'of'))) {
      const actor =
        category === 'facility'
          ? ctx.facilities.get(noun.lower)
          : (seatedGovernment(s, j + 2, noun.lower) ??
            namedGovernment(s, noun) ??
            findRecent(category) ??
            speakersGovernment(s, j, noun.lower) ??
            appealedGovernment(s, j, noun.lower));
      if (actor)
        return {
          start: j,
          end: j + 2,
          role: 'agent',
          actor,
          possessive: possessiveAfter(j + 2),
          via: category === 'facility' ? 'facility' : 'anaphor',
          introduces: false,
        };
    }
  }
  if ((word.lower === 'a' || word.lower === 'an') && t[j + 1]) {
    let k = j + 1;
    let state: Actor | null = null;
    const g = gazetteerAt(k);
    if (g && g.entries[0]?.kind === 'demonym') {
      state = registry.state((g.entries[0] as { state: string }).state);
      k = g.end;
    }
    const words = [t[k]?.lower, `${t[k]?.lower} ${t[k + 1]?.lower}`];
    const title = words.find((w) => w && sets.indefinite.has(w));
    if (title) {
      const end = k + title.split(' ').length;
      return { start: j, end, role: 'indef', actor: null, possessive: false, via: 'indef', indef: { title, state }, introduces: false };
    }
  }
  return undefined;
}

/** "the North Korean leader", "the Russian president": the person last named who leads that state. */
export function demonymLeaderAt(s: MentionScan, j: number): Mention | undefined {
  const { t, rules, registry, gazetteerAt, possessiveAfter } = s;
  const g = gazetteerAt(j + 1);
  const entry = g?.entries[0];
  if (!g || !entry || entry.kind !== 'demonym') return undefined;
  const stateName = entry.state;
  const k = g.end;
  if (!t[k] || t[k].cap) return undefined;
  const one = t[k].lower;
  const two = t[k + 1] ? `${one} ${t[k + 1]!.lower}` : '';
  const title = [two, one].find((x) => x && (rules.cues.leaderTitles.includes(x) || /^(foreign|defence|defense) minister$/.test(x)));
  if (!title) return undefined;
  const end = k + title.split(' ').length;
  if (t[end]?.cap || t[end]?.lower === 'of') return undefined;
  const state = registry.state(stateName);
  const recent = recentActors(s);
  const serves = (a: Actor) =>
    a.kind === 'PERSON' && (a.state === stateName || a.roles.some((r) => r.of && registry.resolve(r.of) === registry.resolve(state)));
  const titled = (a: Actor) => a.roles.length === 0 || a.roles.some((r) => ` ${r.title.toLowerCase()} `.includes(` ${title.split(' ').at(-1)} `));
  const person = recent.find((a) => serves(a) && titled(a));
  if (!person) return undefined;
  return { start: j, end, role: 'agent', actor: person, possessive: possessiveAfter(end), via: 'anaphor', introduces: false };
}

/** "the junta" (an organ named earlier), "the alliance" (a body so described), "the move" (an earlier event's agent). */
export function definiteDescription(s: MentionScan, j: number): Mention | undefined {
  const { t, env, rules, sets, possessiveAfter } = s;
  const ctx = env.ctx;
  const one = t[j + 1]!.lower;
  const two = t[j + 2] ? `${one} ${t[j + 2]!.lower}` : '';
  const recent = recentActors(s);
  const make = (actor: Actor, end: number, via: Mention['via']): Mention => ({
    start: j,
    end,
    role: 'agent',
    actor,
    possessive: possessiveAfter(end),
    via,
    introduces: false,
  });
  const after = (end: number) => t[end];
  const free = (end: number) => !(after(end) && (after(end)!.cap || after(end)!.lower === 'of'));
  if (two && rules.descriptionNouns.has(two) && free(j + 3)) {
    const actor = describedActor(two, recent, rules);
    if (actor) return make(actor, j + 3, 'anaphor');
  }
  if (!free(j + 2)) return undefined;
  const organ = ctx.organs.get(one);
  if (organ) return make(organ, j + 2, 'anaphor');
  if (rules.descriptionNouns.has(one)) {
    const actor = describedActor(one, recent, rules);
    if (actor) return make(actor, j + 2, 'anaphor');
  }
  // an event noun names its agent only where it is not itself a trigger with its target ("the sanctions on X")
  const next = after(j + 2);
  if (rules.cues.eventAnaphors[one] && !(next && sets.preps.has(next.lower) && next.lower !== 'as')) {
    const agents = eventAgents(one, ctx, rules, t[j + 1]!.start);
    if (agents.length > 1)
      return {
        start: j,
        end: j + 2,
        role: 'pair',
        actor: null,
        group: { size: agents.length, head: 'sides', members: agents, fixed: true },
        possessive: possessiveAfter(j + 2),
        via: 'event',
        introduces: false,
      };
    if (agents[0]) return make(agents[0], j + 2, 'event');
  }
  return undefined;
}

/**
 * "The Council decided …", "the Union", "the Mission" written with a capital, as official texts and wires write a body
 * they named in full before ("the UN Security Council … The Council"): that body, and its head word becomes its alias.
 * Never a possessive ("voiced the Union's solidarity"): there the speaker voices the body's stand, the stand his own.
 */
function capitalDescription(s: MentionScan, j: number): Mention | undefined {
  const { t, rules, registry, possessiveAfter } = s;
  const noun = t[j + 1];
  const next = t[j + 2];
  if (!noun?.cap || !rules.descriptionNouns.has(noun.lower) || (next && (next.cap || next.lower === 'of'))) return undefined;
  if (possessiveAfter(j + 2)) return undefined;
  const recent = recentActors(s);
  const actor = describedActor(noun.lower, recent, rules);
  if (!actor) return undefined;
  registry.addAlias(actor, noun.text);
  return { start: j, end: j + 2, role: 'agent', actor, possessive: false, via: 'anaphor', introduces: false };
}

/** Who, within a state, stands for it when addressed: "called on all parties in Kyrgyzstan", "the interim authorities in Kigali". */
const SIDES_WITHIN = new Set(['parties', 'sides', 'factions']);
const PROVISIONAL = new Set(['interim', 'transitional', 'transition', 'new', 'military']);

/**
 * "called on all parties in Kyrgyzstan to stop the violence", "She called on the interim authorities in Kigali to halt
 * the killings": the state whose parties or (provisional) authorities are addressed, as readers record the call.
 */
function sidesInState(s: MentionScan, j: number): Mention | undefined {
  const { t, possessiveAfter } = s;
  const word = t[j]!.lower;
  if (word !== 'the' && word !== 'all') return undefined;
  const k = word === 'all' && t[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  const mention = (actor: Actor, end: number): Mention => ({
    start: j,
    end,
    role: 'agent',
    actor,
    possessive: possessiveAfter(end),
    via: 'anaphor',
    introduces: false,
  });
  if (SIDES_WITHIN.has(t[k]?.lower ?? '')) {
    const place = stateIn(s, k + 1);
    return place && mention(place.state, place.end);
  }
  const seated = word === 'the' && PROVISIONAL.has(t[k]?.lower ?? '') ? seatedGovernment(s, k + 2, t[k + 1]?.lower ?? '') : undefined;
  return seated && mention(seated, k + 2);
}

/** "the government in Havana", "the authorities in Moroni": the state whose seat or territory is named. */
function seatedGovernment(s: MentionScan, k: number, noun: string): Actor | undefined {
  return s.rules.cues.governmentAnaphors.includes(noun) ? stateIn(s, k)?.state : undefined;
}

/** "in Havana", "in Kyrgyzstan" at token k: the state of the capital or the state named, and where the name ends. */
function stateIn(s: MentionScan, k: number): { state: Actor; end: number } | undefined {
  if (s.t[k]?.lower !== 'in') return undefined;
  const match = s.gazetteerAt(k + 1);
  const entry = match?.entries[0];
  return match && entry && (entry.kind === 'capital' || entry.kind === 'state') ? { state: s.registry.state(entry.state), end: match.end } : undefined;
}

/** The actors of the sentence's mentions so far, latest first, then the section's recent actors, latest first. */
function recentActors(s: MentionScan): Actor[] {
  return [...s.mentions.map((m) => m.actor).filter((a): a is Actor => !!a)].reverse().concat([...s.env.ctx.recent].reverse());
}

/**
 * "In Athens, government spokesman …", "Foreign Minister David Lee told a news conference that the government …": the
 * state of the place the sentence opens with, else the state a speaker named before it serves (their own government).
 */
function speakersGovernment(s: MentionScan, j: number, noun: string): Actor | undefined {
  const { t, sets, registry, mentions } = s;
  if (!s.rules.cues.governmentAnaphors.includes(noun)) return undefined;
  const opening = openingState(s, j);
  if (opening) return opening;
  const spoke = (from: number) => t.slice(from, j).some((w) => sets.speech.has(w.lower));
  const speaker = [...mentions]
    .reverse()
    .find((m) => m.end <= j && m.role === 'agent' && m.actor && registry.resolve(m.actor).kind === 'PERSON' && spoke(m.end));
  if (!speaker?.actor) return undefined;
  const person = registry.resolve(speaker.actor);
  const served = person.roles.find((r) => r.of && registry.resolve(r.of).kind === 'STATE')?.of;
  return served ? registry.resolve(served) : person.state ? registry.state(person.state) : undefined;
}

/** "The Government of the Republic of Vanuatu announces …. The Government expresses …": the state whose Government (capitalised) the section named as such. */
function namedGovernment(s: MentionScan, noun: Token): Actor | undefined {
  // capitalised, as an official text names its own ("The Government expresses its gratitude"); a news story's lower-case
  // "the government" is as often another state's
  if (noun.text !== 'Government' || !s.env.ctx.namedGovernment) return undefined;
  return s.registry.resolve(s.env.ctx.namedGovernment);
}

/** "urged the government to …", "called on the authorities to …": the state the section is about, if one clearly is. */
function appealedGovernment(s: MentionScan, j: number, noun: string): Actor | undefined {
  const { t, rules, env, mentions, registry } = s;
  if (!rules.cues.governmentAnaphors.includes(noun)) return undefined;
  const before = [t[j - 1]?.lower ?? '', `${t[j - 2]?.lower ?? ''} ${t[j - 1]?.lower ?? ''}`];
  if (!before.some((w) => rules.cues.appealVerbs.includes(w))) return undefined;
  const named = [...env.ctx.recent, ...mentions.flatMap((m) => (m.role === 'agent' && m.actor ? [m.actor] : []))];
  return focusState(named, (a) => registry.resolve(a)) ?? undefined;
}

/** The latest actor of a category of definite anaphor ("the ministry", "the rebels", "the regime"). */
export function findRecent(s: MentionScan, category: string): Actor | undefined {
  const all = recentActors(s);
  return all.find((a) => {
    const name = a.name.toLowerCase();
    switch (category) {
      case 'ministry':
        return /ministry|department/.test(name);
      case 'armed':
        return a.kind === 'ARMED_GROUP';
      case 'group':
        return a.kind === 'ORGANIZATION' || a.kind === 'ARMED_GROUP';
      case 'regime':
        return /regime|government|administration/.test(name);
      case 'media':
        return a.kind === 'MEDIA';
      case 'state':
        return a.kind === 'STATE';
      default:
        return false;
    }
  });
}

/** Offices a bare "His Highness" or "His Majesty" stands for the last holder of. */
const ROYAL_TITLES: readonly string[] = ['king', 'queen', 'emir', 'amir', 'sultan', 'prince', 'emperor', 'pope', 'monarch', 'sheikh', 'ruler'];

/**
 * "His Highness the Amir received a phone call from President Trump", "His Majesty told the Israeli side", "Her
 * Excellency": a court's or an agency's form of address names a person it does not spell out. Followed by "the" and an
 * office, it is the person last named who holds that office; alone, the person last named who holds a royal office
 * (any person, for "His Excellency"). Followed by a name ("His Highness Sheikh Tamim"), it is no mention of its own:
 * the name is (null). Not a form of address: undefined.
 */
function addressedPerson(s: MentionScan, j: number): Mention | null | undefined {
  const { t, registry, possessiveAfter } = s;
  const after = addressEnd(t, j);
  if (after === null) return undefined;
  const k = after;
  const noun = t[k - 1]!.lower;
  let office: string | null = null;
  let end = k;
  if (t[k]?.lower === 'the' && t[k + 1]?.cap) {
    let m = k + 1;
    while (t[m]?.cap && t[m]!.word) m += 1;
    // "His Highness the Amir Sheikh Tamim bin Hamad": the name after the office is the mention
    if (m - (k + 1) > 2 || t[m]?.lower === 'of') return null;
    office = t
      .slice(k + 1, m)
      .map((w) => w.lower)
      .join(' ');
    end = m;
  } else if (t[k]?.cap) return null;
  const recent = recentActors(s);
  const titled = (a: Actor, words: readonly string[]) =>
    a.roles.some((r) =>
      words.some((w) => ` ${r.title.toLowerCase()} `.includes(` ${w} `) || r.title.toLowerCase().endsWith(` ${w}`) || r.title.toLowerCase() === w),
    );
  const holder = recent
    .map((a) => registry.resolve(a))
    .find((a) => a.kind === 'PERSON' && (office ? titled(a, [office]) : noun === 'excellency' || titled(a, ROYAL_TITLES)));
  if (!holder) return null;
  return { start: j, end, role: 'agent', actor: holder, possessive: possessiveAfter(end), via: 'anaphor', introduces: false };
}
