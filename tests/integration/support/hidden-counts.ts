import type { Database } from '../../../src/db/database.js';
import { HIDDEN_COUNT_PREFIXES } from '../../../src/db/hidden-count-keys.js';
import { RELATION_TYPES } from '../../../src/vocabulary/relation-types.js';

/**
 * What each actor whose id starts with `prefix` should keep count of (src/graph/relations/hidden-counts.ts),
 * recounted in plain TypeScript from every relationship between actors read raw, beside what it keeps: one line
 * per actor and count that differ (none when the writes kept them right), and how many loops and negated
 * relations there were (a test that finds none proves nothing).
 */
export async function hiddenCountMismatches(db: Database, prefix: string): Promise<{ mismatches: string[]; loops: number; negated: number }> {
  const { records: relations } = await db.driver.executeQuery(
    `MATCH (s:Actor)-[r]->(t:Actor) WHERE (s.id STARTS WITH $prefix OR t.id STARTS WITH $prefix) AND type(r) IN $types
     RETURN type(r) AS type, s.id AS source, t.id AS target, r.negated AS negated`,
    { prefix, types: RELATION_TYPES },
    { database: db.name },
  );
  const { records: actors } = await db.driver.executeQuery(
    'MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN a.id AS id, properties(a) AS properties',
    { prefix },
    { database: db.name },
  );
  const expected = new Map<string, number>();
  const add = (actorId: string, key: string) => expected.set(`${actorId} ${key}`, (expected.get(`${actorId} ${key}`) ?? 0) + 1);
  let loops = 0;
  let negated = 0;
  for (const relation of relations) {
    const [type, source, target] = [relation.get('type') as string, relation.get('source') as string, relation.get('target') as string];
    if (source === target) {
      loops += 1;
      add(source, HIDDEN_COUNT_PREFIXES.loops + type);
    } else if (relation.get('negated') === true) {
      negated += 1;
      add(source, HIDDEN_COUNT_PREFIXES.negatedOut + type);
      add(target, HIDDEN_COUNT_PREFIXES.negatedIn + type);
    }
  }
  const prefixes = Object.values(HIDDEN_COUNT_PREFIXES) as string[];
  const kept = new Map<string, number>();
  for (const actor of actors) {
    const properties = actor.get('properties') as Record<string, unknown>;
    for (const [key, value] of Object.entries(properties)) {
      if (prefixes.some((start) => key.startsWith(start))) kept.set(`${actor.get('id') as string} ${key}`, Number(value));
    }
  }
  const mismatches = [...new Set([...expected.keys(), ...kept.keys()])]
    .filter((key) => key.startsWith(prefix) && (expected.get(key) ?? 0) !== (kept.get(key) ?? 0))
    .sort()
    .map((key) => `${key}: kept ${kept.get(key) ?? 0}, recounted ${expected.get(key) ?? 0}`);
  return { mismatches, loops, negated };
}
