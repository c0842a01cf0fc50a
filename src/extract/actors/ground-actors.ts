import { z } from 'zod';
import { foldName } from '../../text/fold.js';
import type { ParsedDocument } from '../../nlp/document.js';
import { surnameOf, type Actor, type ActorRegistry } from '../actors.js';
import type { ActorSpan } from '../structure/actor-spans.js';
import { tokenize } from '../tokenize.js';
import type { Sentence } from '../segment.js';
import { NerIndex, type NerReading } from './ner-evidence.js';
import { quietPlaceStates, type PlaceCases } from './place-states.js';
import { dropLeadingBackers, joinBodyNames, mergeBracketedAcronyms, namesFromEntities } from './body-names.js';
import { loadRulesFile, type GazetteerEntry, type Rules } from '../rules.js';
import { mergeAcronyms } from './acronyms.js';

/**
 * The surface rules propose actors from gazetteers and capitals; CoreNLP's named entities check them. Over every
 * mention of an actor the surface rules guessed (neither listed in a gazetteer nor known to the graph):
 * - a title before a person's name is no part of it ("Armed Forces Minister Florence Parly" is Florence Parly,
 *   with that title), by the TITLE tags or the PERSON entity ending the mention;
 * - a person's name read short is completed from the PERSON entity around it ("George" in "President George W. Bush");
 * - a name CoreNLP tags as no kind of actor anywhere ("the Cold War", "the Suez Canal"), or made of title words
 *   only ("Deputy Prime"), is no actor: it is dropped with what was said of it, unless it is built as a body's name
 *   (its last word an organization head: "Shenzhen TV") or a title introduced it ("the state news agency SPA").
 * A person named by one word of a full name ("Abiy" after "Abiy Ahmed", "Bush" beside "George W. Bush") is that person.
 * The NER types are data (rules/actor-ner.json).
 */

const actorNerFile = z.object({
  actorTypes: z.array(z.string()),
  personType: z.string(),
  organizationType: z.string(),
  titleType: z.string(),
  placeCases: z.array(z.string()),
  motionHeads: z.array(z.string()),
  motionCases: z.array(z.string()),
  cityTypes: z.array(z.string()),
  ruleHeads: z.array(z.string()),
});

interface ActorNer {
  actorTypes: ReadonlySet<string>;
  personType: string;
  organizationType: string;
  titleType: string;
  places: PlaceCases;
}

let cachedNer: ActorNer | undefined;

export function loadActorNer(): ActorNer {
  if (cachedNer) return cachedNer;
  const given = loadRulesFile(actorNerFile, 'actor-ner.json');
  cachedNer = {
    actorTypes: new Set(given.actorTypes),
    personType: given.personType,
    organizationType: given.organizationType,
    titleType: given.titleType,
    places: {
      placeCases: new Set(given.placeCases),
      motionHeads: new Set(given.motionHeads),
      motionCases: new Set(given.motionCases),
      cityTypes: new Set(given.cityTypes),
      ruleHeads: new Set(given.ruleHeads),
    },
  };
  return cachedNer;
}

/** Lower-case words of the title lexicon ("deputy", "prime", "minister", "acting" …). */
export function titleWords(rules: Rules): Set<string> {
  const words = new Set<string>();
  for (const key of rules.titles.keys()) for (const w of key.split(' ')) if (/\p{L}/u.test(w)) words.add(w);
  for (const w of rules.cues.sets.honorifics) words.add(w);
  return words;
}

export const gazetteerKey = (name: string) =>
  tokenize(name)
    .map((t) => foldName(t.text) || t.text)
    .join(' ');

export interface GroundingInput {
  text: string;
  parse: ParsedDocument;
  spans: readonly ActorSpan[];
  registry: ActorRegistry;
  rules: Rules;
  /** The briefing's sentences: a title the entities split off a name is told by the sentence that wrote them together. */
  sentences: readonly Pick<Sentence, 'index' | 'start' | 'end'>[];
}

