import diagnostics_channel from 'node:diagnostics_channel';
import { HIDDEN_COUNT_PREFIXES } from '../../src/db/hidden-count-keys.js';
import { setTimeout } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { backgroundPlansSettled, PLAN_FINISHED, type PlanFinished } from '../../src/db/background-plans.js';
import { cypher } from '../../src/db/cypher.js';
import { MAX_TYPES_WRITTEN_OUT } from '../../src/graph/actors/actor-repository.js';
import { EVERY_PROPERTY, askedParams } from '../../src/graph/shared/asked-properties.js';
import { windowParams, windowSeek } from '../../src/graph/shared/relation-window.js';
import { RELATION_TYPES } from '../../src/vocabulary/relation-types.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';

/**
 * A request cut by its deadline while Neo4j was still planning its statement leaves no plan behind,
 * so without more every later request would plan from the start and be cut again. The statement
 * is planned again in the background, without a deadline (EXPLAIN with the same parameters, which
 * leaves the plan in Neo4j's query cache for the next request).
 */
const { db } = openTestDatabase();
/** The request's deadline, spent before the statement is sent (below). */
const TIGHT_DEADLINE_MS = 30;
/**
 * How long the transaction waits, open on the server, before it sends the statement: past the
 * deadline, and past a tick of Neo4j's transaction-timeout monitor, so the statement is cut whatever
 * the machine's speed (planning a cold statement outlasted 30 ms on a loaded machine only).
 */
const HOLD_OPEN_MS = 2_500;
/** Ample for running the planned statement on an actor that does not exist. */
const AMPLE_DEADLINE_MS = 60_000;

afterAll(async () => {
  await db.close();
});

describe('a statement cut by the request deadline', () => {
  it('is planned again in the background, once however many requests are cut, and the next request is answered', async () => {
    // The last types of the vocabulary: a variant of the hub page no other test sends.
    const types = RELATION_TYPES.slice(-MAX_TYPES_WRITTEN_OUT);
    const { symmetricTypes, ...window } = windowParams({ types });
    const request = { key: 'k', actorId: uniquePrefix('nobody'), ...window, seek: windowSeek({}), direction: 'BOTH', withTotal: false, offset: 0, first: 10 };
    const params = { symmetricTypes, ...askedParams(EVERY_PROPERTY), wanted: 11, scanCost: 0.25, hidden: HIDDEN_COUNT_PREFIXES, requests: [request] };
    const planned: PlanFinished[] = [];
    const listen = (message: unknown) => planned.push(message as PlanFinished);
    diagnostics_channel.subscribe(PLAN_FINISHED, listen);
    try {
      // A cold plan cache: the statement must be planned by the request itself.
      await db.driver.executeQuery('CALL db.clearQueryCaches()', {}, { database: db.name });
      const cut = await Promise.allSettled(
        // In a transaction of the caller's, which plans nothing first (Database.planFirst), as a
        // statement evicted from Neo4j's plan cache would be sent.
        [0, 1, 2].map(() =>
          db.withDeadline(Date.now() + TIGHT_DEADLINE_MS).readTransaction(async (tx) => {
            await setTimeout(HOLD_OPEN_MS);
            return tx.run('actors/relations-page', params, undefined, types);
          }, 'actors/relations-page'),
        ),
      );
      for (const outcome of cut) expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'REQUEST_TIMEOUT' } });
      await backgroundPlansSettled(db.driver);
      expect(planned).toEqual([{ statement: cypher('actors/relations-page', undefined, types).name, durationMs: expect.any(Number) as number }]);
      const rows = await db.withDeadline(Date.now() + AMPLE_DEADLINE_MS).read('actors/relations-page', params, undefined, types);
      expect(rows).toEqual([]);
    } finally {
      diagnostics_channel.unsubscribe(PLAN_FINISHED, listen);
    }
  });
});
