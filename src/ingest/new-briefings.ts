import type { Tx } from '../db/database.js';
import { applyActorStatements, readActorStatements } from '../graph/actors/actor-facts.js';
import type { ActorInput, BriefingFile } from './briefing-format.js';
import { planBriefing, type ActorResolution, type BriefingPlan, type ExistingActor, type PlannedRelation } from './plan.js';
import { contentHashOf } from './content-hash.js';
import { combinedFacts, derivedFactsOf, type DerivedRelationFacts, type EvidenceFacts } from './new-relation-facts.js';
import { resolveLockedAlong } from './resolve-locked.js';
import { keepCounts, refreshedChanges, type RefreshedRelation } from '../graph/relations/kept-counts.js';
import type { CountedRelation } from '../graph/relations/hidden-counts.js';

/** A briefing of the batch as planned, with the relations it states that were in the graph before it (ingestInTransaction's view). */
export interface PlannedNewBriefing {
  plan: BriefingPlan;
  existingRelationIds: string[];
}

/**
 * A relation of the batch already in the graph, with the facts its evidence gave it so far (null
 * where an older write left one unset), and its element id, by which this transaction finds it again.
 */
type StoredRelation = { id: string; elementId: string } & { [K in keyof DerivedRelationFacts]: DerivedRelationFacts[K] | null };

interface BatchExisting {
  existingBriefingIds: string[];
  existingEvidenceIds: string[];
  existingRelations: StoredRelation[];
  unstatedActorIds: string[];
}

/**
 * Writes a batch of briefings that are all new to the graph with a fixed number of statements,
 * each an UNWIND over the whole batch, where one briefing at a time takes about thirteen each.
 * The graph and the plans are those of ingestInTransaction run for each briefing in order:
 * - actors resolve against the graph once, and against the actors created earlier in the batch;
 * - a relation is created once, with the facts of its first statement, and every statement adds
 *   its evidence; each touched relation's counts are derived again from all its evidence;
 * - an actor's facts are derived again only when the batch can change them: created in the batch,
 *   stated with a name, alias, title or identifier it lacks, or without any statement before.
 * When the outcome one at a time could differ in a way this does not reproduce (a briefing or a
 * piece of evidence already stored, an actor stated with a kind other than the graph's, so that
 * its majority kind or an id conflict is in play, a Wikidata QID that does not name an actor of
 * the graph), it writes nothing and returns null: the caller takes the one-briefing steps.
 */
