import type { RelationType } from '../vocabulary/relation-types.js';
import { foldName } from '../text/fold.js';
import type { Actor } from './actors.js';
import type { Rules } from './rules.js';

/**
 * Definite descriptions ("the junta", "the alliance", "the move") and "the two leaders": what they refer to,
 * from what the section has said so far. The nouns are data (cues.json, organizations.json).
 */

/** An event told earlier in the section, with its agent: "the move", "the accusation" point back to it. */
export interface EventRecord {
  type: RelationType;
  agent: Actor;
  /** Index of the sentence telling it: agents of one event told together ("A and B imposed sanctions"). */
  sentence?: number;
  /** The trigger word, and whether it was a plural noun ("strikes"): "the attack" does not point back to "strikes". */
  trigger?: string;
  plural?: boolean;
}

/** An event a noun named, with the makers the parse gives it ("Iraq's pledge", "the Seven issued a declaration"). */
export interface NounEventRecord {
  noun: string;
  makers: Actor[];
  sentence: number;
}

export interface PairRecord {
  pair: [Actor, Actor];
}

export interface DescriptionContext {
  /** Organ noun → the state last named acting through it ("Mali's military junta": junta → Mali). */
  organs: Map<string, Actor>;
  events: EventRecord[];
  /** Events named by a noun with their makers, whether or not a rule read them: "the declaration" points back to them. */
  nounEvents: NounEventRecord[];
  /** Start offsets of definite event nouns a verb or noun acts on ("condemned the attack"): only these take `nounEvents`' makers. */
  eventNounTargets: ReadonlySet<number>;
  pairs: PairRecord[];
  /** Parties of events with three or more of them, in order ("hosted A and B", "A, B and C met"). */
  groups: Actor[][];
  /** Three or more actors the section names as one list ("Mr Macron, German Chancellor Angela Merkel and British Prime Minister Theresa May"), latest last: who a counted phrase ("the three leaders") is when no event of that many parties has been told. */
  namedGroups: Actor[][];
  /**
   * Two actors the section names together ("Pakistan and Afghanistan", "between Kinshasa and Kigali"), latest last:
   * who "both sides" are when no bilateral event has been told.
   */
  namedPairs: PairRecord[];
  sectionPair: [Actor, Actor] | null;
  lastPair: [Actor, Actor] | null;
  /** A body the section named by its members ("ASEAN foreign ministers", "European Union leaders"), by the members' noun: who a bare "the ministers" is when no group is known. */
  memberBodies: Map<string, Actor>;
}

/** "the alliance" → the most recent body described so ("alliance" for NATO), or whose name holds the noun. */
export function describedActor(noun: string, candidates: readonly Actor[], rules: Rules): Actor | undefined {
  const lower = noun.toLowerCase();
  return candidates.find((a) => {
    if (a.kind === 'PERSON' || a.kind === 'STATE') return false;
    const names = [a.name, ...a.aliases].map(foldName);
    if (names.some((n) => rules.descriptions.get(n)?.has(lower))) return true;
    return names.some((n) => ` ${n} `.includes(` ${lower} `));
  });
}

/** "slammed the sanctions" after "A and B imposed sanctions": every agent of the event the noun points back to. */
export function eventAgents(noun: string, ctx: DescriptionContext, rules: Rules, at?: number): Actor[] {
  const types = rules.cues.eventAnaphors[noun.toLowerCase()];
  if (!types) return [];
  const lower = noun.toLowerCase();
  const singular = !/s$/.test(lower);
  const latest = [...ctx.events].reverse();
  // the event told with this very noun first ("imposed sanctions" … "the sanctions")
  const same = latest.find((e) => e.trigger === lower);
  // an event named by this noun with its makers ("In a declaration …, the Seven said" … "rejected the declaration"), when no
  // event a rule read is as recent, and only where the noun is acted on (a subject "the declaration said" is the document)
  const named = at !== undefined && ctx.eventNounTargets.has(at) ? [...ctx.nounEvents].reverse().find((e) => e.noun === lower) : undefined;
  const laterNamed = (hit: EventRecord) => !!named && hit.sentence !== undefined && hit.sentence < named.sentence;
  for (const type of same ? [same.type] : types) {
    const fits = (e: EventRecord) => type === '*' || e.type === type;
    const hit = same ?? latest.find((e) => fits(e) && !(singular && e.plural)) ?? latest.find(fits);
    if (!hit) continue;
    if (laterNamed(hit)) return named!.makers;
    if (hit.sentence === undefined) return [hit.agent];
    const agents = ctx.events.filter((e) => e.type === hit.type && e.sentence === hit.sentence && e.trigger === hit.trigger).map((e) => e.agent);
    return agents.filter((a, i) => agents.indexOf(a) === i);
  }
  return named?.makers ?? [];
}

