import { z } from 'zod';
import { tokenize, type Token } from '../tokenize.js';
import { loadRulesFile } from '../rules.js';

/**
 * Organs of a state named by the state's demonym or possessive and a common noun phrase ("the French foreign
 * ministry", "Armenia's defence ministry", "the Turkish parliament"): each is an actor of its own, affiliated
 * with its state, not the state itself. The phrases are data (rules/state-bodies.json).
 */

const stateBodiesFile = z.object({
  bodies: z.array(z.string().min(1)),
  notBefore: z.array(z.string()),
  officeNouns: z.array(z.string().min(1)),
  leaderOffices: z.record(z.string(), z.string().min(1)),
  stateNouns: z.array(z.string().min(1)),
});

export interface StateBodyLexicon {
  /** Each phrase as lower-case token texts, longest first so "foreign affairs ministry" wins over shorter ones. */
  phrases: { words: string[]; phrase: string }[];
  /** A body phrase after one of these names a place ("sent the bill to the Turkish parliament"), not an actor. */
  notBefore: ReadonlySet<string>;
  /** Offices named after a person's possessive ("Zaev's office"), as lower-case token texts, longest first. */
  officeNouns: { words: string[]; phrase: string }[];
  /** A leader's title → the word naming that leader's office ("president" → "presidential office"). */
  leaderOffices: ReadonlyMap<string, string>;
  /** Nouns that, after a state's demonym, name or leader, name the state itself ("the Lebanese government"). */
  stateNouns: ReadonlySet<string>;
}

let cached: StateBodyLexicon | undefined;

export function loadStateBodies(): StateBodyLexicon {
  if (cached) return cached;
  const given = loadRulesFile(stateBodiesFile, 'state-bodies.json');
  const phrases = given.bodies
    .map((phrase) => ({ phrase: phrase.toLowerCase(), words: tokenize(phrase).map((t) => t.lower) }))
    .sort((a, b) => b.words.length - a.words.length);
  const officeNouns = given.officeNouns
    .map((phrase) => ({ phrase, words: tokenize(phrase).map((t) => t.lower) }))
    .sort((a, b) => b.words.length - a.words.length);
  cached = {
    phrases,
    notBefore: new Set(given.notBefore.map((w) => w.toLowerCase())),
    officeNouns,
    leaderOffices: new Map(Object.entries(given.leaderOffices)),
    stateNouns: new Set(given.stateNouns.map((w) => w.toLowerCase())),
  };
  return cached;
}

export interface StateBodyMatch {
  /** Token index just past the phrase. */
  end: number;
  /** The phrase as listed ("foreign ministry"): the body's role title and the tail of its name. */
  phrase: string;
}

/**
 * The body phrase starting at token `k`, when it names an acting body: not followed by a name or a title
 * ("foreign ministry spokesman Wang Wenbin" names the spokesman), and the state word before it (at `stateStart`)
 * not governed by a place preposition.
 */
export function stateBodyAt(
  tokens: readonly Token[],
  k: number,
  stateStart: number,
  lexicon: StateBodyLexicon,
  titleAt: (i: number) => boolean,
): StateBodyMatch | undefined {
  let before = stateStart - 1;
  while (before >= 0 && tokens[before]!.lower === 'the') before -= 1;
  // "according to the Congolese presidency" names a source, not a place
  const source = tokens[before]?.lower === 'to' && tokens[before - 1]?.lower === 'according';
  if (before >= 0 && lexicon.notBefore.has(tokens[before]!.lower) && !source) return undefined;
  for (const { words, phrase } of lexicon.phrases) {
    if (!words.every((w, d) => tokens[k + d]?.lower === w)) continue;
    const end = k + words.length;
    const next = tokens[end];
    if (next?.word && next.cap) return undefined;
    if (next?.word && titleAt(end)) return undefined;
    return { end, phrase };
  }
  return undefined;
}