export async function ingestNewBriefings(
  tx: Tx,
  files: readonly BriefingFile[],
  /** More writes that follow from the plans alone (the audit entries), sent with the batch's. */
  alsoWrite: (planned: readonly PlannedNewBriefing[]) => Promise<unknown> = () => Promise.resolve(),
): Promise<PlannedNewBriefing[] | null> {
  const inputs = batchInputs(files);
  if (!inputs) return null;
  // Read with the actors' resolution, as if each actor of the batch were the graph's actor of its
  // own id or new (no merge, no QID naming another actor: the usual case), so a batch of new
  // briefings takes one round trip before its writes where it took three. Kept only when the
  // plans made with the real resolutions look up the same briefings, evidence and relations.
  const guessedLookups = existingLookups(files.map((file) => planBriefing(file, [])));
  const { resolutions, along: guessed } = await resolveLockedAlong(
    tx,
    [...inputs.values()],
    `${files.length} briefings from "${files[0]?.briefing.id ?? ''}"`,
    () => tx.run<BatchExisting>('ingest/batch-existing', { ...guessedLookups, actorIds: [...inputs.keys()] }),
  );
  const planned = planInOrder(files, new Map(resolutions.map((row) => [row.inputId, row])));
  if (!planned) return null;

  const plans = planned.map((entry) => entry.plan);
  const relations = plans.flatMap((plan) => plan.relations.map((relation) => ({ ...relation, briefingId: plan.briefing.id })));
  const firstOfEach = new Map<string, PlannedRelation & { briefingId: string }>();
  for (const relation of relations) if (!firstOfEach.has(relation.id)) firstOfEach.set(relation.id, relation);
  const lookups = existingLookups(plans);
  const actorIds = [...new Set(plans.flatMap((plan) => plan.actors.filter((actor) => actor.matchedBy).map((actor) => actor.id)))];
  const existing =
    JSON.stringify(lookups) === JSON.stringify(guessedLookups) && actorIds.every((id) => inputs.has(id))
      ? onlyOf(guessed[0], new Set(actorIds))
      : (await tx.run<BatchExisting>('ingest/batch-existing', { ...lookups, actorIds }))[0];
  if (!existing || existing.existingBriefingIds.length > 0 || existing.existingEvidenceIds.length > 0) return null;

  const stored = new Map(existing.existingRelations.map((relation) => [relation.id, relation]));
  const known = new Set(stored.keys());
  const result = plans.map((plan) => {
    const before = plan.relations.filter((relation) => known.has(relation.id)).map((relation) => relation.id);
    for (const relation of plan.relations) known.add(relation.id);
    return { plan, existingRelationIds: [...new Set(before)] };
  });

  const alreadyThere = new Set(stored.keys());
  const publishedOf = new Map(plans.map((plan) => [plan.briefing.id, plan.briefing.publishedAt]));
  // A relation new to the graph has only this batch's evidence: its derived facts are written as
  // it is created. One that was there gets the batch's evidence's facts added to those it had.
  const evidenceOf = new Map<string, EvidenceFacts[]>();
  for (const relation of relations) {
    const facts = {
      modality: relation.modality,
      confidence: relation.confidence,
      from: relation.from,
      to: relation.to,
      publishedAt: publishedOf.get(relation.briefingId)!,
    };
    evidenceOf.set(relation.id, [...(evidenceOf.get(relation.id) ?? []), facts]);
  }
  const firsts = [...firstOfEach.values()];
  const newRelations = firsts
    .filter((relation) => !alreadyThere.has(relation.id))
    .map((relation) => ({ ...relation, derived: derivedFactsOf(evidenceOf.get(relation.id)!) }));
  const corroborated = firsts.filter((relation) => alreadyThere.has(relation.id));
  // A relation whose modality the batch's evidence changes counts out with the old and in with the new (kept-counts.ts).
  const created: CountedRelation[] = newRelations.map(({ type, source, target, negated, derived }) => ({
    type,
    source,
    target,
    negated,
    modality: derived.modality,
  }));
  const removed: CountedRelation[] = [];
  const updated = corroborated.flatMap((relation) => {
    const storedRelation = stored.get(relation.id)!;
    const before = complete(storedRelation);
    if (!before) return [];
    const derived = combinedFacts(before, derivedFactsOf(evidenceOf.get(relation.id)!));
    if (derived.modality !== before.modality) {
      const { type, source, target, negated } = relation;
      removed.push({ type, source, target, negated, modality: before.modality });
      created.push({ type, source, target, negated, modality: derived.modality });
    }
    return [{ elementId: storedRelation.elementId, derived }];
  });
  const toRefresh = corroborated.filter((relation) => !complete(stored.get(relation.id)!));

  // The writes depend on none of each other's answers: one statement writes the batch (one where
  // each part took its own, each with Neo4j's fixed cost per statement), and the rest are sent
  // with it, so the driver pipelines them (Neo4j runs them in this order). A statement with
  // nothing to write is not sent.
  const written = Promise.all([
    tx.run('ingest/write-new-briefings', {
      actors: planned.flatMap((entry) => entry.created),
      briefings: plans.map((plan, index) => ({
        briefing: plan.briefing,
        contentHash: contentHashOf(files[index]!),
        actorIds: plan.actors.map((actor) => actor.id),
      })),
      statements: plans.flatMap((plan) =>
        plan.statements.map((statement) => ({ ...statement, briefingId: plan.briefing.id, publishedAt: plan.briefing.publishedAt })),
      ),
      relations: newRelations.map(relationRow),
      evidence: relations.map(evidenceRow),
      updated,
    }),
    // The counts are sent after the relations and actors they count are written. The batch removes no
    // relation (each it refreshes gains evidence), but a refresh can change a modality: the counts
    // then wait for it (a relation an older write left without its facts, seldom met).
    toRefresh.length > 0
      ? tx
          .run<{ relations: RefreshedRelation[] }>('relations/refresh', {
            relations: toRefresh.map(({ id, type, source, target }) => ({ id, type, source, target })),
          })
          .then(([refreshed]) => {
            const changes = refreshedChanges(refreshed?.relations ?? [], new Set());
            return keepCounts(tx, [...created, ...changes.created], [...removed, ...changes.removed]);
          })
      : keepCounts(tx, created, removed),
    alsoWrite(result),
  ]);
  // Sent behind the writes, so it reads the statements they wrote: the actors' facts are derived with one round trip fewer.
  const [, statementRows] = await Promise.all([written, readActorStatements(tx, [...planned.flatMap((entry) => entry.refresh), ...existing.unstatedActorIds])]);
  await applyActorStatements(tx, statementRows);
  return result;
}

/**
 * What ingest/write-new-briefings reads of a relation it creates, and of a piece of evidence: the
 * planned relation less what the statement does not read (a relation's quote and offsets, which its
 * evidence carries; an evidence's date precision). Parameters cost the driver's packing and Neo4j's
 * unpacking per value whether read or not: on a batch of 100 briefings, about 8 MB of them took
 * longer to send than the writes took to run (issue 9).
 */
function relationRow(relation: PlannedRelation & { derived: DerivedRelationFacts }) {
  const { id, type, source, target, date, datePrecision, dateEnd, negated, title, derived } = relation;
  return { id, type, source, target, date, datePrecision, dateEnd, negated, title, derived };
}

function evidenceRow(relation: PlannedRelation & { briefingId: string }) {
  const { briefingId, id, type, source, target, date, negated, title, from, to, modality, confidence, evidence } = relation;
  return { briefingId, id, type, source, target, date, negated, title, from, to, modality, confidence, evidence };
}

