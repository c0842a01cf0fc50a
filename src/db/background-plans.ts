import diagnostics_channel from 'node:diagnostics_channel';
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';

/**
 * A statement cut by its request's deadline may have been cut while Neo4j was still planning it,
 * and a plan is cached only once made: every later request would plan again from the start and be
 * cut again, for ever (a hub's every-type page did so on a cold server, round after round). So the
 * statement of a request cut by its deadline is planned again in the background, with no deadline:
 * `EXPLAIN` with the same parameters plans it and leaves the plan in Neo4j's query cache (keyed by
 * the text and the parameters' types), where the next request finds it. When the cut came during
 * execution instead, the plan is already cached and the EXPLAIN costs a cache look-up.
 */

/** How long a background plan may take: planning alone, once, on a busy machine (a minute was seen). */
export const BACKGROUND_PLAN_TIMEOUT_MS = 600_000;

/** A statement as sent: its name (cypher/ file and variant), its text and its parameters. */
export interface SentStatement {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

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
export function planInBackground(
  driver: Driver,
  target: { database: string; mode: 'READ' | 'WRITE'; bookmarks: BookmarkManager },
  statement: SentStatement,
): void {
  let plans = underWay.get(driver);
  if (!plans) underWay.set(driver, (plans = new Map<string, Promise<void>>()));
  if (plans.has(statement.name)) return;
  const startedAt = performance.now();
  // The same access mode as the request's, so on a cluster the plan is made where the statement runs.
  const session = driver.session({
    database: target.database,
    defaultAccessMode: target.mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: target.bookmarks,
  });
  const config = { timeout: BACKGROUND_PLAN_TIMEOUT_MS, metadata: { app: 'diplograph', query: `plan ${statement.name}` } };
  const explain = (tx: ManagedTransaction) => tx.run(`EXPLAIN ${statement.text}`, statement.params);
  const done = (target.mode === 'READ' ? session.executeRead(explain, config) : session.executeWrite(explain, config))
    .then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    )
    .then(async (error) => {
      await session.close().catch(() => undefined);
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
