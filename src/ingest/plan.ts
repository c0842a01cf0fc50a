import { lookupKeys, textKey } from '../text/fold.js';
import type { BriefingRecord, EvidenceQuote, RelationFacts } from '../graph/shared/records.js';
import type { ActorInput, BriefingFile, Evidence } from './briefing-format.js';
import { periodOf, precisionOf, type DatePrecision } from '../graph/dates/partial-date.js';
import { uniqueNames, type ActorFacts, type StatedActorFields } from '../graph/actors/actor-facts.js';
import { relationKey } from '../graph/ids/relation-key.js';
import { stableId } from '../graph/ids/stable-id.js';

/** How an actor of the briefing was found in the graph. */
export type MatchedBy = 'WIKIDATA' | 'ID' | 'MERGED';

export interface ExistingActor extends StatedActorFields {
  id: string;
}

export interface ActorResolution {
  inputId: string;
  matchedBy: MatchedBy | null;
  existing: ExistingActor | null;
}

/** An actor as the ingest will write it: its visible facts, and how it matched the briefing's actor. */
export interface PlannedActor extends ActorFacts {
  inputId: string;
  matchedBy: MatchedBy | null;
}

export interface PlannedRelation extends RelationFacts {
  id: string;
  /** How precise `date` is (a day, a month, a year), and the last day of its period. */
  datePrecision: DatePrecision | null;
  dateEnd: string | null;
  confidence: number;
  evidenceId: string;
  evidence: EvidenceQuote & {
    /** The actor ids the briefing itself gave (before matching by QID or through a merge). */
    statedSource: string;
    statedTarget: string;
    /** The actors the briefing made it about, before merges (see baseOf in planBriefing). */
    baseSource: string;
    baseTarget: string;
    baseSpeaker: string | null;
    quote: string;
    /** The quote's words as the evidence_text index searches them. */
    quoteKey: string;
  };
}

/** What the briefing states about one of its actors, kept per briefing (see actor-facts.ts). */
export interface PlannedActorStatement {
  id: string;
  statedId: string;
  actorId: string;
  /** The actor the statement is about before merges; actorId is what the merges in force show it as. */
  baseActorId: string;
  name: string;
  kind: string;
  aliases: string[];
  titles: string[];
  wikidata: string | null;
  externalIds: string[];
}

export interface BriefingPlan {
  briefing: BriefingRecord;
  actors: PlannedActor[];
  statements: PlannedActorStatement[];
  relations: PlannedRelation[];
}

/** Plans the writes for one briefing, given how its actors resolved against the graph. Pure. */
export function planBriefing(file: BriefingFile, resolutions: readonly ActorResolution[]): BriefingPlan {
  const byInputId = new Map(resolutions.map((resolution) => [resolution.inputId, resolution]));
  const idOf = new Map<string, string>();
  const actors = new Map<string, PlannedActor>();
  for (const actor of file.actors) {
    const resolution = byInputId.get(actor.id);
    const planned = planActor(actor, resolution?.existing ?? null, resolution?.matchedBy ?? null);
    idOf.set(actor.id, planned.id);
    const already = actors.get(planned.id);
    // Two actors of one file may resolve to the same graph actor (e.g. the same QID): combine them.
    actors.set(planned.id, already ? combine(already, planned) : planned);
  }
  const graphId = (inputId: string) => idOf.get(inputId) ?? inputId;
  // The actor each input actor is about, whatever merges show it as: the id it was given when a
  // merge absorbed that id, else the actor found by QID or id. Statements and evidence keep it,
  // so an unmerge can send them back (src/graph/resolution/reproject.ts).
  const baseOf = new Map(
    file.actors.map((actor) => {
      const resolution = byInputId.get(actor.id);
      return [actor.id, resolution?.matchedBy === 'MERGED' ? actor.id : (resolution?.existing?.id ?? actor.id)] as const;
    }),
  );
  const baseId = (inputId: string) => baseOf.get(inputId) ?? inputId;

  const relations = new Map<string, PlannedRelation>();
  const add = (draft: RelationFacts & { confidence: number; evidence: Evidence }) => {
    const source = graphId(draft.source);
    const target = graphId(draft.target);
    const baseSource = baseId(draft.source);
    const baseTarget = baseId(draft.target);
    // Two actors of the file that are one actor (the same QID) make no relation; two that a merge
    // made one make a relation of the survivor with itself, kept so the unmerge can restore it.
    if (baseSource === baseTarget) return;
    const key = relationKey({ ...draft, source, target });
    const offsets = locateQuote(file.briefing.text ?? null, draft.evidence);
    // Named by the relation between the base actors, so merges and unmerges never change it.
    // The same key, not hashed twice, unless a merge or a QID match moved an end.
    const baseKey = baseSource === source && baseTarget === target ? key : relationKey({ ...draft, source: baseSource, target: baseTarget });
    const evidenceId = stableId('e', [baseKey.id, file.briefing.id, offsets.start, draft.evidence.quote]);
    relations.set(evidenceId, {
      ...draft,
      // A role's period runs from the first day of its start to the last day of its end ("to: 2013-10" → 2013-10-31).
      from: draft.from ? periodOf(draft.from).start : null,
      to: draft.to ? periodOf(draft.to).end : null,
      datePrecision: draft.date ? precisionOf(draft.date) : null,
      dateEnd: draft.date ? periodOf(draft.date).end : null,
      id: key.id,
      source: key.source,
      target: key.target,
      evidenceId,
      evidence: {
        id: evidenceId,
        statedSource: draft.source,
        statedTarget: draft.target,
        baseSource,
        baseTarget,
        baseSpeaker: draft.evidence.speaker ? baseId(draft.evidence.speaker) : null,
        quote: draft.evidence.quote,
        quoteKey: textKey(draft.evidence.quote),
        start: offsets.start,
        end: offsets.end,
        speakerId: draft.evidence.speaker ? graphId(draft.evidence.speaker) : null,
        extractor: draft.evidence.extractor ?? file.annotator ?? null,
      },
    });
  };

  for (const actor of file.actors) {
    for (const role of actor.roles) {
      if (!role.of || !role.evidence) continue;
      add({
        type: 'AFFILIATED_WITH',
        source: actor.id,
        target: role.of,
        date: null,
        modality: 'ASSERTED',
        negated: false,
        title: role.title,
        from: role.from ?? null,
        to: role.to ?? null,
        confidence: 1,
        evidence: role.evidence,
      });
    }
  }
  for (const relation of file.relations) {
    add({
      type: relation.type,
      source: relation.source,
      target: relation.target,
      date: relation.date ?? null,
      modality: relation.modality,
      negated: relation.negated,
      title: relation.title ?? null,
      from: relation.from ?? null,
      to: relation.to ?? null,
      confidence: relation.confidence,
      evidence: relation.evidence,
    });
  }

  return {
    briefing: {
      id: file.briefing.id,
      title: file.briefing.title,
      url: file.briefing.url ?? null,
      source: file.briefing.source ?? null,
      publishedAt: file.briefing.publishedAt,
      text: file.briefing.text ?? null,
      annotator: file.annotator ?? null,
    },
    actors: [...actors.values()],
    statements: file.actors.map((actor) => statementOf(file.briefing.id, actor, graphId(actor.id), baseId(actor.id))),
    relations: [...relations.values()],
  };
}

