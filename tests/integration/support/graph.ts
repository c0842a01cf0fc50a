import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { LOCAL_ANALYST } from '../../../src/access/principal.js';
import { Database } from '../../../src/db/database.js';
import { createContext } from '../../../src/graphql/context.js';
import type { DraftExtractor } from '../../../src/review/extraction/draft-extractor.js';
import { createApolloServer } from '../../../src/server/create-server.js';

export const SEED_BRIEFING_ID = 'syria-daily-2015-12-22';

/** A connection to the suite's Neo4j; `statements` counts what is sent, to prove round-trip bounds. */
export function openTestDatabase(): { db: Database; statements: string[] } {
  const target = inject('neo4j');
  const statements: string[] = [];
  const db = Database.connect({ ...target, local: false }, { txTimeoutMs: 60_000, onStatement: (name) => statements.push(name) });
  return { db, statements };
}

/**
 * Runs GraphQL in-process (no HTTP), with a fresh context per operation as the server does. A test
 * that ingests texts passes its own extraction (a surface-rules pool it closes); the default, the
 * process's shared pool, would reach for a CoreNLP service.
 */
export function graphqlClient(db: Database, extraction?: DraftExtractor) {
  const server = createApolloServer();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the response shape it expects
  return async function execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>) {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db, LOCAL_ANALYST, extraction) });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as { data?: T; errors?: readonly { message: string; extensions?: Record<string, any> }[] };
  };
}

/** A prefix that keeps one test's actors and briefings apart from every other test's. */
export function uniquePrefix(label: string): string {
  return `t${randomUUID().slice(0, 8)}-${label}`;
}
