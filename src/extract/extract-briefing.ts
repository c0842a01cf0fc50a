import type { BriefingFile } from '../ingest/briefing-format.js';
import { RELATION_TYPE_INFO, type RelationType } from '../vocabulary/relation-types.js';
import { slugify } from '../text/fold.js';
import { ActorRegistry, type Actor, type KnownActor } from './actors.js';
import { findDates } from './dates.js';
import { bodiesNamedByMembers, eventGroups, listsNamedTogether, pairsNamedTogether, type NounEventRecord } from './descriptions.js';
import { detectMentions, newContext, type DiscourseContext, type Mention } from './mentions.js';
import { extractRelations, type DraftRelation, type PendingRelation } from './relations/extract-relations.js';
import { loadRules, type Rules } from './rules.js';
import { segment, type Sentence } from './segment.js';
import { tokenize } from './tokenize.js';
import type { ParsedDocument } from '../nlp/document.js';
import type { Parser } from '../nlp/parser.js';
import { sameSide } from './same-side.js';
import { addsLearned, combineRelations, DEFAULT_COMBINE_MODE, RULES_COMBINE_MODE, usesLearned, type CombineMode } from './combine-relations.js';
import { learnedDrafts } from './learned/learned-drafts.js';
import type { Classifier } from './learned/model.js';
import { loadRelationModel, loadReranker } from './learned/relation-model.js';
import { proposalFeatures, reranked, type Reranker } from './learned/rerank.js';
import { ActorLocator, type ActorSpan, type Discourse, type GroupSpan } from './structure/actor-spans.js';
import { colonQuoteSpeakers } from './discourse/colon-quotes.js';
import { titleAnaphors } from './discourse/title-anaphors.js';
import { addLabelParties, turnSpeakers } from './discourse/turn-speakers.js';
import { headingSpeaker } from './discourse/heading-speaker.js';
import { operativePart } from './discourse/operative-issuer.js';
import { reportedAccusations } from './discourse/reported-accusations.js';
import { personGenders } from './discourse/pronoun-gender.js';
import { clauseSubjects, type ClauseSubjects } from './discourse/clause-subjects.js';
import { eventNounTargets, nounEventMakers, nounEventWords, type CharSpan, type NounEvent } from './discourse/noun-event-makers.js';
import { loadLexicon, summonedEnvoys } from './structure/lexicon.js';
import { forgetActors, gazetteerKey, groundActors, loadActorNer } from './actors/ground-actors.js';
import { wordStartsTagged } from './actors/ner-evidence.js';
import { addEntityBodies } from './actors/entity-bodies.js';
import { addParseRoles } from './actors/parse-roles.js';
import { addTitleBodies } from './actors/title-bodies.js';
import { addApposedRoles } from './actors/apposed-roles.js';
import { widenPartialNames } from './actors/widened-names.js';
import { ownTitlePrefixes } from './actors/owner-title-prefixes.js';
import { markOutlets } from './actors/outlet-kinds.js';
import { addOutletCredits } from './actors/outlet-credits.js';
import { addLabelActors } from './actors/label-actors.js';
import { mergeAcronyms } from './actors/acronyms.js';
import { mergeBareBodies } from './actors/bare-bodies.js';
import { addTitledSurnameAliases } from './actors/titled-surnames.js';
import { dependencyDistance } from './structure/linked.js';
import { structuralDrafts, type StructuralDraft } from './structure/structural-drafts.js';
import { guarded, ruleScoreOf } from './precision/guards.js';
import type { RuleScore } from './precision/calibration.js';
import { eventOnlyActors, withoutEventMakerMisreadings } from './precision/event-makers.js';
import { withoutPatientTargets } from './precision/patients.js';
import { withoutComplementTargets } from './precision/complement-targets.js';
import { GuardReading } from './precision/target-roles.js';
import { withoutReactorsAsMakers } from './precision/reactors.js';
import { withoutRemovedFromOffice } from './precision/removals.js';
import { withoutCallsToOutlets } from './precision/interviews.js';
import { withoutDemandCalls } from './precision/demand-calls.js';
import { withoutQuestions } from './precision/questions.js';
import { predicateNominalAgents } from './precision/predicate-nominals.js';
import { readRefusals } from './relations/refusals.js';
import { summonsAsProtests } from './relations/summons.js';
import { courtesyCallsAsMeetings } from './relations/courtesy-calls.js';
import { theyAfterSubject } from './discourse/they-after-subject.js';
import { withoutInvisibleCharacters } from './invisible-characters.js';

export { COMBINE_MODES, type CombineMode } from './combine-relations.js';

/** The precision guards that read where the parse names a relation's parties (src/extract/precision/), in order. */
const PARTY_GUARDS = [
  withoutPatientTargets,
  withoutComplementTargets,
  withoutReactorsAsMakers,
  withoutRemovedFromOffice,
  withoutCallsToOutlets,
  predicateNominalAgents,
];

