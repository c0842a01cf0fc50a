import type { Database } from '../db/database.js';
import { createContext } from '../graphql/context.js';
import { createApolloServer } from '../server/create-server.js';
import type { CookbookEntry } from './readme-blocks.js';

/** Merge ids are made at random; the cookbook's unmerge uses the id its merge answered. */
const MERGE_ID = /^m_[\w-]{8,}$/;

export interface CookbookResult {
  entry: CookbookEntry;
  /** The answer the server gave, with merge ids written as the README prints them. */
  actual: unknown;
  matches: boolean;
}

/** Runs every cookbook entry in order against the database and compares each answer with the README's. */
export async function runCookbook(db: Database, entries: readonly CookbookEntry[]): Promise<CookbookResult[]> {
  const server = createApolloServer();
  const printedId = new Map<string, string>();
  const results: CookbookResult[] = [];
  try {
    for (const entry of entries) {
      let query = entry.query;
      for (const [printed, actual] of printedId) query = query.replaceAll(printed, actual);
      const response = await server.executeOperation({ query }, { contextValue: createContext(db) });
      if (response.body.kind !== 'single') throw new Error(`${entry.title}: unexpected incremental response`);
      const { data, errors } = response.body.singleResult;
      const answer: unknown = JSON.parse(JSON.stringify(errors ? { data, errors } : { data }));
      learnMergeIds(entry.answer, answer, printedId);
      const actual = replaceIds(answer, new Map([...printedId].map(([printed, real]) => [real, printed])));
      results.push({ entry, actual, matches: JSON.stringify(actual) === JSON.stringify(entry.answer) });
    }
  } finally {
    await server.stop();
  }
  return results;
}

function learnMergeIds(printed: unknown, actual: unknown, ids: Map<string, string>): void {
  if (typeof printed === 'string' && typeof actual === 'string' && MERGE_ID.test(printed) && MERGE_ID.test(actual)) ids.set(printed, actual);
  else if (printed && actual && typeof printed === 'object' && typeof actual === 'object') {
    for (const [key, value] of Object.entries(printed)) learnMergeIds(value, (actual as Record<string, unknown>)[key], ids);
  }
}

function replaceIds(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => replaceIds(item, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceIds(item, ids)]));
  return value;
}
