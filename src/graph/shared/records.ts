import type { DatePrecision } from '../dates/partial-date.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import type { Modality } from '../../vocabulary/modalities.js';
import type { RelationType } from '../../vocabulary/relation-types.js';

/** Plain shapes the cypher/ statements return; the GraphQL resolvers map them. */
export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[] | null;
  wikidata: string | null;
  externalIds: string[] | null;
  titles: string[] | null;
}

/** Enough to find a relation again: its id and its two actors, as stored (source → target). */
export interface RelationRef {
  id: string;
  source: string;
  target: string;
  /** The relation's type, where the statement knows it: hydrating then takes one index seek. */
  type?: RelationType | null;
  /** The effective day (event date, or first report), where the statement computes it. */
  day?: string | null;
  /** The last day of the relation's span (the same day unless its date is a month or a year). */
  dayEnd?: string | null;
  precision?: DatePrecision | null;
  dated?: boolean;
  /** The relation itself, where the statement that found it returned it (no second lookup then). */
  record?: RelationRecord;
  /** Its two actors, where the statement returned them. */
  ends?: ActorRecord[];
}

/** What a relation states: who did what to whom, when, how surely; and for a role its title and period. */
export interface RelationFacts {
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  modality: Modality;
  negated: boolean;
  title: string | null;
  from: string | null;
  to: string | null;
}

export interface RelationRecord extends RelationFacts {
  id: string;
  /** Null until the relation's evidence has been counted (a relation re-created by a merge, before its refresh). */
  mentions: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
  confidence: number | null;
}

/** A piece of evidence as a briefing gives it: the quote, where it stands in the text, who said it, what found it. */
export interface EvidenceQuote {
  id: string;
  quote: string;
  start: number | null;
  end: number | null;
  speakerId: string | null;
  extractor: string | null;
}

export interface EvidenceRecord extends EvidenceQuote {
  confidence: number | null;
  /** How this evidence's sentence holds the relation. */
  modality: Modality | null;
  briefingId: string;
}

export interface BriefingRecord {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string;
  text: string | null;
  annotator: string | null;
}

export interface RoleRecord {
  id: string;
  title: string | null;
  from: string | null;
  to: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  source: string;
  target: string;
}
