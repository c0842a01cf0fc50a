import diagnostics_channel from 'node:diagnostics_channel';
import type { Driver } from 'neo4j-driver';
import { explainStatement, type PlanTarget, type SentStatement } from './explain.js';

/**
 * A request's deadline is for reading the graph, not for Neo4j's planning of a statement this server
 * has never sent: a cold plan of a statement with one branch per relation type took 5–55 s on the
 * loaded 2-core machine (the request deadline is 20 s), and a plan cut half-way is not cached, so a
 * cold server's first requests were cut by planning alone. So a statement is planned first, with
 * `EXPLAIN` and no deadline, the first time this server sends it with parameters of those types
 * (Neo4j keys its plan cache by the text and the parameters' types); the request's deadline then
 * moves by the time that took (Database.planFirst). Later requests find the plan cached and pay
 * nothing: the set of statements planned is kept per driver, for the server's life.
 */

/** One statement planned first (observability logs it; tests count them). */
export interface PlannedFirst {
  statement: string;
  durationMs: number;
  /** The EXPLAIN failed (its message): the statement is then planned by the request itself, as before. */
  error?: string;
}

export const PLANNED_FIRST = 'diplograph:db:planned-first';
const plannedFirst = diagnostics_channel.channel(PLANNED_FIRST);

/** Per driver: the statements planned (by key), or their plan under way. */
const plans = new WeakMap<Driver, Map<string, Promise<void>>>();

/** Neo4j's plan cache distinguishes parameters by type, not value: a statement's key names both. */
export function planKey(statement: SentStatement): string {
  const kinds = Object.keys(statement.params)
    .sort()
    .map((name) => `${name}:${kindOf(statement.params[name])}`);
  return `${statement.name}(${kinds.join(',')})`;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'map' : typeof value;
}

/** Notes a statement that ran (so its plan is cached): never planned first again. */
export function notePlanned(driver: Driver, statement: SentStatement): void {
  let known = plans.get(driver);
  if (!known) plans.set(driver, (known = new Map<string, Promise<void>>()));
  const key = planKey(statement);
  if (!known.has(key)) known.set(key, Promise.resolve());
}

/**
 * Plans those of `statements` this driver has not sent yet, each once however many requests ask
 * at the same time (a request arriving while another plans the same statement waits for that plan).
 * Resolves when all are planned; never rejects (a failed EXPLAIN leaves the planning to the request).
 */
export async function planFirst(driver: Driver, target: PlanTarget, statements: readonly SentStatement[]): Promise<void> {
  let known = plans.get(driver);
  if (!known) plans.set(driver, (known = new Map<string, Promise<void>>()));
  const waits: Promise<void>[] = [];
  for (const statement of statements) {
    const key = planKey(statement);
    let plan = known.get(key);
    if (!plan) {
      plan = explain(driver, target, statement).then((error) => {
        // A failed plan is forgotten: the next request tries again (or plans it itself).
        if (error !== undefined) known.delete(key);
      });
      known.set(key, plan);
    }
    waits.push(plan);
  }
  await Promise.all(waits);
}

async function explain(driver: Driver, target: PlanTarget, statement: SentStatement): Promise<string | undefined> {
  const startedAt = performance.now();
  const error = await explainStatement(driver, target, statement, `plan first ${statement.name}`);
  const event: PlannedFirst = { statement: statement.name, durationMs: performance.now() - startedAt, ...(error === undefined ? {} : { error }) };
  if (plannedFirst.hasSubscribers) plannedFirst.publish(event);
  return error;
}