function statementOf(briefingId: string, actor: ActorInput, actorId: string, baseActorId: string): PlannedActorStatement {
  return {
    id: stableId('s', [briefingId, actor.id]),
    statedId: actor.id,
    actorId,
    baseActorId,
    name: actor.name,
    kind: actor.kind,
    aliases: uniqueNames(actor.name, actor.aliases),
    titles: unique(actor.roles.filter((role) => !role.of).map((role) => role.title)),
    wikidata: actor.externalIds?.wikidata ?? null,
    externalIds: externalIdsOf(actor),
  };
}

function externalIdsOf(actor: ActorInput): string[] {
  return Object.entries(actor.externalIds ?? {})
    .filter(([, value]) => typeof value === 'string' && value !== '')
    .map(([scheme, value]) => `${scheme}:${value}`);
}

function planActor(actor: ActorInput, existing: ExistingActor | null, matchedBy: MatchedBy | null): PlannedActor {
  const name = existing?.name ?? actor.name;
  const aliases = uniqueNames(name, [...(existing?.aliases ?? []), actor.name, ...actor.aliases]);
  const titles = unique([...(existing?.titles ?? []), ...actor.roles.filter((role) => !role.of).map((role) => role.title)]);
  const externalIds = unique([...(existing?.externalIds ?? []), ...externalIdsOf(actor)]);
  return {
    id: existing?.id ?? actor.id,
    inputId: actor.id,
    name,
    kind: existing?.kind ?? actor.kind,
    aliases,
    aliasText: aliases.join(' | '),
    lookupKeys: lookupKeys(name, aliases),
    titles,
    wikidata: existing?.wikidata ?? actor.externalIds?.wikidata ?? null,
    externalIds,
    matchedBy,
  };
}

function combine(a: PlannedActor, b: PlannedActor): PlannedActor {
  const aliases = uniqueNames(a.name, [...a.aliases, b.name, ...b.aliases]);
  return {
    ...a,
    aliases,
    aliasText: aliases.join(' | '),
    lookupKeys: lookupKeys(a.name, aliases),
    titles: unique([...a.titles, ...b.titles]),
    externalIds: unique([...a.externalIds, ...b.externalIds]),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Offsets of the quote in the text: as given (validated earlier), else its first occurrence. */
function locateQuote(text: string | null, evidence: Evidence): { start: number | null; end: number | null } {
  if (evidence.start != null && evidence.end != null) return { start: evidence.start, end: evidence.end };
  if (text == null) return { start: null, end: null };
  const start = text.indexOf(evidence.quote);
  return start < 0 ? { start: null, end: null } : { start, end: start + evidence.quote.length };
}