/**
 * "the two sides" → the section's main pair; "the two leaders" → the latest pair of persons; "the two countries" →
 * the section's pair taken as states (a person stands for the state of their role).
 */
export function resolvePair(phrase: string, ctx: DescriptionContext, rules: Rules): [Actor, Actor] | null {
  const head = phrase.split(' ').at(-1) ?? '';
  const kind = rules.cues.pairKinds[head];
  if (kind === 'leader') {
    const leaders = [...ctx.pairs]
      .reverse()
      .find((p) =>
        p.pair.every((a) => a.kind === 'PERSON' && a.roles.some((r) => rules.cues.leaderTitles.some((t) => ` ${r.title.toLowerCase()} `.includes(` ${t} `)))),
      );
    if (leaders) return leaders.pair;
  }
  if (kind === 'person' || kind === 'leader') {
    // "both presidents", "the two ministers": the latest pair of persons whose roles carry that title first
    const title = head.replace(/s$/, '');
    const titled = [...ctx.pairs, ...ctx.namedPairs]
      .reverse()
      .find((p) => p.pair.every((a) => a.kind === 'PERSON' && a.roles.some((r) => ` ${r.title.toLowerCase()} `.includes(` ${title} `))));
    if (titled) return titled.pair;
    const persons = [...ctx.pairs].reverse().find((p) => p.pair.every((a) => a.kind === 'PERSON'));
    const named = [...ctx.namedPairs].reverse().find((p) => p.pair.every((a) => a.kind === 'PERSON'));
    // "the two leaders", "the two men" are two persons: never a pair holding a state or a body
    const bothPersons = (pair: [Actor, Actor] | null) => (pair?.every((a) => a.kind === 'PERSON') ? pair : null);
    return persons?.pair ?? bothPersons(ctx.lastPair) ?? bothPersons(ctx.sectionPair) ?? named?.pair ?? null;
  }
  if (kind === 'state') {
    // the latest pair of states named together first, then the section's own pair
    const latestStates = [...ctx.pairs].reverse().find((p) => p.pair.every((a) => a.kind === 'STATE'))?.pair ?? null;
    const later = [...ctx.pairs, ...ctx.namedPairs].reverse().map((p) => p.pair);
    for (const candidate of [latestStates, ctx.sectionPair, ...later]) {
      if (!candidate) continue;
      const states = candidate.map(stateOf);
      if (states[0] && states[1] && states[0] !== states[1]) return [states[0], states[1]];
    }
    // no pair that two states stand for: none (the caller falls back on the two states the section names most), never
    // two persons or bodies a state noun cannot name ("He urged both governments" after a commissioner spoke to a minister)
    return null;
  }
  return ctx.sectionPair ?? ctx.lastPair ?? ctx.namedPairs.at(-1)?.pair ?? null;
}

/** "the three leaders", "all four countries", "all three", "the leaders" (not "the leaders of …") at token i. */
export function groupPhraseAt(lowerAt: (i: number) => string, i: number, rules: Rules): { size: number | null; head: string; end: number } | null {
  const g = rules.cues.groupPhrases;
  const first = lowerAt(i);
  if (first !== 'the' && first !== 'all') return null;
  const size = g.numbers[lowerAt(i + 1)] ?? null;
  const at = size === null ? i + 1 : i + 2;
  const head = lowerAt(at);
  if (g.heads.includes(head) && (size !== null || (first === 'the' && g.bareHeads.includes(head)))) {
    if (size === null && (lowerAt(at + 1) === 'of' || lowerAt(at + 1) === 'from')) return null;
    return { size, head, end: at + 1 };
  }
  if (first === 'all' && size !== null) return { size, head: 'sides', end: i + 2 };
  return null;
}

/**
 * "the three leaders", "the leaders": the latest group of that size (any size of three or more when none is said),
 * taken as states for state nouns; a bare "the leaders" with no group known falls back on the pair.
 */
export function resolveGroup(size: number | null, head: string, groups: readonly Actor[][], ctx: DescriptionContext, rules: Rules): Actor[] | null {
  const kind = rules.cues.pairKinds[head];
  const found =
    [...groups].reverse().find((g) => (size === null ? g.length >= 3 : g.length === size)) ??
    (size === null ? undefined : [...ctx.namedGroups].reverse().find((g) => g.length === size));
  if (found) return kind === 'state' ? asStates(found) : found;
  if (size === null) return resolvePair(`the two ${head}`, ctx, rules);
  return null;
}