export const EXTRACTOR_NAME = 'diplograph-extract';
export const EXTRACTOR_VERSION = '0.59.0';
export const EXTRACTOR_ID = `${EXTRACTOR_NAME}@${EXTRACTOR_VERSION}`;

/** The learned layer's relations need at least this probability (chosen by cross-validation: docs/extraction.md). */
export const LEARNED_MIN_PROBABILITY = 0.7;

/** A rule relation the learned model (which sees that the rules read it) gives less than this probability is dropped in the vetoed modes. */
export const LEARNED_VETO_BELOW = 0.1;

/** The first-stage relations the reranker decides on need at least this probability (chosen by cross-validation: docs/extraction.md, "The learned relation layer"). */
export const RERANK_POOL_MIN_PROBABILITY = 0.3;

/** The reranker proposes the relations it gives at least this probability (chosen by cross-validation). */
export const RERANK_MIN_PROBABILITY = 0.55;

/** Surface relations need their two actors this few dependency arcs apart (combine mode 'supported'). */
const MAX_SUPPORT_HOPS = 4;

/** A title of a role held no more ("former", "ex-"): the briefing format wants its end, which the extractor cannot give. */
const FORMER_TITLE = /^(former|ex-)/i;

/** How far before publication a date may lie and still be "the day of the news" for its section. */
const NEWS_DAY_WINDOW_DAYS = 7;

export interface BriefingMetaInput {
  publishedAt: string;
  id?: string;
  title?: string;
  url?: string | null;
  source?: string | null;
}

export interface ExtractOptions {
  /** Actors the graph already holds: mentions that match them (by folded name, alias, or fuzzily) take their ids. */
  knownActors?: readonly KnownActor[];
}

export interface DraftOptions extends ExtractOptions {
  /** The CoreNLP parse of the text; without it only the surface rules run. */
  parse?: ParsedDocument | null;
  combine?: CombineMode;
  /** Another model and threshold for the learned layer than the committed ones (cross-validation trains its own). */
  learned?: { classifier: Classifier; minProbability: number; vetoBelow: number };
  /** Another second stage and threshold than the committed ones (cross-validation trains its own). */
  rerank?: { reranker: Reranker; minProbability: number };
  /** Events the structural layer read in an earlier pass, for "the expulsion" later to point back to (`readWithStructure`). */
  priorEvents?: readonly PriorEvent[];
  /** Groups of three or more the structural layer read as one event's parties, for "the four governments" later (`readWithStructure`). */
  priorGroups?: readonly PriorGroup[];
}

/** The actors (by name) of one side, or all parties, of an event of three or more another reading found, and its sentence. */
export interface PriorGroup {
  names: string[];
  sentence: number;
}

/** An event another reading of the same text found: its type, its agent by name, the index of the sentence telling it. */
export interface PriorEvent {
  type: RelationType;
  agentName: string;
  sentence: number;
  trigger: string;
}

export interface AsyncExtractOptions extends ExtractOptions {
  /** Where parses come from: the CoreNLP service (src/nlp/parser.ts), or stored parses in tests. */
  parser: Parser;
  combine?: CombineMode;
}

/** The extractor's one entry point: plain text in, a draft briefing file out (it validates against `briefingFileSchema`). */
export async function extractBriefing(pasted: string, meta: BriefingMetaInput, options: AsyncExtractOptions): Promise<BriefingFile> {
  const text = withoutInvisibleCharacters(pasted);
  const parse = await options.parser.parse(text, meta.publishedAt);
  return extractDraft(text, meta, { ...options, parse });
}

export type { KnownActor };

/** What the rules read of a briefing before the relation layers are combined: its actors, where the text names them, its surface relations. */
export interface BriefingReading {
  registry: ActorRegistry;
  sentences: Sentence[];
  /** Every mention of an actor, by character span (the structural and learned layers read the parse through them). */
  spans: ActorSpan[];
  /** What the discourse resolved beyond single names: who speaks in a transcript's turns. */
  discourse: Discourse;
  surface: DraftRelation[];
  sectionDays: Map<number, string>;
  dateline: string | null;
  roleEvidence: Map<string, Sentence>;
  /** Actors CoreNLP's named entities rule out (dropped with what was said of them). */
  dropped: Set<Actor>;
  /** The mentions of each sentence that names an actor through an event noun ("the move"), by sentence index. */
  eventMentions: Map<number, Mention[]>;
}

/**
 * Text and its parse in, a draft briefing file out. Pure. The draft's text is the one given without its invisible
 * characters; a parse given with it must be of that text (`extractBriefing` parses it so).
 */
export function extractDraft(text: string, meta: BriefingMetaInput, options: DraftOptions = {}): BriefingFile {
  return extractTraced(withoutInvisibleCharacters(text), meta, options).file;
}

