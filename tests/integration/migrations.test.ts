import { afterAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/db/migrate.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';
import { hiddenCountMismatches } from './support/hidden-counts.js';
import { pairCountMismatches } from './support/pair-counts.js';

const { db } = openTestDatabase();
afterAll(() => db.close());

describe('upgrading a database', () => {
  it('counts each actor’s hidden relations (negated, and a merge’s with itself) in a store written before they were kept', async () => {
    const prefix = uniquePrefix('uncounted');
    // Written as an older release wrote them: no counts on the actors.
    await db.driver.executeQuery(
      // (names of their own: an actor named "A" would be found by every other test's text that says "a")
      `CREATE (a:Actor {id: $prefix + '-a', name: $prefix + ' Alpha', kind: 'STATE'}), (b:Actor {id: $prefix + '-b', name: $prefix + ' Beta', kind: 'STATE'})
       CREATE (a)-[:CRITICIZED {id: $prefix + '-r1', negated: true, modality: 'ASSERTED', mentions: 1}]->(b),
              (a)-[:CRITICIZED {id: $prefix + '-r2', negated: false, modality: 'ASSERTED', mentions: 1}]->(b),
              (b)-[:MET {id: $prefix + '-r3', negated: true, modality: 'ASSERTED', mentions: 1}]->(a),
              (a)-[:PRAISED {id: $prefix + '-r4', negated: false, modality: 'ASSERTED', mentions: 1}]->(a)`,
      { prefix },
    );
    const before = await hiddenCountMismatches(db, prefix);
    expect(before.mismatches).toHaveLength(5);
    await db.driver.executeQuery("MATCH (m:SchemaMigration {name: 'code/003-actor-hidden-counts'}) DELETE m");
    await applySchema(db);
    expect(await hiddenCountMismatches(db, prefix)).toEqual({ mismatches: [], loops: 1, negated: 2 });
  });

  it('counts each pair’s relations (not negated, not of an actor with itself; in all and those that happened, per type) in a store written before they were kept', async () => {
    const prefix = uniquePrefix('unpaired');
    // Written as an older release wrote them: no :PAIR relationships.
    await db.driver.executeQuery(
      `CREATE (a:Actor {id: $prefix + '-a', name: $prefix + ' Alpha', kind: 'STATE'}), (b:Actor {id: $prefix + '-b', name: $prefix + ' Beta', kind: 'STATE'}),
              (c:Actor {id: $prefix + '-c', name: $prefix + ' Gamma', kind: 'STATE'})
       CREATE (a)-[:CRITICIZED {id: $prefix + '-r1', negated: true, modality: 'ASSERTED', mentions: 1}]->(b),
              (a)-[:CRITICIZED {id: $prefix + '-r2', negated: false, modality: 'ASSERTED', mentions: 1}]->(b),
              (b)-[:MET {id: $prefix + '-r3', negated: false, modality: 'PLANNED', mentions: 1}]->(a),
              (c)-[:MET {id: $prefix + '-r4', negated: false, modality: 'REPORTED', mentions: 1}]->(a),
              (a)-[:PRAISED {id: $prefix + '-r5', negated: false, modality: 'ASSERTED', mentions: 1}]->(a)`,
      { prefix },
    );
    expect((await pairCountMismatches(db, prefix)).mismatches).toHaveLength(9);
    await db.driver.executeQuery("MATCH (m:SchemaMigration {name: 'code/004-actor-pair-counts'}) DELETE m");
    await applySchema(db);
    expect(await pairCountMismatches(db, prefix)).toEqual({ mismatches: [], pairs: 2, counted: 3 });
    // Counted again (a store migrated twice, or by hand), the same pairs, not twice as many.
    await db.driver.executeQuery("MATCH (m:SchemaMigration {name: 'code/004-actor-pair-counts'}) DELETE m");
    await applySchema(db);
    expect(await pairCountMismatches(db, prefix)).toEqual({ mismatches: [], pairs: 2, counted: 3 });
  });

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

  it('backfills actor statements and evidence facts in batches, through the relation type’s index', async () => {
    const prefix = uniquePrefix('legacy2');
    const [a, b, r, e, briefing] = ['a', 'b', 'r', 'e', 'briefing'].map((part) => `${prefix}-${part}`);
    // A store written before actor statements and before evidence kept its own facts.
    await db.driver.executeQuery(
      `CREATE (a:Actor {id: $a, name: 'Legacy A', kind: 'STATE', aliases: ['LA']})-[:MET {id: $r, modality: 'ASSERTED', negated: false,
                date: date('2015-03-02'), mentions: 1}]->(b:Actor {id: $b, name: 'Legacy B', kind: 'STATE'})
       CREATE (brief:Briefing {id: $briefing, publishedAt: date('2015-03-03'), title: 'Legacy'})-[:MENTIONS]->(a)
       CREATE (brief)-[:MENTIONS]->(b)
       CREATE (:Evidence {id: $e, relationId: $r, relationType: 'MET', sourceId: $a, targetId: $b, modality: 'ASSERTED',
                          quote: 'Legacy A met Legacy B.'})-[:FROM]->(brief)`,
      { a, b, r, e, briefing },
    );
    await db.driver.executeQuery(
      "MATCH (m:SchemaMigration) WHERE m.name IN ['migrations/002-actor-statements', 'migrations/003-evidence-stated-facts'] DELETE m",
    );

    await applySchema(db);
    const { records } = await db.driver.executeQuery(
      `MATCH (e:Evidence {id: $e})
       RETURN e { .statedSourceId, .statedTargetId, .negated, date: toString(e.date) } AS evidence,
              COLLECT { MATCH (s:ActorStatement {briefingId: $briefing}) RETURN s { .actorId, .name, .aliases } ORDER BY s.actorId } AS statements,
              COLLECT { MATCH (m:SchemaMigration) WHERE m.name STARTS WITH 'migrations/00' RETURN m.name ORDER BY m.name } AS recorded`,
      { e, briefing },
    );
    expect(records[0]!.toObject()).toEqual({
      evidence: { statedSourceId: a, statedTargetId: b, negated: false, date: '2015-03-02' },
      statements: [
        { actorId: a, name: 'Legacy A', aliases: ['LA'] },
        { actorId: b, name: 'Legacy B', aliases: [] },
      ],
      recorded: [
        'migrations/001-evidence-modality',
        'migrations/002-actor-statements',
        'migrations/003-evidence-stated-facts',
        'migrations/004-actor-empty-lists',
        'migrations/005-statement-empty-lists',
      ],
    });
  });
});
