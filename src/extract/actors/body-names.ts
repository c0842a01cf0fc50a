import { foldName } from '../../text/fold.js';
import type { Actor, ActorRegistry } from '../actors.js';
import type { ActorSpan } from '../structure/actor-spans.js';
import type { NerIndex } from './ner-evidence.js';

/**
 * Names of bodies read whole: "the Transitional Military Council (TMC)" gives the council its acronym; an
 * ORGANIZATION entity read in pieces by the surface rules ("The Tigray People" + "Liberation Front") is one body;
 * "the Russian-led Eurasian Economic Union" is the union, whoever leads it.
 */

/** "Transitional Military Council (TMC)": the acronym in brackets after a body's name is its alias. */
export function mergeBracketedAcronyms(text: string, spans: readonly ActorSpan[], registry: ActorRegistry, listed: (a: Actor) => boolean): void {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < ordered.length; k += 1) {
    const body = registry.resolve(ordered[k]!.actor);
    const short = registry.resolve(ordered[k + 1]!.actor);
    if (body === short || body.kind === 'PERSON' || body.kind === 'STATE' || listed(short)) continue;
    const between = text.slice(ordered[k]!.end, ordered[k + 1]!.start);
    const after = text.slice(ordered[k + 1]!.end, ordered[k + 1]!.end + 1);
    if (!/^\s*\($/.test(between) || after !== ')' || !/^\p{Lu}{2,8}$/u.test(short.name)) continue;
    if (initialsFit(short.name, body.name)) registry.merge(short, body);
  }
}

/** "TMC" for "Transitional Military Council": the acronym's letters open words of the name, in order. */
export function initialsFit(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  let at = 0;
  for (const letter of acronym) {
    at = initials.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return acronym[0] === initials[0];
}

/** An ORGANIZATION entity holding the mentions of bodies the surface rules guessed: one body, named by the entity. */
export function joinBodyNames(
  spans: readonly ActorSpan[],
  registry: ActorRegistry,
  index: NerIndex,
  organizationType: string,
  listed: (a: Actor) => boolean,
  titled: (word: string) => boolean,
): void {
  const seen = new Set<string>();
  for (const span of spans) {
    for (const entity of index.read(span.start, span.end).entities) {
      if (entity.ner !== organizationType || seen.has(`${entity.charStart}`)) continue;
      seen.add(`${entity.charStart}`);
      const inside = spans.filter((s) => s.start >= entity.charStart && s.end <= entity.charEnd).map((s) => registry.resolve(s.actor));
      const parts = [...new Set(inside)];
      // every actor named inside is a guessed body (or a person the surface rules mistook): none is listed or a state
      if (!parts.length || parts.some((a) => listed(a) || a.kind === 'STATE')) continue;
      // "Foreign Ministry Spokesperson Mao Ning('s Regular Press Conference)": an entity ending with a title and a person's
      // name is the title and its holder CoreNLP took together, no body
      if (parts.some((a) => a.kind === 'PERSON' && titleBefore(entity.text, a.name, titled))) continue;
      const covered = spans.filter((s) => s.start >= entity.charStart && s.end <= entity.charEnd);
      const longest = Math.max(...covered.map((s) => s.end - s.start));
      if (longest >= entity.charEnd - entity.charStart - 1) continue;
      let body = registry.rename(parts[0]!, entity.text, parts[0]!.kind === 'PERSON' ? 'ORGANIZATION' : undefined);
      for (const other of parts.slice(1)) body = registry.merge(other, body);
    }
  }
}

/** The entity's text ends with the name, right after a title word ("… Spokesperson Mao Ning"). */
function titleBefore(entity: string, name: string, titled: (word: string) => boolean): boolean {
  const words = foldName(entity).split(' ');
  const nameWords = foldName(name).split(' ');
  if (words.length <= nameWords.length || words.slice(-nameWords.length).join(' ') !== nameWords.join(' ')) return false;
  return titled(words[words.length - nameWords.length - 1]!);
}

/** "Russian-led Eurasian Economic Union" → "Eurasian Economic Union": a leading "-led", "-backed" adjective is no part of the name. */
export function dropLeadingBackers(registry: ActorRegistry, listed: (a: Actor) => boolean): void {
  for (const actor of registry.actors) {
    if (actor.mergedInto || actor.kind === 'PERSON' || actor.kind === 'STATE' || listed(actor)) continue;
    const m = /^\S+-(?:led|backed|based|run|allied|linked|sponsored|funded)\s+(.+)$/i.exec(actor.name);
    if (m?.[1] && foldName(m[1]).includes(' ')) registry.rename(actor, m[1]);
  }
}

const LEFT_OUT_TYPES: ReadonlySet<string> = new Set(['O', 'DATE', 'TIME', 'TITLE']);

/**
 * "Yesterday the UN Security Council", "General Assembly" read as a person titled General: a guessed actor every
 * mention of which ends with one ORGANIZATION entity (and holds no PERSON token) is the body that entity names.
 */
export function namesFromEntities(
  spans: readonly ActorSpan[],
  registry: ActorRegistry,
  index: NerIndex,
  types: { organization: string; person: string },
  listed: (a: Actor) => boolean,
): void {
  const names = new Map<Actor, Set<string>>();
  for (const span of spans) {
    const actor = registry.resolve(span.actor);
    if (actor.kind === 'STATE' || listed(actor)) continue;
    const reading = index.read(span.start, span.end);
    const entity = reading.entities.find((e) => e.ner === types.organization && e.charEnd === span.end);
    // the words left out are no name: "the", a date ("Yesterday"), a title; never a nationality ("Sudanese Communist Party")
    const leftOut = entity ? reading.tokens.filter((t) => t.end <= entity.charStart) : [];
    const article = (t: { word: string }) => t.word.toLowerCase() === 'the';
    const noName = leftOut.every((t) => article(t) || (LEFT_OUT_TYPES.has(t.ner) && (t.ner !== 'O' || !/^\p{Lu}/u.test(t.word))));
    // a person's name is a body's only when the entity is the whole mention ("General Assembly")
    const whole = actor.kind !== 'PERSON' || leftOut.every(article);
    const set = names.get(actor) ?? new Set<string>();
    set.add(entity && noName && whole && !reading.tokens.some((t) => t.ner === types.person) ? entity.text.replace(/^the\s+/i, '') : '');
    names.set(actor, set);
  }
  for (const [actor, set] of names) {
    const [name] = [...set];
    if (set.size !== 1 || !name) continue;
    // "the conservative New Democracy party": a "person" every mention of which is an ORGANIZATION entity is a body
    if (foldName(name) === foldName(actor.name).replace(/^the /, '')) {
      if (actor.kind === 'PERSON') {
        actor.roles = [];
        actor.kind = 'ORGANIZATION';
      }
      continue;
    }
    // "the interior ministry" of a state named elsewhere keeps its state in its name ("Georgian interior ministry")
    if (actor.roles.some((r) => r.of?.kind === 'STATE') && foldName(actor.name).endsWith(` ${foldName(name)}`)) continue;
    if (actor.kind === 'PERSON') actor.roles = [];
    registry.rename(actor, name, actor.kind === 'PERSON' ? 'ORGANIZATION' : undefined);
  }
}