/**
 * The draft, and for each of its relations (in its order) the family and own score of every reading merged into it
 * whose confidence was calibrated (a rule's, or the learned layer's where it adds to the rules; not a reported
 * accusation): what `npm run calibrate` measures. Every reading counts, not only the one kept, so the measure does not depend on the calibration
 * that picked it.
 */
export function extractTraced(text: string, meta: BriefingMetaInput, options: DraftOptions = {}): { file: BriefingFile; origins: RuleScore[][] } {
  const { reading, proposed, features } = proposeRelations(text, meta, options);
  const { registry, sentences, roleEvidence, dropped } = reading;
  const { reranker, minProbability } = options.rerank ?? { reranker: null, minProbability: RERANK_MIN_PROBABILITY };
  const combined = features ? reranked(proposed, features, reranker ?? loadReranker(), minProbability) : proposed;
  // a hostile deed someone else tells is their accusation of its doer
  const accusations = reportedAccusations(
    combined,
    (a) => registry.resolve(a),
    (a, b) => sameSide(a, b, (x) => registry.resolve(x)),
  );
  ownTitlePrefixes(registry, loadRules(meta.publishedAt));
  const { file, drafts } = buildFile(text, meta, registry, forgetActors([...combined, ...accusations], dropped, registry), sentences, roleEvidence);
  return { file, origins: drafts.map((merged) => merged.flatMap((d) => ruleScoreOf(d) ?? [])) };
}

/**
 * The relations the combine mode proposes for a briefing, past the precision guards; in the 'reranked' mode, every
 * proposal with what the reranker reads of it (`features`, in `proposed` order), for it to decide. Pure.
 */
export function proposeRelations(
  text: string,
  meta: BriefingMetaInput,
  options: DraftOptions = {},
): { reading: BriefingReading; structural: StructuralDraft[]; proposed: DraftRelation[]; features: string[][] | null } {
  const { reading, structural } = readWithStructure(text, meta, options);
  const { registry, sentences, spans, discourse, surface: relations, sectionDays, dateline } = reading;
  const parse = options.parse;
  const linked = (r: DraftRelation) =>
    parse
      ? dependencyDistance(parse, r.sentence.start, r.sentence.end, spans, registry.resolve(r.source), registry.resolve(r.target), (a) =>
          registry.resolve(a),
        ) <= MAX_SUPPORT_HOPS
      : true;
  const mode = options.combine ?? DEFAULT_COMBINE_MODE;
  const context = { registry, sentences, surface: relations, sectionDays, dateline, discourse };
  const { classifier, minProbability, vetoBelow } = options.learned ?? {
    classifier: null,
    minProbability: mode === 'reranked' ? RERANK_POOL_MIN_PROBABILITY : LEARNED_MIN_PROBABILITY,
    vetoBelow: LEARNED_VETO_BELOW,
  };
  const learned =
    parse && usesLearned(mode)
      ? learnedDrafts(parse, spans, context, ruleRelations(relations, structural), classifier ?? loadRelationModel(), minProbability)
      : null;
  const vetoed = (r: DraftRelation) => {
    const p = learned?.probability(r.sentence.index, r.source, r.target, r.type);
    return p !== undefined && p !== null && p < vetoBelow;
  };
  // precision guards: nothing told inside a clause that asks for it, offers it, calls it off or supposes it; calibrated confidence
  const resolve = (a: Actor) => registry.resolve(a);
  const eventOnly = new Map([...reading.eventMentions].map(([index, mentions]) => [index, eventOnlyActors(mentions, resolve)]));
  const combined = readRefusals(
    withoutEventMakerMisreadings(parse ? combineRelations(mode, relations, structural, linked, learned?.drafts ?? [], vetoed) : relations, eventOnly, resolve),
    loadLexicon(),
    resolve,
  );
  const locate = parse ? new ActorLocator(parse, spans, resolve, loadLexicon().firstPerson, discourse) : null;
  // the party guards share one reading of the parse: each sentence's graph and mentions built once
  const targets = parse && locate ? new GuardReading(parse, locate, resolve) : null;
  const proposed =
    parse && targets && locate
      ? summonsAsProtests(
          courtesyCallsAsMeetings(
            guarded(
              parse,
              withoutQuestions(
                withoutDemandCalls(
                  PARTY_GUARDS.reduce((kept, guard) => guard(kept, targets), combined),
                  parse,
                ),
                parse,
              ),
              addsLearned(mode),
            ),
            parse,
            resolve,
          ),
          parse,
          locate,
          resolve,
          summonedEnvoys(loadLexicon()),
        )
      : combined;
  const features = mode === 'reranked' && learned ? proposalFeatures(proposed, learned, (a) => registry.resolve(a)) : null;
  return { reading, structural, proposed, features };
}

/**
 * The surface reading and the structural layer's relations, read twice where the structural layer finds events the
 * surface rules did not: the second surface reading knows them, so a later "called the expulsion unjustified" points
 * back to the one who declared the ambassador persona non grata (which only the parse reads). Pure.
 */