/** A stored relation's facts when every one that is always set is there (else it is derived again from all its evidence). */
function complete(relation: StoredRelation): DerivedRelationFacts | null {
  const { mentions, firstSeen, lastSeen, modality } = relation;
  if (mentions === null || mentions < 1 || firstSeen === null || lastSeen === null || modality === null) return null;
  return { mentions, firstSeen, lastSeen, modality, confidence: relation.confidence, from: relation.from, to: relation.to };
}

type Resolved = Map<string, ActorResolution>;

/** Each input actor id of the batch with the actor it first comes with; null when one id comes with two QIDs. */
function batchInputs(files: readonly BriefingFile[]): Map<string, ActorInput> | null {
  const inputs = new Map<string, ActorInput>();
  for (const file of files) {
    for (const actor of file.actors) {
      const seen = inputs.get(actor.id);
      if (seen && (seen.externalIds?.wikidata ?? null) !== (actor.externalIds?.wikidata ?? null)) return null;
      inputs.set(actor.id, seen ?? actor);
    }
  }
  return inputs;
}

/**
 * What ingest/batch-existing looks up for these plans, besides their actors: their briefings, evidence
 * and relations (each once), the relations by type, so each type's branch reads its own list and
 * none filters the batch's thousands of relations for its type.
 */
function existingLookups(plans: readonly BriefingPlan[]) {
  const seen = new Set<string>();
  const relationsByType: Record<string, { id: string; source: string; target: string }[]> = {};
  for (const { id, type, source, target } of plans.flatMap((plan) => plan.relations)) {
    if (seen.has(id)) continue;
    seen.add(id);
    (relationsByType[type] ??= []).push({ id, source, target });
  }
  return {
    briefingIds: plans.map((plan) => plan.briefing.id),
    evidenceIds: plans.flatMap((plan) => plan.relations.map((relation) => relation.evidenceId)),
    relationsByType,
  };
}

/** What batch-existing found, with its actors without statements narrowed to those asked about. */
function onlyOf(found: BatchExisting | undefined, actorIds: ReadonlySet<string>): BatchExisting | undefined {
  return found && { ...found, unstatedActorIds: found.unstatedActorIds.filter((id) => actorIds.has(id)) };
}

interface PlannedWithActors {
  plan: BriefingPlan;
  /** Actors this briefing creates: {id, name, kind} as create-actors takes them. */
  created: { id: string; name: string; kind: string }[];
  /** Actors whose facts this briefing may change, to derive again after the batch. */
  refresh: string[];
}

/** Plans each briefing as if the ones before it in the batch were written; null when the outcome is not the sequential one. */
function planInOrder(files: readonly BriefingFile[], resolved: Resolved): PlannedWithActors[] | null {
  const createdInBatch = new Map<string, ExistingActor>();
  const out: PlannedWithActors[] = [];
  for (const file of files) {
    const resolutions: ActorResolution[] = [];
    for (const actor of file.actors) {
      const wikidata = actor.externalIds?.wikidata ?? null;
      const fromGraph = resolved.get(actor.id);
      if (wikidata && fromGraph?.matchedBy !== 'WIKIDATA') return null;
      const earlier = createdInBatch.get(actor.id);
      const resolution: ActorResolution =
        fromGraph?.existing && fromGraph.matchedBy
          ? fromGraph
          : earlier
            ? { inputId: actor.id, matchedBy: 'ID', existing: earlier }
            : { inputId: actor.id, matchedBy: null, existing: null };
      if (resolution.existing && resolution.existing.kind !== actor.kind) return null;
      resolutions.push(resolution);
    }
    const plan = planBriefing(file, resolutions);
    const created = plan.actors.filter((actor) => !actor.matchedBy).map(({ id, name, kind }) => ({ id, name, kind }));
    for (const actor of created) {
      createdInBatch.set(actor.id, { ...actor, aliases: [], titles: [], wikidata: null, externalIds: [] });
    }
    const refresh = new Set(created.map((actor) => actor.id));
    const byId = new Map(resolutions.filter((r) => r.existing).map((r) => [r.existing!.id, r.existing!]));
    for (const statement of plan.statements) {
      const existing = byId.get(statement.actorId);
      if (existing && !createdInBatch.has(existing.id) && statesSomethingNew(existing, statement)) refresh.add(existing.id);
    }
    out.push({ plan, created, refresh: [...refresh] });
  }
  return out;
}

/**
 * Whether a statement gives an actor of the graph a name, alias, title or identifier it does not
 * show yet. When it does not, the actor's derived facts cannot change (its name is still stated,
 * its kind is the one stated, every name, title and identifier is already in its lists).
 */
function statesSomethingNew(
  existing: ExistingActor,
  statement: { name: string; aliases: readonly string[]; titles: readonly string[]; externalIds: readonly string[] },
): boolean {
  const names = new Set([existing.name, ...(existing.aliases ?? [])].map((name) => name.trim().toLowerCase()));
  const titles = new Set(existing.titles ?? []);
  const externalIds = new Set(existing.externalIds ?? []);
  return (
    [statement.name, ...statement.aliases].some((name) => !names.has(name.trim().toLowerCase())) ||
    statement.titles.some((title) => !titles.has(title)) ||
    statement.externalIds.some((id) => !externalIds.has(id))
  );
}
