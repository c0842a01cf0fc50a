import { afterAll, describe, expect, it } from 'vitest';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { briefingFactory } from './support/briefing-factory.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';

const { db } = openTestDatabase();
const execute = graphqlClient(db.withDeadline(Date.now() + 120_000));
afterAll(() => db.close());

/**
 * Read-your-writes on a cluster rests on bookmarks: each write's commit bookmark must reach the
 * transactions that follow, per-request views included, so a read routed to a follower waits for
 * the write. A single test instance applies writes at once; what is checked is that the bookmark
 * travels (it would not without the shared bookmark manager) and that the read sees the write.
 */
describe('bookmarks', () => {
  it('carry each ingest to the reads after it, through every per-request view of the database', async () => {
    const make = briefingFactory(uniquePrefix('bookmark'));
    const actors = [make.actor('a', 'Bookmark Alpha', 'STATE'), make.actor('b', 'Bookmark Beta', 'STATE')];
    const briefing = make.briefing('one', '2020-01-02', actors, [{ source: 'a', type: 'MET', target: 'b', date: '2020-01-01', sentence: 'Alpha met Beta.' }]);
    const before = [...(await db.bookmarks.getBookmarks())];
    await ingestBriefing(db, parseBriefing(briefing, 'bookmark briefing'));
    const after = [...(await db.bookmarks.getBookmarks())];
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    expect(db.withDeadline(Date.now() + 1_000).bookmarks).toBe(db.bookmarks);
    const { data, errors } = await execute(`{ actor(id: "${make.id('a')}") { relations { totalCount } } }`);
    expect(errors).toBeUndefined();
    expect(data!.actor.relations.totalCount).toBe(1);
  });
});
