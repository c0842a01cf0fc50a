import diagnostics_channel from 'node:diagnostics_channel';
import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import { PLANNED_FIRST, type PlannedFirst } from '../../src/db/plan-first.js';
import { windowParams } from '../../src/graph/shared/relation-window.js';
import { neighborhood } from '../../src/graph/traversal/neighborhood.js';
import { RELATION_TYPES } from '../../src/vocabulary/relation-types.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';

/**
 * A cold server's first request must not be cut by Neo4j's planning alone: a statement this server
 * never sent is planned first (EXPLAIN, no deadline) and the request's deadline moves by that time.
 */
const { db } = openTestDatabase();
/**
 * Less than planning neighborhood/slice for every type (two index branches per type) took cold on
 * the loaded 2-core machine (5.5 s at load 20), ample for running it over a few test relations once
 * planned (its first run after the EXPLAIN still took 1.1 s there: Neo4j finishes the plan for its
 * runtime then). Whatever the machine, the events below show the plan made first, once.
 */
const SHORT_DEADLINE_MS = 5_000;

afterAll(async () => {
  await db.close();
});

async function plannedDuring(work: () => Promise<unknown>): Promise<string[]> {
  const planned: PlannedFirst[] = [];
  const listen = (message: unknown) => planned.push(message as PlannedFirst);
  diagnostics_channel.subscribe(PLANNED_FIRST, listen);
  try {
    await work();
  } finally {
    diagnostics_channel.unsubscribe(PLANNED_FIRST, listen);
  }
  for (const plan of planned) expect(plan.error, plan.statement).toBeUndefined();
  return planned.map((plan) => plan.statement);
}

describe('a statement this server never sent', () => {
  it('is planned before its request’s deadline starts, once, and the request is answered', async () => {
    await db.driver.executeQuery('CALL db.clearQueryCaches()', {}, { database: db.name });
    const params = { ...windowParams({}), dense: [uniquePrefix('nobody')], visited: [], from: '2012-03-01', to: '2012-03-09' };
    const first = await plannedDuring(async () => {
      const rows = await db.withDeadline(Date.now() + SHORT_DEADLINE_MS).read('neighborhood/slice', params);
      expect(rows).toEqual([{ found: [] }]);
    });
    expect(first).toEqual([cypher('neighborhood/slice').name]);
    // Sent again: the plan is known, nothing is planned first.
    const again = await plannedDuring(() => db.withDeadline(Date.now() + SHORT_DEADLINE_MS).read('neighborhood/slice', params));
    expect(again).toEqual([]);
  });

  it('is planned first for every statement a neighborhood may send, written for its types', async () => {
    // The last two types: a variant no other test sends.
    const types = RELATION_TYPES.slice(-2);
    const planned = await plannedDuring(() =>
      neighborhood(db.withDeadline(Date.now() + SHORT_DEADLINE_MS), { actorId: uniquePrefix('nobody'), depth: 2, limit: 10, edgeLimit: 100, types }),
    );
    expect(planned.sort()).toEqual(
      ['neighborhood/edges', 'neighborhood/expand', 'neighborhood/first-edges', 'neighborhood/newest-day', 'neighborhood/slice']
        .map((name) => cypher(name, undefined, types).name)
        .sort(),
    );
  });
});
