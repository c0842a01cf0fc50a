// Generated from schema.graphql by `npm run codegen` (src/graphql/codegen/resolver-types.ts); do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRecord as ActorRecordModel, RelationRecord as RelationRecordModel, EvidenceRecord as EvidenceRecordModel, BriefingRecord as BriefingRecordModel, RoleRecord as RoleRecordModel, RelationRef as RelationRefModel } from '../src/graph/shared/records.js';
import type { MergeRecord as MergeRecordModel } from '../src/graph/resolution/resolution-repository.js';
import type { SameAsSuggestion as SameAsSuggestionModel } from '../src/graph/resolution/same-as.js';
import type { AuditEntry as AuditEntryModel } from '../src/graph/audit/audit-repository.js';
import type { IngestResultParent as IngestResultParentModel, IngestedActorParent as IngestedActorParentModel, ContributionParent as ContributionParentModel } from '../src/graphql/resolvers/parents.js';
import type { RelationIngested as RelationIngestedModel, ActorIngested as ActorIngestedModel } from '../src/graphql/subscriptions/ingest-events.js';
import type { Context } from '../src/graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, written YYYY-MM-DD (ISO 8601), e.g. "2015-12-21". */
  Date: { input: string; output: string; }
};

/** Someone or something that acts in international relations. */
export type Actor = {
  __typename?: 'Actor';
  /** Other names the actor goes by: spellings, surnames, acronyms, capitals for states ("OSM", "Wagner", "Moscow"). */
  aliases: Array<Scalars['String']['output']>;
  /** Identifiers in other catalogues, as scheme:value ("wikidata:Q7747"). */
  externalIds: Array<Scalars['String']['output']>;
  /** Stable id (a slug of the name, e.g. "mevlut-cavusoglu"); never changes once created. */
  id: Scalars['ID']['output'];
  /** What kind of actor this is. */
  kind: ActorKind;
  /** The briefings that mention this actor, newest first. */
  mentionedIn: Array<Briefing>;
  /** Canonical name, with its accents ("Mevlüt Çavuşoğlu"). */
  name: Scalars['String']['output'];
  /** The actor's relations, oldest first, as a cursor-paginated connection. */
  relations: RelationConnection;
  /**
   * Roles held in states and organizations (AFFILIATED_WITH relations carrying a title), e.g. Defense
   * Minister of France. With `at`, only the roles held on that day: a role counts as held when its
   * from/to period contains the day, or, when it has no period, when a briefing dated within a year
   * of the day states it.
   */
  roles: Array<Role>;
  /** Titles held without a known state or body ("journalist"). */
  titles: Array<Scalars['String']['output']>;
  /** Wikidata QID, used first to match the actor across briefings. */
  wikidata?: Maybe<Scalars['String']['output']>;
};


/** Someone or something that acts in international relations. */
export type ActorMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or something that acts in international relations. */
export type ActorRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modalities?: InputMaybe<Array<Modality>>;
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Someone or something that acts in international relations. */
export type ActorRolesArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of actors (Relay connection). */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An actor and how many relations it has of the asked kind. */
export type ActorCount = {
  __typename?: 'ActorCount';
  /** The actor counted. */
  actor: Actor;
  /** How many distinct relations (events). */
  count: Scalars['Int']['output'];
  /** Total evidence (sentences in briefings) behind those relations. */
  mentions: Scalars['Int']['output'];
};

/** An actor found by a search, with its cursor. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
  /** Full-text relevance (higher is better). */
  score?: Maybe<Scalars['Float']['output']>;
};

/** An actor named by a briefing just ingested. */
export type ActorIngested = {
  __typename?: 'ActorIngested';
  /** The actor, as it now stands. */
  actor: Actor;
  /** The briefing that named it. */
  briefing: Briefing;
  /** CREATED (new to the graph) or MATCHED (already known). */
  status: Scalars['String']['output'];
};

/** An actor named by the briefing. */
export type ActorInput = {
  /** Other names the text or the world uses for it. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Identifiers in other catalogues. */
  externalIds?: InputMaybe<ExternalIdsInput>;
  /** A slug, unique in the briefing; an existing actor with this id (or the same Wikidata QID) is reused. */
  id: Scalars['ID']['input'];
  /** What kind of actor this is. */
  kind: ActorKind;
  /** Canonical name, with its accents. */
  name: Scalars['String']['input'];
  /** Titles held; a role with `of` becomes an AFFILIATED_WITH relation. */
  roles?: InputMaybe<Array<RoleInput>>;
};

/** What kind of actor this is. */
export type ActorKind =
  /** An armed group or militia: Islamic State, the Wagner group, a rebel faction. */
  | 'ARMED_GROUP'
  /** A news outlet or agency: TASS, The Wall Street Journal. */
  | 'MEDIA'
  /** A body that is not a state: a ministry, a party, a university, an alliance, a company. */
  | 'ORGANIZATION'
  /** A person: a minister, a president, a journalist, a commander. */
  | 'PERSON'
  /** A state (a country); its capital's name is usually one of its aliases ("Moscow" for Russia). */
  | 'STATE';

/** A merge of two actors, recorded so it can be undone. */
export type ActorMerge = {
  __typename?: 'ActorMerge';
  /** Id of the actor absorbed (it no longer exists as a node; ingesting it again maps to the survivor). */
  absorbedId: Scalars['ID']['output'];
  /** Name of the absorbed actor. */
  absorbedName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the merge was made (ISO date-time). */
  mergedAt: Scalars['String']['output'];
  /** The actor that absorbed the other. */
  survivor: Actor;
  /** When it was undone, if it was. */
  undoneAt?: Maybe<Scalars['String']['output']>;
};

/** A change to the graph the audit trail records. */
export type AuditAction =
  /** A new briefing was ingested. */
  | 'INGEST'
  /** Two actors were merged. */
  | 'MERGE'
  /** An existing briefing was ingested again with different content, replacing what it said. */
  | 'REPLACE'
  /** A merge was undone. */
  | 'UNMERGE';

