import { LOCAL_ANALYST, type Principal } from '../../access/principal.js';
import type { Database, Tx } from '../../db/database.js';
import { recordAudit } from '../audit/audit-repository.js';
import { refreshActors } from '../../ingest/actor-facts.js';
import { asStated, type DatePrecision } from '../dates/partial-date.js';
import { relationKey } from '../../ingest/plan.js';
import { stableId } from '../../ingest/stable-id.js';
import { lookupKeys } from '../names/fold.js';
import { InputError } from '../shared/pagination.js';
import type { RelationFacts } from '../shared/records.js';
import { suggestSameAs, type SameAsCandidate, type SameAsSuggestion } from './same-as.js';

export const MAX_SAME_AS_ACTORS = 20_000;

interface StoredActor {
  id: string;
  name: string;
  kind: string;
  aliases: string[] | null;
  aliasText: string | null;
  lookupKeys: string[] | null;
  titles: string[] | null;
  wikidata: string | null;
  externalIds: string[] | null;
}

interface StoredRelation extends RelationFacts {
  id: string;
  datePrecision: DatePrecision | null;
  dateEnd: string | null;
  evidenceIds: string[];
}

interface ActorFootprint {
  actor: StoredActor;
  relations: StoredRelation[];
  briefingIds: string[];
  spokenEvidenceIds: string[];
}

/** What undoing a merge needs: both actors and their footprints as they were before it. */
interface MergeSnapshot {
  survivor: ActorFootprint;
  absorbed: ActorFootprint;
  /** Relations created on the survivor by the merge (their ids), refreshed away when undone. */
  movedTo: { id: string; type?: string; source: string; target: string }[];
  /** The briefings' statements about the absorbed actor that the merge handed to the survivor. */
  movedStatementIds?: string[];
}

export interface MergeRecord {
  id: string;
  survivorId: string;
  absorbedId: string;
  absorbedName: string;
  mergedAt: string;
  undoneAt: string | null;
}

const ACTOR_FIELDS = (actor: StoredActor) => ({
  id: actor.id,
  name: actor.name,
  kind: actor.kind,
  aliases: actor.aliases ?? [],
  aliasText: actor.aliasText ?? (actor.aliases ?? []).join(' | '),
  lookupKeys: actor.lookupKeys ?? lookupKeys(actor.name, actor.aliases ?? []),
  titles: actor.titles ?? [],
  wikidata: actor.wikidata,
  externalIds: actor.externalIds ?? [],
});

/**
 * Entity resolution: merging duplicate actors (recorded, so it can be undone) and suggesting
 * likely duplicates. Each merge or unmerge is one write transaction.
 */
export class ResolutionRepository {
  constructor(private readonly db: Database) {}

  merge(survivorId: string, absorbedId: string, by: Principal = LOCAL_ANALYST): Promise<MergeRecord> {
    if (survivorId === absorbedId) throw new InputError('absorbedId', 'must differ from survivorId');
    return this.db.writeTransaction(async (tx) => {
      const survivor = await footprint(tx, survivorId, 'survivorId');
      const absorbed = await footprint(tx, absorbedId, 'absorbedId');

      const swap = (id: string) => (id === absorbedId ? survivorId : id);
      const moves = absorbed.relations
        .filter((relation) => swap(relation.source) !== swap(relation.target))
        .map((relation) => {
          const key = relationKey({
            ...relation,
            date: asStated(relation.date, relation.datePrecision),
            source: swap(relation.source),
            target: swap(relation.target),
          });
          return { ...relation, ...key };
        });
      await tx.run('resolution/move-relations', { moves });
      await tx.run('resolution/set-speaker', { evidenceIds: absorbed.spokenEvidenceIds, speakerId: survivorId });
      await tx.run('resolution/link-mentions', { actorId: survivorId, briefingIds: absorbed.briefingIds });
      // What briefings state about the absorbed actor now describes the survivor (its name becomes an alias).
      const [moved] = await tx.run<{ statementIds: string[] }>('resolution/move-statements', {
        fromActorId: absorbedId,
        toActorId: survivorId,
        statedIds: null,
        statementIds: [],
      });
      // Evidence of a relation between the two actors has no relation left; it stays in the snapshot.
      await tx.run('resolution/delete-actor', { actorId: absorbedId });
      await tx.run('ingest/refresh-relations', { relations: moves.map(({ id, type, source, target }) => ({ id, type, source, target })) });
      await refreshActors(tx, [survivorId]);

      const snapshot: MergeSnapshot = {
        survivor,
        absorbed,
        movedTo: moves.map(({ id, type, source, target }) => ({ id, type, source, target })),
        movedStatementIds: moved?.statementIds ?? [],
      };
      const [row] = await tx.run<{ merge: MergeRecord }>('resolution/create-merge-record', {
        id: stableId('m', [survivorId, absorbedId, new Date().toISOString()]),
        survivorId,
        absorbedId,
        absorbedName: absorbed.actor.name,
        snapshot: JSON.stringify(snapshot),
      });
      await recordAudit(tx, by, 'MERGE', row!.merge.id, `merged "${absorbed.actor.name}" (${absorbedId}) into ${survivorId}: ${moves.length} relations moved`);
      return row!.merge;
    }, `merge ${absorbedId} into ${survivorId}`);
  }

