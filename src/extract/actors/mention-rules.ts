import { foldName } from '../../text/fold.js';
import { groupPhraseAt, pairsNamedTogether, resolveGroup, resolvePair } from '../descriptions.js';
import type { Token } from '../tokenize.js';
import type { MentionScan } from './mention-scan.js';
import { orgKindFromContext } from './organization-names.js';
import { bareOrganAt, personOfficeAt } from './bare-organs.js';
import { salientPair, type PairKind } from '../discourse/salient-pair.js';
import type { Actor } from '../actors.js';
import type { Rules } from '../rules.js';

/**
 * The rules of the mention scan, tried in this order at each token: the first that reads a mention there
 * records it and says where the scan goes on (undefined: not this rule's). Each rule is one way of naming an actor.
 */

const CALLED = new Set(['called', 'named', 'dubbed']);

/** "the two sides": the two parties of the section's bilateral event. */
function pairPhraseRule(s: MentionScan, i: number): number | undefined {
  const { env, rules, headline, lowerAt, push, possessiveAfter } = s;
  if (env.resolve && !headline) {
    const pair = pairPhraseWords(rules).find(({ words }) => words.every((w, k) => lowerAt(i + k) === w))?.phrase;
    if (pair) {
      const n = pair.split(' ').length;
      // "between Pakistan and Afghanistan ... the two countries": a pair named earlier in the sentence counts too
      const here = pairsNamedTogether(
        s.mentions,
        s.t.map((x) => x.lower),
      ).map((p) => ({ pair: p }));
      const kind = pairKindOf(pair, rules);
      const named = [...env.ctx.recent, ...s.mentions.flatMap((m) => (m.role === 'agent' && m.actor ? [m.actor] : []))];
      const resolve = (a: Actor) => s.registry.resolve(a);
      const resolved = resolvePair(pair, { ...env.ctx, namedPairs: [...env.ctx.namedPairs, ...here] }, rules);
      // "both sides" read as a pair that is not two states (two persons who met, a minister and a ministry): the two
      // parties the section is about, when clear ("urged both sides to show restraint" in a Guinea–Sierra Leone border row);
      // so too when no pair was read, except "talks between the two sides", whose sides the sentence names after it
      const sides =
        !rules.cues.pairKinds[pair.split(' ').at(-1) ?? ''] && (resolved ? !resolved.every((a) => a.kind === 'STATE') : s.t[i - 1]?.lower !== 'between')
          ? salientPair(named, 'state', resolve)
          : null;
      const parties = sides ?? resolved ?? (kind ? salientPair(named, kind, resolve) : null);
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
      return i + n;
    }
  }
  return undefined;
}

const splitPairPhrases = new WeakMap<Rules, { phrase: string; words: string[] }[]>();

/** The pair phrases with their words, split once per rule set: the rule tries them all at every token. */
function pairPhraseWords(rules: Rules): { phrase: string; words: string[] }[] {
  let split = splitPairPhrases.get(rules);
  if (!split) {
    split = rules.cues.pairPhrases.map((phrase) => ({ phrase, words: phrase.split(' ') }));
    splitPairPhrases.set(rules, split);
  }
  return split;
}

/** "both countries" names states, "both sides" any party, "the two leaders" persons (cues.json pairKinds: never guessed from salience). */
function pairKindOf(phrase: string, rules: Rules): PairKind | null {
  const kind = rules.cues.pairKinds[phrase.split(' ').at(-1) ?? ''];
  return kind === 'state' ? 'state' : null;
}

/** "the three leaders", "all four countries", "all three", "the leaders": the latest group of that size. */
function groupPhraseRule(s: MentionScan, i: number): number | undefined {
  const { env, rules, headline, lowerAt, push, possessiveAfter } = s;
  if (env.resolve && !headline) {
    const group = groupPhraseAt(lowerAt, i, rules);
    if (group) {
      // "ASEAN foreign ministers decided …. The ministers asked …": the body whose members the section named so, when no
      // event of three or more parties is known
      const body = group.size === null && !env.ctx.groups.some((g) => g.length >= 3) ? env.ctx.memberBodies.get(group.head) : undefined;
      if (body) {
        push({ start: i, end: group.end, role: 'agent', actor: body, possessive: possessiveAfter(group.end), via: 'anaphor', introduces: false });
        return group.end;
      }
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
      return group.end;
    }
  }
  return undefined;
}

