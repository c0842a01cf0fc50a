import type { ParsedDocument, ParsedSentence, ParsedToken } from '../../nlp/document.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import type { Actor, ActorRegistry } from '../actors.js';
import type { Rules } from '../rules.js';
import type { Sentence } from '../segment.js';
import type { ActorSpan } from '../structure/actor-spans.js';
import { initialsFit } from './body-names.js';
import { gazetteerKey, loadActorNer, titleWords } from './ground-actors.js';

/**
 * Bodies only CoreNLP names: an `ORGANIZATION` entity in the story's text where the surface rules read no actor
 * ("ExxonMobil", "the Tatmadaw", "Frontex", "the Movement for Socialism", "U.S. Southern Command") is a body of its
 * own, with a span the structural rules read relations from. The surface rules know bodies by gazetteers and head
 * words ("… Ministry", "… Council"); names with neither are the ones new text brings.
 * Not proposed: entities in headlines, datelines and captions (a wire credit, a column's title), in brackets
 * ("(Reuters)"), after a place or medium preposition ("at the University of Zurich", "on Twitter") or a possessive
 * pronoun ("his Cabinet"), names listed as places or nationalities, and
 * names made of title words or generic unit words only ("Deputy Foreign", "Marine Special Forces").
 * An acronym is the body whose name it abbreviates ("LTTE" after "Liberation Tigers of Tamil Eelam"), and a name
 * followed by a known acronym in brackets is that body's ("Forces for Freedom and Change (FFC)").
 */

export interface EntityBodiesInput {
  text: string;
  parse: ParsedDocument;
  sentences: readonly Sentence[];
  spans: ActorSpan[];
  registry: ActorRegistry;
  rules: Rules;
}

const LEADING_ARTICLE = /^(the|a|an)\s+/i;
const ACRONYM = /^\p{Lu}{2,8}$/u;
const BRACKETED_ACRONYM = /^\s*\((\p{Lu}{2,8})\)/u;
/** Gazetteer kinds that make a name a place or a state's, never a body's. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['place', 'demonym', 'state']);
/** Gazetteer kinds that name a state, by its name or its people. */
const STATE_KINDS: ReadonlySet<string> = new Set(['state', 'demonym']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Dependents that make a name a modifier of the noun governing it ("the Dashnak party"). */
const MODIFIER_RELS = new Set(['compound', 'amod']);

/** Adds the bodies to the registry and their mentions to `spans`. */
export function addEntityBodies(input: EntityBodiesInput): void {
  const { text, parse, sentences, spans, registry, rules } = input;
  const { organizationType, personType } = loadActorNer();
  const titles = titleWords(rules);
  const sets = rules.cues.sets;
  const bodyText = sentences.filter((s) => s.kind === 'body');
  const inBody = (start: number, end: number) => bodyText.some((s) => s.start <= start && end <= s.end);
  const overlapping = (start: number, end: number) => spans.filter((s) => s.start < end && s.end > start);
  // "State-owned Ethiopian Airlines": a state's demonym or name inside the entity does not name the body
  const stateInside = (span: ActorSpan, start: number, end: number) =>
    registry.resolve(span.actor).kind === 'STATE' && span.start >= start && span.end <= end && span.end - span.start < end - start;
  const covered = (start: number, end: number) => overlapping(start, end).some((s) => !stateInside(s, start, end));
  const listedAs = (name: string, kinds: ReadonlySet<string>) => (rules.gazetteer.get(gazetteerKey(name)) ?? []).some((e) => kinds.has(e.kind));
  const added: ActorSpan[] = [];
  for (const sentence of parse.sentences) {
    for (const entity of sentence.entities) {
      if (entity.ner === personType) {
        const person = entityPerson(sentence, entity, text, registry, rules, titles);
        if (
          person &&
          inBody(person.start, person.end) &&
          !covered(person.start, person.end) &&
          standsAlone(sentence, entity, text, person.end, sets.placeIntroducers)
        )
          added.push(person);
        continue;
      }
      if (entity.ner !== organizationType) continue;
      const first = sentence.tokens[entity.start];
      const last = sentence.tokens[entity.end - 1];
      if (!first || !last) continue;
      const end = (headNounAfter(sentence, entity, rules) ?? last).end;
      const name = text.slice(first.start, end).replace(LEADING_ARTICLE, '');
      const start = end - name.length;
      // where the surface rules may have read a mention: from an article before the entity
      const article = sentence.tokens[entity.start - 1];
      const outer = article?.word.toLowerCase() === 'the' ? article.start : first.start;
      if (!/^\p{Lu}/u.test(name) || !inBody(start, end) || covered(outer, end)) continue;
      if (!standsAlone(sentence, entity, text, end, sets.placeIntroducers)) continue;
      const words = name.split(/\s+/);
      if (words.every((w) => titles.has(w.toLowerCase())) || (words.slice(0, -1).every((w) => sets.genericUnit.has(w)) && words.length > 1)) continue;
      if (listedAs(name, PLACE_KINDS)) continue;
      const actor = bodyNamed(name, text.slice(end), registry, rules);
      actor.active = true;
      added.push({ start, end, actor });
      for (const inner of overlapping(outer, end)) spans.splice(spans.indexOf(inner), 1);
    }
    for (const { start, end, first } of hyphenatedAcronyms(sentence)) {
      const name = text.slice(start, end);
      // "US-ROK talks", "DPRK-US summit": states paired, no body; a name the gazetteers know as a place is none either
      if (name.split('-').every((part) => listedAs(part, STATE_KINDS)) || listedAs(name, PLACE_KINDS)) continue;
      if (!inBody(start, end) || covered(start, end) || added.some((x) => x.start < end && x.end > start)) continue;
      if (!standsAlone(sentence, { start: first, end: first + 1 }, text, end, sets.placeIntroducers)) continue;
      const actor = bodyNamed(name, text.slice(end), registry, rules);
      actor.active = true;
      added.push({ start, end, actor });
    }
  }
  spans.push(...added);
}

/**
 * "the ruling ZANU-PF party", "VMRO-DPMNE leader Nikola Gruevski", "the SPLM-IO": acronyms joined by a hyphen, which
 * CoreNLP splits into three tokens and tags as no entity, name a body (a party, a movement, an outlet: "ITAR-TASS"
 * when the tagger misses it). Each part two to eight capitals, written with no space around the hyphen.
 */
function hyphenatedAcronyms(sentence: ParsedSentence): { start: number; end: number; first: number }[] {
  const found: { start: number; end: number; first: number }[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!ACRONYM.test(tokens[i]!.word)) continue;
    let last = i;
    while (
      tokens[last + 1]?.word === '-' &&
      ACRONYM.test(tokens[last + 2]?.word ?? '') &&
      tokens[last + 1]!.start === tokens[last]!.end &&
      tokens[last + 2]!.start === tokens[last + 1]!.end
    )
      last += 2;
    if (last === i) continue;
    found.push({ start: tokens[i]!.start, end: tokens[last]!.end, first: i });
    i = last;
  }
  return found;
}