/** One change to the graph: who made it, when, and what it changed. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What kind of change it was. */
  action: AuditAction;
  /** When the change was committed (ISO 8601 date-time, UTC). */
  at: Scalars['String']['output'];
  /** The id of the API key that made it ("local" for the local analyst and the command line); never the key itself. */
  by: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The role of that key: reader or editor. */
  role: Scalars['String']['output'];
  /** The briefing id (INGEST, REPLACE) or the merge id (MERGE, UNMERGE). */
  subject: Scalars['ID']['output'];
  /** A one-line account of the change. */
  summary: Scalars['String']['output'];
};

/** Audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An audit entry and its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** A news briefing the graph was seeded from. */
export type Briefing = {
  __typename?: 'Briefing';
  /** The actors it mentions. */
  actors: Array<Actor>;
  /** Who annotated it (a person, or the extractor's name@version). */
  annotator?: Maybe<Scalars['String']['output']>;
  /**
   * Everything this briefing contributed: each relation it states, and whether other briefings
   * state it too (corroboration).
   */
  contributions: Array<Contribution>;
  id: Scalars['ID']['output'];
  /** The day it was published; relative dates in its text ("on Monday") are read against it. */
  publishedAt: Scalars['Date']['output'];
  /** The outlet, e.g. "EA WorldView". */
  source?: Maybe<Scalars['String']['output']>;
  /** The full text, when it was ingested with it. */
  text?: Maybe<Scalars['String']['output']>;
  /** Headline or title. */
  title: Scalars['String']['output'];
  /** Where the briefing was published. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of briefings (Relay connection). */
export type BriefingConnection = {
  __typename?: 'BriefingConnection';
  edges: Array<BriefingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A briefing in a page, with its cursor. */
export type BriefingEdge = {
  __typename?: 'BriefingEdge';
  cursor: Scalars['String']['output'];
  node: Briefing;
};

/** A briefing to ingest: the same format as a briefing file (see README, "Briefing files"). */
export type BriefingInput = {
  /** Every actor the relations and roles name. */
  actors: Array<ActorInput>;
  /** Who made it: an annotator, or the extractor's name@version. */
  annotator?: InputMaybe<Scalars['String']['input']>;
  /** The briefing itself. */
  briefing: BriefingMetaInput;
  /** The relations the briefing states, each with its evidence sentence. */
  relations: Array<RelationInput>;
};

/** A briefing's metadata and text. */
export type BriefingMetaInput = {
  /** A slug: lower-case letters, digits and hyphens. */
  id: Scalars['ID']['input'];
  /** The day it was published. */
  publishedAt: Scalars['Date']['input'];
  /** The outlet. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The full text; evidence quotes must occur in it. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Headline or title. */
  title: Scalars['String']['input'];
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A briefing's raw text and what the text alone cannot say. */
export type BriefingTextInput = {
  /** A slug; made from the title when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The day the briefing was published; relative dates ("on Monday") are resolved against it. */
  publishedAt: Scalars['Date']['input'];
  /** The outlet. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The briefing's full text. */
  text: Scalars['String']['input'];
  /** Headline or title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** An actor related to both actors asked about. */
export type CommonNeighbor = {
  __typename?: 'CommonNeighbor';
  /** The actor both are related to. */
  actor: Actor;
  /** Relations between the first actor asked about and this one. */
  withA: Array<Relation>;
  /** Relations between the second actor asked about and this one. */
  withB: Array<Relation>;
};

/** One relation as stated by one briefing. */
export type Contribution = {
  __typename?: 'Contribution';
  /** Other briefings that state the same relation. */
  alsoIn: Array<Briefing>;
  /** True when an earlier briefing already stated this relation (this briefing corroborates it). */
  corroborates: Scalars['Boolean']['output'];
  /** The briefing's own evidence for it. */
  evidence: Evidence;
  /** The relation stated. */
  relation: Relation;
};

/** Order of relations by date (the event's date, or the day it was first reported when the text gives none). */
export type DateOrder =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

/** How precise a date is: the day, or only the month or the year the text gives. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** Which relations of an actor to follow. */
export type Direction =
  /** Both. */
  | 'BOTH'
  /** Relations the actor is the target of (symmetric relations count from either end). */
  | 'IN'
  /** Relations the actor is the source of (symmetric relations count from either end). */
  | 'OUT';

/** The relations between two actors, counted per month. */
export type Dyad = {
  __typename?: 'Dyad';
  /** The first actor asked about. */
  a: Actor;
  /** The second actor asked about. */
  b: Actor;
  /** Counts per month (per span: a relation dated only to a year is counted in its year's own entry) and type, oldest month first. */
  months: Array<DyadMonth>;
  /** All relations between the two in the window (events, not mentions). */
  total: Scalars['Int']['output'];
};

/** Counts of a dyad's relations in one month. */
export type DyadMonth = {
  __typename?: 'DyadMonth';
  /** Relations from the first actor to the second (symmetric ones counted once). */
  aToB: Scalars['Int']['output'];
  /** Relations from the second actor to the first (0 for symmetric types). */
  bToA: Scalars['Int']['output'];
  /**
   * The month, YYYY-MM, in which the counted relations' span starts: the month of their day or
   * month, or January for relations the text dates only to a year. As in a timeline, such a year is
   * its own entry (month … monthEnd), after the entries of its first month, never counted as January.
   */
  month: Scalars['String']['output'];
  /** The month, YYYY-MM, in which the counted relations' span ends: the same month, or December for a year. */
  monthEnd: Scalars['String']['output'];
  /** The relation type counted. */
  type: RelationType;
};

/** A sentence of a briefing that states a relation. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The briefing the sentence comes from. */
  briefing: Briefing;
  /** The confidence of whoever produced this evidence (1 for reviewed annotations). */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** End offset (exclusive) of the quote in the briefing text. */
  end?: Maybe<Scalars['Int']['output']>;
  /** Who produced this evidence: an annotator, or the extractor's name@version. */
  extractor?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** How this sentence holds the relation (the relation's own modality is the surest of its evidence). */
  modality?: Maybe<Modality>;
  /** The exact sentence (or clause). */
  quote: Scalars['String']['output'];
  /** Whom the sentence quotes, when it reports someone's words. */
  speaker?: Maybe<Actor>;
  /** Character offsets of the quote in the briefing's text, [start, end). */
  start?: Maybe<Scalars['Int']['output']>;
};

/** The sentence that states a relation or role. */
export type EvidenceInput = {
  /** End offset (exclusive); computed when omitted. */
  end?: InputMaybe<Scalars['Int']['input']>;
  /** Who produced it; the file's `annotator` when omitted. */
  extractor?: InputMaybe<Scalars['String']['input']>;
  /** The exact sentence, as in the briefing text. */
  quote: Scalars['String']['input'];
  /** Actor id (in this briefing) of whom the sentence quotes. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Start offset of the quote in the text; computed when omitted. */
  start?: InputMaybe<Scalars['Int']['input']>;
};

/** Identifiers of the actor in other catalogues. */
export type ExternalIdsInput = {
  /** Wikidata QID, e.g. "Q7747". */
  wikidata?: InputMaybe<Scalars['String']['input']>;
};

/** What an ingest created and what already existed. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** Each actor of the input and what became of it. */
  actors: Array<IngestedActor>;
  /** The briefing as stored. */
  briefing: Briefing;
  /** CREATED; UPDATED when the briefing was there and the graph changed in any way (its fields, the actors it states and their facts, its evidence, a modality, the relations it holds up); UNCHANGED when nothing changed. */
  briefingStatus: Scalars['String']['output'];
  /** Pieces of evidence written. */
  evidenceAdded: Scalars['Int']['output'];
  /** Pieces of evidence this briefing no longer states, removed on re-ingest. */
  evidenceRetracted: Scalars['Int']['output'];
  /** Relations already known from other briefings that this one adds evidence to. */
  relationsCorroborated: Array<Relation>;
  /** Relations new to the graph. */
  relationsCreated: Array<Relation>;
  /** Relations that lost this briefing's evidence when it was replaced. */
  relationsRetracted: Array<RetractedRelation>;
  /** How many relations already had this briefing's evidence. */
  relationsUnchanged: Scalars['Int']['output'];
  /** What the extractor could not read (`ingestBriefingText`): a text that is not prose (binary data, symbols, invalid UTF-8) is stored with nothing extracted from it, and says why here. Empty otherwise. */
  warnings: Array<Scalars['String']['output']>;
};

/** An actor of an ingested briefing and how it matched the graph. */
export type IngestedActor = {
  __typename?: 'IngestedActor';
  /** The actor in the graph. */
  actor: Actor;
  /** The id the briefing gave it. */
  inputId: Scalars['ID']['output'];
  /** How it matched an existing actor: WIKIDATA, ID or MERGED (an id absorbed by a merge). */
  matchedBy?: Maybe<Scalars['String']['output']>;
  /** CREATED or MATCHED. */
  status: Scalars['String']['output'];
};

/** How the briefing holds a relation. */
export type Modality =
  /** Stated as fact by the briefing. */
  | 'ASSERTED'
  /** Denied by one of the parties. */
  | 'DENIED'
  /** Conditional or speculative: "might", "if". */
  | 'HYPOTHETICAL'
  /** Announced for the future: "will visit", "soon visiting". */
  | 'PLANNED'
  /** Attributed to someone: "reportedly", "X said", "according to". */
  | 'REPORTED';

/** Changes to the graph: ingesting briefings and resolving duplicate actors. Each needs an editor key when keys are configured, and is recorded in `auditTrail`. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Ingests a briefing in one transaction, with the same validation and guarantees as the seed
   * command: all or nothing, and ingesting the same briefing again changes nothing. A briefing id
   * that exists with different content is a CONFLICT (saying what would be retracted) unless
   * `replace` is true; an actor id that exists as a different actor (another kind, a name it does
   * not go by) is a CONFLICT too.
   */
  ingestBriefing: IngestResult;
  /**
   * The one-step path for trusted pipelines: extracts actors and relations from a briefing's raw
   * text (recognising the graph's known actors) and ingests the draft with the guarantees of
   * `ingestBriefing`. Every piece of evidence records the extractor's name@version. Without an
   * `id`, the briefing gets one of its own (the title's slug, with a digest of the text when that
   * slug is taken by another text), so it never replaces another briefing. With an `id` that exists
   * with another text, `replace` must be true; the same text again re-runs the extraction.
   */
  ingestBriefingText: IngestResult;
  /**
   * Merges `absorbedId` into `survivorId`: aliases, roles, relations and evidence move to the
   * survivor. Recorded, so `unmergeActors` can undo it.
   */
  mergeActors: ActorMerge;
  /** Undoes a merge: the absorbed actor comes back with its own relations and evidence. */
  unmergeActors: Actor;
};


/** Changes to the graph: ingesting briefings and resolving duplicate actors. Each needs an editor key when keys are configured, and is recorded in `auditTrail`. */
export type MutationIngestBriefingArgs = {
  input: BriefingInput;
  replace?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Changes to the graph: ingesting briefings and resolving duplicate actors. Each needs an editor key when keys are configured, and is recorded in `auditTrail`. */
export type MutationIngestBriefingTextArgs = {
  input: BriefingTextInput;
  replace?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Changes to the graph: ingesting briefings and resolving duplicate actors. Each needs an editor key when keys are configured, and is recorded in `auditTrail`. */
export type MutationMergeActorsArgs = {
  absorbedId: Scalars['ID']['input'];
  survivorId: Scalars['ID']['input'];
};


/** Changes to the graph: ingesting briefings and resolving duplicate actors. Each needs an editor key when keys are configured, and is recorded in `auditTrail`. */
export type MutationUnmergeActorsArgs = {
  mergeId: Scalars['ID']['input'];
};

/** Standard Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A path between two actors. */
export type Path = {
  __typename?: 'Path';
  /** The relations, in order; edge i joins nodes i and i+1 (in either direction). */
  edges: Array<Relation>;
  /** Number of relations on the path. */
  length: Scalars['Int']['output'];
  /** The actors, in order from the start to the end. */
  nodes: Array<Actor>;
};

/** The PLOVER coding of a relation type. */
export type Plover = {
  __typename?: 'Plover';
  /** PLOVER event category, e.g. CONSULT, ACCUSE, ASSAULT. */
  category: Scalars['String']['output'];
  /** PLOVER mode within the category, e.g. "disapprove" for ACCUSE. */
  mode?: Maybe<Scalars['String']['output']>;
  /** Conflict–cooperation score of the type on the Goldstein scale (−10 most hostile … +10 most cooperative). */
  score?: Maybe<Scalars['Float']['output']>;
};

/** Questions analysts and graph explorers ask of the graph. */
export type Query = {
  __typename?: 'Query';
  /** An actor by id, or by a name or alias; case and accents do not matter ("cavusoglu", "OSM"). */
  actor?: Maybe<Actor>;
  /** Merges of actors, newest first. */
  actorMerges: Array<ActorMerge>;
  /**
   * How many relations of each type and direction an actor has (symmetric ones counted once).
   * Counts what happened unless `modalities` says otherwise.
   */
  actorRelationCounts: Array<TypeCount>;
  /**
   * The audit trail: who ingested or replaced a briefing, merged or unmerged actors, and when,
   * newest first. `by` is the id of the API key used ("local" for the local analyst and the
   * command line); `subject` is the briefing id or the merge id.
   */
  auditTrail: AuditEntryConnection;
  /** A briefing by id. */
  briefing?: Maybe<Briefing>;
  /** Briefings, newest first. */
  briefings: BriefingConnection;
  /**
   * Actors related to both A and B (by the given types, any if none), with the relations to each,
   * most related first. A and B must differ. Negated relations never count; modalities default to
   * what happened.
   */
  commonGround: Array<CommonNeighbor>;
  /**
   * Counts per type per month between two actors (A and B must differ); counts what happened unless
   * `modalities` says otherwise.
   */
  dyad?: Maybe<Dyad>;
  /**
   * The actors within `depth` relations of an actor, and the relations among them. Negated relations
   * are left out unless `negated` is true. Found breadth-first, level by level: the actors one
   * relation away from the level before come newest first, ranked by their most recent relation with
   * it (its day: the event's date, else the day it was first reported), then by id. When `limit`
   * cuts a level, the most recent ones are kept and no further level is read, so a hub's recent
   * partners stand in for its whole history.
   */
  neighborhood: Subgraph;
  /**
   * The shortest paths between two actors (up to `limit` of them, the shortest first, at most 10),
   * following relations in either direction. Negated relations are never followed unless `negated` is true.
   */
  paths: Array<Path>;
  /** A relation by id. */
  relation?: Maybe<Relation>;
  /** The relation vocabulary with its CAMEO and PLOVER mapping. */
  relationTypes: Array<RelationTypeInfo>;
  /** Relations matching every filter given, by date, with cursor pagination and a total count. */
  relations: RelationConnection;
  /** Pairs of actors that are likely duplicates, likeliest first. */
  sameAsSuggestions: Array<SameAsSuggestion>;
  /** Full-text search over names and aliases (case- and accent-insensitive), best matches first. */
  searchActors: ActorConnection;
  /** An actor's relations in date order, grouped by day, with their evidence. */
  timeline: Array<TimelineDay>;
  /**
   * The actors with the most relations of a type towards a target (or from a source), e.g. who
   * criticized Russia most in 2015. Negated relations never count; modalities default to what happened.
   */
  topActors: Array<ActorCount>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryActorArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryActorMergesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryActorRelationCountsArgs = {
  actorId: Scalars['ID']['input'];
  modalities?: InputMaybe<Array<Modality>>;
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryAuditTrailArgs = {
  action?: InputMaybe<AuditAction>;
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryBriefingArgs = {
  id: Scalars['ID']['input'];
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryBriefingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryCommonGroundArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  modalities?: InputMaybe<Array<Modality>>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryDyadArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  modalities?: InputMaybe<Array<Modality>>;
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryNeighborhoodArgs = {
  actorId: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  edgeLimit?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  modalities?: InputMaybe<Array<Modality>>;
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryPathsArgs = {
  excludeActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  excludeTypes?: InputMaybe<Array<RelationType>>;
  fromId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  modalities?: InputMaybe<Array<Modality>>;
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  toId: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<DateOrder>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QuerySameAsSuggestionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QuerySearchActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  query: Scalars['String']['input'];
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryTimelineArgs = {
  actorId: Scalars['ID']['input'];
  modalities?: InputMaybe<Array<Modality>>;
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Questions analysts and graph explorers ask of the graph. */
export type QueryTopActorsArgs = {
  kinds?: InputMaybe<Array<ActorKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  modalities?: InputMaybe<Array<Modality>>;
  since?: InputMaybe<Scalars['Date']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  type: RelationType;
  until?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * A fact between two actors, e.g. Shoigu MET Le Drian on 2015-12-21, with the sentences that state it.
 * The same fact reported by several briefings is one relation with several evidence entries.
 */
export type Relation = {
  __typename?: 'Relation';
  /** CAMEO event code of the type (null for AFFILIATED_WITH, which is not an event). */
  cameo?: Maybe<Scalars['String']['output']>;
  /** Highest confidence of its evidence (1 for reviewed annotations). */
  confidence: Scalars['Float']['output'];
  /**
   * When the event happened, when the text says: the day, or the first day of the month or year
   * when that is all the text gives (see datePrecision). Windows (since/until) keep a relation
   * whose period overlaps them: a relation of "August 2012" is in a window that includes any day of
   * August 2012, and in no window of December 2015.
   */
  date?: Maybe<Scalars['Date']['output']>;
  /** How precise `date` is: DAY, or MONTH / YEAR when the text gives only that (null without a date). */
  datePrecision?: Maybe<DatePrecision>;
  /** The sentences that state it, oldest briefing first. */
  evidence: Array<Evidence>;
  /** Publication date of the first and of the latest briefing stating it. */
  firstSeen?: Maybe<Scalars['Date']['output']>;
  /** For AFFILIATED_WITH: when the role began and ended. */
  from?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Publication date of the latest briefing stating it. */
  lastSeen?: Maybe<Scalars['Date']['output']>;
  /** How many pieces of evidence (sentences in briefings) state this relation. */
  mentions: Scalars['Int']['output'];
  /** How the briefings hold it: the surest modality of its evidence (asserted, then reported, planned, hypothetical, denied). */
  modality: Modality;
  /** True for facts stated as not happening ("did not meet"); never counted as the event. */
  negated: Scalars['Boolean']['output'];
  /** PLOVER coding of the type (null for DENIED and AFFILIATED_WITH, which PLOVER has no category for). */
  plover?: Maybe<Plover>;
  /** The actor that acts (for symmetric types, one of the two). */
  source: Actor;
  /** True when the type is symmetric (MET, PHONED, NEGOTIATED_WITH, AGREED_WITH, COOPERATED_WITH). */
  symmetric: Scalars['Boolean']['output'];
  /** The actor acted upon (for symmetric types, the other one). */
  target: Actor;
  /** For AFFILIATED_WITH: the role title ("Defense Minister"). */
  title?: Maybe<Scalars['String']['output']>;
  /** For AFFILIATED_WITH: when the role ended. */
  to?: Maybe<Scalars['Date']['output']>;
  /** What happened, from the relation vocabulary. */
  type: RelationType;
};

/** A page of relations (Relay connection). */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A relation in a page, with its cursor. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

/** Filters of `Query.relations`; every filter given must hold. */
export type RelationFilter = {
  /** Relations touching any of these actors, at either end. */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Relations with evidence from this briefing. */
  briefingId?: InputMaybe<Scalars['ID']['input']>;
  /** Relations held with any of these modalities. */
  modalities?: InputMaybe<Array<Modality>>;
  /** false (the default, as everywhere): only relations that are not negated; true: only negated ones ("did not meet"); null: both. */
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Relations on or after this day (event date, or first report when undated). */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Relations with any of these actors as source (for symmetric types, at either end). */
  sourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Relations whose source is of one of these kinds. */
  sourceKinds?: InputMaybe<Array<ActorKind>>;
  /** Relations with any of these actors as target (for symmetric types, at either end). */
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Relations whose target is of one of these kinds. */
  targetKinds?: InputMaybe<Array<ActorKind>>;
  /** Words that must occur in an evidence sentence (case- and accent-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Relations of any of these types. */
  types?: InputMaybe<Array<RelationType>>;
  /** Relations on or before this day. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** A relation stated by a briefing just ingested. */
export type RelationIngested = {
  __typename?: 'RelationIngested';
  /** The briefing that stated it. */
  briefing: Briefing;
  /** The relation, as it now stands. */
  relation: Relation;
  /** CREATED (new to the graph) or CORROBORATED (known; the briefing adds evidence). */
  status: Scalars['String']['output'];
};

/** A relation the briefing states. */
export type RelationInput = {
  /** 0–1; 1 when omitted (a reviewed annotation). */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** When the event happened, when the text says (not the day of the report): YYYY-MM-DD, or YYYY-MM / YYYY when the text gives only the month or the year. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The exact sentence that states it. */
  evidence: EvidenceInput;
  /** For AFFILIATED_WITH: when the role began (YYYY-MM-DD, YYYY-MM or YYYY: from the first day of that period). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** How the text holds it; ASSERTED when omitted. */
  modality?: InputMaybe<Modality>;
  /** True for "did not …"; false when omitted. */
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Actor id (in this briefing) of who acts. */
  source: Scalars['ID']['input'];
  /** Actor id (in this briefing) of who is acted upon. */
  target: Scalars['ID']['input'];
  /** For AFFILIATED_WITH: the role title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** For AFFILIATED_WITH: when the role ended (YYYY-MM-DD, YYYY-MM or YYYY: to the last day of that period); a former role needs it. */
  to?: InputMaybe<Scalars['String']['input']>;
  /** What happened. */
  type: RelationType;
};

/**
 * The kinds of relation the graph holds. Each maps to a CAMEO code and a PLOVER category (see
 * `Relation.cameo`, `Relation.plover` and `Query.relationTypes`). Symmetric types, found from either
 * end and counted once: MET, PHONED, NEGOTIATED_WITH, AGREED_WITH, COOPERATED_WITH.
 */
export type RelationType =
  /** Accused the target of wrongdoing. CAMEO 112; PLOVER ACCUSE (mode allege). */
  | 'ACCUSED'
  /** Is a member, official, agent or part of the target; a role title and from/to dates where known. No CAMEO code; no PLOVER category. */
  | 'AFFILIATED_WITH'
  /** Agreed or offered to meet the target. CAMEO 036; PLOVER AGREE (mode meet). */
  | 'AGREED_TO_MEET'
  /** Agreed, or expressed intent to cooperate. CAMEO 030; PLOVER AGREE. Symmetric. */
  | 'AGREED_WITH'
  /** Attacked the target with force (CAMEO 18x too). CAMEO 190; PLOVER ASSAULT. */
  | 'ATTACKED'
  /** Cooperated, coordinated or shared information. CAMEO 060; PLOVER COOPERATE. Symmetric. */
  | 'COOPERATED_WITH'
  /** Criticized or denounced the target. CAMEO 111; PLOVER ACCUSE (mode disapprove). */
  | 'CRITICIZED'
  /** Denied a claim or report made by or about the target. CAMEO 016; no PLOVER category. */
  | 'DENIED'
  /** Expelled the target's diplomats, nationals or peacekeepers (CAMEO 166 too). CAMEO 174; PLOVER SANCTION (mode expel). */
  | 'EXPELLED'
  /** Hosted a visit by the target. CAMEO 043; PLOVER CONSULT (mode host). */
  | 'HOSTED'
  /** Invited the target to meet, visit or attend. CAMEO 026; PLOVER REQUEST (mode meet). */
  | 'INVITED'
  /** Met or consulted in person. CAMEO 040; PLOVER CONSULT (mode meet). Symmetric. */
  | 'MET'
  /** Held talks or negotiations. CAMEO 046; PLOVER CONSULT (mode negotiate). Symmetric. */
  | 'NEGOTIATED_WITH'
  /** Spoke by telephone. CAMEO 041; PLOVER CONSULT (mode phone). Symmetric. */
  | 'PHONED'
  /** Praised or endorsed the target. CAMEO 051; PLOVER SUPPORT (mode praise). */
  | 'PRAISED'
  /** Published or broadcast the target's statement (an outlet carrying an actor's words); the evidence says which statement. No CAMEO code; no PLOVER category. */
  | 'PUBLISHED'
  /** Rejected a proposal or demand of the target. CAMEO 120; PLOVER REJECT. */
  | 'REJECTED'
  /** Demanded or requested something of the target. CAMEO 100; PLOVER REQUEST. */
  | 'REQUESTED'
  /** Imposed sanctions or an embargo on the target. CAMEO 163; PLOVER SANCTION (mode embargo). */
  | 'SANCTIONED'
  /** Signed a formal agreement with the target. CAMEO 057; PLOVER AGREE (mode formal). */
  | 'SIGNED_AGREEMENT'
  /** Gave the target material, military or political support. CAMEO 070; PLOVER AID. */
  | 'SUPPORTED'
  /** Threatened the target. CAMEO 130; PLOVER THREATEN. */
  | 'THREATENED'
  /** Made a visit to the target. CAMEO 042; PLOVER CONSULT (mode visit). */
  | 'VISITED';

/** A relation type's place in the event standards. */
export type RelationTypeInfo = {
  __typename?: 'RelationTypeInfo';
  /** CAMEO event code. */
  cameo?: Maybe<Scalars['String']['output']>;
  /** What the type means. */
  description: Scalars['String']['output'];
  /** PLOVER category, mode and Goldstein conflict–cooperation score. */
  plover?: Maybe<Plover>;
  /** True when found from either end and counted once. */
  symmetric: Scalars['Boolean']['output'];
  /** The relation type. */
  type: RelationType;
};

/** A relation a replaced briefing no longer states. */
export type RetractedRelation = {
  __typename?: 'RetractedRelation';
  /** The relation's id. */
  id: Scalars['ID']['output'];
  /** The relation as it stands now; null when no evidence was left and it was removed. */
  relation?: Maybe<Relation>;
  /** Its source actor. */
  source: Actor;
  /** Its target actor. */
  target: Actor;
};

/** A title held by an actor in a state or organization. */
export type Role = {
  __typename?: 'Role';
  /** When the role began, if known. */
  from?: Maybe<Scalars['Date']['output']>;
  /** The state or organization served. */
  of: Actor;
  /** The AFFILIATED_WITH relation that records the role, with its evidence. */
  relation: Relation;
  /** The title held, e.g. "Defense Minister" (without the state, which is `of`). */
  title?: Maybe<Scalars['String']['output']>;
  /** When the role ended, if known (null: still held, or unknown). */
  to?: Maybe<Scalars['Date']['output']>;
};

/** A title the actor holds. */
export type RoleInput = {
  /** The sentence giving the title; required when `of` is given. */
  evidence?: InputMaybe<EvidenceInput>;
  /** When the role began, if known: YYYY-MM-DD, YYYY-MM or YYYY (from the first day of that period). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Actor id (in this briefing) of the state or organization served. */
  of?: InputMaybe<Scalars['ID']['input']>;
  /** The title, without the state: "Defense Minister". */
  title: Scalars['String']['input'];
  /** When the role ended, if known: YYYY-MM-DD, YYYY-MM or YYYY (to the last day of that period); a former role ("former member") needs it. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Two actors that are likely the same. */
export type SameAsSuggestion = {
  __typename?: 'SameAsSuggestion';
  /** One actor of the pair. */
  a: Actor;
  /** The other actor of the pair. */
  b: Actor;
  /** Why: FOLDED_NAME (same name once case and accents are folded), TRANSLITERATION (Shoigu/Shoygu), INITIALS (V. Putin), ALIAS (one's name is the other's alias). */
  reason: Scalars['String']['output'];
  /** 0–1, higher is likelier. */
  score: Scalars['Float']['output'];
};

/** Nodes and edges, the shape graph explorers draw. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The relations among those actors that pass the filters. */
  edges: Array<Relation>;
  /** True when `edgeLimit` left relations among these actors out. */
  edgesTruncated: Scalars['Boolean']['output'];
  /** The actors, the centre first; in a neighborhood, then each level newest first (see `neighborhood`). */
  nodes: Array<Actor>;
  /** True when the limit cut the neighborhood short. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * Live updates over WebSocket (graphql-ws protocol, at the API's URL with ws://): what briefings
 * bring as they are ingested through this server, so an open explorer grows without a reload.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** An actor a briefing names, as soon as the briefing is ingested; with `actorIds` or `kinds`, only those. */
  actorIngested: ActorIngested;
  /**
   * A relation a briefing states, as soon as the briefing is ingested: new ones (CREATED) and known
   * ones it corroborates (CORROBORATED); re-ingesting an unchanged briefing announces nothing. With
   * `actorIds`, only relations touching one of them; with `types`, only those types.
   */
  relationIngested: RelationIngested;
};


/**
 * Live updates over WebSocket (graphql-ws protocol, at the API's URL with ws://): what briefings
 * bring as they are ingested through this server, so an open explorer grows without a reload.
 */
export type SubscriptionActorIngestedArgs = {
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<ActorKind>>;
};


/**
 * Live updates over WebSocket (graphql-ws protocol, at the API's URL with ws://): what briefings
 * bring as they are ingested through this server, so an open explorer grows without a reload.
 */
export type SubscriptionRelationIngestedArgs = {
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  types?: InputMaybe<Array<RelationType>>;
};

/** An actor's relations on one day. */
export type TimelineDay = {
  __typename?: 'TimelineDay';
  /**
   * The day (the event's date, or the day it was first reported when the text gives none); for
   * relations the text dates only to a month or a year, the first day of that period, whose entry
   * follows the entry of that day itself (entries are ordered by span: start, then end).
   */
  date: Scalars['Date']['output'];
  /** The last day of the entry's span: the same day, or the end of the month or year. */
  dateEnd: Scalars['Date']['output'];
  /** True when no relation of that day carries its own event date (all are dated by their report). */
  dateFromReport: Scalars['Boolean']['output'];
  /** How precise the entry's date is: a DAY, or a whole MONTH or YEAR. */
  datePrecision: DatePrecision;
  /** The relations of that day. */
  relations: Array<Relation>;
};

/** A count of relations of one type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** How many relations (events, not mentions). */
  count: Scalars['Int']['output'];
  /** OUT: the actor is the source; IN: the target; BOTH: symmetric types, counted once. */
  direction: Direction;
  /** The relation type counted. */
  type: RelationType;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRecordModel>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorCount: ResolverTypeWrapper<Omit<ActorCount, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorIngested: ResolverTypeWrapper<ActorIngestedModel>;
  ActorInput: ActorInput;
  ActorKind: ActorKind;
  ActorMerge: ResolverTypeWrapper<MergeRecordModel>;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Briefing: ResolverTypeWrapper<BriefingRecordModel>;
  BriefingConnection: ResolverTypeWrapper<Omit<BriefingConnection, 'edges'> & { edges: Array<ResolversTypes['BriefingEdge']> }>;
  BriefingEdge: ResolverTypeWrapper<Omit<BriefingEdge, 'node'> & { node: ResolversTypes['Briefing'] }>;
  BriefingInput: BriefingInput;
  BriefingMetaInput: BriefingMetaInput;
  BriefingTextInput: BriefingTextInput;
  CommonNeighbor: ResolverTypeWrapper<Omit<CommonNeighbor, 'actor' | 'withA' | 'withB'> & { actor: ResolversTypes['Actor'], withA: Array<ResolversTypes['Relation']>, withB: Array<ResolversTypes['Relation']> }>;
  Contribution: ResolverTypeWrapper<ContributionParentModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateOrder: DateOrder;
  DatePrecision: DatePrecision;
  Direction: Direction;
  Dyad: ResolverTypeWrapper<Omit<Dyad, 'a' | 'b'> & { a: ResolversTypes['Actor'], b: ResolversTypes['Actor'] }>;
  DyadMonth: ResolverTypeWrapper<DyadMonth>;
  Evidence: ResolverTypeWrapper<EvidenceRecordModel>;
  EvidenceInput: EvidenceInput;
  ExternalIdsInput: ExternalIdsInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<IngestResultParentModel>;
  IngestedActor: ResolverTypeWrapper<IngestedActorParentModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Modality: Modality;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Relation']>, nodes: Array<ResolversTypes['Actor']> }>;
  Plover: ResolverTypeWrapper<Plover>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecordModel>;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'edges'> & { edges: Array<ResolversTypes['RelationEdge']> }>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationFilter: RelationFilter;
  RelationIngested: ResolverTypeWrapper<RelationIngestedModel>;
  RelationInput: RelationInput;
  RelationType: RelationType;
  RelationTypeInfo: ResolverTypeWrapper<RelationTypeInfo>;
  RetractedRelation: ResolverTypeWrapper<RelationRefModel>;
  Role: ResolverTypeWrapper<RoleRecordModel>;
  RoleInput: RoleInput;
  SameAsSuggestion: ResolverTypeWrapper<SameAsSuggestionModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Relation']>, nodes: Array<ResolversTypes['Actor']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimelineDay: ResolverTypeWrapper<Omit<TimelineDay, 'relations'> & { relations: Array<ResolversTypes['Relation']> }>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRecordModel;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorCount: Omit<ActorCount, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorIngested: ActorIngestedModel;
  ActorInput: ActorInput;
  ActorMerge: MergeRecordModel;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  Briefing: BriefingRecordModel;
  BriefingConnection: Omit<BriefingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BriefingEdge']> };
  BriefingEdge: Omit<BriefingEdge, 'node'> & { node: ResolversParentTypes['Briefing'] };
  BriefingInput: BriefingInput;
  BriefingMetaInput: BriefingMetaInput;
  BriefingTextInput: BriefingTextInput;
  CommonNeighbor: Omit<CommonNeighbor, 'actor' | 'withA' | 'withB'> & { actor: ResolversParentTypes['Actor'], withA: Array<ResolversParentTypes['Relation']>, withB: Array<ResolversParentTypes['Relation']> };
  Contribution: ContributionParentModel;
  Date: Scalars['Date']['output'];
  Dyad: Omit<Dyad, 'a' | 'b'> & { a: ResolversParentTypes['Actor'], b: ResolversParentTypes['Actor'] };
  DyadMonth: DyadMonth;
  Evidence: EvidenceRecordModel;
  EvidenceInput: EvidenceInput;
  ExternalIdsInput: ExternalIdsInput;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IngestResult: IngestResultParentModel;
  IngestedActor: IngestedActorParentModel;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Path: Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Relation']>, nodes: Array<ResolversParentTypes['Actor']> };
  Plover: Plover;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecordModel;
  RelationConnection: Omit<RelationConnection, 'edges'> & { edges: Array<ResolversParentTypes['RelationEdge']> };
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationFilter: RelationFilter;
  RelationIngested: RelationIngestedModel;
  RelationInput: RelationInput;
  RelationTypeInfo: RelationTypeInfo;
  RetractedRelation: RelationRefModel;
  Role: RoleRecordModel;
  RoleInput: RoleInput;
  SameAsSuggestion: SameAsSuggestionModel;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Relation']>, nodes: Array<ResolversParentTypes['Actor']> };
  Subscription: Record<PropertyKey, never>;
  TimelineDay: Omit<TimelineDay, 'relations'> & { relations: Array<ResolversParentTypes['Relation']> };
  TypeCount: TypeCount;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Briefing']>, ParentType, ContextType, RequireFields<ActorMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<ActorRelationsArgs, 'direction' | 'first' | 'negated'>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, Partial<ActorRolesArgs>>;
  titles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorCount'] = ResolversParentTypes['ActorCount']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ActorIngestedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorIngested'] = ResolversParentTypes['ActorIngested']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  briefing?: Resolver<ResolversTypes['Briefing'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActorMergeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorMerge'] = ResolversParentTypes['ActorMerge']> = {
  absorbedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  absorbedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type BriefingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Briefing'] = ResolversParentTypes['Briefing']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  annotator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['Contribution']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BriefingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BriefingConnection'] = ResolversParentTypes['BriefingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BriefingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BriefingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BriefingEdge'] = ResolversParentTypes['BriefingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Briefing'], ParentType, ContextType>;
};

export type CommonNeighborResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommonNeighbor'] = ResolversParentTypes['CommonNeighbor']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  withA?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  withB?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type ContributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contribution'] = ResolversParentTypes['Contribution']> = {
  alsoIn?: Resolver<Array<ResolversTypes['Briefing']>, ParentType, ContextType>;
  corroborates?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DyadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dyad'] = ResolversParentTypes['Dyad']> = {
  a?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['DyadMonth']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DyadMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DyadMonth'] = ResolversParentTypes['DyadMonth']> = {
  aToB?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bToA?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monthEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  briefing?: Resolver<ResolversTypes['Briefing'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  extractor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<Maybe<ResolversTypes['Modality']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  actors?: Resolver<Array<ResolversTypes['IngestedActor']>, ParentType, ContextType>;
  briefing?: Resolver<ResolversTypes['Briefing'], ParentType, ContextType>;
  briefingStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidenceRetracted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsCorroborated?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  relationsCreated?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  relationsRetracted?: Resolver<Array<ResolversTypes['RetractedRelation']>, ParentType, ContextType>;
  relationsUnchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestedActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestedActor'] = ResolversParentTypes['IngestedActor']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  inputId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestBriefing?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestBriefingArgs, 'input' | 'replace'>>;
  ingestBriefingText?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestBriefingTextArgs, 'input' | 'replace'>>;
  mergeActors?: Resolver<ResolversTypes['ActorMerge'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'absorbedId' | 'survivorId'>>;
  unmergeActors?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUnmergeActorsArgs, 'mergeId'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type PloverResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Plover'] = ResolversParentTypes['Plover']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, Partial<QueryActorArgs>>;
  actorMerges?: Resolver<Array<ResolversTypes['ActorMerge']>, ParentType, ContextType, RequireFields<QueryActorMergesArgs, 'first'>>;
  actorRelationCounts?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType, RequireFields<QueryActorRelationCountsArgs, 'actorId' | 'modalities' | 'negated'>>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
  briefing?: Resolver<Maybe<ResolversTypes['Briefing']>, ParentType, ContextType, RequireFields<QueryBriefingArgs, 'id'>>;
  briefings?: Resolver<ResolversTypes['BriefingConnection'], ParentType, ContextType, RequireFields<QueryBriefingsArgs, 'first'>>;
  commonGround?: Resolver<Array<ResolversTypes['CommonNeighbor']>, ParentType, ContextType, RequireFields<QueryCommonGroundArgs, 'a' | 'b' | 'limit' | 'modalities'>>;
  dyad?: Resolver<Maybe<ResolversTypes['Dyad']>, ParentType, ContextType, RequireFields<QueryDyadArgs, 'a' | 'b' | 'modalities' | 'negated'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'actorId' | 'depth' | 'edgeLimit' | 'limit' | 'negated'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'fromId' | 'limit' | 'maxDepth' | 'negated' | 'toId'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relationTypes?: Resolver<Array<ResolversTypes['RelationTypeInfo']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first' | 'order'>>;
  sameAsSuggestions?: Resolver<Array<ResolversTypes['SameAsSuggestion']>, ParentType, ContextType, RequireFields<QuerySameAsSuggestionsArgs, 'limit'>>;
  searchActors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QuerySearchActorsArgs, 'first' | 'query'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineDay']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'actorId' | 'negated'>>;
  topActors?: Resolver<Array<ResolversTypes['ActorCount']>, ParentType, ContextType, RequireFields<QueryTopActorsArgs, 'limit' | 'modalities' | 'type'>>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  cameo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  negated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plover?: Resolver<Maybe<ResolversTypes['Plover']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationIngestedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationIngested'] = ResolversParentTypes['RelationIngested']> = {
  briefing?: Resolver<ResolversTypes['Briefing'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationTypeInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationTypeInfo'] = ResolversParentTypes['RelationTypeInfo']> = {
  cameo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plover?: Resolver<Maybe<ResolversTypes['Plover']>, ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RetractedRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetractedRelation'] = ResolversParentTypes['RetractedRelation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SameAsSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SameAsSuggestion'] = ResolversParentTypes['SameAsSuggestion']> = {
  a?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  edgesTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  actorIngested?: SubscriptionResolver<ResolversTypes['ActorIngested'], "actorIngested", ParentType, ContextType, Partial<SubscriptionActorIngestedArgs>>;
  relationIngested?: SubscriptionResolver<ResolversTypes['RelationIngested'], "relationIngested", ParentType, ContextType, Partial<SubscriptionRelationIngestedArgs>>;
};

export type TimelineDayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineDay'] = ResolversParentTypes['TimelineDay']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dateEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dateFromReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorCount?: ActorCountResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorIngested?: ActorIngestedResolvers<ContextType>;
  ActorMerge?: ActorMergeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Briefing?: BriefingResolvers<ContextType>;
  BriefingConnection?: BriefingConnectionResolvers<ContextType>;
  BriefingEdge?: BriefingEdgeResolvers<ContextType>;
  CommonNeighbor?: CommonNeighborResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Dyad?: DyadResolvers<ContextType>;
  DyadMonth?: DyadMonthResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  IngestedActor?: IngestedActorResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Plover?: PloverResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationIngested?: RelationIngestedResolvers<ContextType>;
  RelationTypeInfo?: RelationTypeInfoResolvers<ContextType>;
  RetractedRelation?: RetractedRelationResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SameAsSuggestion?: SameAsSuggestionResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimelineDay?: TimelineDayResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