/** In a headline only listed names count; a demonym there names the section's state. */
function headlineRule(s: MentionScan, i: number): number | undefined {
  const { env, registry, headline, gazetteerAt, push, fromGazetteer } = s;
  if (headline) {
    // a monitoring report's source line names its outlet ("Ankara Radio in Turkish 1600 gmt 5 Jun 89")
    const outlet = placeBroadcasterRule(s, i);
    if (outlet !== undefined) return outlet;
    const g = gazetteerAt(i);
    if (g && (g.entries[0]?.kind !== 'demonym' || g.actor)) {
      const m = fromGazetteer(i, g);
      if (m) {
        if (m.actor?.kind === 'STATE' && m.role === 'agent') env.ctx.sectionHeadlineStates.push(m.actor);
        push(m);
      }
      return g.end;
    }
    if (g) {
      const entry = g.entries[0];
      if (entry && entry.kind === 'demonym') env.ctx.sectionHeadlineStates.push(registry.state(entry.state));
      return g.end;
    }
    return i + 1;
  }
  return undefined;
}

/** "the Assad regime", "the Syrian government". */
function governmentRule(s: MentionScan, i: number): number | undefined {
  const { push, governmentAt } = s;
  const tok = s.t[i]!;
  const govStart = tok.lower === 'the' ? i + 1 : i;
  const gov = governmentAt(govStart);
  if (gov) {
    push(gov.mention);
    return gov.end;
  }
  return undefined;
}

/** "a group called OSM, known informally as Wagner": the name given, merged with the body it names again. */
function namedAsRule(s: MentionScan, i: number): number | undefined {
  const { sentence, t, rules, registry, mentions, lowerAt, textOf, gazetteerAt, capitalRun, push, prevWord, possessiveAfter, fromGazetteer } = s;
  const tok = s.t[i]!;
  const knownAsAt = (k: number) => prevWord(k) === 'as' && [2, 3, 4].some((d) => lowerAt(k - d - (t[k - 1]?.lower === 'the' ? 1 : 0)) === 'known');
  if (CALLED.has(prevWord(i)) || knownAsAt(i)) {
    let start = i;
    if (tok.lower === 'the') start += 1;
    const end = capitalRun(start);
    if (end > start) {
      const name = textOf(start, end);
      const existing = registry.find(name);
      // "General Mohamed Hamdan Dagalo, known as Hemedti": a person's byname, unknown otherwise, is the person's alias
      const person = mentions.at(-1)?.actor;
      if (knownAsAt(i) && person?.kind === 'PERSON' && !existing && !gazetteerAt(start) && end - start <= 2) {
        registry.addAlias(person, name);
        push({ start: i, end, role: 'agent', actor: person, possessive: possessiveAfter(end), via: 'name', introduces: false });
        return end;
      }
      const g = gazetteerAt(start);
      const gazActor = g && g.end === end ? fromGazetteer(start, g)?.actor : undefined;
      const kind = orgKindFromContext(sentence, rules, 'ORGANIZATION', name);
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
      return end;
    }
  }
  return undefined;
}

/** "the North Korean leader", "the Russian president": the person last named who leads that state. */
function leaderDescriptionRule(s: MentionScan, i: number): number | undefined {
  const { env, push, demonymLeaderAt } = s;
  const tok = s.t[i]!;
  if (env.resolve && tok.lower === 'the') {
    const described = demonymLeaderAt(i);
    if (described) {
      push(described);
      return described.end;
    }
  }
  return undefined;
}

/** [the|his] [Demonym|State|Org] Title Name ("Russian Defense Minister Sergei Shoigu"). */
function titledPersonRule(s: MentionScan, i: number): number | undefined {
  const { push, titledPersonAt } = s;
  const titled = titledPersonAt(i);
  if (titled) {
    push(titled.mention);
    return titled.end;
  }
  return undefined;
}

