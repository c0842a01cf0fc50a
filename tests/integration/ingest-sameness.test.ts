import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedBriefing, graphShape } from '../../bench/generate/generator.js';
import { ingestBriefing, ingestBriefings, ingestInTransaction } from '../../src/ingest/apply-briefing.js';
import type { BriefingFile, BriefingFileInput } from '../../src/ingest/briefing-format.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';

const { db } = openTestDatabase();
afterAll(() => db.close());

/** Generated briefings (hubs, modalities, negations, undated relations, speakers, roles), every id under the prefix. */
function briefingsFor(prefix: string): BriefingFile[] {
  const shape = graphShape(800);
  const files: BriefingFileInput[] = Array.from({ length: shape.briefings }, (_, index) => generatedBriefing(shape, index, 13));
  const prefixed = JSON.parse(JSON.stringify(files).replaceAll('gen-', `${prefix}-`)) as BriefingFileInput[];
  // MET is left out: another test counts every MET in the graph twice and compares.
  for (const file of prefixed) file.relations = file.relations.filter((relation) => relation.type !== 'MET');
  return prefixed.map((file) => parseBriefing(file, file.briefing.id));
}

/** Only the moment of writing differs between two loads of the same briefings. */
const WRITTEN_AT = new Set(['createdAt', 'ingestedAt']);

/** A value as text: temporal values by their ISO form, integers as numbers. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function propertiesOf(entity: { properties: Record<string, unknown> }): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entity.properties)
      .filter(([key]) => !WRITTEN_AT.has(key))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, value]) => [key, plain(value)]),
  );
}

/**
 * Every node the load wrote under the prefix (actors, briefings, their evidence and actor
 * statements) with all its labels and properties, and every relationship of those nodes with its
 * type, ends and all its properties: the whole graph the load made, but for when it was written.
 */
async function fullDump(prefix: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const { records } = await db.driver.executeQuery(
    `CALL () {
       MATCH (n:Actor) WHERE n.id STARTS WITH $prefix RETURN n
       UNION
       MATCH (n:Briefing) WHERE n.id STARTS WITH $prefix RETURN n
       UNION
       MATCH (n:Evidence)-[:FROM]->(b:Briefing) WHERE b.id STARTS WITH $prefix RETURN n
       UNION
       MATCH (n:ActorStatement) WHERE n.briefingId STARTS WITH $prefix RETURN n
     }
     WITH collect(n) AS nodes
     RETURN nodes,
            COLLECT {
              UNWIND nodes AS n
              MATCH (n)-[r]->(m)
              RETURN {start: coalesce(n.id, elementId(n)), end: coalesce(m.id, elementId(m)), relationship: r}
            } AS relationships`,
    { prefix: `${prefix}-` },
    { database: db.name },
  );
  const row = records[0]!;
  const nodes = (row.get('nodes') as { labels: string[]; properties: Record<string, unknown> }[]).map((node) =>
    JSON.stringify({ labels: [...node.labels].sort(), properties: propertiesOf(node) }),
  );
  const relationships = (row.get('relationships') as { start: string; end: string; relationship: { type: string; properties: Record<string, unknown> } }[]).map(
    ({ start, end, relationship }) => JSON.stringify({ type: relationship.type, start, end, properties: propertiesOf(relationship) }),
  );
  return { nodes: nodes.sort(), relationships: relationships.sort() };
}

/** Removes everything a load wrote under the prefix, so the next load starts from the same graph. */
async function wipe(prefix: string): Promise<void> {
  await db.driver.executeQuery(
    `MATCH (e:Evidence)-[:FROM]->(b:Briefing) WHERE b.id STARTS WITH $prefix DETACH DELETE e`,
    { prefix: `${prefix}-` },
    { database: db.name },
  );
  await db.driver.executeQuery(
    `MATCH (n) WHERE (n:Actor OR n:Briefing) AND n.id STARTS WITH $prefix
        OR n:ActorStatement AND n.briefingId STARTS WITH $prefix
        OR n:AuditEntry AND n.subject STARTS WITH $prefix
     DETACH DELETE n`,
    { prefix: `${prefix}-` },
    { database: db.name },
  );
}

describe('one briefing at a time and in bulk', () => {
  it('write the very same nodes, relationships and properties, and loading again changes nothing', async () => {
    // One prefix for the three loads, so the ids hashed from it (relations, evidence, statements) are the same.
    const prefix = uniquePrefix('same');
    const files = briefingsFor(prefix);

    // The reference: each briefing through every step of ingestInTransaction, never the batched statements.
    for (const file of files) await db.writeTransaction((tx) => ingestInTransaction(tx, file), file.briefing.id);
    const reference = await fullDump(prefix);
    expect(reference.relationships.length).toBeGreaterThan(500);
    expect(reference.nodes.some((node) => node.includes('"ActorStatement"'))).toBe(true);
    await wipe(prefix);
    expect(await fullDump(prefix)).toEqual({ nodes: [], relationships: [] });

    // One at a time, as the API and `npm run ingest` do.
    for (const file of files) expect((await ingestBriefing(db, file)).briefingStatus).toBe('CREATED');
    expect(await fullDump(prefix)).toEqual(reference);
    await wipe(prefix);

    // In bulk, as `npm run import` and the bench do: batches of the default size and a small one.
    for (const batchSize of [undefined, 9]) {
      const outcomes = await ingestBriefings(db, files, batchSize === undefined ? {} : { batchSize });
      expect(outcomes.filter((outcome) => outcome.error)).toEqual([]);
      expect(outcomes.map((outcome) => outcome.report!.briefingStatus)).toEqual(files.map(() => 'CREATED'));
      expect(await fullDump(prefix)).toEqual(reference);

      // Idempotent: the same briefings again change nothing.
      const again = await ingestBriefings(db, files);
      expect(again.map((outcome) => outcome.report?.briefingStatus)).toEqual(files.map(() => 'UNCHANGED'));
      expect(await fullDump(prefix)).toEqual(reference);
      await wipe(prefix);
    }
  }, 600_000);
});
