import type { Actor, ActorRegistry } from './actors.js';
import type { Gender } from './discourse/pronoun-gender.js';
import type { Rules } from './rules.js';
import type { DescriptionContext } from './descriptions.js';
import type { Sentence } from './segment.js';
import { MENTION_RULES } from './actors/mention-rules.js';
import { createScan } from './actors/mention-scan.js';

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
  /** 'event': an event noun standing for the actors who made the event ("the move", "the agreement"). */
  via: 'name' | 'pronoun' | 'pair' | 'anaphor' | 'event' | 'organ' | 'indef' | 'facility';
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
  /** The state whose Government the section last named as such ("the Government of the Republic of Vanuatu", "the Vanuatu Government"): what a bare "the Government" stands for when nothing nearer does. */
  namedGovernment: Actor | null;
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
    namedGovernment: null,
    organs: new Map(),
    events: [],
    nounEvents: [],
    eventNounTargets: new Set(),
    pairs: [],
    namedPairs: [],
    groups: [],
    namedGroups: [],
    memberBodies: new Map(),
  };
}

export interface MentionEnv {
  rules: Rules;
  registry: ActorRegistry;
  /** Pass 2 resolves pronouns and anaphors; pass 1 only registers actors. */
  resolve: boolean;
  ctx: DiscourseContext;
  seen: Set<Actor>;
  /** Persons whose gender CoreNLP's coreference chains tell ("she" … "Rosario Murillo"): a pronoun never stands for a person of the other. */
  genders?: ReadonlyMap<Actor, Gender>;
  /** Where CoreNLP tagged a word PERSON (its start offsets): a lone given name is read as a person only there. */
  personWords?: ReadonlySet<number>;
}

/**
 * The mentions of actors in a sentence, left to right: at each token the rules of `actors/mention-rules.ts` are
 * tried in order, and the first that reads a mention there says where the scan goes on.
 */
export function detectMentions(sentence: Sentence, env: MentionEnv): Mention[] {
  const s = createScan(sentence, env);
  let i = 0;
  scan: while (i < s.t.length) {
    for (const rule of MENTION_RULES) {
      const next = rule(s, i);
      if (next !== undefined) {
        i = next;
        continue scan;
      }
    }
    i += 1;
  }
  return s.mentions;
}