/** "the ELN", "ELN rebels", "the SDF militia": an unknown acronym after "the" or before a group noun is a body. */
function acronymBodyRule(s: MentionScan, i: number): number | undefined {
  const { sentence, t, rules, registry, gazetteerAt, titleAt, push, possessiveAfter } = s;
  const tok = s.t[i]!;
  if (tok.word && tok.allCaps && /^\p{Lu}{2,6}$/u.test(tok.text) && !gazetteerAt(i) && !registry.find(tok.text) && !titleAt(i)) {
    const next = t[i + 1];
    const groupKind = next?.word ? rules.cues.acronymGroupNouns[next.lower] : undefined;
    const afterThe = t[i - 1]?.lower === 'the' && !(next?.word && next.allCaps);
    if (groupKind || afterThe) {
      const actor = registry.getOrCreate(tok.text, groupKind ?? orgKindFromContext(sentence, rules));
      push({ start: i, end: i + 1, role: 'agent', actor, possessive: possessiveAfter(i + 1), via: 'name', introduces: false });
      return i + 1;
    }
  }
  return undefined;
}

/** A gazetteer name, or a capitalised run with an organization head ("Russian Defense Ministry"), whichever is longer. */
function listedOrBodyNameRule(s: MentionScan, i: number): number | undefined {
  const {
    sentence,
    t,
    env,
    rules,
    registry,
    sets,
    gazetteerAt,
    orgChunkAt,
    push,
    possessiveAfter,
    fromGazetteer,
    fuzzyGazetteer,
    genericUnit,
    withOrgan,
    gazetteerActor,
  } = s;
  const g = gazetteerAt(i);
  const org = orgChunkAt(i);
  // "ECOWAS, African Union and United Nations": a listed name is not run on into the next by "and"
  if (org && (!g || (org.end > g.end && t[g.end]?.lower !== 'and'))) {
    if (org.place) {
      push({ start: i, end: org.end, role: 'place', actor: null, possessive: false, via: 'name', introduces: false });
    } else if (genericUnit(i, org.end)) {
      // nothing: "the Marine Special Forces" names no body
    } else {
      // "Briefing the Council": a participle opening the sentence is no part of the name
      const participle = /^\p{Lu}\p{Ll}+ing the /u.exec(org.name)?.[0];
      const stripped = participle ? org.name.slice(participle.length) : org.name.replace(/^(In|On|At|During|After|Among|According|For|From|With|By)\s+/, '');
      const actor =
        registry.find(stripped) ??
        gazetteerActor(stripped) ??
        fuzzyGazetteer(stripped) ??
        registry.getOrCreate(stripped, org.kind === 'ORGANIZATION' ? orgKindFromContext(sentence, rules, org.kind, stripped) : org.kind);
      if (org.unseated) registry.addAlias(actor, org.unseated);
      const start = i + (participle ? 2 : stripped === org.name ? 0 : 1);
      push(withOrgan({ start, end: org.end, role: 'agent', actor, possessive: possessiveAfter(org.end), via: 'name', introduces: false }));
    }
    return org.end;
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
    return Math.max(g.end, m?.end ?? g.end);
  }
  return undefined;
}

/** The first of `phrases` written (case as given) at token `at`, or undefined. */
const phraseAt = (t: readonly Token[], at: number, phrases: readonly string[]) => phrases.find((n) => n.split(' ').every((w, k) => t[at + k]?.text === w));

/** Gazetteer kinds naming a city a broadcaster is named after ("Tehran radio", "Prague Home Service"). */
const BROADCAST_CITY_KINDS: ReadonlySet<string> = new Set(['capital', 'place']);
const RADIO_PLACE_KINDS: ReadonlySet<string> = new Set(['capital', 'place', 'state']);

/**
 * "Tehran radio said", "Prague Home Service": a city before a broadcaster's noun (`broadcastNouns`) names the
 * broadcaster, an outlet of its own, not the state. Not a demonym ("told Russian television": any channel, which the
 * annotations do not record; "Syrian state television" is the state's body, `state-bodies.ts`), not a building ("the
 * Vilnius television tower"), not before a name the phrase introduces ("Tehran radio IRIB").
 */
