import { afterAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/db/migrate.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';

const { db } = openTestDatabase();
afterAll(() => db.close());

describe('upgrading a database', () => {
  it('runs each data migration once, records it, and loses nothing', async () => {
    const prefix = uniquePrefix('legacy');
    // A store written before evidence carried its own modality.
    await db.driver.executeQuery(
      `CREATE (a:Actor {id: $a, name: 'Legacy A', kind: 'STATE'})-[:CRITICIZED {id: $r, modality: 'REPORTED', negated: false, mentions: 1}]->
              (b:Actor {id: $b, name: 'Legacy B', kind: 'STATE'})
       CREATE (:Evidence {id: $e, relationId: $r, sourceId: $a, targetId: $b, quote: 'Legacy A criticized Legacy B.'})`,
      { a: `${prefix}-a`, b: `${prefix}-b`, r: `${prefix}-r`, e: `${prefix}-e` },
    );
    await db.driver.executeQuery("MATCH (m:SchemaMigration {name: 'migrations/001-evidence-modality'}) DELETE m");

    await applySchema(db);
    const after = await db.driver.executeQuery(
      `MATCH (e:Evidence {id: $e}) MATCH (m:SchemaMigration {name: 'migrations/001-evidence-modality'})
       RETURN e.modality AS modality, e.quote AS quote, m.appliedAt IS NOT NULL AS recorded`,
      { e: `${prefix}-e` },
    );
    expect(after.records[0]!.toObject()).toEqual({ modality: 'REPORTED', quote: 'Legacy A criticized Legacy B.', recorded: true });
    expect(await applySchema(db)).toBeGreaterThan(0);
    const count = await db.driver.executeQuery("MATCH (m:SchemaMigration {name: 'migrations/001-evidence-modality'}) RETURN count(m) AS n");
    expect(Number(count.records[0]!.get('n'))).toBe(1);
  });
});
