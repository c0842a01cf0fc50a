import { RELATION_TYPE_INFO } from '../graph/vocabulary/relation-types.js';
import type { ActorKind } from '../graph/vocabulary/actor-kinds.js';
import { foldName } from '../graph/names/fold.js';
import { editDistance, type Actor, type ActorRegistry } from './actors.js';
import { isMonthWord, isWeekdayWord } from './dates.js';
import type { GazetteerEntry, Rules, TitleRule } from './rules.js';
import { describedActor, eventAgents, groupPhraseAt, resolveGroup, resolvePair, type DescriptionContext } from './descriptions.js';
import type { Sentence } from './segment.js';
import type { Token } from './tokenize.js';
import { loadStateBodies, stateBodyAt } from './actors/state-bodies.js';

/**
 * How a run of tokens refers to an actor:
 * - agent: the actor itself, able to take part in a relation ("Russia", "Shoigu", "the Ministry", "he");
 * - place: a location ("in Idlib", "in Moscow"); `actor` is the state it lies in, when it is a country or capital;
 * - demonym: an adjective of nationality that does not act by itself ("Afghan militia");
 * - pair: "the two sides", the two parties of the section's bilateral event;
 * - indef: "a Syrian politician", resolved to the next person introduced.
 */
export type MentionRole = 'agent' | 'place' | 'demonym' | 'pair' | 'indef';

export interface Mention {
  start: number;
  end: number;
  role: MentionRole;
  actor: Actor | null;
  pair?: [Actor, Actor];
  /** "the three leaders": the size said (null for "the leaders"), the head noun, and the members known from earlier sentences. */
  group?: { size: number | null; head: string; members: Actor[] | null; fixed?: boolean };
  possessive: boolean;
  via: 'name' | 'pronoun' | 'pair' | 'anaphor' | 'organ' | 'indef' | 'facility';
  indef?: { title: string; state: Actor | null };
  /** First time this actor is named in the document. */
  introduces: boolean;
}

/** What the pass over earlier sentences knows: for pronouns, anaphors and "the two sides". */
export interface DiscourseContext extends DescriptionContext {
  section: number;
  lastPersonSubject: Actor | null;
  lastPerson: Actor | null;
  lastNonPersonSubject: Actor | null;
  recent: Actor[];
  facilities: Map<string, Actor>;
  sectionPair: [Actor, Actor] | null;
  lastPair: [Actor, Actor] | null;
  sectionHeadlineStates: Actor[];
}

export function newContext(): DiscourseContext {
  return {
    section: -1,
    lastPersonSubject: null,
    lastPerson: null,
    lastNonPersonSubject: null,
    recent: [],
    facilities: new Map(),
    sectionPair: null,
    lastPair: null,
    sectionHeadlineStates: [],
    organs: new Map(),
    events: [],
    pairs: [],
    groups: [],
  };
}

export interface MentionEnv {
  rules: Rules;
  registry: ActorRegistry;
  /** Pass 2 resolves pronouns and anaphors; pass 1 only registers actors. */
  resolve: boolean;
  ctx: DiscourseContext;
  seen: Set<Actor>;
}

interface Match {
  end: number;
  text: string;
  entries: GazetteerEntry[];
  actor?: Actor;
}

const POSSESSIVE = new Set(['’s', "'s", '’']);
const CALLED = new Set(['called', 'named', 'dubbed']);

