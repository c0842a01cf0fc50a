import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DENSE_PAGE_DEGREE } from '../../src/graph/actors/actor-repository.js';
import { EVERY_PROPERTY, askedParams } from '../../src/graph/shared/asked-properties.js';
import { windowSeek } from '../../src/graph/shared/relation-window.js';
import { SYMMETRIC_RELATION_TYPES } from '../../src/vocabulary/relation-types.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';
import { expectedPage, pageArgs, writeRelations, type PageFilters, type WrittenRelation } from './support/page-order.js';

/**
 * Dense actors' pages of every type without their totals come from windows of days
 * (actors/relations-page-window): each window read once for every hub of a GraphQL level, from each type's date and
 * first-report indexes, the next window read for a hub whose page it did not fill, and for a level of several
 * actors beside the expansion of the others. Recomputed here in plain TypeScript from the relations written, on a
 * generated graph with two hubs whose relations spread over the days unevenly (one dense in a few weeks, one over a
 * year, so their windows differ and a hub needs more than one), relations between the hubs, undated ones, month
 * spans, negated ones, a hub's relations with itself (a merge's, hidden), and small actors: the nested query (each
 * source's page under a small actor's relations) and a hub's pages walked through their cursors, through filters.
 */
const { db, statements } = openTestDatabase();
const execute = graphqlClient(db);
const prefix = uniquePrefix('window');
const hubs = [`${prefix}-h1`, `${prefix}-h2`];
const smalls = Array.from({ length: 6 }, (_, i) => `${prefix}-s${i}`);
/** Five types (more than a page's statement is written out for: the pages of every type's path), MET symmetric. */
const TYPES = ['MET', 'CRITICIZED', 'VISITED', 'PRAISED', 'SANCTIONED'] as const;
const MODALITIES = ['ASSERTED', 'REPORTED', 'PLANNED', 'DENIED'] as const;
/** More relations for each hub than DENSE_PAGE_DEGREE, the least degree a page read from windows has. */
const PER_HUB = DENSE_PAGE_DEGREE + 400;
const TEST_TIMEOUT_MS = 240_000;

/** A deterministic generator (a linear congruential one): the same graph on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}
const day = (n: number) => new Date(Date.UTC(2013, 0, 1 + n)).toISOString().slice(0, 10);

const written: WrittenRelation[] = [];
{
  const next = random(56);
  // h1's relations over a year, h2's over five weeks; about a fifth undated (their day the day first reported).
  hubs.forEach((hub, h) => {
    const spread = h === 0 ? 365 : 35;
    for (let i = 0; i < PER_HUB; i += 1) {
      const type = TYPES[Math.floor(next() * TYPES.length)]!;
      // A tenth with the other hub, three with itself (a merge's), the rest with the small actors.
      const other = i < 3 ? hub : next() < 0.1 ? hubs[1 - h]! : smalls[Math.floor(next() * smalls.length)]!;
      const outgoing = next() < 0.6;
      const first = Math.floor(next() * spread);
      const dated = next() >= 0.2;
      const date = dated ? day(Math.max(0, first - Math.floor(next() * 5))) : null;
      written.push({
        id: `${prefix}-${h}-${String(i).padStart(4, '0')}`,
        type,
        source: outgoing ? hub : other,
        target: outgoing ? other : hub,
        date,
        dateEnd: date && next() < 0.15 ? `${date.slice(0, 7)}-28` : null,
        firstSeen: day(first),
        negated: next() < 0.08,
        modality: MODALITIES[Math.floor(next() * MODALITIES.length)]!,
      });
    }
  });
  // The small actor whose page opens the nested query: among its first relations, some from both hubs, itself and
  // another, on the hubs' first days (so that the hubs' windows end on days that hold relations).
  const opener = smalls[0]!;
  [hubs[0]!, hubs[1]!, opener, smalls[1]!].forEach((source, i) => {
    for (let k = 0; k < 3; k += 1) {
      written.push({
        id: `${prefix}-o-${i}-${k}`,
        type: 'CRITICIZED',
        source,
        target: source === opener ? smalls[2]! : opener,
        date: day(i),
        dateEnd: null,
        firstSeen: day(4),
        negated: false,
        modality: 'ASSERTED',
      });
    }
  });
}

beforeAll(async () => {
  await writeRelations(db, [...hubs, ...smalls], TYPES, written);
}, TEST_TIMEOUT_MS);
afterAll(async () => {
  await db.driver.executeQuery('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix DETACH DELETE a', { prefix }, { database: db.name });
  await db.close();
});

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

/** The nested query: the opener's first relations, and each one's source's page of `first` through `filters`. */
async function nested(first: number, filters: PageFilters): Promise<Set<string>> {
  const query = `{ actor(id: "${smalls[0]}") { relations(first: 40) { edges { node { source { id
    relations(first: ${first}${pageArgs(filters) ? `, ${pageArgs(filters)}` : ''}) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } } } } }`;
  const response = await execute<{ actor: { relations: { edges: { node: { source: { id: string; relations: Page } } }[] } } }>(query);
  expect(response.errors, query).toBeUndefined();
  const sources = new Set<string>();
  for (const { node } of response.data!.actor.relations.edges) {
    const { id, relations } = node.source;
    sources.add(id);
    const want = expectedPage(written, id, filters);
    expect(
      relations.edges.map((edge) => edge.node.id),
      `${id} ${query}`,
    ).toEqual(want.slice(0, first));
    expect(relations.pageInfo.hasNextPage, `${id} ${query}`).toBe(want.length > first);
  }
  return sources;
}

