import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import { foldName } from '../../text/fold.js';
import type { Actor } from '../actors.js';
import type { Rules, TitleRule } from '../rules.js';
import type { Mention } from '../mentions.js';
import type { MentionScan } from './mention-scan.js';
import { POSSESSIVE } from './scan-words.js';
import { tokenize } from '../tokenize.js';
import { loadStateBodies } from './state-bodies.js';

/** Persons introduced by a title ("Russian Defense Minister Sergei Shoigu", "the French ambassador, Joel Meyer") and the roles the title gives. */

/** [the|his] [Demonym|State|Org] Title Name ("Russian Defense Minister Sergei Shoigu"). */
export function titledPersonAt(s: MentionScan, i: number): { mention: Mention; end: number } | undefined {
  const {
    t,
    rules,
    registry,
    sets,
    textOf,
    gazetteerAt,
    titleAt,
    capitalRun,
    orgChunkAt,
    possessiveAfter,
    titledPersonAt,
    gazetteerPerson,
    fuzzyGazetteer,
    addRole,
    appositiveName,
    gazetteerActor,
  } = s;
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
      // the body as the text writes it ("NATO Secretary-General") is an alias the draft shows, as for any mention
      if (of.kind !== 'STATE' && foldName(g.text) !== foldName(of.name)) registry.addAlias(of, g.text);
      j = g.end;
      // "Iran's Foreign Ministry spokesman", "Iranian foreign ministry spokesman": the state's organ the title opens
      // with (of 146 development persons whose role names a ministry or department, 106 are annotated affiliated with it)
      if (of.kind === 'STATE') {
        const possessive = POSSESSIVE.has(t[j]?.text ?? '') && titleAt(j + 1);
        if (possessive) j += 1;
        if (possessive || (entry?.kind === 'demonym' && titleAt(j))) of = organInTitle(s, titleAt(j)!.text, of) ?? of;
      }
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
  const listed = titleAt(j);
  if (!listed) return undefined;
  let title = listed;
  let nameStart = title.end;
  const media = title.rule.kind !== 'PERSON';
  let nameEnd = media ? capitalRun(nameStart) : capitalRun(nameStart, false);
  if (!media) {
    const longer = titleRunOn(s, j, title, nameEnd);
    if (longer) {
      // the whole run is a title: no person is named here ("by the Chief Cabinet Secretary")
      if (longer.end >= nameEnd) return undefined;
      title = longer;
      nameStart = longer.end;
    }
    // "chief Palestinian negotiator Saeb Erekat": a lone demonym or state after a title is no person's name
    const lone = gazetteerAt(nameStart);
    const entry = lone?.end === nameEnd ? lone.entries[0] : undefined;
    if (entry && (entry.kind === 'demonym' || entry.kind === 'state')) return undefined;
    // "Foreign Minister Sheikh Mohammed …": an honorific title before the name is not part of it
    // ("Chief Adviser Professor Muhammad Yunus": as many as stand there, the name keeps two words at least)
    while (nameEnd - nameStart >= 3 && (rules.titleHeads.has(t[nameStart]!.text) || sets.honorifics.has(t[nameStart]!.lower.replace(/\.$/, ''))))
      nameStart += 1;
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
  // "the Ambassador of Pakistan, Abdul Basit": the state a title is "of", then the name in apposition
  if (nameEnd === nameStart && !media && !of && t[nameStart]?.lower === 'of') {
    const at = t[nameStart + 1]?.text === 'the' ? nameStart + 2 : nameStart + 1;
    const place = gazetteerAt(at);
    const entry = place?.entries[0];
    if (place && entry && entry.kind === 'state' && t[place.end]?.text === ',') {
      of = registry.state(entry.state);
      nameStart = place.end;
      nameEnd = nameStart;
    }
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
}

/**
 * A listed title the capitalised run after it goes on with, up to a title head of its own ("Chief" + "Cabinet
 * Secretary", "Chief" + "Deputy Cabinet Secretary"): the title as written to that head, or undefined. Only title and
 * body words run on (a listed title's words, `orgHeads`), never a name's; a run that opens with a title head or an
 * honorific is left to the honorific rule ("Chief of Staff General Mark Milley").
 */
const TITLE_WORDS = new WeakMap<Rules, Set<string>>();

/** Every word of a listed title, lower-cased ("deputy", "prime", "minister", "secretary"). */
function titleWords(rules: Rules): Set<string> {
  let words = TITLE_WORDS.get(rules);
  if (!words) {
    words = new Set([...rules.titles.keys()].flatMap((title) => title.split(' ')));
    TITLE_WORDS.set(rules, words);
  }
  return words;
}

function titleRunOn(
  s: MentionScan,
  start: number,
  title: { end: number; rule: TitleRule },
  runEnd: number,
): { end: number; rule: TitleRule; text: string } | undefined {
  const { t, rules, sets, textOf } = s;
  const first = t[title.end];
  if (!first || rules.titleHeads.has(first.text) || sets.honorifics.has(first.lower.replace(/\.$/, ''))) return undefined;
  const words = titleWords(rules);
  let head = -1;
  for (let k = title.end; k < runEnd; k += 1) {
    if (!words.has(t[k]!.lower) && !rules.cues.orgHeads[t[k]!.text]) break;
    if (k > title.end && rules.titleHeads.has(t[k]!.text)) head = k;
  }
  if (head < 0) return undefined;
  return { end: head + 1, rule: title.rule, text: textOf(start, head + 1) };
}

export function addRole(s: MentionScan, actor: Actor, title: { rule: TitleRule; text: string }, of: Actor | null): void {
  const { sentence, env, registry, mentions } = s;
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
}

/**
 * The organ of `state` a title opens with ("Foreign Ministry spokesman", "army chief", "Parliament Speaker" after
 * "Iran's"): a body of its own, affiliated with the state, in which the person holds the title. A cabinet title is
 * the state's ("Armed Forces Minister").
 */
function organInTitle(s: MentionScan, titleText: string, state: Actor): Actor | null {
  const { sentence, registry, rules } = s;
  const words = tokenize(titleText);
  const match = loadStateBodies().phrases.find((p) => p.words.length < words.length && p.words.every((w, d) => words[d]?.lower === w));
  const demonym = rules.states.get(state.name)?.demonyms[0];
  if (!match || !demonym || words[match.words.length]?.lower === 'minister') return null;
  const written = titleText.slice(0, words[match.words.length - 1]!.end);
  const organ = registry.getOrCreate(`${demonym} ${written}`, 'ORGANIZATION');
  if (!organ.roles.some((r) => r.of && registry.resolve(r.of) === registry.resolve(state)))
    organ.roles.push({ title: match.phrase, of: state, sentence: sentence.index });
  organ.active = true;
  return organ;
}

/** ", Joel Meyer," after a title: a person's name in apposition (two to four name words, then a break). */
export function appositiveName(s: MentionScan, at: number): { name: string; end: number } | undefined {
  const { t, rules, sets, textOf, gazetteerAt, capitalRun } = s;
  // "the Foreign Secretary, Dr. S. Jaishankar,": the tokenizer splits "Dr." and "S." from their periods; an honorific's
  // period and an initial's stay in the run
  let k = at;
  while (sets.honorifics.has(t[k]?.lower ?? '') && t[k + 1]?.text === '.' && t[k + 2]?.cap) k += 2;
  const runOn = (from: number) =>
    /^\p{Lu}$/u.test(t[from]?.text ?? '') && t[from + 1]?.text === '.' && t[from + 2]?.cap ? from + 2 : capitalRun(from, false, false);
  let end = k;
  for (let next = runOn(end); next > end; next = runOn(end)) end = next;
  // "his Foreign Minister, Mr Zulfikar Ali Bhutto,": an honorific before the name is no part of it (two words stay)
  while (end - k > 2 && sets.honorifics.has(t[k]!.lower.replace(/\.$/, ''))) k += 1;
  // ("the Foreign Minister of Norway, Mr Stoltenberg": before a surname already named, the honorific goes too)
  if (end - k === 2 && sets.honorifics.has(t[k]!.lower.replace(/\.$/, '')) && s.registry.find(textOf(k + 1, end))) k += 1;
  if (end - k < 2 || end - k > 4) return undefined;
  if (t.slice(k, end).some((x) => rules.cues.orgHeads[x.text] || rules.titleHeads.has(x.text))) return undefined;
  const g = gazetteerAt(k);
  if (g && g.end === end && g.entries[0] && g.entries[0].kind !== 'actor') return undefined;
  const next = t[end];
  if (next && next.word && next.cap) return undefined;
  return { name: textOf(k, end), end };
}