export function detectMentions(sentence: Sentence, env: MentionEnv): Mention[] {
  const { rules, registry } = env;
  const t = sentence.tokens;
  const sets = rules.cues.sets;
  const mentions: Mention[] = [];
  const headline = sentence.kind === 'headline';
  const lowerAt = (i: number) => t[i]?.lower ?? '';

  /** "al-Assaf", "el-Sisi", "al-Shabaab": a name particle joined to a capitalized name. */
  const particleName = (tok: Token | undefined): boolean => {
    const m = tok && /^(\p{Ll}+)-\p{Lu}/u.exec(tok.text);
    return !!m && sets.particles.has(m[1]!);
  };
  const isNameWord = (tok: Token | undefined, first: boolean): boolean => {
    if (!tok || !tok.word) return false;
    if (particleName(tok)) return true;
    if (isWeekdayWord(tok.lower) || isMonthWord(tok.lower)) return false;
    if (!first && sets.particles.has(tok.lower) && !tok.cap) return true;
    return tok.cap && !/^\d/.test(tok.text);
  };

  const textOf = (start: number, end: number) => sentence.text.slice(t[start]!.start - sentence.start, t[end - 1]!.end - sentence.start);

  const gazetteerAt = (i: number): Match | undefined => {
    const first = t[i];
    if (!first || !first.word || !(first.cap || particleName(first))) return undefined;
    // "The Economic Community of West African States": a listed name after a capitalised article
    if (first.text === 'The') {
      const inner = gazetteerAt(i + 1);
      if (inner && inner.entries.length) return inner;
    }
    const max = Math.min(t.length, i + Math.max(rules.gazetteerMaxTokens, 6));
    for (let end = max; end > i; end -= 1) {
      if (!t[end - 1]!.word) continue;
      let ok = true;
      for (let k = i; k < end; k += 1) if (!t[k]!.word) ok = false;
      if (!ok) continue;
      const key = t
        .slice(i, end)
        .map((x) => foldName(x.text) || x.lower)
        .join(' ');
      const text = textOf(i, end);
      const entries = rules.gazetteer.get(key);
      if (entries) {
        if (end - i === 1 && rules.caseSensitive.has(first.text.toUpperCase()) && !first.allCaps && first.text.length <= 3) continue;
        if (end - i === 1 && [...rules.caseSensitive].some((c) => foldName(c) === key) && !first.allCaps && first.text.length <= 3) continue;
        return { end, text, entries };
      }
      const actor = registry.find(text) ?? (end - i === 1 && !first.allCaps ? registry.findFuzzy(text, 'PERSON', true) : undefined);
      // "Kim Yong Chol" after "Kim Jong Un": a family name that opens a longer run of name words is not the known person
      const familyOpensName = end - i === 1 && sets.familyNameFirst.has(first.lower) && !!t[end]?.word && !!t[end]?.cap && !t[end]?.allCaps;
      if (actor && !(end - i === 1 && !first.cap) && !familyOpensName) return { end, text, entries: [], actor };
    }
    return undefined;
  };

  const titleAt = (i: number): { end: number; rule: TitleRule; text: string } | undefined => {
    for (let end = Math.min(t.length, i + rules.titleMaxTokens); end > i; end -= 1) {
      const key = t
        .slice(i, end)
        .map((x) => x.lower)
        .join(' ');
      const rule = rules.titles.get(key);
      if (rule) return { end, rule, text: textOf(i, end) };
    }
    return undefined;
  };

  /** Capitalized run from i: name words, with connectors ("for", "of", "and", "the") inside. */
  const capitalRun = (i: number, allowCaps = true, connectors = allowCaps): number => {
    let end = i;
    while (end < t.length) {
      const tok = t[end]!;
      if (isNameWord(tok, end === i) && (allowCaps || !tok.allCaps || tok.text.length > 4)) {
        end += 1;
        continue;
      }
      if (connectors && end > i && sets.connectors.has(tok.lower) && !tok.cap && isNameWord(t[end + 1], false) && t[end + 1]!.cap) {
        end += 1;
        continue;
      }
      break;
    }
    return end;
  };

  /** An organization named by a capitalized run holding a head word ("Russian Defense Ministry"). */
  const orgChunkAt = (i: number): { end: number; name: string; kind: ActorKind; place: boolean } | undefined => {
    let start = i;
    if (t[start]?.text === 'The') start += 1;
    const end = capitalRun(start);
    if (end - start < 2) return undefined;
    let kind: ActorKind | undefined;
    let place = false;
    for (let k = start; k < end; k += 1) {
      const head = rules.cues.orgHeads[t[k]!.text];
      if (head && k > start) kind = head;
      if (sets.placeHeads.has(t[k]!.text) && k > start) place = true;
    }
    if (!kind && !place) return undefined;
    let stop = end;
    while (stop > start && sets.connectors.has(t[stop - 1]!.lower)) stop -= 1;
    return { end: stop, name: textOf(start, stop), kind: kind ?? 'ORGANIZATION', place: place && !kind };
  };

  const push = (m: Mention) => {
    if (m.actor) {
      const actor = registry.resolve(m.actor);
      m.actor = actor;
      m.introduces = !env.seen.has(actor);
      env.seen.add(actor);
    }
    mentions.push(m);
  };

  const prevWord = (i: number) => {
    let k = i - 1;
    while (k >= 0 && (t[k]!.text === 'the' || t[k]!.text === 'The')) k -= 1;
    return k >= 0 ? t[k]!.lower : '';
  };
  const possessiveAfter = (end: number) => POSSESSIVE.has(t[end]?.text ?? '');

  /** "the French foreign ministry", "Armenia's defence ministry" (state word at i, phrase at k): the state's own body, affiliated with it. */
  const stateBodyMention = (i: number, k: number, state: Actor): Mention | undefined => {
    const body = stateBodyAt(t, k, i, loadStateBodies(), (x) => !!titleAt(x));
    const demonym = rules.states.get(state.name)?.demonyms[0];
    if (!body || !demonym) return undefined;
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
  };

  /** "met Biden at the White House": a body named after its building is there a place. */
  const atSeat = (i: number, entry: GazetteerEntry & { kind: 'actor' }, possessive: boolean) =>
    !!entry.seat && !possessive && (sets.placeIntroducers.has(prevWord(i)) || prevWord(i) === 'to');
  /** A listed person's or body's tie to the state it serves ("Kremlin": Russia), once. */
  const affiliate = (actor: Actor, entry: GazetteerEntry & { kind: 'actor' }) => {
    if (entry.state && entry.title && !actor.roles.length) actor.roles.push({ title: entry.title, of: registry.state(entry.state), sentence: sentence.index });
  };

  /** Classifies a gazetteer match into a mention. */
  const fromGazetteer = (i: number, m: Match): Mention | undefined => {
    const possessive = possessiveAfter(m.end);
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
      case 'place':
        break;
    }
    return { start: i, end: m.end, role: 'place', actor: null, possessive, via: 'name', introduces: false };
  };

  const stateMention = (i: number, end: number, state: Actor, form: 'state' | 'capital', possessive: boolean, text: string): Mention => {
    if (possessive) {
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
    if (possessive && form === 'state') {
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
  };

  /** [the|his] [Demonym|State|Org] Title Name ("Russian Defense Minister Sergei Shoigu"). */
  const titledPersonAt = (i: number): { mention: Mention; end: number } | undefined => {
    let j = i;
    if (sets.determiners.has(t[j]?.lower ?? '') && !t[j]!.cap) j += 1;
    else if (t[j]?.text === 'The') j += 1;
    let of: Actor | null = null;
    const g = gazetteerAt(j);
    const titleFirst = titleAt(j);
    if (g && !titleFirst) {
      const entry = g.entries[0];
      if (entry && (entry.kind === 'demonym' || entry.kind === 'state' || entry.kind === 'capital')) {
        of = registry.state(entry.state);
      } else if (g.actor && g.actor.kind !== 'PERSON') of = g.actor;
      // a listed body is registered only when a title follows ("NATO Secretary-General …"), not for "at the White House"
      else if (entry && entry.kind === 'actor' && entry.actorKind !== 'PERSON' && titleAt(g.end))
        of = registry.getOrCreate(entry.name, entry.actorKind, entry.aliases);
      if (of) {
        j = g.end;
        if (POSSESSIVE.has(t[j]?.text ?? '') && of.kind === 'STATE' && titleAt(j + 1)) j += 1;
      }
    }
    if (!of && !titleFirst && t[j]?.allCaps && t[j]!.word && /^\p{Lu}{2,6}$/u.test(t[j]!.text) && !g && titleAt(j + 1)) {
      of = registry.getOrCreate(t[j]!.text, 'ORGANIZATION');
      j += 1;
    }
    if (!of && !titleFirst) {
      const org = orgChunkAt(j);
      if (org && !org.place && titleAt(org.end)) {
        of = registry.find(org.name) ?? fuzzyGazetteer(org.name) ?? registry.getOrCreate(org.name, org.kind);
        j = org.end;
      }
    }
    const title = titleAt(j);
    if (!title) return undefined;
    let nameStart = title.end;
    const media = title.rule.kind !== 'PERSON';
    let nameEnd = media ? capitalRun(nameStart) : capitalRun(nameStart, false);
    if (!media) {
      // "Foreign Minister Sheikh Mohammed …": an honorific title before the name is not part of it
      if (nameEnd - nameStart >= 3 && rules.titleHeads.has(t[nameStart]!.text)) nameStart += 1;
      // a person's name: at most five words besides particles ("bin", "de"), no organization head inside
      let k = nameStart;
      let words = 0;
      while (k < nameEnd && words < 5 && !(rules.cues.orgHeads[t[k]!.text] && k > nameStart)) {
        if (!sets.particles.has(t[k]!.lower) || t[k]!.cap) words += 1;
        k += 1;
      }
      nameEnd = k;
      while (nameEnd > nameStart && sets.particles.has(t[nameEnd - 1]!.lower)) nameEnd -= 1;
    }
    let appositive = false;
    if (nameEnd === nameStart && t[nameStart]?.text === ',' && !media) {
      // "the French Chief of the Defense Staff, General Pierre de Villiers"
      const inner = titledPersonAt(nameStart + 1);
      if (inner && inner.mention.actor) {
        addRole(inner.mention.actor, title, of);
        inner.mention.start = i;
        return inner;
      }
      appositive = true;
      const named = appositiveName(nameStart + 1);
      if (named && (i < j || of)) {
        const person = registry.find(named.name) ?? gazetteerPerson(named.name) ?? registry.getOrCreate(named.name, 'PERSON');
        if (person.kind === 'PERSON') {
          addRole(person, title, of);
          return {
            mention: { start: i, end: named.end, role: 'agent', actor: person, possessive: possessiveAfter(named.end), via: 'name', introduces: false },
            end: named.end,
          };
        }
      }
    }
    if (nameEnd === nameStart || appositive) return undefined;
    if (t[nameStart]?.text === 'The' && !media) return undefined;
    const name = textOf(nameStart, nameEnd);
    const kind: ActorKind = title.rule.kind;
    let actor: Actor;
    if (kind === 'PERSON') {
      const found = registry.find(name);
      if (found && found.kind !== 'PERSON') return undefined;
      actor = found ?? gazetteerPerson(name) ?? registry.getOrCreate(name, 'PERSON');
    } else {
      const bare = name.replace(/^The /, '');
      actor = registry.find(name) ?? registry.find(bare) ?? gazetteerActor(bare) ?? registry.getOrCreate(bare, kind);
    }
    addRole(actor, title, of);
    return {
      mention: { start: i, end: nameEnd, role: 'agent', actor, possessive: possessiveAfter(nameEnd), via: 'name', introduces: false },
      end: nameEnd,
    };
  };

  const gazetteerPerson = (name: string): Actor | undefined => {
    const entries = rules.gazetteer.get(t.length ? foldName(name) : '');
    const tail = rules.personTails.get(foldName(name));
    const entry = entries?.find((e) => e.kind === 'actor') ?? tail;
    if (!entry || entry.kind !== 'actor') return undefined;
    const actor = registry.getOrCreate(entry.name, entry.actorKind, [], entry.state ?? null);
    if (foldName(name) !== foldName(actor.name)) registry.addAlias(actor, name);
    if (entry.state && entry.title && !actor.roles.some((r) => r.of)) {
      actor.roles.push({ title: entry.title, of: registry.state(entry.state), sentence: sentence.index });
    }
    return actor;
  };
  const gazetteerActor = gazetteerPerson;

  /** A misspelt well-known body ("Revoutionary Guards"): within a small edit distance of a gazetteer name. */
  const fuzzyGazetteer = (name: string): Actor | undefined => {
    const folded = foldName(name);
    if (folded.length < 8) return undefined;
    for (const [key, entries] of rules.gazetteer) {
      const entry = entries.find((e) => e.kind === 'actor' && e.actorKind !== 'PERSON');
      if (!entry || entry.kind !== 'actor' || Math.abs(key.length - folded.length) > 2) continue;
      if (editDistance(key, folded, 2) <= (folded.length < 12 ? 1 : 2)) {
        const actor = registry.getOrCreate(
          entry.name,
          entry.actorKind,
          entry.aliases.filter((a) => foldName(a) === key),
        );
        registry.addAlias(actor, name);
        actor.fuzzy = true;
        return actor;
      }
    }
    return undefined;
  };

  const addRole = (actor: Actor, title: { rule: TitleRule; text: string }, of: Actor | null) => {
    let titleText = title.text;
    let owner = of;
    if (title.rule.copy) {
      const previous = [...mentions].reverse().find((m) => m.actor?.kind === 'PERSON' && m.actor.roles.length);
      const role = previous?.actor?.roles.find((r) => r.sentence === sentence.index) ?? previous?.actor?.roles.at(-1);
      if (!role) return;
      titleText = role.title;
    }
    if (title.rule.state && !owner) {
      // "State outlet TASS": the state is the one named in the sentence or the section's headline
      const demonym = mentions.find((m) => m.actor?.kind === 'STATE');
      owner = demonym?.actor ?? env.ctx.sectionHeadlineStates[0] ?? null;
    }
    if (owner && owner.kind === 'STATE') owner.active = true;
    if (/^(mr|mrs|ms|dr)\.?$/i.test(titleText)) return;
    const a = registry.resolve(actor);
    const duplicate = a.roles.find((r) => foldName(r.title) === foldName(titleText) && (r.of === owner || !owner));
    if (duplicate) {
      if (!duplicate.of && owner) duplicate.of = owner;
      return;
    }
    a.roles.push({ title: titleText, of: owner, sentence: sentence.index });
  };

  let i = 0;
  while (i < t.length) {
    const tok = t[i]!;
    // "the two sides"
    if (env.resolve && !headline) {
      const pair = rules.cues.pairPhrases.find((p) => {
        const words = p.split(' ');
        return words.every((w, k) => lowerAt(i + k) === w);
      });
      if (pair) {
        const n = pair.split(' ').length;
        const parties = resolvePair(pair, env.ctx, rules);
        push({
          start: i,
          end: n + i,
          role: 'pair',
          actor: null,
          ...(parties ? { pair: parties } : {}),
          possessive: possessiveAfter(i + n),
          via: 'pair',
          introduces: false,
        });
        i += n;
        continue;
      }
    }
    // "the three leaders", "all four countries", "all three", "the leaders"
    if (env.resolve && !headline) {
      const group = groupPhraseAt(lowerAt, i, rules);
      if (group) {
        const members = resolveGroup(group.size, group.head, env.ctx.groups, env.ctx, rules);
        push({
          start: i,
          end: group.end,
          role: 'pair',
          actor: null,
          group: { size: group.size, head: group.head, members },
          possessive: possessiveAfter(group.end),
          via: 'pair',
          introduces: false,
        });
        i = group.end;
        continue;
      }
    }
    if (headline) {
      const g = gazetteerAt(i);
      if (g && (g.entries[0]?.kind !== 'demonym' || g.actor)) {
        const m = fromGazetteer(i, g);
        if (m) {
          if (m.actor?.kind === 'STATE' && m.role === 'agent') env.ctx.sectionHeadlineStates.push(m.actor);
          push(m);
        }
        i = g.end;
        continue;
      }
      if (g) {
        const entry = g.entries[0];
        if (entry && entry.kind === 'demonym') env.ctx.sectionHeadlineStates.push(registry.state(entry.state));
        i = g.end;
        continue;
      }
      i += 1;
      continue;
    }

    // "the Assad regime", "the Syrian government"
    const govStart = tok.lower === 'the' ? i + 1 : i;
    const gov = governmentAt(govStart);
    if (gov) {
      push(gov.mention);
      i = gov.end;
      continue;
    }

    // "a group called OSM, known informally as Wagner"
    const knownAsAt = (k: number) => prevWord(k) === 'as' && [2, 3, 4].some((d) => lowerAt(k - d - (t[k - 1]?.lower === 'the' ? 1 : 0)) === 'known');
    if (CALLED.has(prevWord(i)) || knownAsAt(i)) {
      let start = i;
      if (tok.lower === 'the') start += 1;
      const end = capitalRun(start);
      if (end > start) {
        const name = textOf(start, end);
        const existing = registry.find(name);
        const g = gazetteerAt(start);
        const gazActor = g && g.end === end ? fromGazetteer(start, g)?.actor : undefined;
        const kind = orgKindFromContext(sentence, rules);
        let actor = existing ?? gazActor ?? registry.getOrCreate(name, kind);
        // the construction names the same body twice: merge the earlier name into a known one
        const previous = mentions.at(-1);
        const knownAs = knownAsAt(i) && previous?.actor && previous.actor.kind !== 'PERSON' && previous.actor.kind !== 'STATE';
        if (knownAs && previous.actor) {
          actor = gazActor && gazActor !== previous.actor ? registry.merge(previous.actor, gazActor) : registry.merge(actor, previous.actor);
          registry.addAlias(actor, name);
          previous.actor = actor;
        }
        push({ start: i, end, role: 'agent', actor, possessive: possessiveAfter(end), via: 'name', introduces: false });
        i = end;
        continue;
      }
    }

    // "the North Korean leader", "the Russian president": the person last named who leads that state
    if (env.resolve && tok.lower === 'the') {
      const described = demonymLeaderAt(i);
      if (described) {
        push(described);
        i = described.end;
        continue;
      }
    }

    const titled = titledPersonAt(i);
    if (titled) {
      push(titled.mention);
      i = titled.end;
      continue;
    }

    // "the ELN", "ELN rebels", "the SDF militia": an unknown acronym after "the" or before a group noun is a body
    if (tok.word && tok.allCaps && /^\p{Lu}{2,6}$/u.test(tok.text) && !gazetteerAt(i) && !registry.find(tok.text) && !titleAt(i)) {
      const next = t[i + 1];
      const groupKind = next?.word ? rules.cues.acronymGroupNouns[next.lower] : undefined;
      const afterThe = t[i - 1]?.lower === 'the' && !(next?.word && next.allCaps);
      if (groupKind || afterThe) {
        const actor = registry.getOrCreate(tok.text, groupKind ?? orgKindFromContext(sentence, rules));
        push({ start: i, end: i + 1, role: 'agent', actor, possessive: possessiveAfter(i + 1), via: 'name', introduces: false });
        i += 1;
        continue;
      }
    }

    const g = gazetteerAt(i);
    const org = orgChunkAt(i);
    // "ECOWAS, African Union and United Nations": a listed name is not run on into the next by "and"
    if (org && (!g || (org.end > g.end && t[g.end]?.lower !== 'and'))) {
      if (org.place) {
        push({ start: i, end: org.end, role: 'place', actor: null, possessive: false, via: 'name', introduces: false });
      } else if (genericUnit(i, org.end)) {
        // nothing: "the Marine Special Forces" names no body
      } else {
        const stripped = org.name.replace(/^(In|On|At|During|After|Among|According|For|From|With|By)\s+/, '');
        const actor =
          registry.find(stripped) ??
          gazetteerActor(stripped) ??
          fuzzyGazetteer(stripped) ??
          registry.getOrCreate(stripped, org.kind === 'ORGANIZATION' ? orgKindFromContext(sentence, rules, org.kind) : org.kind);
        const start = i + (stripped === org.name ? 0 : 1);
        push(withOrgan({ start, end: org.end, role: 'agent', actor, possessive: possessiveAfter(org.end), via: 'name', introduces: false }));
      }
      i = org.end;
      continue;
    }
    if (g) {
      const m = fromGazetteer(i, g);
      if (m) {
        // "Iranian-led", "Syria-based": an adjective, not the actor
        push(withOrgan(m));
        if (m.role === 'agent' && m.actor && m.possessive && m.actor.kind !== 'PERSON') {
          const facility = t.slice(g.end + 1, g.end + 4).find((x) => sets.facility.has(x.lower));
          if (facility) env.ctx.facilities.set(facility.lower, m.actor);
        }
      }
      i = Math.max(g.end, m?.end ?? g.end);
      continue;
    }

    // a person named without a title: "Qadri Jamil, who ...", or a surname met before
    if (isNameWord(tok, true) && !tok.allCaps) {
      let start = i;
      if (i === 0 || /^[“"‘(]$/.test(t[i - 1]?.text ?? '')) {
        if (sets.starters.has(tok.lower)) start = i + 1;
      }
      let end = capitalRun(start, false);
      let lastHead = -1;
      // "Hassan Sheikh Mohamud": an honorific inside a run of plain name words is part of the name
      const inName = (k: number) => k > start && sets.innerTitles.has(t[k]!.lower) && !rules.titleHeads.has(t[k - 1]!.text) && !gazetteerAt(k - 1);
      for (let k = start; k < end; k += 1) if (rules.titleHeads.has(t[k]!.text) && !inName(k)) lastHead = k;
      if (lastHead >= 0 && end - lastHead - 1 >= 2) {
        const name = textOf(lastHead + 1, end);
        const actor = registry.find(name) ?? gazetteerPerson(name) ?? registry.getOrCreate(name, 'PERSON');
        if (actor.kind === 'PERSON') {
          addRole(actor, { rule: { title: textOf(start, lastHead + 1), kind: 'PERSON' }, text: textOf(start, lastHead + 1) }, null);
          push({ start, end, role: 'agent', actor, possessive: possessiveAfter(end), via: 'name', introduces: false });
          i = end;
          continue;
        }
      }
      if (lastHead >= 0) end = lastHead;
      const nationalWord = (x: Token) => {
        const head = foldName(x.text.split('-')[0] ?? '');
        return (
          (rules.gazetteer.get(head) ?? []).some((e) => e.kind === 'demonym' || e.kind === 'state') ||
          /-(led|backed|based|born|run|held|linked|allied)$/i.test(x.text)
        );
      };
      if (end - start >= 2 && end - start <= 4 && !t.slice(start, end).some((x) => rules.cues.orgHeads[x.text] || x.allCaps || nationalWord(x))) {
        // "Mr Ruto": an honorific before a surname names the person known by it
        if (sets.honorifics.has(t[start]!.lower.replace(/\.$/, ''))) {
          const bare = textOf(start + 1, end);
          const known = registry.find(bare);
          if (known?.kind === 'PERSON') {
            push({ start, end, role: 'agent', actor: known, possessive: possessiveAfter(end), via: 'name', introduces: false });
            i = end;
            continue;
          }
        }
        const name = textOf(start, end);
        // "at Camp David", "in Sharm el-Sheikh": an unknown, untitled name after a place preposition is a place
        if (sets.placeIntroducers.has(prevWord(start)) && !possessiveAfter(end) && !registry.find(name) && !gazetteerPerson(name)) {
          push({ start, end, role: 'place', actor: null, possessive: false, via: 'name', introduces: false });
          i = end;
          continue;
        }
        const actor = registry.find(name) ?? gazetteerPerson(name) ?? registry.getOrCreate(name, 'PERSON');
        if (actor.kind === 'PERSON' || actor.kind !== 'STATE') {
          push({ start, end, role: 'agent', actor, possessive: possessiveAfter(end), via: 'name', introduces: false });
          i = end;
          continue;
        }
      }
      // "Tshisekedi accused Rwanda", "…, Jalili said": a lone unknown name word as the subject of a past-tense speech or event verb is a person
      if (end - start === 1 && (loneSubjectName(start) || loneObjectName(start))) {
        const name = textOf(start, end);
        // a surname shared by two persons named in full ("Kim"): the one introduced first, the story's protagonist
        const actor = registry.firstBySurname(name) ?? registry.getOrCreate(name, 'PERSON');
        push({ start, end, role: 'agent', actor, possessive: false, via: 'name', introduces: false });
        i = end;
        continue;
      }
    }

    if (env.resolve) {
      const anaphor = anaphorAt(i);
      if (anaphor) {
        push(anaphor);
        i = anaphor.end;
        continue;
      }
    }
    i += 1;
  }
  return mentions;

  /** A lone capitalised word, unknown to every list, directly before a past-tense speech or trigger verb (one adverb may come between). */
  function loneSubjectName(k: number): boolean {
    const w = t[k]!;
    if (w.allCaps || w.text.length < 3 || !/^\p{Lu}\p{Ll}+(-\p{Lu}?\p{Ll}+)?$/u.test(w.text)) return false;
    if (
      gazetteerAt(k) ||
      registry.find(w.text) ||
      (registry.firstBySurname(w.text) && !sets.familyNameFirst.has(w.lower)) ||
      rules.titleHeads.has(w.text) ||
      titleAt(k) ||
      rules.cues.orgHeads[w.text]
    )
      return false;
    const before = t[k - 1];
    const initial = !before || /^[“"‘(]$/.test(before.text);
    // "Critics said", "Officials accused": a capitalised plural or stock opener at the start of a sentence is no name
    if (initial && (/s$/.test(w.lower) || sets.starters.has(w.lower))) return false;
    if (before && (sets.determiners.has(before.lower) || POSSESSIVE.has(before.text) || before.cap)) return false;
    let v = k + 1;
    if (t[v]?.word && sets.adverbs.has(t[v]!.lower)) v += 1;
    const verb = t[v];
    if (!verb || !verb.word || verb.cap) return false;
    const past = /ed$/.test(verb.lower) || sets.irregularPast.has(verb.lower);
    if ((sets.speech.has(verb.lower) && past) || (past && rules.verbTriggers.has(verb.lower))) return true;
    // "Kuleba held talks with": a past light verb whose object is a trigger noun
    return past && sets.light.has(verb.lower) && !!t[v + 1] && rules.nounTriggers.has(t[v + 1]!.lower);
  }

  /** A lone capitalised word, unknown to every list, as the object of a past-tense trigger verb ("praised Lula") or after "with" closing a trigger ("talks with Museveni"). */
  function loneObjectName(k: number): boolean {
    const w = t[k]!;
    if (w.allCaps || w.text.length < 3 || !/^\p{Lu}\p{Ll}+(-\p{Lu}?\p{Ll}+)?$/u.test(w.text)) return false;
    if (
      gazetteerAt(k) ||
      registry.find(w.text) ||
      (registry.firstBySurname(w.text) && !sets.familyNameFirst.has(w.lower)) ||
      rules.titleHeads.has(w.text) ||
      titleAt(k) ||
      rules.cues.orgHeads[w.text]
    )
      return false;
    const next = t[k + 1];
    if (next && next.cap && next.word) return false;
    if (next && POSSESSIVE.has(next.text)) return false;
    // "accused Western countries": an adjective before its noun is no name
    if (next?.word && !sets.preps.has(next.lower) && !sets.coordinators.has(next.lower) && next.lower !== 'as') return false;
    const before = t[k - 1];
    if (!before || !before.word || before.cap) return false;
    const past = (x: Token) => /ed$/.test(x.lower) || sets.irregularPast.has(x.lower);
    // only relations whose target is typically someone, not somewhere ("visited Mariupol", "struck Kharkiv" stay places)
    if (rules.verbTriggers.has(before.lower) && past(before))
      return (rules.verbTriggers.get(before.lower) ?? []).some((r) => r.direct && !r.places && RELATION_TYPE_INFO[r.type].objectIsPerson);
    if (before.lower === 'with') {
      const trigger = t[k - 2];
      return !!trigger && (rules.nounTriggers.has(trigger.lower) || (rules.verbTriggers.has(trigger.lower) && past(trigger)));
    }
    return false;
  }

  /** "Russian and Ukrainian negotiators": after a demonym, more demonyms joined by "and" or commas, then an organ noun. */
  function coordinatedOrgan(end: number): string | null {
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

  /** ", Joel Meyer," after a title: a person's name in apposition (two to four name words, then a break). */
  function appositiveName(k: number): { name: string; end: number } | undefined {
    const end = capitalRun(k, false, false);
    if (end - k < 2 || end - k > 4) return undefined;
    if (t.slice(k, end).some((x) => rules.cues.orgHeads[x.text] || rules.titleHeads.has(x.text))) return undefined;
    const g = gazetteerAt(k);
    if (g && g.end === end && g.entries[0] && g.entries[0].kind !== 'actor') return undefined;
    const next = t[end];
    if (next && next.word && next.cap) return undefined;
    return { name: textOf(k, end), end };
  }

  /** A body named only by generic words and its head ("Marine Special Forces"). */
  function genericUnit(start: number, end: number): boolean {
    let k = start;
    if (t[k]?.text === 'The') k += 1;
    const head = t[end - 1]!;
    if (rules.cues.orgHeads[head.text] !== 'ARMED_GROUP') return false;
    if (
      rules.gazetteer.has(
        t
          .slice(k, end)
          .map((x) => foldName(x.text))
          .join(' '),
      )
    )
      return false;
    for (let x = k; x < end - 1; x += 1) if (!sets.genericUnit.has(t[x]!.text)) return false;
    return end - 1 > k;
  }

  /** "NATO leaders", "Hamas officials": a body's organ noun after its name stays the body. */
  function withOrgan(m: Mention): Mention {
    const next = t[m.end];
    if (
      m.role === 'agent' &&
      m.actor &&
      m.actor.kind !== 'PERSON' &&
      m.actor.kind !== 'STATE' &&
      !m.possessive &&
      next &&
      !next.cap &&
      sets.organ.has(next.lower) &&
      !sets.personPronouns.has(next.lower)
    ) {
      return { ...m, end: m.end + 1, via: 'organ', possessive: possessiveAfter(m.end + 1) };
    }
    return m;
  }

  function governmentAt(j: number): { mention: Mention; end: number } | undefined {
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
    const demonym = state ? rules.states.get(state.name)?.demonyms[0] : undefined;
    const canonical = demonym ? `${demonym} government` : `${surname} ${head.lower}`;
    const actor = registry.getOrCreate(canonical, 'ORGANIZATION');
    const written = `${g.text} ${head.text}`;
    if (foldName(written) !== foldName(canonical)) registry.addAlias(actor, written);
    const start = t[j - 1]?.lower === 'the' ? j - 1 : j;
    return { mention: { start, end: j + 2, role: 'agent', actor, possessive: possessiveAfter(j + 2), via: 'name', introduces: false }, end: j + 2 };
  }

  function anaphorAt(j: number): Mention | undefined {
    const word = t[j]!;
    const ctx = env.ctx;
    if (sets.personPronouns.has(word.lower) && word.lower !== 'her') {
      const personAgent = (m: Mention) => m.role === 'agent' && m.actor?.kind === 'PERSON' && !sets.preps.has(t[m.start - 1]?.lower ?? '');
      // "Trump praised Kim and said he would": after a speech verb the pronoun is the speaker, the sentence's first person, not the latest object
      const speechBefore = sets.speech.has(t[j - 1]?.lower ?? '') || (t[j - 1]?.lower === 'that' && sets.speech.has(t[j - 2]?.lower ?? ''));
      const speaker = speechBefore && sets.coordinators.has(t[j - (t[j - 1]?.lower === 'that' ? 3 : 2)]?.lower ?? '') ? mentions.find(personAgent) : undefined;
      const earlier = speaker ?? [...mentions].reverse().find(personAgent);
      const actor = earlier?.actor ?? ctx.lastPersonSubject ?? ctx.lastPerson;
      return actor ? { start: j, end: j + 1, role: 'agent', actor, possessive: false, via: 'pronoun', introduces: false } : undefined;
    }
    if (sets.thingPronouns.has(word.lower)) {
      const earlier = [...mentions]
        .reverse()
        .find((m) => m.role === 'agent' && m.actor && m.actor.kind !== 'PERSON' && !sets.preps.has(t[m.start - 1]?.lower ?? ''));
      const actor = earlier?.actor ?? ctx.lastNonPersonSubject;
      const possessive = word.lower === 'its';
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
    if (word.lower === 'the' && t[j + 1]) {
      const noun = t[j + 1]!;
      const category = rules.cues.definiteAnaphors[noun.lower];
      const next = t[j + 2];
      if (category && !(next && (next.cap || next.lower === 'of'))) {
        const actor = category === 'facility' ? ctx.facilities.get(noun.lower) : findRecent(category);
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

  /** "the junta" (an organ named earlier), "the alliance" (a body so described), "the move" (an earlier event's agent). */
  function demonymLeaderAt(j: number): Mention | undefined {
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
    const recent = [...mentions.map((m) => m.actor).filter((a): a is Actor => !!a)].reverse().concat([...env.ctx.recent].reverse());
    const serves = (a: Actor) =>
      a.kind === 'PERSON' && (a.state === stateName || a.roles.some((r) => r.of && registry.resolve(r.of) === registry.resolve(state)));
    const titled = (a: Actor) => a.roles.length === 0 || a.roles.some((r) => ` ${r.title.toLowerCase()} `.includes(` ${title.split(' ').at(-1)} `));
    const person = recent.find((a) => serves(a) && titled(a));
    if (!person) return undefined;
    return { start: j, end, role: 'agent', actor: person, possessive: possessiveAfter(end), via: 'anaphor', introduces: false };
  }

  function definiteDescription(j: number): Mention | undefined {
    const ctx = env.ctx;
    const one = t[j + 1]!.lower;
    const two = t[j + 2] ? `${one} ${t[j + 2]!.lower}` : '';
    const recent = [...mentions.map((m) => m.actor).filter((a): a is Actor => !!a)].reverse().concat([...ctx.recent].reverse());
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
      const agents = eventAgents(one, ctx, rules);
      if (agents.length > 1)
        return {
          start: j,
          end: j + 2,
          role: 'pair',
          actor: null,
          group: { size: agents.length, head: 'sides', members: agents, fixed: true },
          possessive: possessiveAfter(j + 2),
          via: 'anaphor',
          introduces: false,
        };
      if (agents[0]) return make(agents[0], j + 2, 'anaphor');
    }
    return undefined;
  }

  function findRecent(category: string): Actor | undefined {
    const all = [...mentions.map((m) => m.actor).filter((a): a is Actor => !!a)].reverse().concat([...env.ctx.recent].reverse());
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
}

function orgKindFromContext(sentence: Sentence, rules: Rules, fallback: ActorKind = 'ORGANIZATION'): ActorKind {
  const lower = sentence.text.toLowerCase();
  for (const [kind, cues] of Object.entries(rules.cues.kindCues)) {
    if (cues.some((c) => new RegExp(`\\b${c}\\b`).test(lower))) return kind as ActorKind;
  }
  return fallback;
}
