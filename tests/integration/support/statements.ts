import type { Database } from '../../../src/db/database.js';
import type { BriefingFileInput } from '../../../src/ingest/briefing-format.js';
import { isSymmetric } from './recompute.js';

/**
 * Every statement of a set of briefings, recomputed from the briefings themselves (not from the
 * graph): which actors each relation stated ends on, given the merges in force. Compared with what
 * the graph holds, it proves that no statement was lost or pinned on the wrong actor, whatever order
 * merges, re-ingests, corrections and unmerges ran in.
 */

/** absorbed id → survivor id, for the merges in force (a chain is followed to its end). */
export type Redirects = ReadonlyMap<string, string>;

export function resolveThrough(redirects: Redirects, id: string): string {
  const seen = new Set<string>();
  let current = id;
  while (redirects.has(current) && !seen.has(current)) {
    seen.add(current);
    current = redirects.get(current)!;
  }
  return current;
}

/** One statement as a comparable line: briefing | quote | type | source | target (symmetric types in a fixed order). */
export function statementLine(briefingId: string, quote: string, type: string, source: string | null, target: string | null): string {
  const [s, t] = isSymmetric(type) && source !== null && target !== null && target < source ? [target, source] : [source, target];
  return `${briefingId} | ${quote} | ${type} | ${s} | ${t}`;
}

/** What the briefings (each in its latest version) state, with each actor seen through the merges in force. */
export function expectedStatements(briefings: Iterable<BriefingFileInput>, redirects: Redirects): string[] {
  const lines: string[] = [];
  for (const file of briefings) {
    for (const relation of file.relations) {
      lines.push(
        statementLine(
          file.briefing.id,
          relation.evidence.quote,
          relation.type,
          resolveThrough(redirects, relation.source),
          resolveThrough(redirects, relation.target),
        ),
      );
    }
  }
  return lines.sort();
}

/** What the graph holds for the briefings whose ids start with the prefix: each piece of evidence and the relation it holds up. */
export async function storedStatements(db: Database, prefix: string): Promise<string[]> {
  const result = await db.driver.executeQuery(
    `MATCH (e:Evidence)-[:FROM]->(b:Briefing) WHERE b.id STARTS WITH $prefix
     OPTIONAL MATCH (s:Actor {id: e.sourceId})-[r {id: e.relationId}]->(t:Actor {id: e.targetId})
     RETURN b.id AS briefingId, e.quote AS quote, coalesce(type(r), e.relationType + ' (no relation)') AS type, s.id AS source, t.id AS target`,
    { prefix },
    { database: db.name },
  );
  return result.records
    .map((record) => statementLine(record.get('briefingId'), record.get('quote'), record.get('type'), record.get('source'), record.get('target')))
    .sort();
}

/** Relations among the prefix's actors whose stored `mentions` disagree with their evidence, or that have none. */
export async function inconsistentRelations(db: Database, prefix: string): Promise<string[]> {
  const result = await db.driver.executeQuery(
    `MATCH (s:Actor)-[r:!PAIR]->(t:Actor) WHERE s.id STARTS WITH $prefix AND NOT r:MENTIONS
     WITH s, r, t, COUNT { MATCH (e:Evidence {relationId: r.id}) RETURN e } AS evidence
     WHERE evidence = 0 OR evidence <> r.mentions
     RETURN s.id + ' -' + type(r) + '-> ' + t.id + ' mentions ' + toString(r.mentions) + ', evidence ' + toString(evidence) AS problem`,
    { prefix },
    { database: db.name },
  );
  return result.records.map((record) => record.get('problem') as string);
}

/** Relations that exist twice (the same id more than once among the prefix's actors). */
export async function duplicateRelations(db: Database, prefix: string): Promise<string[]> {
  const result = await db.driver.executeQuery(
    `MATCH (s:Actor)-[r:!PAIR]->(:Actor) WHERE s.id STARTS WITH $prefix
     WITH r.id AS id, count(r) AS copies WHERE copies > 1
     RETURN id`,
    { prefix },
    { database: db.name },
  );
  return result.records.map((record) => record.get('id') as string);
}
