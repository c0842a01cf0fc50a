import type { Tx } from '../db/database.js';
import { refreshActors } from '../graph/actors/actor-facts.js';
import type { ActorInput, BriefingFile } from './briefing-format.js';
import { planBriefing, type ActorResolution, type BriefingPlan, type ExistingActor, type PlannedRelation } from './plan.js';
import { contentHashOf } from './content-hash.js';
import { derivedFactsOf, type EvidenceFacts } from './new-relation-facts.js';
import { resolveLocked } from './resolve-locked.js';

/** A briefing of the batch as planned, with the relations it states that were in the graph before it (ingestInTransaction's view). */
export interface PlannedNewBriefing {
  plan: BriefingPlan;
  existingRelationIds: string[];
}

interface BatchExisting {
  existingBriefingIds: string[];
  existingEvidenceIds: string[];
  existingRelationIds: string[];
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
export async function ingestNewBriefings(tx: Tx, files: readonly BriefingFile[]): Promise<PlannedNewBriefing[] | null> {
  const resolved = await resolveBatchActors(tx, files);
  const planned = resolved && planInOrder(files, resolved);
  if (!planned) return null;

  const plans = planned.map((entry) => entry.plan);
  const relations = plans.flatMap((plan) => plan.relations.map((relation) => ({ ...relation, briefingId: plan.briefing.id })));
  const firstOfEach = new Map<string, PlannedRelation & { briefingId: string }>();
  for (const relation of relations) if (!firstOfEach.has(relation.id)) firstOfEach.set(relation.id, relation);
  const [existing] = await tx.run<BatchExisting>('ingest/batch-existing', {
    briefingIds: plans.map((plan) => plan.briefing.id),
    evidenceIds: relations.map((relation) => relation.evidenceId),
    relations: [...firstOfEach.values()].map(({ id, type, source, target }) => ({ id, type, source, target })),
    actorIds: [...new Set(plans.flatMap((plan) => plan.actors.filter((actor) => actor.matchedBy).map((actor) => actor.id)))],
  });
  if (!existing || existing.existingBriefingIds.length > 0 || existing.existingEvidenceIds.length > 0) return null;

  const known = new Set(existing.existingRelationIds);
  const result = plans.map((plan) => {
    const before = plan.relations.filter((relation) => known.has(relation.id)).map((relation) => relation.id);
    for (const relation of plan.relations) known.add(relation.id);
    return { plan, existingRelationIds: [...new Set(before)] };
  });

  const alreadyThere = new Set(existing.existingRelationIds);
  const publishedOf = new Map(plans.map((plan) => [plan.briefing.id, plan.briefing.publishedAt]));
  // A statement with nothing to write is not sent: a briefing over known actors and relations (most
  // of them, once a graph is large) saves the round trips.
  const createdActors = planned.flatMap((entry) => entry.created);
  if (createdActors.length > 0) await tx.run('actors/create', { actors: createdActors });
  await tx.run('ingest/create-briefings', {
    briefings: plans.map((plan, index) => ({
      briefing: plan.briefing,
      contentHash: contentHashOf(files[index]!),
      actorIds: plan.actors.map((actor) => actor.id),
    })),
  });
  await tx.run('ingest/create-actor-statements', {
    statements: plans.flatMap((plan) =>
      plan.statements.map((statement) => ({ ...statement, briefingId: plan.briefing.id, publishedAt: plan.briefing.publishedAt })),
    ),
  });
  // A relation new to the graph has only this batch's evidence: its derived facts are written as
  // it is created. Only those that were there before are derived again from all their evidence.
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
  if (newRelations.length > 0) await tx.run('ingest/create-relations', { relations: newRelations });
  await tx.run('ingest/create-evidence', { evidence: relations });
  const corroborated = firsts.filter((relation) => alreadyThere.has(relation.id));
  if (corroborated.length > 0)
    await tx.run('relations/refresh', { relations: corroborated.map(({ id, type, source, target }) => ({ id, type, source, target })) });
  await refreshActors(tx, [...planned.flatMap((entry) => entry.refresh), ...existing.unstatedActorIds]);
  return result;
}

type Resolved = Map<string, ActorResolution>;

/**
 * Each input actor id of the batch as the graph resolves it, holding the locks of every actor
 * named or found (as one briefing's ingest does); null when one id comes with two QIDs.
 */
async function resolveBatchActors(tx: Tx, files: readonly BriefingFile[]): Promise<Resolved | null> {
  const inputs = new Map<string, ActorInput>();
  for (const file of files) {
    for (const actor of file.actors) {
      const seen = inputs.get(actor.id);
      if (seen && (seen.externalIds?.wikidata ?? null) !== (actor.externalIds?.wikidata ?? null)) return null;
      inputs.set(actor.id, seen ?? actor);
    }
  }
  const rows = await resolveLocked(tx, [...inputs.values()], `${files.length} briefings from "${files[0]?.briefing.id ?? ''}"`);
  return new Map(rows.map((row) => [row.inputId, row]));
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