/** Applies the checks above to the registry (renames, merges) and returns the actors found to be none. */
export function groundActors({ text, parse, spans, registry, rules, sentences }: GroundingInput): Set<Actor> {
  const ner = loadActorNer();
  const index = new NerIndex(parse);
  const titles = titleWords(rules);
  const listed = (a: Actor) =>
    !!a.knownId || a.kind === 'STATE' || [a.name, ...a.aliases].some((n) => rules.gazetteer.has(gazetteerKey(n)) || rules.personTails.has(foldName(n)));

  const titleEnds = new Set([...rules.titles.keys()].map((key) => key.split(' ').at(-1)!));
  joinBodyNames(spans, registry, index, ner.organizationType, listed, (word) => titleEnds.has(word));
  namesFromEntities(spans, registry, index, { organization: ner.organizationType, person: ner.personType }, listed);
  mergeBracketedAcronyms(text, spans, registry, listed);
  dropLeadingBackers(registry, listed);
  // "the TPLF" beside "The Tigray People's Liberation Front", a name the entities have only now made whole
  mergeAcronyms(registry, rules);

  const byActor = new Map<Actor, { span: ActorSpan; reading: NerReading }[]>();
  for (const span of spans) {
    const actor = registry.resolve(span.actor);
    const list = byActor.get(actor) ?? [];
    list.push({ span, reading: index.read(span.start, span.end) });
    byActor.set(actor, list);
  }

  const dropped = new Set<Actor>();
  for (const [actor, mentions] of byActor) {
    if (actor.mergedInto) continue;
    if (listed(actor)) {
      if (actor.kind === 'PERSON') keepInitialledName(actor, mentions, spans, registry, ner, rules);
      continue;
    }
    const split = titledName(actor, mentions, text, ner, titles);
    if (split) {
      const person = registry.rename(actor, split.name, 'PERSON');
      // ("Mr John Hume": a form of address is no role)
      const honorific = rules.cues.sets.honorifics.has(foldName(split.title).replace(/\.$/, ''));
      if (split.title && !honorific && !person.roles.some((r) => foldName(r.title) === foldName(split.title)))
        person.roles.push({ title: split.title, of: null, sentence: sentences.find((s) => s.end > split.at)?.index ?? 0 });
      // "Mrs Theresa May" read as far as "Theresa" (a month is no name word): the entity completes it too
      completeName(person, mentions, spans, registry, ner, rules);
      continue;
    }
    // a name built as a body's ("Shenzhen TV", "the Defense Ministry", "the Lebanese government") or given a title ("state news agency SPA") stands
    const last = actor.name.split(' ').at(-1) ?? '';
    const headed =
      !!rules.cues.orgHeads[last] || rules.cues.sets.government.has(last.toLowerCase()) || rules.cues.mediaNouns.some((n) => actor.name.endsWith(` ${n}`));
    // "Minister", "Cabinet Secretary", "Lt Gen", "States": a person named by title words only is nobody, whatever role the title gave
    const onlyTitles = foldName(actor.name)
      .split(' ')
      .every((w) => isTitleWord(w, titles));
    if (actor.kind === 'PERSON' && onlyTitles) {
      dropped.add(actor);
      continue;
    }
    if (!headed && !actor.roles.length) {
      if (
        foldName(actor.name)
          .split(' ')
          .every((w) => isTitleWord(w, titles))
      ) {
        dropped.add(actor);
        continue;
      }
      // "its Pacific minister, Zed Seselja": a person named in apposition to a title, whatever tag the name got
      const afterTitle = (m: { span: ActorSpan }) => index.before(m.span.start, 2).some((t) => t.ner === ner.titleType);
      const evidenced = mentions.some((m) => m.reading.tokens.some((t) => ner.actorTypes.has(t.ner)) || (actor.kind === 'PERSON' && afterTitle(m)));
      if (!evidenced) {
        dropped.add(actor);
        continue;
      }
    }
    if (actor.kind === 'PERSON') completeName(actor, mentions, spans, registry, ner, rules);
  }
  mergeNameParts(registry, dropped, rules);
  quietPlaceStates(parse, spans, registry, ner.places);
  return new Set([...dropped].map((a) => registry.resolve(a)));
}

