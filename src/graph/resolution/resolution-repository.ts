import { LOCAL_ANALYST, type Principal } from '../../access/principal.js';
import type { Database, Tx } from '../../db/database.js';
import { recordAudit } from '../audit/audit-repository.js';
import { refreshActors } from '../actors/actor-facts.js';
import { stableId } from '../ids/stable-id.js';
import { InputError } from '../shared/input-error.js';
import { lockActors } from './actor-locks.js';
import { Redirects } from './redirects.js';
import { reproject } from './reproject.js';
import { suggestSameAs, type SameAsCandidate, type SameAsSuggestion } from './same-as.js';

export const MAX_SAME_AS_ACTORS = 20_000;
/** Concurrent merges extending a chain are rare: a few rounds of locking settle it. */
const MAX_LOCK_ATTEMPTS = 5;

export interface MergeRecord {
  id: string;
  survivorId: string;
  absorbedId: string;
  absorbedName: string;
  mergedAt: string;
  undoneAt: string | null;
}

/**
 * Entity resolution: merging duplicate actors and undoing it, and suggesting likely duplicates.
 * A merge is a recorded redirect (absorbed id → survivor), not a rewrite: statements and evidence
 * keep the actor their briefing named (their base actor) and are re-pointed at the visible actor
 * the merges in force make of it (reproject.ts). Undoing a merge drops its redirect and re-points
 * the same way, so it needs no snapshot: what briefings stated since, under either name, lands on
 * the right actor, and chained merges can be undone in any order. Each merge or unmerge is one
 * write transaction that first locks the actors it moves, so it runs before or after an ingest
 * naming them, never across it.
 */
export class ResolutionRepository {
  constructor(private readonly db: Database) {}

  merge(survivorId: string, absorbedId: string, by: Principal = LOCAL_ANALYST): Promise<MergeRecord> {
    if (survivorId === absorbedId) throw new InputError('absorbedId', 'must differ from survivorId');
    return this.db.writeTransaction(async (tx) => {
      await lockActors(tx, [survivorId, absorbedId]);
      const visible = await tx.run<{ actor: { id: string; name: string } }>('resolution/visible-actors', { actorIds: [survivorId, absorbedId] });
      const named = (id: string) => visible.find((row) => row.actor.id === id)?.actor;
      if (!named(survivorId)) throw new InputError('survivorId', `no actor "${survivorId}"`);
      const absorbed = named(absorbedId);
      if (!absorbed) throw new InputError('absorbedId', `no actor "${absorbedId}"`);

      const [row] = await tx.run<{ merge: MergeRecord }>('resolution/create-merge-record', {
        id: stableId('m', [survivorId, absorbedId, new Date().toISOString()]),
        survivorId,
        absorbedId,
        absorbedName: absorbed.name,
      });
      const redirects = (await Redirects.load(tx)).with(absorbedId, survivorId);
      const touched = await reproject(tx, [absorbedId], redirects);
      await tx.run('resolution/hide-actor', { actorId: absorbedId });
      await refreshActors(
        tx,
        touched.filter((id) => id !== absorbedId),
      );
      await recordAudit(tx, by, 'MERGE', row!.merge.id, `merged "${absorbed.name}" (${absorbedId}) into ${survivorId}`);
      return row!.merge;
    }, `merge ${absorbedId} into ${survivorId}`);
  }

  /**
   * Undoes a merge: its redirect is dropped and everything stated about the absorbed actor (before
   * the merge or since, under its id) goes back to it; returns its id.
   */
  unmerge(mergeId: string, by: Principal = LOCAL_ANALYST): Promise<string> {
    return this.db.writeTransaction(async (tx) => {
      const redirects = await lockMergedPair(tx, await mergeRecord(tx, mergeId));
      // Read again under the locks: a concurrent unmerge of the same merge has finished by now.
      const merge = await mergeRecord(tx, mergeId);
      const survivorId = redirects.resolve(merge.survivorId);
      await tx.run('resolution/mark-merge-undone', { id: mergeId });
      const touched = await reproject(tx, [survivorId], redirects.without(merge.absorbedId));
      await tx.run('resolution/show-actors', { actorIds: [merge.absorbedId] });
      const removed = await refreshActors(tx, [...touched, merge.absorbedId]);
      // Nothing states the absorbed actor any more (every briefing naming it was corrected since):
      // there is no actor to bring back, so the unmerge is refused and the transaction undone.
      if (removed.includes(merge.absorbedId)) throw nothingToRestore(merge);
      await recordAudit(tx, by, 'UNMERGE', mergeId, `restored "${merge.absorbedName}" (${merge.absorbedId}) from ${survivorId}`);
      return merge.absorbedId;
    }, `unmerge ${mergeId}`);
  }

  async merges(first: number): Promise<MergeRecord[]> {
    const rows = await this.db.read<{ merge: MergeRecord }>('resolution/merge-records', { first });
    return rows.map((row) => row.merge);
  }

  async sameAs(limit: number): Promise<SameAsSuggestion[]> {
    const rows = await this.db.read<{ actor: SameAsCandidate }>('resolution/all-actors', { max: MAX_SAME_AS_ACTORS });
    return suggestSameAs(rows.map((row) => row.actor)).slice(0, limit);
  }
}

/** An unmerge refused because no briefing states the absorbed actor any more: the merge stays in force. */
function nothingToRestore(merge: MergeRecord): InputError {
  return new InputError(
    'mergeId',
    `merge "${merge.id}" cannot be undone: no briefing states "${merge.absorbedName}" (${merge.absorbedId}) any more, so there is no actor to bring back; ` +
      'the merge stays in force (ingest a briefing that names the actor, then undo it)',
  );
}

async function mergeRecord(tx: Tx, mergeId: string): Promise<MergeRecord> {
  const [row] = await tx.run<{ merge: MergeRecord; rewrote: boolean }>('resolution/merge-record', { id: mergeId });
  if (!row) throw new InputError('mergeId', `no merge "${mergeId}"`);
  if (row.merge.undoneAt) throw new InputError('mergeId', `merge "${mergeId}" was already undone`);
  // A merge of a release before redirects moved the absorbed actor's relations and statements onto
  // the survivor and deleted its node, keeping no base actor: undoing it now would leave on the
  // survivor what was stated about the absorbed actor. Refused, so nothing is misattributed.
  if (row.rewrote) {
    throw new InputError(
      'mergeId',
      `merge "${mergeId}" was made by a release before merges were redirects: it rewrote the graph and cannot be undone without ` +
        `leaving statements about "${row.merge.absorbedName}" on ${row.merge.survivorId}; it stays in force`,
    );
  }
  return row.merge;
}

/**
 * Locks the actor a merge's survivor is seen as today (the end of its chain) and the absorbed one,
 * reading the chain again under the locks until it holds still (a concurrent merge may extend it).
 */
async function lockMergedPair(tx: Tx, merge: MergeRecord): Promise<Redirects> {
  let redirects = await Redirects.load(tx);
  for (let attempt = 0; attempt < MAX_LOCK_ATTEMPTS; attempt += 1) {
    const survivorId = redirects.resolve(merge.survivorId);
    await lockActors(tx, [survivorId, merge.absorbedId]);
    const now = await Redirects.load(tx);
    if (now.resolve(merge.survivorId) === survivorId) return now;
    redirects = now;
  }
  throw new Error(`merge "${merge.id}": the survivor's chain of merges kept changing while it was locked`);
}