/**
 * "MR MILLER: …", "Ms Linda Thomas-Greenfield": a PERSON entity opened by an honorific that no mention covers is a
 * person, named without the honorific (a surname in capitals written as a name). Other uncovered PERSON entities are
 * left to the surface rules: the tagger calls places and titled names persons too ("Darwin", "King Salman").
 */
function entityPerson(
  sentence: ParsedSentence,
  entity: { start: number; end: number },
  text: string,
  registry: ActorRegistry,
  rules: Rules,
  titles: ReadonlySet<string>,
): ActorSpan | undefined {
  const tokens = sentence.tokens.slice(entity.start, entity.end);
  if (tokens.length < 2 || !tokens.every((t) => /^\p{Lu}/u.test(t.word))) return undefined;
  if (!rules.cues.sets.honorifics.has(tokens[0]!.word.toLowerCase().replace(/\.$/, ''))) return undefined;
  // "Mr Speaker", "Madam President": an honorific before a title addresses the office, it names nobody
  if (tokens.slice(1).every((t) => titles.has(t.word.toLowerCase()))) return undefined;
  const written = text.slice(tokens[0]!.start, tokens.at(-1)!.end);
  const name = tokens
    .slice(1)
    .map((t) => (/^\p{Lu}+$/u.test(t.word) && t.word.length > 2 ? t.word.charAt(0) + t.word.slice(1).toLowerCase() : t.word))
    .join(' ');
  const known = registry.find(name);
  if (known && known.kind !== 'PERSON') return undefined;
  const actor = known ?? registry.getOrCreate(name, 'PERSON');
  registry.addAlias(actor, written);
  actor.active = true;
  return { start: tokens[0]!.start, end: tokens.at(-1)!.end, actor };
}

/** The entity names an actor in its own right: not a credit in brackets, a place, a medium, a possession or a modifier. */
function standsAlone(
  sentence: ParsedSentence,
  entity: { start: number; end: number },
  text: string,
  end: number,
  placeIntroducers: ReadonlySet<string>,
): boolean {
  const before = sentence.tokens.slice(0, entity.start).filter((t) => t.word.toLowerCase() !== 'the');
  const previous = (before.at(-1)?.word ?? '').toLowerCase();
  if ((previous === '(' || text[end] === ')') && !inMemberBracket(sentence, entity.start)) return false;
  if (placeIntroducers.has(previous) || previous === 'on' || POSSESSIVE_PRONOUNS.has(previous)) return false;
  return true;
}