export function asStates(group: readonly Actor[]): Actor[] {
  const states = group.map((a) => stateOf(a) ?? a);
  return states.filter((a, i) => states.indexOf(a) === i);
}

function stateOf(actor: Actor): Actor | null {
  if (actor.kind === 'STATE') return actor;
  const role = actor.roles.find((r) => r.of?.kind === 'STATE');
  return role?.of ?? null;
}

/**
 * The groups of three or more an event forms, in the order a later phrase should meet them: each side of three or more
 * that is not all the parties ("The foreign ministers of Brazil, Argentina, Paraguay and Uruguay called on Caracas":
 * a later "the four governments"), then all its parties (which a bare "the leaders" takes, the latest group).
 */
export function eventGroups<T>(sides: readonly (readonly T[])[]): T[][] {
  const parties = sides.flat().filter((a, i, all) => all.indexOf(a) === i);
  const groups = sides.filter((side) => side.length >= 3 && side.length < parties.length).map((side) => [...side]);
  if (parties.length >= 3) groups.push(parties);
  return groups;
}

/**
 * "ASEAN foreign ministers", "European Union leaders": a body named by its members, by the members' noun (one of
 * `memberNouns`, right after the body's name or after one lower-case word), for a later bare "the ministers".
 */
export function bodiesNamedByMembers(
  mentions: readonly { end: number; role: string; actor: Actor | null; possessive: boolean }[],
  words: readonly { lower: string; cap: boolean }[],
  memberNouns: ReadonlySet<string>,
  resolve: (a: Actor) => Actor,
): [string, Actor][] {
  const found: [string, Actor][] = [];
  for (const m of mentions) {
    const body = m.actor && m.role === 'agent' && !m.possessive ? resolve(m.actor) : null;
    if (body?.kind !== 'ORGANIZATION') continue;
    const next = words[m.end];
    const noun = next && !next.cap && !memberNouns.has(next.lower) ? words[m.end + 1] : next;
    if (noun && memberNouns.has(noun.lower)) found.push([noun.lower, body]);
  }
  return found;
}

/**
 * "Mr Macron, German Chancellor Angela Merkel and British Prime Minister Theresa May", "Brazil, Argentina, Paraguay and
 * Uruguay": three or more actors named as one list (commas, then "and", an Oxford comma allowed), each once. Mentions
 * in text order.
 */
export function listsNamedTogether(
  mentions: readonly { start: number; end: number; role: string; actor: Actor | null }[],
  words: readonly string[],
): Actor[][] {
  const agents = mentions.filter((m) => m.role === 'agent' && m.actor);
  const found: Actor[][] = [];
  let k = 0;
  while (k < agents.length) {
    const list = [agents[k]!];
    let closed = false;
    while (!closed && k + 1 < agents.length) {
      const a = agents[k]!;
      const b = agents[k + 1]!;
      const between = words.slice(a.end, b.start).join(' ');
      if (between === ',') list.push(b);
      else if (between === 'and' || between === ', and') {
        list.push(b);
        closed = true;
      } else break;
      k += 1;
    }
    const actors = list.map((m) => m.actor!);
    if (closed && actors.length >= 3 && new Set(actors).size === actors.length) found.push(actors);
    k += 1;
  }
  return found;
}

/**
 * "Pakistan and Afghanistan", "between Kinshasa and the M23": two actors named side by side with only "and" between
 * them, and not the end of a longer list ("Australia, Bahrain and Canada"). Mentions in text order.
 */
export function pairsNamedTogether(
  mentions: readonly { start: number; end: number; role: string; actor: Actor | null }[],
  words: readonly string[],
): [Actor, Actor][] {
  // a state named as the place of something counts: "the border between Pakistan and Afghanistan"
  const agents = mentions.filter((m) => (m.role === 'agent' || m.role === 'place') && m.actor);
  const found: [Actor, Actor][] = [];
  for (let k = 0; k + 1 < agents.length; k += 1) {
    const a = agents[k]!;
    const b = agents[k + 1]!;
    if (b.start !== a.end + 1 || words[a.end] !== 'and' || a.actor === b.actor) continue;
    if (words[a.start - 1] === ',' || words[b.end] === ',' || words[b.end] === 'and') continue;
    found.push([a.actor!, b.actor!]);
  }
  return found;
}