/** "Armed Forces Minister Florence Parly": the person at the end of a mention whose start is a title. */
function titledName(
  actor: Actor,
  mentions: { span: ActorSpan; reading: NerReading }[],
  text: string,
  ner: ActorNer,
  titles: ReadonlySet<string>,
): { name: string; title: string; at: number } | undefined {
  for (const { span, reading } of mentions) {
    const written = text.slice(span.start, span.end);
    if (foldName(written).replace(/^the /, '') !== foldName(actor.name).replace(/^the /, '')) continue;
    const person = reading.entities.find((e) => e.ner === ner.personType && e.charStart > span.start && e.charEnd >= span.end);
    const before = person ? reading.tokens.filter((t) => t.start < person.charStart) : [];
    if (person && !before.some((t) => t.ner === ner.personType) && !givenName(before, ner, titles)) {
      return {
        name: text.slice(person.charStart, Math.min(person.charEnd, span.end)),
        title: stripArticle(text.slice(span.start, person.charStart).trim()),
        at: span.start,
      };
    }
    const lastTitle = reading.tokens.map((t) => t.ner).lastIndexOf(ner.titleType);
    const rest = reading.tokens.slice(lastTitle + 1);
    if (lastTitle >= 0 && rest.length >= 2 && rest.every((t) => /^\p{Lu}/u.test(t.word) && t.end <= span.end)) {
      const first = rest[0]!;
      return { name: text.slice(first.start, span.end), title: stripArticle(text.slice(span.start, reading.tokens[lastTitle]!.end).trim()), at: span.start };
    }
  }
  return undefined;
}

/**
 * "Win Bakri Daki": one capitalised word before a PERSON entity that is no title word (nor a title's plural,
 * "Presidents"), no TITLE tag and no other entity is the first word of the name CoreNLP tagged from its second word
 * on, not a title of the person "Bakri Daki". Longer stretches ("His Excellency", "Minister of Land Management") stay titles.
 */
function givenName(before: readonly { word: string; ner: string }[], ner: ActorNer, titles: ReadonlySet<string>): boolean {
  if (before.length !== 1) return false;
  const token = before[0]!;
  const word = foldName(token.word);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(token.word) &&
    token.ner !== ner.titleType &&
    !titles.has(word) &&
    !titles.has(word.replace(/e?s$/, '')) &&
    !ner.actorTypes.has(token.ner)
  );
}

const stripArticle = (s: string) => s.replace(/^(the|a|an)\s+/i, '');

/** A person's name read short completed from the PERSON entity its mentions sit in, or the listed person that entity names. */
function completeName(
  actor: Actor,
  mentions: { span: ActorSpan; reading: NerReading }[],
  spans: readonly ActorSpan[],
  registry: ActorRegistry,
  ner: ActorNer,
  rules: Rules,
): void {
  const full = fullName(actor, mentions, spans, registry, ner, rules);
  // "Antony J. Blinken" is the listed "Antony Blinken": a middle initial does not make another person, nor does a
  // "Jr." ("Joseph R. Biden Jr.", one of the listed "Joe Biden"'s names)
  const listedAs = full
    ? [full, withoutInitials(full), withoutSuffix(withoutInitials(full))].map((name) => listedPerson(name, registry, rules)).find(Boolean)
    : undefined;
  if (full && listedAs && listedAs.kind === 'PERSON' && registry.resolve(listedAs) !== registry.resolve(actor)) {
    registry.merge(actor, listedAs);
    if (full !== withoutInitials(full)) registry.addAlias(listedAs, full);
  } else if (full) registry.rename(actor, full);
}

/** "Antony J. Blinken" → "Antony Blinken". */
const withoutInitials = (name: string) => name.replace(/\s\p{Lu}\.(?=\s)/gu, '');
/** The person of the registry a name is listed for: its own name there, or a listed person's other name ("Joseph R. Biden" of "Joe Biden"). */
function listedPerson(name: string, registry: ActorRegistry, rules: Rules): Actor | undefined {
  const listed = listedPersonEntry(name, rules);
  return registry.find(name) ?? (listed ? registry.find(listed.name) : undefined);
}

/**
 * The list of people's entry a name is one of the names of ("Joseph R. Biden" → the entry of "Joe Biden"), if any; with
 * `listedAs`, only the entry listed under that name.
 */
function listedPersonEntry(name: string, rules: Rules, listedAs?: string): Extract<GazetteerEntry, { kind: 'actor' }> | undefined {
  const entry = rules.gazetteer
    .get(gazetteerKey(name))
    ?.find((e) => e.kind === 'actor' && e.actorKind === 'PERSON' && (listedAs === undefined || e.name === listedAs));
  return entry?.kind === 'actor' ? entry : undefined;
}

/** The other names the list of people gives a listed person ("Joseph R. Biden" for "Joe Biden"); none for anyone else. */
function listedNames(name: string, rules: Rules): readonly string[] {
  return listedPersonEntry(name, rules, name)?.aliases ?? [];
}

