import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/env.js';
import type { Database } from '../../src/db/database.js';
import { cookbookDatabase } from '../../src/cookbook/cookbook-database.js';
import { cookbookEntries } from '../../src/cookbook/readme-blocks.js';
import { runCookbook, type CookbookResult } from '../../src/cookbook/run-cookbook.js';

/**
 * Issue 11 item 13: every answer the README's cookbook prints comes from data a reader loads with
 * the commands it gives (seeds/ and examples/), in a Neo4j of its own so no other test's data
 * changes a count. Runs the README's own blocks, so the README cannot drift.
 */
let db: Database;
let stop: () => Promise<void> = async () => {};
let results: CookbookResult[];
const entries = cookbookEntries(readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8'));

beforeAll(async () => {
  ({ db, stop } = await cookbookDatabase());
  results = await runCookbook(db, entries);
}, 420_000);
afterAll(() => stop(), 120_000);

describe('the README cookbook', () => {
  it('has its queries and answers, mutations included', () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
    for (const needed of ['paths(', 'searchActors(', 'actorRelationCounts(', 'kremlin-talks-2015-11-26', 'sameAsSuggestions', 'mergeActors', 'unmergeActors']) {
      expect(
        entries.some((entry) => entry.query.includes(needed)),
        needed,
      ).toBe(true);
    }
  });

  it('prints the answers the server gives on the data the README loads', () => {
    for (const result of results) expect(result.actual, `README: ${result.entry.title} (npm run cookbook -- --write reprints it)`).toEqual(result.entry.answer);
  });
});
