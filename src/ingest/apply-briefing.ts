import { LOCAL_ANALYST, type Principal } from '../access/principal.js';
import type { Database, Tx } from '../db/database.js';
import { recordAudit, recordAudits } from '../graph/audit/audit-repository.js';
import { lookupKeys } from '../text/fold.js';
import type { RelationRef } from '../graph/shared/records.js';
import type { RelationType } from '../vocabulary/relation-types.js';
import { IngestConflictError } from './briefing-errors.js';
import { contentHashOf } from './content-hash.js';
import { announceIngested } from './ingest-events.js';
import { refreshActors } from '../graph/actors/actor-facts.js';
import { keepCounts, refreshedChanges, type RefreshedRelation } from '../graph/relations/kept-counts.js';
import type { BriefingFile } from './briefing-format.js';
import { ingestNewBriefings, type PlannedNewBriefing } from './new-briefings.js';
import { planBriefing, type ActorResolution, type BriefingPlan, type MatchedBy } from './plan.js';
import { resolveLocked } from './resolve-locked.js';

export interface IngestReport {
  briefingId: string;
  /** CREATED: new briefing; UPDATED: it was there and the graph changed (any of its fields, actors, evidence or relations); UNCHANGED: nothing changed. */
  briefingStatus: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  actors: { id: string; inputId: string; name: string; status: 'CREATED' | 'MATCHED'; matchedBy: MatchedBy | null }[];
  relationsCreated: RelationRef[];
  /** Relations already in the graph (from other briefings) that this briefing adds evidence to. */
  relationsCorroborated: RelationRef[];
  /** Relations whose evidence from this briefing was already there. */
  relationsUnchanged: RelationRef[];
  evidenceAdded: number;
  /** Pieces of evidence this briefing no longer states, removed (not the relations they held up). */
  evidenceRetracted: number;
  /** Relations that lost this briefing's evidence on a replace (some may be gone: no evidence left). */
  relationsRetracted: RelationRef[];
}

/** A relation as the typed lookups find it: by its type's index on the id. */
type TypedRef = { id: string; type: RelationType; source: string; target: string };

interface Existing {
  briefingExists: boolean;
  briefingEvidenceIds: string[];
  existingRelationIds: string[];
  existingEvidenceIds: string[];
}

/**
 * Writes one validated briefing in ONE write transaction: all of it or nothing. Re-ingesting the
 * same briefing changes nothing; re-ingesting a corrected one replaces what it said before.
 * The transaction function only reads and writes through `tx`, so the driver may safely retry it.
 */
export async function ingestBriefing(db: Database, file: BriefingFile, options: IngestOptions = {}): Promise<IngestReport> {
  const report = await db.writeTransaction(async (tx) => {
    const written = await writeIfNew(tx, [file], options);
    return written ? written[0]! : ingestAndAudit(tx, file, options);
  }, `ingest ${file.briefing.id}`);
  announceIngested(report);
  return report;
}

/**
 * Briefings that are all new to the graph take the batched statements (new-briefings.ts: the same
 * graph and reports in a fixed number of statements); null, with nothing written, when any of
 * them needs the one-briefing steps.
 */
async function writeIfNew(tx: Tx, files: readonly BriefingFile[], options: IngestOptions): Promise<IngestReport[] | null> {
  const by = options.by ?? LOCAL_ANALYST;
  const planned = await ingestNewBriefings(tx, files, (written) =>
    recordAudits(
      tx,
      by,
      written.map(reportOfNew).map((entry) => ({ action: 'INGEST' as const, subject: entry.briefingId, summary: auditSummary(entry) })),
    ),
  );
  return planned ? planned.map(reportOfNew) : null;
}

function reportOfNew({ plan, existingRelationIds }: PlannedNewBriefing): IngestReport {
  return report(plan, { briefingExists: false, briefingEvidenceIds: [], existingRelationIds, existingEvidenceIds: [] }, 0, true, []);
}

async function ingestAndAudit(tx: Tx, file: BriefingFile, options: IngestOptions): Promise<IngestReport> {
  const by = options.by ?? LOCAL_ANALYST;
  const report = await ingestInTransaction(tx, file, { replace: options.replace ?? false });
  if (report.briefingStatus !== 'UNCHANGED')
    await recordAudit(tx, by, report.briefingStatus === 'CREATED' ? 'INGEST' : 'REPLACE', report.briefingId, auditSummary(report));
  return report;
}

/**
 * Briefings per write transaction in a bulk load: fewer commits and statements per relation (about
 * 10,000 relations of 40-relation briefings), and a batch still fits in memory (Neo4j's default heap
 * of 1 GB). Each transaction has a cost that does not grow with its size (its locks and look-ups of
 * the batch's actors, most of them met again in every batch; its commit's index refreshes): 250
 * took about a fifth less of Neo4j's CPU per relation than 100 (issue 9, docs/speed-log.md).
 */
export const BULK_BRIEFINGS_PER_TX = 250;