export function readWithStructure(
  text: string,
  meta: BriefingMetaInput,
  options: DraftOptions = {},
): { reading: BriefingReading; structural: StructuralDraft[] } {
  const parse = options.parse;
  const read = (priorEvents: readonly PriorEvent[], priorGroups: readonly PriorGroup[]) => {
    const reading = readBriefing(text, meta, { ...options, priorEvents, priorGroups });
    const { registry, sentences, spans, discourse, surface, sectionDays, dateline } = reading;
    return { reading, structural: parse ? structuralDrafts(parse, spans, { registry, sentences, surface, sectionDays, dateline, discourse }) : [] };
  };
  const first = read([], []);
  const events = structuralEvents(first.reading, first.structural);
  const groups = structuralGroups(first.reading, first.structural);
  return events.length || groups.length ? read(events, groups) : first;
}

/**
 * The groups of three or more the structural layer read as the parties of one event (one type, trigger and sentence)
 * that the surface layer did not: each side of three or more ("The foreign ministers of Brazil, Argentina, Paraguay
 * and Uruguay, meeting at …, called on Caracas": a later "the four governments"), then all the event's parties, as the
 * surface layer records its own groups (src/extract/relations/extract-relations.ts).
 */
/** The state a demonym names ("American" → "United States"), from the gazetteer; null for any other word. */
function stateOfDemonym(word: string): string | null {
  const entry = (loadRules().gazetteer.get(gazetteerKey(word)) ?? []).find((e) => e.kind === 'demonym');
  return entry && 'state' in entry ? entry.state : null;
}

function structuralGroups(reading: BriefingReading, structural: readonly StructuralDraft[]): PriorGroup[] {
  const resolve = (a: Actor) => reading.registry.resolve(a);
  const surfaceEvents = new Set(reading.surface.map((r) => `${r.type}|${r.sentence.index}|${r.trigger}`));
  const events = new Map<string, { sentence: number; sources: Set<string>; targets: Set<string> }>();
  for (const r of structural) {
    if (r.negated || r.modality === 'HYPOTHETICAL') continue;
    const key = `${r.type}|${r.sentence.index}|${r.trigger}`;
    if (surfaceEvents.has(key)) continue;
    const event = events.get(key) ?? { sentence: r.sentence.index, sources: new Set<string>(), targets: new Set<string>() };
    event.sources.add(resolve(r.source).name);
    event.targets.add(resolve(r.target).name);
    events.set(key, event);
  }
  return [...events.values()].flatMap(({ sentence, sources, targets }) => eventGroups([[...sources], [...targets]]).map((names) => ({ names, sentence })));
}

/**
 * Events the structural layer told that the surface layer did not, as the surface layer records its own: told (not
 * negated or supposed), and not a definite event noun, which points back to an event rather than telling one.
 */
function structuralEvents(reading: BriefingReading, structural: readonly StructuralDraft[]): PriorEvent[] {
  const resolve = (a: Actor) => reading.registry.resolve(a);
  const key = (r: DraftRelation) => `${r.type}|${resolve(r.source).name}|${r.sentence.index}`;
  const told = new Set(reading.surface.map(key));
  const anaphors = loadRules().cues.eventAnaphors;
  const events: PriorEvent[] = [];
  for (const r of structural) {
    if (r.negated || r.modality === 'HYPOTHETICAL' || told.has(key(r))) continue;
    const tokens = r.sentence.tokens;
    const at = tokens.findIndex((t) => t.start === r.trigger);
    const trigger = tokens[at]?.lower ?? '';
    if (tokens[at - 1]?.lower === 'the' && anaphors[trigger] !== undefined) continue;
    told.add(key(r));
    events.push({ type: r.type, agentName: resolve(r.source).name, sentence: r.sentence.index, trigger });
  }
  return events;
}

/** The rule layers' relations as the default combines them (what the learned layer reads as features of each pair). */
export function ruleRelations(surface: DraftRelation[], structural: StructuralDraft[]): DraftRelation[] {
  return combineRelations(RULES_COMBINE_MODE, surface, structural, () => true);
}