function placeBroadcasterRule(s: MentionScan, i: number): number | undefined {
  const { t, rules, registry, headline, gazetteerAt, textOf } = s;
  const named = radioOfPlace(s, i);
  if (named) return named;
  const g = gazetteerAt(i);
  if (!g?.entries.length || !g.entries.every((e) => BROADCAST_CITY_KINDS.has(e.kind))) return undefined;
  const at = g.end;
  const noun = phraseAt(t, at, rules.cues.broadcastNouns);
  if (!noun) return undefined;
  const stop = at + noun.split(' ').length;
  // a headline names no outlet, except a monitoring report's source line: "Ankara Radio in Turkish 1600 gmt 5 Jun 89"
  if (headline && !(t[stop]?.lower === 'in' && t[stop + 1]?.cap && i === 0)) return undefined;
  if ((t[stop]?.word && t[stop].cap) || rules.cues.broadcastPremises.includes(t[stop]?.lower ?? '')) return undefined;
  const name = textOf(i, stop);
  const known = registry.find(name);
  // "Sofia Home Service in Bulgarian …" then "Sofia radio said": one city's broadcaster is one outlet, however named
  const city = textOf(i, at).toLowerCase();
  const sameCity = known
    ? undefined
    : registry.actors.find(
        (a) => a.kind === 'MEDIA' && !a.mergedInto && rules.cues.broadcastNouns.some((n) => a.name.toLowerCase() === `${city} ${n.toLowerCase()}`),
      );
  if (sameCity && foldName(sameCity.name) !== foldName(name)) registry.addAlias(sameCity, name);
  return pushOutlet(s, i, stop, known ?? sameCity ?? registry.getOrCreate(name, 'MEDIA'));
}

/** An outlet named from token `start` to `end`: its mention pushed, the scan goes on after it. */
function pushOutlet(s: MentionScan, start: number, end: number, actor: Actor): number {
  s.push({ start, end, role: 'agent', actor, possessive: s.possessiveAfter(end), via: 'name', introduces: false });
  return end;
}

/**
 * "Radio Havana", "Radio Rwanda", "Radio Santo Domingo (rebel-held), 7 May", "Voice of America", "Voice of Kenya":
 * "Radio" or "Voice of" and a place, state or capital (the broadcaster named after it, never the state), in a
 * monitoring report's source line as in a sentence.
 */
function radioOfPlace(s: MentionScan, i: number): number | undefined {
  const { t, registry, gazetteerAt, textOf } = s;
  const placeAt = t[i]?.text === 'Radio' ? i + 1 : t[i]?.text === 'Voice' && t[i + 1]?.text === 'of' ? i + 2 : -1;
  if (placeAt < 0) return undefined;
  const g = gazetteerAt(placeAt);
  if (!g?.entries.length || !g.entries.every((e) => RADIO_PLACE_KINDS.has(e.kind))) return undefined;
  if (t[g.end]?.word && t[g.end]!.cap) return undefined;
  const name = textOf(i, g.end);
  return pushOutlet(s, i, g.end, registry.find(name) ?? registry.getOrCreate(name, 'MEDIA'));
}

/** "its Amaq news agency", "Al-Manar television": an unknown capitalised name before a media noun is an outlet, named with the noun. */
function mediaNameRule(s: MentionScan, i: number): number | undefined {
  const { t, rules, registry, gazetteerAt, titleAt, capitalRun, textOf } = s;
  if (!t[i]?.cap || gazetteerAt(i) || titleAt(i)) return undefined;
  const end = capitalRun(i, true, false);
  // "The radio said": an article opening the sentence names nothing
  if (end === i || end - i > 3 || (end - i === 1 && rules.cues.sets.starters.has(t[i].lower))) return undefined;
  const noun = phraseAt(t, end, rules.cues.mediaNouns);
  if (!noun) return undefined;
  const stop = end + noun.split(' ').length;
  // "the Sahrawi news agency SPS": the phrase introduces the outlet's own name
  if (t[stop]?.word && t[stop].cap) return undefined;
  return pushOutlet(s, i, stop, registry.find(textOf(i, end)) ?? registry.getOrCreate(textOf(i, stop), 'MEDIA'));
}