/** "Joseph Biden Jr." → "Joseph Biden". */
const withoutSuffix = (name: string) => name.replace(/,?\s+(?:Jr|Sr)\.?$/u, '');

/**
 * A listed person the text names with a middle initial ("Secretary Antony J. Blinken" for the listed "Antony Blinken",
 * "President Donald J. Trump"): the name as written is one of its names, shown in the draft beside the listed one.
 */
function keepInitialledName(
  actor: Actor,
  mentions: { span: ActorSpan; reading: NerReading }[],
  spans: readonly ActorSpan[],
  registry: ActorRegistry,
  ner: ActorNer,
  rules: Rules,
): void {
  const full = fullName(actor, mentions, spans, registry, ner, rules);
  if (full && full !== withoutInitials(full) && foldName(withoutInitials(full)) === foldName(actor.name)) registry.addAlias(actor, full);
}

/** "George" inside the PERSON entity "George W. Bush": the one longer name every such mention sits in. */
function fullName(
  actor: Actor,
  mentions: { span: ActorSpan; reading: NerReading }[],
  spans: readonly ActorSpan[],
  registry: ActorRegistry,
  ner: ActorNer,
  rules: Rules,
): string | undefined {
  const names = new Set<string>();
  const own = foldName(actor.name).split(' ');
  for (const { span, reading } of mentions) {
    // the mention may hold a title before the name ("U.S. President George"): the entity runs on past one of its ends
    const entity = reading.entities.find((e) => e.ner === ner.personType && (e.charEnd > span.end || e.charStart < span.start));
    if (!entity) continue;
    // the entity must hold no other actor's mention ("Putin and Erdogan" read as one name), but parts of its own name
    // ("Bush"), by its name or, for a listed person, by any name the list gives ("Biden" in "Joseph R. Biden", a name of
    // the listed "Joe Biden")
    const words = foldName(entity.text).split(' ');
    const partOfName = (a: Actor) =>
      [a.name, ...listedNames(a.name, rules)].some((name) =>
        foldName(name)
          .split(' ')
          .every((w) => words.includes(w)),
      );
    const others = spans.some(
      (s) => registry.resolve(s.actor) !== actor && s.start < entity.charEnd && s.end > entity.charStart && !partOfName(registry.resolve(s.actor)),
    );
    if (others || !own.every((w) => words.includes(w))) continue;
    names.add(entity.text);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * "Abiy" after "Abiy Ahmed", "Tamim" after "Tamim bin Hamad Al Thani", "Bush" beside "George W. Bush": a person
 * named by one word that is the first name or the surname of exactly one person named in full is that person.
 */
function mergeNameParts(registry: ActorRegistry, dropped: ReadonlySet<Actor>, rules: Rules) {
  const persons = registry.actors.filter((a) => !a.mergedInto && a.kind === 'PERSON' && !dropped.has(a));
  const full = persons.filter((p) => foldName(p.name).includes(' '));
  for (const lone of persons) {
    const word = foldName(lone.name);
    if (word.includes(' ') || lone.knownId) continue;
    const named = full.filter((p) => !p.mergedInto && (foldName(p.name).split(' ')[0] === word || surnameOf(p.name, rules) === word));
    if (named.length === 1) registry.merge(lone, named[0]!);
  }
}

/** A title word, or its plural ("It called upon States to take cooperative action"): a plural names no one person either. */
const isTitleWord = (word: string, titles: ReadonlySet<string>) => titles.has(word) || (word.endsWith('s') && titles.has(word.slice(0, -1)));

/** Drops what was said of actors found to be none: relations with them as a party, roles held in them; their speeches lose the speaker. */
export function forgetActors<R extends { source: Actor; target: Actor; speaker?: Actor | null }>(
  relations: readonly R[],
  dropped: ReadonlySet<Actor>,
  registry: ActorRegistry,
): R[] {
  if (!dropped.size) return [...relations];
  const gone = (a: Actor) => dropped.has(registry.resolve(a));
  for (const a of registry.actors) {
    if (gone(a)) a.active = false;
    a.roles = a.roles.filter((r) => !(r.of && gone(r.of)));
  }
  return relations.filter((r) => !gone(r.source) && !gone(r.target)).map((r) => (r.speaker && gone(r.speaker) ? { ...r, speaker: null } : r));
}