/** Tokens a member's bracket may hold before the party: "(Burnaby South, NDP)", "(NDP House Leader, Rimouski)". */
const MEMBER_BRACKET_TOKENS = 12;

/**
 * The token stands in a bracket opened right after a person's name: a member's party, as parliamentary reports and
 * transcripts write it ("Foreign Minister Hans-Dietrich Genscher (FDP)", "Mr. Jagmeet Singh (Burnaby South, NDP):"),
 * not a wire credit ("(Reuters)"), which follows a dateline. src/extract/actors/parse-roles.ts reads the affiliation.
 */
export function inMemberBracket(sentence: ParsedSentence, token: number): boolean {
  const { personType } = loadActorNer();
  for (let k = token - 1; k >= 0 && k >= token - MEMBER_BRACKET_TOKENS; k -= 1) {
    const word = sentence.tokens[k]!.word;
    if (word === ')' || word === '-RRB-') return false;
    if (word === '(' || word === '-LRB-') return sentence.tokens[k - 1]?.ner === personType;
  }
  return false;
}

/** "the Dashnak party", "Al-Manar television": a lower-case body noun the entity modifies is part of the body's name. */
function headNounAfter(sentence: ParsedSentence, entity: { end: number }, rules: Rules): ParsedToken | undefined {
  const next = sentence.tokens[entity.end];
  if (!next || !/^\p{Ll}+$/u.test(next.word)) return undefined;
  const modifies = sentence.arcs.some((a) => MODIFIER_RELS.has(a.rel) && a.dep === entity.end - 1 && a.gov === entity.end);
  const head = next.word.charAt(0).toUpperCase() + next.word.slice(1);
  return modifies && rules.cues.orgHeads[head] ? next : undefined;
}

/** The body a name stands for: one known by it, by the acronym after it or by its name less its head word, the body an acronym abbreviates, or a new one. */
function bodyNamed(name: string, following: string, registry: ActorRegistry, rules: Rules): Actor {
  const known = registry.find(name);
  if (known) return known;
  const bracketed = BRACKETED_ACRONYM.exec(following)?.[1];
  const byAcronym = bracketed ? registry.find(bracketed) : undefined;
  if (byAcronym && byAcronym.kind !== 'PERSON' && byAcronym.kind !== 'STATE') {
    registry.addAlias(byAcronym, name);
    return byAcronym;
  }
  // "Africa Command" after "U.S. Africa Command" (and the other way round): a state's name or demonym before a body's name
  const statePrefix = (long: string, short: string) => {
    const head = long.slice(0, long.length - short.length).trim();
    return long.endsWith(` ${short}`) && (rules.gazetteer.get(gazetteerKey(head)) ?? []).some((e) => e.kind === 'state' || e.kind === 'demonym');
  };
  const sameBody = registry.actors.filter(
    (a) => !a.mergedInto && a.kind !== 'PERSON' && a.kind !== 'STATE' && (statePrefix(a.name, name) || statePrefix(name, a.name)),
  );
  if (sameBody.length === 1) {
    registry.addAlias(sameBody[0]!, name);
    return sameBody[0]!;
  }
  // "Labour" after "the Labour Party", "the Polisario" after "the Polisario Front": a body's name less its head word
  const headless = registry.actors.filter((a) => {
    if (a.mergedInto || a.kind === 'PERSON' || a.kind === 'STATE' || !a.name.startsWith(`${name} `)) return false;
    const rest = a.name.slice(name.length + 1);
    return !rest.includes(' ') && !!rules.cues.orgHeads[rest.charAt(0).toUpperCase() + rest.slice(1)];
  });
  if (headless.length === 1) {
    registry.addAlias(headless[0]!, name);
    return headless[0]!;
  }
  if (ACRONYM.test(name)) {
    const expanded = registry.actors.filter((a) => !a.mergedInto && a.kind !== 'PERSON' && a.kind !== 'STATE' && initialsFit(name, a.name));
    if (expanded.length === 1) {
      registry.addAlias(expanded[0]!, name);
      return expanded[0]!;
    }
  }
  const kind: ActorKind = rules.cues.orgHeads[name.split(/\s+/).at(-1) ?? ''] ?? 'ORGANIZATION';
  return registry.getOrCreate(name, kind);
}
