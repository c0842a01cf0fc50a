import diagnostics_channel from 'node:diagnostics_channel';
import type { Driver } from 'neo4j-driver';
import { explainStatement, type PlanTarget, type SentStatement } from './explain.js';

/**
 * A statement cut by its request's deadline may have been cut while Neo4j was still planning it,
 * and a plan is cached only once made: every later request would plan again from the start and be
 * cut again, for ever (a hub's every-type page did so on a cold server, round after round). So the
 * statement of a request cut by its deadline is planned again in the background, with no deadline:
 * `EXPLAIN` with the same parameters plans it and leaves the plan in Neo4j's query cache (keyed by
 * the text and the parameters' types), where the next request finds it. When the cut came during
 * execution instead, the plan is already cached and the EXPLAIN costs a cache look-up.
 */

/** One background plan finished (observability logs it; tests wait for it). */
export interface PlanFinished {
  statement: string;
  durationMs: number;
  /** The EXPLAIN failed (its error message); the next request plans the statement itself. */
  error?: string;
}

export const PLAN_FINISHED = 'diplograph:db:background-plan-finished';
const planFinished = diagnostics_channel.channel(PLAN_FINISHED);

/** Plans under way, per driver (every per-request Database of a server shares its driver), by statement name. */
const underWay = new WeakMap<Driver, Map<string, Promise<void>>>();

/**
 * Plans `statement` in the background unless a plan of the same statement is already under way
 * (a burst of cut requests makes one EXPLAIN, not one each). Never rejects.
 */
export function planInBackground(driver: Driver, target: PlanTarget, statement: SentStatement): void {
  let plans = underWay.get(driver);
  if (!plans) underWay.set(driver, (plans = new Map<string, Promise<void>>()));
  if (plans.has(statement.name)) return;
  const startedAt = performance.now();
  const done = explainStatement(driver, target, statement, `plan ${statement.name}`).then((error) => {
    plans.delete(statement.name);
    const event: PlanFinished = { statement: statement.name, durationMs: performance.now() - startedAt, ...(error === undefined ? {} : { error }) };
    if (planFinished.hasSubscribers) planFinished.publish(event);
  });
  plans.set(statement.name, done);
}

/** Resolves when every background plan under way on `driver` has finished (tests, shutdown). */
export async function backgroundPlansSettled(driver: Driver): Promise<void> {
  const plans = underWay.get(driver);
  while (plans && plans.size > 0) await Promise.all(plans.values());
}