/** The surface layer's reading of a briefing, checked against the parse's named entities: actors and their mentions, surface relations, the days sections name. Pure. */
export function readBriefing(text: string, meta: BriefingMetaInput, options: DraftOptions = {}): BriefingReading {
  const rules = loadRules(meta.publishedAt);
  const registry = new ActorRegistry(rules, options.knownActors ?? []);
  const sentences = segment(text, rules);

  // pass 1: who is named, and how
  const sectionDays = new Map<number, string>();
  {
    let ctx = newContext();
    const seen = new Set<Actor>();
    for (const sentence of sentences) {
      if (sentence.section !== ctx.section) ctx = { ...newContext(), section: sentence.section };
      detectMentions(sentence, { rules, registry, resolve: false, ctx, seen });
      if (sentence.kind === 'body' && !sectionDays.has(sentence.section)) {
        const day = newsDay(sentence, meta.publishedAt);
        if (day) sectionDays.set(sentence.section, day);
      }
    }
  }
  mergeBareBodies(registry, rules);
  mergeAcronyms(registry, rules);
  const digest = isDigest(sentences);
  const dateline = datelineDate(sentences, meta.publishedAt);

  // pass 2: mentions resolved in context, relations
  const relations: DraftRelation[] = [];
  const roleEvidence = new Map<string, Sentence>();
  const eventWords = nounEventWords(rules.cues);
  const eventTargets = options.parse ? eventNounTargets(options.parse, eventWords) : new Set<number>();
  let ctx: DiscourseContext = { ...newContext(), eventNounTargets: eventTargets };
  const seen = new Set<Actor>();
  let pending: PendingRelation[] = [];
  let quoteSpeaker: Actor | null = null;
  const spans: ActorSpan[] = [];
  // (an event noun standing for its maker, "the announcement" for Hernández, is no name a role can be apposed to)
  const eventSpans = new Set<ActorSpan>();
  const groups: GroupSpan[] = [];
  const eventMentions = new Map<number, Mention[]>();
  const genders = options.parse ? personGenders(options.parse, (name) => registry.find(name)) : null;
  const personWords = options.parse ? wordStartsTagged(options.parse, loadActorNer().personType) : null;
  const clauses = options.parse ? clauseSubjects(options.parse) : null;
  const nounEvents = options.parse ? nounEventMakers(options.parse, eventWords) : null;
  let paragraph = -1;
  let paragraphDate: string | null = null;
  const prior = [...(options.priorEvents ?? [])].sort((a, b) => a.sentence - b.sentence);
  const priorGroups = [...(options.priorGroups ?? [])].sort((a, b) => a.sentence - b.sentence);
  // the nouns of a body's members a bare "the …" may stand for: the group phrases' bare heads ("the ministers")
  const memberNouns: ReadonlySet<string> = new Set(rules.cues.groupPhrases.bareHeads);
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      paragraphDate = null;
    }
    if (sentence.section !== ctx.section) {
      ctx = { ...newContext(), section: sentence.section, eventNounTargets: eventTargets };
      pending = [];
      quoteSpeaker = null;
    }
    // the structural layer's events of earlier sentences of the section, as if the surface rules had read them there
    while (prior[0] && prior[0].sentence < sentence.index) {
      const event = prior.shift()!;
      const agent = registry.find(event.agentName);
      if (agent && sentences[event.sentence]?.section === sentence.section)
        ctx.events.push({ type: event.type, agent: registry.resolve(agent), sentence: event.sentence, trigger: event.trigger });
    }
    // and its groups
    while (priorGroups[0] && priorGroups[0].sentence < sentence.index) {
      const group = priorGroups.shift()!;
      const members = group.names.map((name) => registry.find(name)).filter((a): a is Actor => !!a);
      if (members.length === group.names.length && sentences[group.sentence]?.section === sentence.section)
        ctx.groups.push(members.map((a) => registry.resolve(a)));
    }
    const mentions = detectMentions(sentence, {
      rules,
      registry,
      resolve: true,
      ctx,
      seen,
      ...(genders ? { genders } : {}),
      ...(personWords ? { personWords } : {}),
    });
    if (mentions.some((m) => m.via === 'event')) eventMentions.set(sentence.index, mentions);
    for (const pair of pairsNamedTogether(
      mentions,
      sentence.tokens.map((t) => t.lower),
    ))
      ctx.namedPairs.push({ pair: [registry.resolve(pair[0]), registry.resolve(pair[1])] });
    for (const [noun, body] of bodiesNamedByMembers(mentions, sentence.tokens, memberNouns, (a) => registry.resolve(a))) ctx.memberBodies.set(noun, body);
    // (a headline's list, "US, Japan and South Korea Pledge …", is not who "the three leaders" of the story are)
    if (sentence.kind === 'body')
      for (const list of listsNamedTogether(
        mentions,
        sentence.tokens.map((t) => t.lower),
      ))
        ctx.namedGroups.push(list.map((a) => registry.resolve(a)));
    for (const m of mentions) {
      const first = sentence.tokens[m.start];
      const last = sentence.tokens[m.end - 1];
      if (!first || !last) continue;
      if (m.actor && m.role !== 'pair') {
        const span = { start: first.start, end: last.end, actor: m.actor };
        spans.push(span);
        if (m.via === 'event') eventSpans.add(span);
      }
      // (a bare "the leaders" counts only for a group of three or more found for it, not the pair it falls back on)
      const group = m.group && (m.group.size !== null || (m.group.members?.length ?? 0) >= 3) ? m.group.members : null;
      const members = m.role === 'pair' ? (m.pair ?? group ?? []) : [];
      if (members.length >= 2) groups.push({ start: first.start, end: last.end, actors: members });
    }
    for (const m of mentions)
      if (m.actor)
        for (const role of m.actor.roles)
          if (!roleEvidence.has(roleKey(m.actor, role.title))) roleEvidence.set(roleKey(m.actor, role.title), sentences[role.sentence] ?? sentence);

    if (pending.length) {
      const introduced = mentions.find((m) => m.role === 'agent' && m.actor?.kind === 'PERSON' && m.introduces);
      if (introduced?.actor) {
        for (const p of pending) {
          const person = introduced.actor;
          if (!person.roles.some((r) => r.title === p.title)) person.roles.push({ title: p.title, of: p.state, sentence: p.relation.sentence.index });
          if (p.state) p.state.active = true;
          relations.push({ ...p.relation, source: person, confidence: Math.round(p.relation.confidence * 0.9 * 100) / 100 });
        }
      }
      pending = [];
    }

    if (sentence.kind !== 'body') {
      updateContext(ctx, mentions, sentence, rules, clauses);
      continue;
    }
    const result = extractRelations(sentence, mentions, {
      rules,
      publishedAt: meta.publishedAt,
      sectionDay: sectionDays.get(sentence.section) ?? null,
      digest,
      paragraphDate,
      dateline,
      quoteSpeaker: sentence.openQuoteAtStart ? quoteSpeaker : null,
    });
    quoteSpeaker = result.openQuoteSpeaker;
    paragraphDate = lastDayNamed(sentence, meta.publishedAt, dateline) ?? paragraphDate;
    for (const role of result.roles) {
      const person = registry.resolve(role.actor);
      if (!person.roles.some((r) => r.of && registry.resolve(r.of) === registry.resolve(role.of))) {
        person.roles.push({ title: role.title, of: role.of, sentence: sentence.index });
      }
    }
    relations.push(...result.relations);
    pending.push(...result.pending);
    for (const r of result.relations) {
      if (RELATION_TYPE_INFO[r.type].symmetric && !r.negated) {
        const pair: [Actor, Actor] = [registry.resolve(r.source), registry.resolve(r.target)];
        if (!ctx.sectionPair) ctx.sectionPair = pair;
        ctx.lastPair = pair;
        ctx.pairs.push({ pair });
      }
    }
    // "urged India and Pakistan": two states named together as targets are a pair for "both countries" later
    for (const r of result.relations) {
      const targets = result.relations
        .filter((o) => o.source === r.source && o.type === r.type && o.sentence === r.sentence)
        .map((o) => registry.resolve(o.target));
      if (targets.length === 2 && targets.every((a) => a.kind === 'STATE') && targets[0] !== targets[1] && !RELATION_TYPE_INFO[r.type].symmetric) {
        ctx.pairs.push({ pair: [targets[0]!, targets[1]!] });
        break;
      }
    }
    for (const g of result.groups) ctx.groups.push(g.map((a) => registry.resolve(a)));
    for (const e of result.events)
      ctx.events.push({ type: e.type, agent: registry.resolve(e.agent), sentence: sentence.index, trigger: e.trigger, plural: e.plural });
    if (nounEvents) ctx.nounEvents.push(...nounEventRecords(nounEvents(sentence.start, sentence.end), mentions, sentence, registry));
    updateContext(ctx, mentions, sentence, rules, clauses);
  }

  // A graph only adds knowledge: an actor the graph knows is emitted whenever the text names it, as it would be
  // if the graph did not know it (persons and bodies always; states when they act, are served or are named).
  for (const span of spans) {
    const actor = registry.resolve(span.actor);
    if (actor.knownId && actor.kind !== 'STATE') actor.active = true;
  }
  const parse = options.parse;
  // CoreNLP's named entities check the actors the surface rules guessed (src/extract/actors/ground-actors.ts)
  const dropped = parse ? groundActors({ text, parse, spans, registry, rules, sentences }) : new Set<Actor>();
  widenPartialNames(text, spans, registry);
  // the mentions the role readers take, as they stand when each reads (later readers add names): names, not an event
  // noun standing for its maker
  const nameSpans = () => spans.filter((s) => !eventSpans.has(s));
  if (parse) {
    addEntityBodies({ text, parse, sentences, spans, registry, rules });
    addParseRoles({ parse, sentences, spans: nameSpans(), registry, dropped });
  }
  addLabelActors({ text, parse: parse ?? null, sentences, spans, registry, rules });
  addOutletCredits(text, spans, registry, rules);
  markOutlets(text, spans, registry, rules);
  addApposedRoles(text, sentences, nameSpans(), registry);
  addTitleBodies(
    sentences,
    spans,
    registry,
    relations.map((r) => ({ sentence: r.sentence.index, source: r.source, target: r.target })),
  );
  addTitledSurnameAliases(registry, sentences, rules);
  mergeBareBodies(registry, rules);
  // a statement's or press conference's own speaker: the first person of paragraphs no label or quotation attributes
  const author = parse
    ? headingSpeaker({ text, parse, sentences, spans, registry, personType: loadActorNer().personType, firstPerson: loadLexicon().firstPerson })
    : null;
  const turns = [...turnSpeakers(text, sentences, spans, registry.actors, (a) => registry.resolve(a)), ...(author?.paragraphs ?? [])];
  addLabelParties(turns, sentences, registry);
  const quotations = parse ? colonQuoteSpeakers(text, parse, spans, (a) => registry.resolve(a)) : [];
  // a communiqué's numbered operative paragraphs ("4. Strongly condemns …") are the adopting body's
  const operative = parse ? operativePart(text, parse, spans, (a) => registry.resolve(a)) : null;
  if (operative) spans.push(...operative.spans);
  if (parse) spans.push(...titleAnaphors(text, parse, spans, (a) => registry.resolve(a), stateOfDemonym));
  if (parse) {
    const chains = new ActorLocator(parse, spans, (a) => registry.resolve(a));
    const they = theyAfterSubject(
      parse,
      spans,
      groups,
      (a) => registry.resolve(a),
      (s, t) => chains.chainActor(s, t) !== null,
    );
    spans.push(...they.spans);
    groups.push(...they.groups);
  }
  return {
    registry,
    sentences,
    spans,
    discourse: { turns, groups, quotations, operative },
    surface: relations,
    sectionDays,
    dateline,
    roleEvidence,
    dropped,
    eventMentions,
  };
}

