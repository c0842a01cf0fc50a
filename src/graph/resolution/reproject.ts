import type { Tx } from '../../db/database.js';
import { relationKey } from '../ids/relation-key.js';
import { asStated, type DatePrecision } from '../dates/partial-date.js';
import type { RelationType } from '../../vocabulary/relation-types.js';
import type { Redirects } from './redirects.js';
import { keepCounts, refreshedChanges, type RefreshedRelation } from '../relations/kept-counts.js';

/** What a relation is, apart from its id and its evidence: what a move of evidence carries to its new relation. */
interface RelationFields {
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateEnd: string | null;
  modality: string;
  negated: boolean;
  title: string | null;
}

interface StoredRelation extends RelationFields {
  id: string;
  evidence: { id: string; baseSource: string; baseTarget: string }[];
}

interface StoredStatement {
  id: string;
  briefingId: string;
  actorId: string;
  baseActorId: string;
  name: string;
  kind: string;
}

/** Evidence that moves to the relation its base actors make under the merges in force. */
export interface EvidenceMove extends RelationFields {
  id: string;
  evidenceIds: string[];
}

/**
 * Where each piece of evidence of these relations belongs under the merges in force: the relation
 * its base actors, seen through the redirects, make with the same type, date, negation and title.
 * Only evidence whose relation changes is listed. Pure.
 */
export function evidenceMoves(relations: readonly StoredRelation[], redirects: Redirects): EvidenceMove[] {
  const moves = new Map<string, EvidenceMove>();
  for (const relation of relations) {
    for (const evidence of relation.evidence) {
      const key = relationKey({
        type: relation.type,
        source: redirects.resolve(evidence.baseSource),
        target: redirects.resolve(evidence.baseTarget),
        date: asStated(relation.date, relation.datePrecision),
        negated: relation.negated,
        title: relation.title,
      });
      if (key.id === relation.id && key.source === relation.source && key.target === relation.target) continue;
      const move = moves.get(key.id) ?? { ...relation, ...key, evidenceIds: [] };
      move.evidenceIds.push(evidence.id);
      moves.set(key.id, move);
    }
  }
  return [...moves.values()];
}

/**
 * Brings everything stated about the given visible actors in line with the merges in force: each
 * statement describes, each piece of evidence holds up a relation between, and each quote is
 * spoken by the visible actor its base actor resolves to. Used by merge (the absorbed actor) and
 * unmerge (the survivor at the end of the chain). Returns every visible actor touched, whose
 * facts the caller derives again.
 */
export async function reproject(tx: Tx, actorIds: readonly string[], redirects: Redirects): Promise<string[]> {
  const statementRows = await tx.run<{ statement: StoredStatement }>('resolution/statements-of', { actorIds });
  const statements = statementRows.map((row) => row.statement);
  const relationRows = await tx.run<{ relation: StoredRelation }>('resolution/footprint', { actorIds });
  const relations = relationRows.map((row) => row.relation);
  const spoken = await tx.run<{ id: string; baseSpeaker: string; speakerId: string }>('resolution/spoken-evidence', { actorIds });

  const statementMoves = statements.flatMap((s) =>
    redirects.resolve(s.baseActorId) === s.actorId ? [] : [{ id: s.id, actorId: redirects.resolve(s.baseActorId) }],
  );
  const moves = evidenceMoves(relations, redirects);
  const speakerMoves = spoken.flatMap((e) =>
    redirects.resolve(e.baseSpeaker) === e.speakerId ? [] : [{ id: e.id, speakerId: redirects.resolve(e.baseSpeaker) }],
  );

  // Actors that come back into view (an unmerge) are shown before anything points at them.
  const shown = [...new Set([...statementMoves.map((m) => m.actorId), ...moves.flatMap((m) => [m.source, m.target]), ...speakerMoves.map((m) => m.speakerId)])];
  await tx.run('resolution/show-actors', { actorIds: shown });
  const about = (id: string) => statements.find((s) => redirects.resolve(s.baseActorId) === id);
  await tx.run('actors/create', { actors: shown.map((id) => ({ id, name: about(id)?.name ?? id, kind: about(id)?.kind ?? 'ORGANIZATION' })) });

  await tx.run('resolution/set-statement-actors', { rows: statementMoves });
  const [moved] = await tx.run<{ createdIds: string[] }>('resolution/move-evidence', { moves });
  await tx.run('resolution/set-speakers', { rows: speakerMoves });
  const movedEvidence = new Set(moves.flatMap((m) => m.evidenceIds));
  const left = relations.filter((r) => r.evidence.some((e) => movedEvidence.has(e.id)));
  // Each relation once: one that loses evidence can also gain some.
  const refs = [...new Map([...left, ...moves].map(({ id, type, source, target }) => [id, { id, type, source, target }])).values()];
  const [refreshed] = await tx.run<{ relations: RefreshedRelation[] }>('relations/refresh', { relations: refs });
  const changes = refreshedChanges(refreshed?.relations ?? [], new Set(moved?.createdIds ?? []));
  await keepCounts(tx, changes.created, changes.removed);
  const movedStatements = new Set(statementMoves.map((m) => m.id));
  const briefingIds = [...new Set(statements.filter((s) => movedStatements.has(s.id)).map((s) => s.briefingId))];
  await tx.run('resolution/sync-mentions', { briefingIds });
  return [...new Set([...actorIds, ...shown])];
}