/** A person named without a title ("Qadri Jamil, who …"), a surname met before, or a lone unknown name in a subject's or object's place. */
function untitledPersonRule(s: MentionScan, i: number): number | undefined {
  const { t, rules, registry, sets } = s;
  const tok = s.t[i]!;
  if (s.isNameWord(tok, true) && !tok.allCaps) {
    let start = i;
    if (i === 0 || /^[“"‘(]$/.test(t[i - 1]?.text ?? '')) {
      if (sets.starters.has(tok.lower)) start = i + 1;
    }
    let end = s.capitalRun(start, false);
    let lastHead = -1;
    // "Hassan Sheikh Mohamud": an honorific inside a run of plain name words is part of the name
    const inName = (k: number) => k > start && sets.innerTitles.has(t[k]!.lower) && !rules.titleHeads.has(t[k - 1]!.text) && !s.gazetteerAt(k - 1);
    for (let k = start; k < end; k += 1) if (rules.titleHeads.has(t[k]!.text) && !inName(k)) lastHead = k;
    if (lastHead >= 0 && end - lastHead - 1 >= 2) {
      const name = s.textOf(lastHead + 1, end);
      const actor = registry.find(name) ?? s.gazetteerPerson(name) ?? registry.getOrCreate(name, 'PERSON');
      if (actor.kind === 'PERSON') {
        s.addRole(actor, { rule: { title: s.textOf(start, lastHead + 1), kind: 'PERSON' }, text: s.textOf(start, lastHead + 1) }, null);
        s.push({ start, end, role: 'agent', actor, possessive: s.possessiveAfter(end), via: 'name', introduces: false });
        return end;
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
        const bare = s.textOf(start + 1, end);
        const known = registry.find(bare);
        if (known?.kind === 'PERSON') {
          s.push({ start, end, role: 'agent', actor: known, possessive: s.possessiveAfter(end), via: 'name', introduces: false });
          return end;
        }
      }
      const name = s.textOf(start, end);
      // "at Camp David", "in Sharm el-Sheikh": an unknown, untitled name after a place preposition is a place;
      // "the survey ship Oruc Reis": after a vessel noun, a vessel (no actor either)
      const placed = sets.placeIntroducers.has(s.prevWord(start)) || sets.vesselNouns.has(s.prevWord(start));
      if (placed && !s.possessiveAfter(end) && !registry.find(name) && !s.gazetteerPerson(name)) {
        s.push({ start, end, role: 'place', actor: null, possessive: false, via: 'name', introduces: false });
        return end;
      }
      const actor = registry.find(name) ?? s.gazetteerPerson(name) ?? registry.getOrCreate(name, 'PERSON');
      if (actor.kind === 'PERSON' || actor.kind !== 'STATE') {
        s.push({ start, end, role: 'agent', actor, possessive: s.possessiveAfter(end), via: 'name', introduces: false });
        return end;
      }
    }
    // "Isaias, for his part, denied …": a lone name word that is the given name of one person named in full
    if (end - start === 1) {
      const person = s.loneGivenName(start);
      if (person) {
        s.push({ start, end, role: 'agent', actor: person, possessive: s.possessiveAfter(end), via: 'name', introduces: false });
        return end;
      }
    }
    // "Tshisekedi accused Rwanda", "…, Jalili said": a lone unknown name word as the subject of a past-tense speech or event verb is a person
    if (end - start === 1 && (s.loneSubjectName(start) || s.loneObjectName(start))) {
      const name = s.textOf(start, end);
      // a surname shared by two persons named in full ("Kim"): the one introduced first, the story's protagonist
      const actor = registry.firstBySurname(name) ?? registry.getOrCreate(name, 'PERSON');
      s.push({ start, end, role: 'agent', actor, possessive: false, via: 'name', introduces: false });
      return end;
    }
  }
  return undefined;
}

/** Pronouns and descriptions ("he", "the minister", "the junta"), in the resolving pass only. */
function anaphorRule(s: MentionScan, i: number): number | undefined {
  const { env, push, anaphorAt } = s;
  if (env.resolve) {
    const anaphor = anaphorAt(i);
    if (anaphor) {
      push(anaphor);
      return anaphor.end;
    }
  }
  return undefined;
}

/** In the order they are tried: pair and group phrases before names, titles before bare names, anaphors last. */
export const MENTION_RULES: readonly ((s: MentionScan, i: number) => number | undefined)[] = [
  pairPhraseRule,
  groupPhraseRule,
  headlineRule,
  governmentRule,
  namedAsRule,
  leaderDescriptionRule,
  personOfficeAt,
  bareOrganAt,
  titledPersonRule,
  acronymBodyRule,
  placeBroadcasterRule,
  listedOrBodyNameRule,
  mediaNameRule,
  untitledPersonRule,
  anaphorRule,
];
