import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';

/** A statement as sent: its name (cypher/ file and variant), its text and its parameters. */
export interface SentStatement {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/** Where a request's statements run: the plan is made there (same database, access mode and bookmarks). */
export interface PlanTarget {
  database: string;
  mode: 'READ' | 'WRITE';
  bookmarks: BookmarkManager;
}

/** How long planning one statement may take: planning alone, once, on a busy machine (a minute was seen). */
export const PLAN_TIMEOUT_MS = 600_000;

/**
 * Has Neo4j plan `statement` with `EXPLAIN` and the same parameters, in a session of its own without
 * the request's deadline: the plan stays in Neo4j's query cache (keyed by the text and the parameters'
 * types), where the request finds it. Resolves to the error message when planning failed; never rejects.
 * Shared by background-plans.ts (after a cut) and plan-first.ts (before a first request).
 */
export async function explainStatement(driver: Driver, target: PlanTarget, statement: SentStatement, label: string): Promise<string | undefined> {
  // The same access mode as the request's, so on a cluster the plan is made where the statement runs.
  const session = driver.session({
    database: target.database,
    defaultAccessMode: target.mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: target.bookmarks,
  });
  const config = { timeout: PLAN_TIMEOUT_MS, metadata: { app: 'diplograph', query: label } };
  const explain = (tx: ManagedTransaction) => tx.run(`EXPLAIN ${statement.text}`, statement.params);
  try {
    await (target.mode === 'READ' ? session.executeRead(explain, config) : session.executeWrite(explain, config));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await session.close().catch(() => undefined);
  }
}