const roleKey = (actor: Actor, title: string) => `${actor.key}|${title}`;

/** Several news items under their own headlines (a daily digest), rather than one story. */
function isDigest(sentences: Sentence[]): boolean {
  return new Set(sentences.filter((s) => s.kind === 'body' && s.section > 0).map((s) => s.section)).size >= 2;
}

/** The story's own date, from an outlet dateline ("ISTANBUL, March 29 (Reuters) -"). */
function datelineDate(sentences: Sentence[], publishedAt: string): string | null {
  for (const s of sentences) {
    if (!s.dateline) continue;
    const day = findDates(tokenize(s.dateline), publishedAt).find((d) => d.kind === 'day' && d.date);
    if (day?.date) return day.date;
  }
  return null;
}

/**
 * What a sentence leaves as the paragraph's day: its last time expression's day, '' after a vague time ("last
 * month": later sentences are not of a known day), undefined when it names no time.
 */
function lastDayNamed(sentence: Sentence, publishedAt: string, dateline: string | null): string | null | undefined {
  const last = findDates(sentence.tokens, publishedAt, dateline)
    .filter((d) => !d.possessive && d.preposition !== 'since' && d.preposition !== 'from')
    .at(-1);
  if (!last) return undefined;
  return last.kind === 'vague' || last.kind === 'month' ? null : last.date;
}

