import { foldName } from '../../text/fold.js';
import type { Actor } from '../actors.js';
import type { MentionScan } from './mention-scan.js';
import { loadStateBodies } from './state-bodies.js';
import { POSSESSIVE } from './scan-words.js';
import { openingState } from './state-mentions.js';

/**
 * Organs of a state named by the bare noun phrase, the state left to the context: "the interior ministry said",
 * "In Moscow, foreign ministry spokeswoman Maria Zakharova", "the army said". The phrase is one of the state bodies
 * (rules/state-bodies.json); the body is the one of that phrase named earlier in the section ("the Russian foreign
 * ministry", then "the foreign ministry"), else the organ of the state the context gives: the place opening the
 * sentence ("In Moscow,"), else the state the sentence or the section named last. It is its own actor, named by its
 * state's demonym and the phrase, with the phrase as written for an alias, and affiliated with its state. A title after
 * the phrase introduces a person who holds it there ("foreign ministry spokeswoman Maria Zakharova").
 * Not after a place preposition ("in parliament", "to the army") or "of" ("a third of the army"), nor before "of" or a
 * name, nor with a capitalised head ("the Security Council" is a name) unless a title follows ("Foreign Ministry
 * spokesman Badr Abdel Atty": then, inside a sentence, it is the one body of that phrase the document names), nor
 * before "minister" ("Armed Forces Minister Florence Parly" is a cabinet title).
 */
export function bareOrganAt(s: MentionScan, i: number): number | undefined {
  const { t, env, registry, mentions, titleAt, titledPersonAt, addRole, possessiveAfter, push, prevWord } = s;
  if (!env.resolve || s.headline) return undefined;
  const lexicon = loadStateBodies();
  const article = t[i]?.lower === 'the';
  const k = article ? i + 1 : i;
  const match = lexicon.phrases.find(({ words }) => words.every((w, d) => t[k + d]?.lower === w));
  if (!match) return undefined;
  const end = k + match.words.length;
  const next = t[end];
  const titled = !!next?.word && !!titleAt(end);
  // a common noun's head is lower case ("the Security Council", "the Ministry of Foreign Affairs" are names; "the Prime
  // Minister's office" is not), except in a title before a name, which is written capitalised ("Foreign Ministry spokesman Badr Abdel Atty")
  if (t[end - 1]!.cap && !titled && !(end - 1 === k && k === 0)) return undefined;
  // without an article only as the opening of a title, not inside a name ("State Duma Speaker")
  if (!article && (!titled || (i > 0 && t[i - 1]!.cap && t[i - 1]!.word))) return undefined;
  if (!titled && next?.word && (next.cap || next.lower === 'of')) return undefined;
  // "a third of the army", "factions of the security forces": a part of an unnamed body is not the body acting
  if (lexicon.notBefore.has(prevWord(i)) || prevWord(i) === 'of') return undefined;
  // a state or demonym before the phrase is the state-body rule's ("the French foreign ministry")
  if (mentions.some((m) => m.end === i && m.actor?.kind === 'STATE')) return undefined;

  // a cabinet title is the state's, not the body's ("Armed Forces Minister Florence Parly")
  if (titled && next.lower === 'minister') return undefined;
  // inside a sentence, a title's body is one the document names ("Foreign Ministry spokeswoman Maria Zakharova" after
  // or before "the Russian Foreign Ministry"); written lower case ("army chief Gen Qamar Javed Bajwa") or at the head of a
  // clause, it is else the organ of the state the context gives
  const clauseHead = i === 0 || t[i - 1]?.text === ',' || !t[end - 1]!.cap;
  // a place opening the sentence says whose organ speaks there, whatever body of that phrase came before ("In Moscow,
  // foreign ministry spokeswoman Maria Zakharova" after "the Belarusian foreign ministry")
  const opening = openingState(s, i);
  const body =
    (opening ? stateOrgan(s, match.phrase, opening) : undefined) ??
    earlierBody(s, match.phrase) ??
    namedBody(s, match.phrase) ??
    (clauseHead || article ? stateOrgan(s, match.phrase, contextState(s, i)) : undefined);
  if (!body) return undefined;
  const written = s.textOf(k, end);
  if (foldName(written) !== foldName(body.name)) registry.addAlias(body, written);
  body.active = true;
  push({ start: i, end, role: 'agent', actor: body, possessive: possessiveAfter(end), via: 'organ', introduces: false });
  if (!titled) return end;
  const title = titleAt(end)!;
  const person = titledPersonAt(end);
  if (!person?.mention.actor || person.mention.actor.kind !== 'PERSON') return end;
  addRole(person.mention.actor, title, body);
  push(person.mention);
  return person.end;
}

/** The body of this phrase the section named last ("the Russian foreign ministry" before "the foreign ministry"). */
function earlierBody(s: MentionScan, phrase: string): Actor | undefined {
  const { env, mentions, registry } = s;
  const tail = ` ${foldName(phrase)}`;
  const recent = [...mentions.map((m) => m.actor), ...[...env.ctx.recent].reverse()];
  for (const a of recent) {
    if (!a || a.kind === 'PERSON' || a.kind === 'STATE') continue;
    const names = [a.name, ...a.aliases].map((n) => ` ${foldName(n)}`);
    if (names.some((n) => n.endsWith(tail))) return registry.resolve(a);
  }
  return undefined;
}

