import type { Database } from '../../../src/db/database.js';
import { HIDDEN_COUNT_PREFIXES } from '../../../src/db/hidden-count-keys.js';
import { PAIR_COUNT_TOTALS } from '../../../src/db/pair-count-keys.js';
import { HAPPENED_MODALITIES } from '../../../src/vocabulary/modalities.js';
import { SYMMETRIC_RELATION_TYPES } from '../../../src/vocabulary/relation-types.js';

/** A relation as a page test wrote it: what the plain recomputation of a page reads. */
export interface WrittenRelation {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string | null;
  dateEnd: string | null;
  firstSeen: string;
  negated: boolean;
  modality: string;
}

/** The filters of an actor's `relations` page, as the GraphQL field takes them. */
export interface PageFilters {
  types?: string[];
  direction?: 'OUT' | 'IN' | 'BOTH';
  since?: string;
  until?: string;
  modalities?: string[];
  negated?: boolean | null;
}

/**
 * An actor's relations a page of them must give, in the page's order (day, last day, id), recomputed in plain
 * TypeScript from what was written: the API's defaults (not negated, both directions), a symmetric type in either
 * direction, a relation of the actor with itself (a merge's) hidden.
 */
export function expectedPage(written: readonly WrittenRelation[], actor: string, filters: PageFilters): string[] {
  const dayOf = (r: WrittenRelation) => r.date ?? r.firstSeen;
  const dayEndOf = (r: WrittenRelation) => r.dateEnd ?? r.date ?? r.firstSeen;
  const negated = filters.negated === undefined ? false : filters.negated;
  const direction = filters.direction ?? 'BOTH';
  return written
    .filter(
      (r) =>
        (r.source === actor || r.target === actor) &&
        r.source !== r.target &&
        (!filters.types || filters.types.includes(r.type)) &&
        (direction === 'BOTH' ||
          (SYMMETRIC_RELATION_TYPES as readonly string[]).includes(r.type) ||
          (direction === 'OUT' ? r.source === actor : r.target === actor)) &&
        (!filters.since || dayEndOf(r) >= filters.since) &&
        (!filters.until || dayOf(r) <= filters.until) &&
        (!filters.modalities || filters.modalities.includes(r.modality)) &&
        (negated === null || r.negated === negated),
    )
    .sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || dayEndOf(a).localeCompare(dayEndOf(b)) || a.id.localeCompare(b.id))
    .map((r) => r.id);
}

/** The filters as the `relations` field's arguments ("types: [MET], since: \"2013-01-05\""); empty for none. */
export function pageArgs(filters: PageFilters): string {
  const parts: string[] = [];
  if (filters.types) parts.push(`types: [${filters.types.join(', ')}]`);
  if (filters.direction) parts.push(`direction: ${filters.direction}`);
  if (filters.since) parts.push(`since: "${filters.since}"`);
  if (filters.until) parts.push(`until: "${filters.until}"`);
  if (filters.modalities) parts.push(`modalities: [${filters.modalities.join(', ')}]`);
  if (filters.negated !== undefined) parts.push(`negated: ${filters.negated}`);
  return parts.join(', ');
}

/**
 * Writes the actors (as states) and their relations straight into the store, around the product's ingest (thousands
 * of relations a hub in seconds), then counts afresh, as the migrations count an older store's, what the product keeps
 * beside them: each actor's counts of the relations its answers hide (src/graph/relations/hidden-counts.ts) and the
 * pairs' counts of their relations (src/db/pair-count-keys.ts), which no page may show nor count.
 */
export async function writeRelations(db: Database, actorIds: readonly string[], types: readonly string[], written: readonly WrittenRelation[]) {
  await db.driver.executeQuery(
    'UNWIND $ids AS id CREATE (:Actor {id: id, name: id, kind: "STATE", aliases: [], titles: []})',
    { ids: actorIds },
    { database: db.name },
  );
  for (const type of types) {
    // The type comes from the vocabulary, the one allow-list of relationship types.
    await db.driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
       CREATE (s)-[:${type} {id: row.id, date: date(row.date), dateEnd: date(row.dateEnd), datePrecision: CASE WHEN row.dateEnd IS NULL THEN 'DAY' ELSE 'MONTH' END,
                             firstSeen: date(row.firstSeen), negated: row.negated, modality: row.modality, mentions: 1, confidence: 1.0}]->(t)`,
      { rows: written.filter((r) => r.type === type) },
      { database: db.name },
    );
  }
  await db.write('actors/recount-hidden', { actorIds, hidden: HIDDEN_COUNT_PREFIXES });
  await db.write('actors/recount-pairs', { actorIds, totals: PAIR_COUNT_TOTALS, happened: HAPPENED_MODALITIES });
}
