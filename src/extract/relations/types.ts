import type { Modality } from '../../vocabulary/modalities.js';
import type { RelationType } from '../../vocabulary/relation-types.js';
import type { Actor } from '../actors.js';
import type { Mention } from '../mentions.js';
import type { Rules } from '../rules.js';
import type { Sentence } from '../segment.js';
import type { Token } from '../tokenize.js';

export interface DraftRelation {
  source: Actor;
  target: Actor;
  type: RelationType;
  date: string | null;
  modality: Modality;
  negated: boolean;
  confidence: number;
  sentence: Sentence;
  speaker: Actor | null;
  /** Character offset of the word that told the relation (its verb or noun), where a rule knows it: the precision guards read its clause in the parse. */
  trigger?: number;
}

/** A relation whose agent is "a Syrian politician": bound to the next person the text introduces. */
export interface PendingRelation {
  relation: Omit<DraftRelation, 'source'>;
  title: string;
  state: Actor | null;
  /** The indefinite is the target, not the source. */
  asTarget: boolean;
}

/** A sentence read as units: an actor mention (several tokens) or a single token. Indices are token indices. */
export type Unit = MentionUnit | { kind: 't'; tok: Token; start: number; end: number };
export interface MentionUnit {
  kind: 'm';
  m: Mention;
  start: number;
  end: number;
}

/** Who does something: the actors, the confidence factor of how they were found, or an indefinite ("a Syrian politician"). */
export interface Party {
  actors: Actor[];
  penalty: number;
  indef?: Mention;
  /** Token index where the subject ends (for the modality window). */
  end: number;
}

export type VerbForm = 'past' | 'present' | 'ing' | 'base';

export interface RelationEnv {
  rules: Rules;
  publishedAt: string;
  sectionDay: string | null;
  /** A digest of several news items (the day of each item's news may date its undated events); else one story. */
  digest: boolean;
  /** The last day named earlier in the sentence's paragraph (null after a vague time such as "last month"). */
  paragraphDate: string | null;
  /** The story's own date, from its dateline. */
  dateline: string | null;
  /** Speaker of a quotation left open by the previous sentence. */
  quoteSpeaker: Actor | null;
}

export interface SentenceRelations {
  relations: DraftRelation[];
  pending: PendingRelation[];
  roles: { actor: Actor; title: string; of: Actor }[];
  /** Speaker of a quotation still open at the end of the sentence. */
  openQuoteSpeaker: Actor | null;
  /** Events told with their agent (with or without a target), for "the move", "the accusation" later on. */
  events: { type: RelationType; agent: Actor; trigger: string; plural: boolean }[];
  /** Parties of the sentence's events with three or more of them, for "the three leaders" later on. */
  groups: Actor[][];
}