/** A hub's pages walked through their cursors, each page checked against the recomputation. */
async function walk(actor: string, first: number, filters: PageFilters, pages: number): Promise<void> {
  const want = expectedPage(written, actor, filters);
  const query = `query ($after: String) { actor(id: "${actor}") { relations(first: ${first}, after: $after${pageArgs(filters) ? `, ${pageArgs(filters)}` : ''}) {
    pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < pages && (page === 0 || after !== null); page += 1) {
    const response: { data?: { actor: { relations: Page } }; errors?: unknown } = await execute<{ actor: { relations: Page } }>(query, { after });
    expect(response.errors, query).toBeUndefined();
    const relations: Page = response.data!.actor.relations;
    ids.push(...relations.edges.map((edge) => edge.node.id));
    expect(ids, `${query} page ${page}`).toEqual(want.slice(0, ids.length));
    expect(relations.pageInfo.hasNextPage, `${query} page ${page}`).toBe(ids.length < want.length);
    after = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
  }
}

describe('dense actors’ pages of every type from windows of days', () => {
  it(
    'give each source of the nested query the page a sort of all its relations gives, through filters',
    async () => {
      statements.length = 0;
      const sources = await nested(20, {});
      // The level holds both hubs and small actors: the hubs' pages came from windows, read beside the others'.
      expect([...sources]).toEqual(expect.arrayContaining([...hubs, smalls[0]!]));
      expect(statements).toContain('actors/relations-page-window');
      // The hubs' pages without a total never read type by type.
      const windows = statements.filter((name) => name === 'actors/relations-page-window').length;
      expect(statements.filter((name) => name.startsWith('actors/relations-page[') || name === 'actors/relations-page')).toEqual([]);
      expect(windows).toBeGreaterThan(0);
      await nested(7, { direction: 'OUT' });
      await nested(30, { negated: null, modalities: ['ASSERTED', 'DENIED'] });
      await nested(9, { since: day(20), until: day(200), direction: 'IN' });
      await nested(15, { types: ['MET', 'CRITICIZED', 'VISITED', 'PRAISED', 'SANCTIONED'], negated: true });
      await nested(25, { types: ['CRITICIZED', 'VISITED', 'PRAISED', 'SANCTIONED', 'MET'], since: day(300) });
      // Past every relation: each hub's windows reach the end of the store, and the pages are empty.
      await nested(5, { since: '2030-01-01' });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'walk a hub’s pages through windows that follow one another, the deeper pages reading more days',
    async () => {
      statements.length = 0;
      await walk(hubs[0]!, 60, {}, 4);
      await walk(hubs[1]!, 45, { direction: 'IN', negated: null }, 4);
      await walk(hubs[0]!, 33, { since: day(100), modalities: ['REPORTED', 'PLANNED'] }, 3);
      await walk(hubs[1]!, 50, { until: day(10) }, 3);
      expect(statements.filter((name) => name === 'actors/relations-page-window').length).toBeGreaterThan(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'read, in one statement for the hubs of a batch, each one’s relations in its own window of days, ends included',
    async () => {
      const dayOf = (id: string) => {
        const r = written.find((w) => w.id === id)!;
        return r.date ?? r.firstSeen;
      };
      const inWindow = (actor: string, after: string | null, to: string) =>
        expectedPage(written, actor, {}).filter((id) => (after === null || dayOf(id) > after) && dayOf(id) <= to);
      const request = (actor: string, after: string | null, days: number) => ({
        key: actor,
        actorId: actor,
        types: null,
        since: null,
        until: null,
        modalities: null,
        negated: false,
        seek: windowSeek({}),
        direction: 'BOTH',
        withTotal: false,
        records: true,
        offset: 0,
        first: 999,
        after,
        days,
        denseDegree: DENSE_PAGE_DEGREE,
      });
      // The first window of h1 (from the oldest day given, 12 days), a later one of h2 (the 3 days after its third):
      // windows that end on days holding relations of both, read together.
      const rows = await db.read<{ key: string; windowTo: string; page: { id: string }[] }>('actors/relations-page-window', {
        symmetricTypes: SYMMETRIC_RELATION_TYPES,
        ...askedParams(EVERY_PROPERTY),
        wanted: 1000,
        types: null,
        oldest: day(0),
        newest: day(400),
        spanDays: 400,
        requests: [request(hubs[0]!, null, 12), request(hubs[1]!, day(3), 3), request(smalls[3]!, null, 12)],
      });
      const byKey = new Map(rows.map((row) => [row.key, row]));
      // The small actor is not dense: no row.
      expect([...byKey.keys()].sort()).toEqual([...hubs].sort());
      expect(byKey.get(hubs[0]!)!.windowTo).toBe(day(12));
      expect(byKey.get(hubs[1]!)!.windowTo).toBe(day(6));
      const h1 = inWindow(hubs[0]!, null, day(12));
      const h2 = inWindow(hubs[1]!, day(3), day(6));
      expect(h1.filter((id) => dayOf(id) === day(12)).length).toBeGreaterThan(0);
      expect(h2.filter((id) => dayOf(id) === day(4)).length).toBeGreaterThan(0);
      expect(byKey.get(hubs[0]!)!.page.map((r) => r.id)).toEqual(h1);
      expect(byKey.get(hubs[1]!)!.page.map((r) => r.id)).toEqual(h2);
      // Past the newest day, a window holds the rest of the seek.
      const [last] = await db.read<{ windowTo: string; page: { id: string }[] }>('actors/relations-page-window', {
        symmetricTypes: SYMMETRIC_RELATION_TYPES,
        ...askedParams(EVERY_PROPERTY),
        wanted: 5000,
        types: null,
        oldest: day(0),
        newest: day(20),
        spanDays: 20,
        requests: [request(hubs[0]!, day(15), 30)],
      });
      expect(last!.windowTo).toBe('9999-12-31');
      expect(last!.page.map((r) => r.id)).toEqual(inWindow(hubs[0]!, day(15), '9999-12-31'));
    },
    TEST_TIMEOUT_MS,
  );
});