/** The day a section's news happened: its first weekday ("on Monday", "Monday's") or a date in the week before publication. */
function newsDay(sentence: Sentence, publishedAt: string): string | null {
  for (const d of findDates(sentence.tokens, publishedAt)) {
    if (!d.date || d.preposition === 'since' || d.preposition === 'from') continue;
    const days = (Date.parse(publishedAt) - Date.parse(d.date)) / 86_400_000;
    if (days >= 0 && days <= NEWS_DAY_WINDOW_DAYS) return d.date;
  }
  return null;
}

/** The makers of the sentence's event nouns, as the actors its mentions name (a maker no mention covers is left out). */
function nounEventRecords(events: readonly NounEvent[], mentions: readonly Mention[], sentence: Sentence, registry: ActorRegistry): NounEventRecord[] {
  const covering = (span: CharSpan) =>
    mentions.filter((m) => m.actor && m.role !== 'pair' && sentence.tokens[m.start]!.start <= span.start && span.end <= sentence.tokens[m.end - 1]!.end);
  return events.flatMap((e) => {
    const makers = [...new Set(e.makers.flatMap((span) => covering(span).map((m) => registry.resolve(m.actor!))))];
    return makers.length ? [{ noun: e.noun, makers, sentence: sentence.index }] : [];
  });
}

function updateContext(ctx: DiscourseContext, mentions: Mention[], sentence: Sentence, rules: Rules, clauses: ClauseSubjects | null) {
  const sets = rules.cues.sets;
  const agents = mentions.filter((m) => m.role === 'agent' && m.actor);
  const subject = agents.find((m) => !sets.preps.has(sentence.tokens[m.start - 1]?.lower ?? '') && !m.possessive);
  if (subject?.actor) {
    if (subject.actor.kind === 'PERSON') ctx.lastPersonSubject = subject.actor;
    else ctx.lastNonPersonSubject = subject.actor;
  }
  // the parse knows the clause's subject where word order does not ("The Foreign Minister of the Netherlands, Frans Timmermans, said")
  // (not under a bare title's clause: "The Prime Minister announced that General Iqbal had been asked …" is still about the minister)
  const personSubject =
    clauses && !clauses.titleLeads(sentence.start)
      ? agents.find((m) => m.actor!.kind === 'PERSON' && !m.possessive && clauses.isSubject(sentence.tokens[m.start]!.start, sentence.tokens[m.end - 1]!.end))
      : undefined;
  if (personSubject?.actor) ctx.lastPersonSubject = personSubject.actor;
  for (const m of agents) {
    if (m.actor!.kind === 'PERSON') ctx.lastPerson = m.actor!;
    ctx.recent.push(m.actor!);
  }
  if (ctx.recent.length > 50) ctx.recent.splice(0, ctx.recent.length - 50);
}