export interface BulkOutcome {
  briefingId: string;
  report?: IngestReport;
  error?: Error;
}

/**
 * Writes many validated briefings, `batchSize` per write transaction, each through exactly the
 * steps of ingestBriefing (ingestInTransaction, then its audit entry): the same plans, so the same
 * graph as one at a time, in the same order. A batch that fails is written again one briefing
 * per transaction, so a bad briefing costs only itself and the others still land. A briefing id
 * met twice starts a new batch, so a later version replaces an earlier one as it would alone.
 */
export async function ingestBriefings(
  db: Database,
  files: Iterable<BriefingFile>,
  options: IngestOptions & { batchSize?: number; onBatch?: (outcomes: BulkOutcome[]) => void } = {},
): Promise<BulkOutcome[]> {
  const batchSize = options.batchSize ?? BULK_BRIEFINGS_PER_TX;
  const outcomes: BulkOutcome[] = [];
  let batch: BriefingFile[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const done = await writeBatch(db, batch, options);
    outcomes.push(...done);
    options.onBatch?.(done);
    batch = [];
  };
  for (const file of files) {
    if (batch.some((other) => other.briefing.id === file.briefing.id)) await flush();
    batch.push(file);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return outcomes;
}

async function writeBatch(db: Database, batch: readonly BriefingFile[], options: IngestOptions): Promise<BulkOutcome[]> {
  try {
    const reports = await db.writeTransaction(async (tx) => {
      const fast = await writeIfNew(tx, batch, options);
      if (fast) return fast;
      const written: IngestReport[] = [];
      for (const file of batch) written.push(await ingestAndAudit(tx, file, options));
      return written;
    }, `ingest ${batch.length} briefings from ${batch[0]!.briefing.id}`);
    reports.forEach(announceIngested);
    return reports.map((report) => ({ briefingId: report.briefingId, report }));
  } catch (error) {
    if (batch.length === 1) return [{ briefingId: batch[0]!.briefing.id, error: error as Error }];
    const outcomes: BulkOutcome[] = [];
    for (const file of batch) outcomes.push(...(await writeBatch(db, [file], options)));
    return outcomes;
  }
}

export interface IngestOptions {
  /** Who ingests, for the audit trail; the local analyst when not said (command line, seed). */
  by?: Principal;
  /**
   * An existing briefing id with different content replaces the stored briefing only when this is
   * true; otherwise the ingest is refused with a CONFLICT saying what it would retract.
   */
  replace?: boolean;
}

function auditSummary(report: IngestReport): string {
  return (
    `${report.briefingStatus.toLowerCase()}: ${report.relationsCreated.length} relations created, ` +
    `${report.relationsCorroborated.length} corroborated, ${report.evidenceAdded} evidence added, ${report.evidenceRetracted} retracted`
  );
}

export async function ingestInTransaction(tx: Tx, file: BriefingFile, options: { replace?: boolean } = {}): Promise<IngestReport> {
  const resolutions = await resolveLocked(tx, file.actors, `briefing "${file.briefing.id}"`);
  assertNoActorConflicts(file, resolutions);
  const plan = planBriefing(file, resolutions);
  const [existing] = await tx.run<Existing>('ingest/find-existing', {
    briefingId: plan.briefing.id,
    relations: plan.relations.map(({ id, type, source, target, evidenceId }) => ({ id, type, source, target, evidenceId })),
  });
  const digestBefore = await contributionDigest(tx, plan.briefing.id);
  // find-existing returns no row for a briefing without relations; the digest knows it exists.
  const before: Existing = {
    ...(existing ?? { briefingEvidenceIds: [], existingRelationIds: [], existingEvidenceIds: [] }),
    briefingExists: digestBefore !== NO_BRIEFING,
  };

  await tx.run('actors/create', { actors: plan.actors.map(({ id, name, kind }) => ({ id, name, kind })) });
  await tx.run('ingest/upsert-briefing', { briefing: plan.briefing, contentHash: contentHashOf(file), actorIds: plan.actors.map((actor) => actor.id) });
  const [statements] = await tx.run<{ previousActorIds: string[] }>('ingest/replace-actor-statements', {
    briefingId: plan.briefing.id,
    publishedAt: plan.briefing.publishedAt,
    statements: plan.statements,
  });
  const [retracted] = await tx.run<{ relations: TypedRef[]; evidence: number }>('ingest/retract-evidence', {
    briefingId: plan.briefing.id,
    keepEvidenceIds: plan.relations.map((relation) => relation.evidenceId),
  });
  await tx.run('ingest/upsert-relations', { briefingId: plan.briefing.id, relations: plan.relations });
  const touched = new Map<string, TypedRef>();
  for (const relation of [...plan.relations, ...(retracted?.relations ?? [])]) {
    touched.set(relation.id, { id: relation.id, type: relation.type, source: relation.source, target: relation.target });
  }
  const [refreshed] = await tx.run<{ relations: RefreshedRelation[] }>('relations/refresh', { relations: [...touched.values()] });
  // The counts kept of relations follow at once (before the actors' facts: an actor left without relations is deleted,
  // and a pair's count of them must be gone by then): the relations new to the graph (as the report finds them, each
  // counted with the modality the refresh gave it), those the refresh removed and those whose modality it changed.
  const existed = new Set(before.existingRelationIds);
  const changes = refreshedChanges(
    refreshed?.relations ?? [],
    new Set(plan.relations.filter((relation) => !existed.has(relation.id)).map((relation) => relation.id)),
  );
  await keepCounts(tx, changes.created, changes.removed);
  // What this briefing states about its actors, and no longer states about those it dropped.
  await refreshActors(tx, [...plan.actors.map((actor) => actor.id), ...(statements?.previousActorIds ?? [])]);

  const changed = digestBefore !== (await contributionDigest(tx, plan.briefing.id));
  const result = report(plan, before, retracted?.evidence ?? 0, changed, retracted?.relations ?? []);
  if (result.briefingStatus === 'UPDATED' && !options.replace) {
    // Thrown inside the transaction function: everything above rolls back.
    throw new IngestConflictError(
      'briefing.id',
      `a briefing "${plan.briefing.id}" already exists with different content; ingest again with replace to replace it ` +
        `(it would retract ${result.evidenceRetracted} pieces of evidence from ${result.relationsRetracted.length} relations and add ${result.evidenceAdded})`,
      {
        briefingId: plan.briefing.id,
        wouldRetractEvidence: result.evidenceRetracted,
        wouldRetractFrom: result.relationsRetracted.map((ref) => ref.id),
        wouldAddEvidence: result.evidenceAdded,
      },
    );
  }
  return result;
}

/**
 * An input actor found by its id must be that actor: an id that exists with a different kind
 * under a name the actor does not go by is another actor, not a new alias of it.
 */
function assertNoActorConflicts(file: BriefingFile, resolutions: readonly ActorResolution[]): void {
  const byInputId = new Map(resolutions.map((resolution) => [resolution.inputId, resolution]));
  file.actors.forEach((actor, index) => {
    const resolution = byInputId.get(actor.id);
    const existing = resolution?.existing;
    if (!existing || resolution.matchedBy !== 'ID' || existing.kind === actor.kind) return;
    const known = new Set(lookupKeys(existing.name, existing.aliases ?? []));
    if (lookupKeys(actor.name, []).some((key) => known.has(key))) return;
    throw new IngestConflictError(
      `actors.${index}.id`,
      `"${actor.id}" is ${existing.name} (${existing.kind}) in the graph, not ${actor.name} (${actor.kind}); give this actor another id`,
      { actorId: actor.id, existingName: existing.name, existingKind: existing.kind },
    );
  });
}

/**
 * What the briefing contributes to the graph, as one canonical string: its fields, the actors it
 * mentions as the graph shows them, its evidence and the relations held up by it. Taken before and
 * after the writes, so the report says UPDATED exactly when the graph changed.
 */
const NO_BRIEFING = canonicalJson(null);

async function contributionDigest(tx: Tx, briefingId: string): Promise<string> {
  const [row] = await tx.run<{ digest: unknown }>('ingest/contribution-digest', { briefingId });
  return canonicalJson(row?.digest ?? null);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function report(plan: BriefingPlan, before: Existing, evidenceRetracted: number, changed: boolean, retracted: RelationRef[]): IngestReport {
  const existingRelations = new Set(before.existingRelationIds);
  const existingEvidence = new Set(before.existingEvidenceIds);
  const refs = new Map<string, RelationRef>();
  const created = new Set<string>();
  const corroborated = new Set<string>();
  const unchanged = new Set<string>();
  let evidenceAdded = 0;
  for (const relation of plan.relations) {
    refs.set(relation.id, { id: relation.id, source: relation.source, target: relation.target });
    if (!existingEvidence.has(relation.evidenceId)) evidenceAdded += 1;
    if (!existingRelations.has(relation.id)) created.add(relation.id);
    else if (!existingEvidence.has(relation.evidenceId)) corroborated.add(relation.id);
    else unchanged.add(relation.id);
  }
  for (const id of created) corroborated.delete(id);
  for (const id of [...created, ...corroborated]) unchanged.delete(id);
  const toRefs = (ids: Set<string>) => [...ids].map((id) => refs.get(id)!);
  return {
    briefingId: plan.briefing.id,
    briefingStatus: !before.briefingExists ? 'CREATED' : changed ? 'UPDATED' : 'UNCHANGED',
    actors: plan.actors.map((actor) => ({
      id: actor.id,
      inputId: actor.inputId,
      name: actor.name,
      status: actor.matchedBy ? 'MATCHED' : 'CREATED',
      matchedBy: actor.matchedBy,
    })),
    relationsCreated: toRefs(created),
    relationsCorroborated: toRefs(corroborated),
    relationsUnchanged: toRefs(unchanged),
    evidenceAdded,
    evidenceRetracted,
    relationsRetracted: retracted,
  };
}
