import type { Database } from '../../../src/db/database.js';
import { PAIR_COUNT_TOTALS } from '../../../src/db/pair-count-keys.js';
import { RELATION_TYPES } from '../../../src/vocabulary/relation-types.js';

const HAPPENED = ['ASSERTED', 'REPORTED'];

/**
 * What each pair of actors whose ids start with `prefix` should keep on its :PAIR relationship
 * (src/db/pair-count-keys.ts), recounted in plain TypeScript from every relationship between actors
 * read raw, beside what is kept: one line per pair and count that differ (none when the writes kept
 * them right; a pair kept from the higher id to the lower, or twice, is one too), and how many pairs
 * and counted relations there were (a test that finds none proves nothing).
 */
export async function pairCountMismatches(db: Database, prefix: string): Promise<{ mismatches: string[]; pairs: number; counted: number }> {
  const { records: relations } = await db.driver.executeQuery(
    `MATCH (s:Actor)-[r]->(t:Actor) WHERE (s.id STARTS WITH $prefix OR t.id STARTS WITH $prefix) AND type(r) IN $types
     RETURN type(r) AS type, s.id AS source, t.id AS target, r.negated AS negated, r.modality AS modality`,
    { prefix, types: RELATION_TYPES },
    { database: db.name },
  );
  const { records: pairs } = await db.driver.executeQuery(
    `MATCH (s:Actor)-[p:PAIR]->(t:Actor) WHERE s.id STARTS WITH $prefix OR t.id STARTS WITH $prefix
     RETURN s.id AS source, t.id AS target, properties(p) AS properties`,
    { prefix },
    { database: db.name },
  );
  const expected = new Map<string, number>();
  const add = (key: string) => expected.set(key, (expected.get(key) ?? 0) + 1);
  let counted = 0;
  for (const relation of relations) {
    const [type, source, target] = [relation.get('type') as string, relation.get('source') as string, relation.get('target') as string];
    if (source === target || relation.get('negated') !== false) continue;
    counted += 1;
    const pair = source < target ? `${source} ${target}` : `${target} ${source}`;
    const kinds = HAPPENED.includes(relation.get('modality') as string) ? [PAIR_COUNT_TOTALS.all, PAIR_COUNT_TOTALS.happened] : [PAIR_COUNT_TOTALS.all];
    for (const total of kinds) {
      add(`${pair} ${total}`);
      add(`${pair} ${total}_${type}`);
    }
  }
  const kept = new Map<string, number>();
  const seen = new Set<string>();
  const wrong: string[] = [];
  for (const record of pairs) {
    const [source, target] = [record.get('source') as string, record.get('target') as string];
    if (source >= target) wrong.push(`${source} ${target}: a pair from the higher id`);
    if (seen.has(`${source} ${target}`)) wrong.push(`${source} ${target}: a pair kept twice`);
    seen.add(`${source} ${target}`);
    const properties = record.get('properties') as Record<string, unknown>;
    if (!(PAIR_COUNT_TOTALS.all in properties) || Object.values(properties).some((value) => Number(value) === 0)) {
      wrong.push(`${source} ${target}: a pair without its total or with a count of zero`);
    }
    for (const [key, value] of Object.entries(properties)) kept.set(`${source} ${target} ${key}`, Number(value));
  }
  const mismatches = [...new Set([...expected.keys(), ...kept.keys()])]
    .filter((key) => (expected.get(key) ?? 0) !== (kept.get(key) ?? 0))
    .sort()
    .map((key) => `${key}: kept ${kept.get(key) ?? 0}, recounted ${expected.get(key) ?? 0}`);
  return { mismatches: [...wrong, ...mismatches], pairs: pairs.length, counted };
}
