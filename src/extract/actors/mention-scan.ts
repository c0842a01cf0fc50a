import type { Actor, ActorRegistry } from '../actors.js';
import type { Mention, MentionEnv } from '../mentions.js';
import type { GazetteerEntry, Rules, TitleRule } from '../rules.js';
import type { Sentence } from '../segment.js';
import type { Token } from '../tokenize.js';
import { lowerAt, particleName, isNameWord, textOf, capitalRun, prevWord, possessiveAfter, push } from './scan-words.js';
import { gazetteerAt, titleAt, gazetteerPerson, fuzzyGazetteer } from './lexicon-lookups.js';
import { orgChunkAt, genericUnit, withOrgan, type OrgChunk } from './organization-names.js';
import { fromGazetteer, atSeat, affiliate } from './gazetteer-mentions.js';
import { stateMention, stateBodyMention, coordinatedOrgan, governmentAt } from './state-mentions.js';
import { titledPersonAt, addRole, appositiveName } from './titled-persons.js';
import { loneSubjectName, loneObjectName, loneGivenName } from './lone-names.js';
import { anaphorAt, demonymLeaderAt, definiteDescription, findRecent } from './anaphora.js';

/** A name found at a token: the gazetteer's entries for it, or an actor registered earlier under it. */
export interface GazetteerMatch {
  end: number;
  text: string;
  entries: GazetteerEntry[];
  actor?: Actor;
}
type Match = GazetteerMatch;

/**
 * One sentence being scanned for mentions: its tokens, the pass's environment, the mentions found so far, and
 * the scan's rules bound to it, so each rule module reads `const { t, gazetteerAt, push } = s` and calls the others
 * as it would its own helpers.
 */
export interface MentionScan {
  readonly sentence: Sentence;
  readonly t: readonly Token[];
  readonly env: MentionEnv;
  readonly rules: Rules;
  readonly registry: ActorRegistry;
  readonly sets: Rules['cues']['sets'];
  /** The mentions found so far in this sentence, in order. */
  readonly mentions: Mention[];
  /** Headlines name actors only by listed names. */
  readonly headline: boolean;
  lowerAt: (i: number) => string;
  particleName: (tok: Token | undefined) => boolean;
  isNameWord: (tok: Token | undefined, first: boolean) => boolean;
  textOf: (start: number, end: number) => string;
  gazetteerAt: (i: number) => Match | undefined;
  titleAt: (i: number) => { end: number; rule: TitleRule; text: string } | undefined;
  capitalRun: (i: number, allowCaps?: boolean, connectors?: boolean) => number;
  orgChunkAt: (i: number) => OrgChunk | undefined;
  push: (m: Mention) => void;
  prevWord: (i: number) => string;
  possessiveAfter: (end: number) => boolean;
  stateBodyMention: (i: number, k: number, state: Actor) => Mention | undefined;
  atSeat: (i: number, entry: GazetteerEntry & { kind: 'actor' }, possessive: boolean) => boolean;
  affiliate: (actor: Actor, entry: GazetteerEntry & { kind: 'actor' }) => void;
  fromGazetteer: (i: number, m: Match) => Mention | undefined;
  stateMention: (i: number, end: number, state: Actor, form: 'state' | 'capital', possessive: boolean, text: string) => Mention;
  titledPersonAt: (i: number) => { mention: Mention; end: number } | undefined;
  gazetteerPerson: (name: string) => Actor | undefined;
  fuzzyGazetteer: (name: string) => Actor | undefined;
  addRole: (actor: Actor, title: { rule: TitleRule; text: string }, of: Actor | null) => void;
  loneSubjectName: (k: number) => boolean;
  loneGivenName: (k: number) => Actor | undefined;
  loneObjectName: (k: number) => boolean;
  coordinatedOrgan: (end: number) => string | null;
  appositiveName: (k: number) => { name: string; end: number } | undefined;
  genericUnit: (start: number, end: number) => boolean;
  withOrgan: (m: Mention) => Mention;
  governmentAt: (j: number) => { mention: Mention; end: number } | undefined;
  anaphorAt: (j: number) => Mention | undefined;
  demonymLeaderAt: (j: number) => Mention | undefined;
  definiteDescription: (j: number) => Mention | undefined;
  findRecent: (category: string) => Actor | undefined;
  /** The same lookup, for bodies. */
  gazetteerActor: (name: string) => Actor | undefined;
}

/** Runs of tokens ending before this are keyed by start and end together. */
const TEXT_SPAN = 1 << 16;

export function createScan(sentence: Sentence, env: MentionEnv): MentionScan {
  const s = {
    sentence,
    t: sentence.tokens,
    env,
    rules: env.rules,
    registry: env.registry,
    sets: env.rules.cues.sets,
    mentions: [] as Mention[],
    headline: sentence.kind === 'headline',
  } as unknown as MentionScan;
  const bind =
    <A extends unknown[], R>(f: (scan: MentionScan, ...args: A) => R) =>
    (...args: A): R =>
      f(s, ...args);
  s.lowerAt = bind(lowerAt);
  s.particleName = bind(particleName);
  s.isNameWord = bind(isNameWord);
  // the lookups at every token read the same runs again and again: one string for each run keeps folding it a
  // cache hit without hashing a fresh copy
  const texts = new Map<number, string>();
  s.textOf = (start, end) => {
    if (start < 0 || end < start || end >= TEXT_SPAN) return textOf(s, start, end);
    const key = start * TEXT_SPAN + end;
    let text = texts.get(key);
    if (text === undefined) {
      text = textOf(s, start, end);
      texts.set(key, text);
    }
    return text;
  };
  s.gazetteerAt = bind(gazetteerAt);
  s.titleAt = bind(titleAt);
  s.capitalRun = bind(capitalRun);
  s.orgChunkAt = bind(orgChunkAt);
  s.push = bind(push);
  s.prevWord = bind(prevWord);
  s.possessiveAfter = bind(possessiveAfter);
  s.stateBodyMention = bind(stateBodyMention);
  s.atSeat = bind(atSeat);
  s.affiliate = bind(affiliate);
  s.fromGazetteer = bind(fromGazetteer);
  s.stateMention = bind(stateMention);
  s.titledPersonAt = bind(titledPersonAt);
  s.gazetteerPerson = bind(gazetteerPerson);
  s.fuzzyGazetteer = bind(fuzzyGazetteer);
  s.addRole = bind(addRole);
  s.loneSubjectName = bind(loneSubjectName);
  s.loneGivenName = bind(loneGivenName);
  s.loneObjectName = bind(loneObjectName);
  s.coordinatedOrgan = bind(coordinatedOrgan);
  s.appositiveName = bind(appositiveName);
  s.genericUnit = bind(genericUnit);
  s.withOrgan = bind(withOrgan);
  s.governmentAt = bind(governmentAt);
  s.anaphorAt = bind(anaphorAt);
  s.demonymLeaderAt = bind(demonymLeaderAt);
  s.definiteDescription = bind(definiteDescription);
  s.findRecent = bind(findRecent);
  s.gazetteerActor = s.gazetteerPerson;
  return s;
}
