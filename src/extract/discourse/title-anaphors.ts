import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import type { ActorSpan } from '../structure/actor-spans.js';

/** CoreNLP's entity class of a bare office ("Prime Minister", "minister", "President"). */
const TITLE_NER = 'TITLE';

/** CoreNLP's entity class of a demonym ("American", "Greek"). */
const NATIONALITY_NER = 'NATIONALITY';

/** Offices whose holder a demonym before them ("the Israeli ambassador") does not stand for: the state does. */
const ENVOY_TITLES = new Set(['ambassador', 'envoy', 'charge', "chargé d'affaires", 'consul', 'consul general']);

/**
 * Words for whoever leads a state, whatever the office is called: "the Mexican leader" after "Mexican President Andrés
 * Manuel López Obrador" is he. With a demonym before them they name a holder of a leading office of that state; without
 * one ("the Leader" of a revolution, a party's leader) only a holder of that very title, as every other office.
 */
const LEADER_WORDS = new Set(['leader', 'premier', 'strongman', 'ruler', 'monarch', 'head of state', 'head of government']);

/** The offices whose holder leads a state (the last words of a role's title). */
const LEADING_OFFICES = [
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emperor',
  'emir',
  'amir',
  'sultan',
  'shah',
  'leader',
  'head of state',
  'taoiseach',
];

/** Words before an office that make it another office than the one said ("Vice President" is no "President", "Prime Minister" no "minister"). */
const OTHER_OFFICE = new Set(['vice', 'deputy', 'former', 'acting', 'assistant', 'prime']);

/**
 * "The Prime Minister invited the President to visit Norway": a title alone after "the" stands for the person named
 * before it who holds that office, when exactly one person named so far does (a role ending in those words: "President Dmitry Medvedev" holds "President",
 * "Peter MacKay (Minister of National Defence)" holds "minister"). Why: CoreNLP's coreference joins such a mention to
 * its holder only now and then, and a text goes on by office once it has named who holds it. Not read: a title
 * followed by "of" or by a name ("the President of the Council", "the President, Mr Lamothe": another description or
 * the name itself), a title already part of an actor's mention, an office nobody or several named so far hold (a
 * readout's "the President" is often its own house's, never named, after another president was). A demonym between
 * ("called the Gabonese president", "meet the British Foreign Secretary") narrows the holders to those whose role is
 * that state's or names no state; not for an envoy ("expelled the Israeli ambassador" is the state's act, as the
 * annotation guide writes it). Returns the
 * mentions as spans (from "the" to the title's end). Pure.
 */
export function titleAnaphors(
  text: string,
  parse: ParsedDocument,
  spans: readonly ActorSpan[],
  resolve: (a: Actor) => Actor,
  stateOfDemonym: (word: string) => string | null = () => null,
): ActorSpan[] {
  const found: ActorSpan[] = [];
  const persons = spans.map((s) => ({ start: s.start, end: s.end, actor: resolve(s.actor) })).filter((s) => s.actor.kind === 'PERSON');
  for (const sentence of parse.sentences) {
    for (const e of sentence.entities) {
      if (e.ner !== TITLE_NER) continue;
      // "the American president": the demonym says whose office, so only a holder of that state's office is meant
      const demonym = sentence.tokens[e.start - 1];
      const state = demonym && demonym.ner === NATIONALITY_NER ? stateOfDemonym(demonym.word) : null;
      const det = sentence.tokens[e.start - (state ? 2 : 1)];
      const first = sentence.tokens[e.start]!;
      const last = sentence.tokens[e.end - 1]!;
      const next = sentence.tokens[e.end];
      if (det?.word.toLowerCase() !== 'the') continue;
      if (next && (next.word.toLowerCase() === 'of' || next.ner === 'PERSON')) continue;
      if (spans.some((s) => s.start < last.end && first.start < s.end)) continue;
      const title = text.slice(first.start, last.end).toLowerCase();
      // "expelled the Israeli ambassador" names the state's envoy as the state's act (the annotation guide): left to the state
      if (state && ENVOY_TITLES.has(title)) continue;
      const leader = state !== null && LEADER_WORDS.has(title);
      // "the Mexican leader": a leading office of that state, whatever its name
      const holdsHere = (r: Actor['roles'][number]) =>
        leader
          ? r.of !== null && resolve(r.of).name === state && LEADING_OFFICES.some((office) => holds(r.title, office))
          : holds(r.title, title) && (!state || r.of === null || resolve(r.of).name === state);
      const holders = new Set(persons.filter((p) => p.end <= det.start && p.actor.roles.some(holdsHere)).map((p) => p.actor));
      if (holders.size === 1) found.push({ start: det.start, end: last.end, actor: [...holders][0]! });
    }
  }
  return found;
}

/** Whether a role's title is the office `title` names: it ends in those words, not after a word of OTHER_OFFICE ("vice", "deputy", "former", …). */
function holds(roleTitle: string, title: string): boolean {
  const role = roleTitle.toLowerCase().split(/\s+/);
  const words = title.split(/\s+/);
  const at = role.length - words.length;
  if (at < 0 || words.some((w, i) => role[at + i] !== w)) return false;
  return !OTHER_OFFICE.has(role[at - 1] ?? '');
}