function buildFile(
  text: string,
  meta: BriefingMetaInput,
  registry: ActorRegistry,
  drafts: DraftRelation[],
  sentences: Sentence[],
  roleEvidence: Map<string, Sentence>,
): { file: BriefingFile; drafts: DraftRelation[][] } {
  // relations: resolved, de-duplicated (highest confidence kept), both ends emitted; each with the drafts merged into it
  const byKey = new Map<string, DraftRelation & { from: DraftRelation[] }>();
  for (const d of drafts) {
    const source = registry.resolve(d.source);
    const target = registry.resolve(d.target);
    if (source === target || (d.type !== 'AFFILIATED_WITH' && sameSide(source, target, (a) => registry.resolve(a)))) continue;
    const symmetric = RELATION_TYPE_INFO[d.type].symmetric;
    const [a, b] = symmetric && target.key < source.key ? [target, source] : [source, target];
    const key = `${a.key}|${d.type}|${b.key}|${d.negated}|${d.modality}`;
    const existing = byKey.get(key);
    const from = [...(existing?.from ?? []), d];
    if (!existing || existing.confidence < d.confidence)
      byKey.set(key, { ...d, source, target, speaker: d.speaker ? registry.resolve(d.speaker) : null, from });
    else existing.from = from;
  }
  const relationsOut = [...byKey.values()].sort((x, y) => x.sentence.index - y.sentence.index);
  for (const r of relationsOut) {
    r.source.active = true;
    r.target.active = true;
    if (r.speaker) r.speaker.active = true;
  }
  const actors = registry.actors.filter((a) => !a.mergedInto && a.active);
  for (const a of actors) for (const role of a.roles) if (role.of) registry.resolve(role.of).active = true;
  const emitted = registry.actors.filter((a) => !a.mergedInto && a.active);
  const ids = registry.assignIds();
  const idOf = (a: Actor) => ids.get(registry.resolve(a))!;
  const evidence = (s: Sentence, speaker?: Actor | null) => ({
    quote: s.text,
    start: s.start,
    end: s.end,
    ...(speaker ? { speaker: idOf(speaker) } : {}),
    extractor: EXTRACTOR_ID,
  });

  const file: BriefingFile = {
    briefing: draftBriefingMeta(text, meta, sentences.find((s) => s.kind === 'headline')?.text),
    actors: emitted.map((a) => {
      const seenRoles = new Set<string>();
      const roles = a.roles
        .map((r) => ({ ...r, of: r.of ? registry.resolve(r.of) : null }))
        .filter((r) => r.of !== a)
        .filter((r) => !(r.of === null && a.roles.some((o) => o.of && o.title === r.title)))
        // "Former Liberian President Charles Taylor": a role held no more needs its end, which the text does not give
        .filter((r) => !FORMER_TITLE.test(r.title))
        .filter((r) => {
          const k = `${r.title}|${r.of?.key ?? ''}`;
          if (seenRoles.has(k)) return false;
          seenRoles.add(k);
          return true;
        });
      return {
        id: idOf(a),
        name: a.name,
        kind: a.kind,
        aliases: [...a.aliases].filter((x) => x !== a.name),
        roles: roles.map((r) => {
          const s = roleEvidence.get(roleKey(a, r.title)) ?? sentences[r.sentence];
          return { title: r.title, of: r.of ? idOf(r.of) : null, evidence: s ? evidence(s) : null };
        }),
      };
    }),
    relations: relationsOut.map((r) => ({
      source: idOf(r.source),
      type: r.type,
      target: idOf(r.target),
      date: r.date,
      modality: r.modality,
      negated: r.negated,
      confidence: r.confidence,
      evidence: evidence(r.sentence, r.speaker),
    })),
    annotator: EXTRACTOR_ID,
  };
  return { file, drafts: relationsOut.map((r) => r.from) };
}

/** The briefing a draft names: the given title, else the first headline, else the day; the id is the title's slug unless given. */
export function draftBriefingMeta(text: string, meta: BriefingMetaInput, firstHeadline?: string): BriefingFile['briefing'] {
  const title = meta.title ?? firstHeadline ?? `Briefing of ${meta.publishedAt}`;
  return {
    id: meta.id ?? (slugify(title) || `briefing-${meta.publishedAt}`),
    title,
    url: meta.url ?? null,
    source: meta.source ?? null,
    publishedAt: meta.publishedAt,
    text,
  };
}