  /** Restores the absorbed actor with its relations, evidence, mentions and quotes; returns its id. */
  unmerge(mergeId: string, by: Principal = LOCAL_ANALYST): Promise<string> {
    return this.db.writeTransaction(async (tx) => {
      const [row] = await tx.run<{ merge: MergeRecord & { snapshot: string } }>('resolution/merge-record', { id: mergeId });
      if (!row) throw new InputError('mergeId', `no merge "${mergeId}"`);
      if (row.merge.undoneAt) throw new InputError('mergeId', `merge "${mergeId}" was already undone`);
      const snapshot = JSON.parse(row.merge.snapshot) as MergeSnapshot;
      const { survivor, absorbed } = snapshot;

      // The survivor is not reset to its snapshot: what briefings stated since stays; only what was
      // stated about the absorbed actor (before the merge, or naming it since) goes back to it.
      await tx.run('ingest/upsert-actors', { actors: [ACTOR_FIELDS(absorbed.actor)] });
      await tx.run('resolution/move-statements', {
        fromActorId: survivor.actor.id,
        toActorId: absorbed.actor.id,
        statedIds: [absorbed.actor.id],
        statementIds: snapshot.movedStatementIds ?? [],
      });
      await tx.run('resolution/move-relations', { moves: absorbed.relations });
      await tx.run('resolution/set-speaker', { evidenceIds: absorbed.spokenEvidenceIds, speakerId: absorbed.actor.id });
      const gainedMentions = absorbed.briefingIds.filter((id) => !survivor.briefingIds.includes(id));
      await tx.run('resolution/unlink-mentions', { actorId: survivor.actor.id, briefingIds: gainedMentions });
      await tx.run('resolution/link-mentions', { actorId: absorbed.actor.id, briefingIds: absorbed.briefingIds });
      const touched = [...snapshot.movedTo, ...absorbed.relations.map(({ id, type, source, target }) => ({ id, type, source, target }))];
      // Merge records written before types were kept have none: the statement finds those by their actors.
      await tx.run('ingest/refresh-relations', { relations: touched.map((ref) => ({ type: null, ...ref })) });
      await refreshActors(tx, [survivor.actor.id, absorbed.actor.id]);
      await tx.run('resolution/mark-merge-undone', { id: mergeId });
      await recordAudit(tx, by, 'UNMERGE', mergeId, `restored "${absorbed.actor.name}" (${absorbed.actor.id}) from ${survivor.actor.id}`);
      return absorbed.actor.id;
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

async function footprint(tx: Tx, actorId: string, argument: string): Promise<ActorFootprint> {
  const [row] = await tx.run<ActorFootprint>('resolution/relations-of', { actorId });
  if (!row) throw new InputError(argument, `no actor "${actorId}"`);
  return row;
}