/** The one body of the document whose name ends with this phrase ("the Russian Foreign Ministry" for "Foreign Ministry"), if only one does. */
function namedBody(s: MentionScan, phrase: string): Actor | undefined {
  const { registry } = s;
  const tail = ` ${foldName(phrase)}`;
  const bodies = new Set(
    registry.actors
      .filter((a) => !a.mergedInto && a.kind !== 'PERSON' && a.kind !== 'STATE')
      .filter((a) => [a.name, ...a.aliases].some((n) => ` ${foldName(n)}`.endsWith(tail))),
  );
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

/** The organ of `state` the phrase names, affiliated with it (created on first use). */
function stateOrgan(s: MentionScan, phrase: string, state: Actor | null): Actor | undefined {
  const { registry, rules, sentence } = s;
  if (!state) return undefined;
  const demonym = rules.states.get(state.name)?.demonyms[0];
  if (!demonym) return undefined;
  const body = registry.getOrCreate(`${demonym} ${phrase}`, 'ORGANIZATION');
  if (!body.roles.some((r) => r.of && registry.resolve(r.of) === registry.resolve(state)))
    body.roles.push({ title: phrase, of: state, sentence: sentence.index });
  state.active = true;
  return body;
}

/**
 * The state the context gives a bare organ: the place opening the sentence ("In Moscow,"), else the state the sentence
 * names nearest before it or after it ("Defence ministry spokesman Omar Saranga said Mozambique …"), else the state
 * the section named last.
 */
function contextState(s: MentionScan, i: number): Actor | null {
  const { t, env, mentions, registry, gazetteerAt } = s;
  const opening = openingState(s, i);
  if (opening) return opening;
  const named = [...mentions].reverse().find((m) => m.end <= i && m.actor?.kind === 'STATE' && m.role === 'agent');
  if (named?.actor) return registry.resolve(named.actor);
  for (let k = i + 1; k < t.length; k += 1) {
    const entry = gazetteerAt(k)?.entries[0];
    if (entry && (entry.kind === 'state' || entry.kind === 'capital' || entry.kind === 'demonym')) return registry.state(entry.state);
  }
  const recent = [...env.ctx.recent].reverse().find((a) => a.kind === 'STATE');
  return recent ? registry.resolve(recent) : (env.ctx.sectionHeadlineStates[0] ?? null);
}

/**
 * The office of a person named just before, by possessive ("Zaev's office said", "President Moon Jae-in's office",
 * "Lukashenko's press service"; not "his office", which names the reporter's source as often as an actor): a body of its own, the office of the state the person leads, named by
 * the leader's title ("Ukrainian presidential office"; `officeNouns`, `leaderOffices` in rules/state-bodies.json),
 * else after the person ("Zaev's office"), with the words as written for an alias. It stands in the person's place as
 * the mention there: the office speaks, not the person.
 */
export function personOfficeAt(s: MentionScan, i: number): number | undefined {
  const { t, env, mentions, registry, rules, push, possessiveAfter, textOf } = s;
  if (!env.resolve || s.headline) return undefined;
  const named = mentions.at(-1);
  if (!named?.actor || named.end !== i || named.role !== 'agent' || !POSSESSIVE.has(t[i]?.text ?? '')) return undefined;
  const person = registry.resolve(named.actor);
  if (person.kind !== 'PERSON') return undefined;
  const k = i + 1;
  const start = named.start;
  const lexicon = loadStateBodies();
  const office = lexicon.officeNouns.find(({ words }) => words.every((w, d) => t[k + d]?.lower === w));
  if (!office) return undefined;
  const end = k + office.words.length;
  if (t[end]?.word && t[end].cap) return undefined;
  const served = person.roles.find((r) => r.of && registry.resolve(r.of).kind === 'STATE')?.of;
  const state = served ? registry.resolve(served) : person.state ? registry.state(person.state) : null;
  const demonym = state ? rules.states.get(state.name)?.demonyms[0] : undefined;
  const titles = person.roles.map((r) => ` ${r.title.toLowerCase()} `);
  const leader = [...lexicon.leaderOffices.keys()].find((title) => titles.some((x) => x.includes(` ${title} `)));
  const name = demonym && leader ? `${demonym} ${lexicon.leaderOffices.get(leader)!} ${office.phrase}` : `${person.name}'s ${office.phrase}`;
  const body = registry.getOrCreate(name, 'ORGANIZATION');
  const written = textOf(start, end).replace(/^the /i, '');
  if (foldName(written) !== foldName(body.name)) registry.addAlias(body, written);
  if (state && !body.roles.some((r) => r.of && registry.resolve(r.of) === state)) {
    body.roles.push({ title: office.phrase, of: state, sentence: s.sentence.index });
    state.active = true;
  }
  body.active = true;
  mentions.pop();
  push({ start, end, role: 'agent', actor: body, possessive: possessiveAfter(end), via: 'organ', introduces: false });
  return end;
}
