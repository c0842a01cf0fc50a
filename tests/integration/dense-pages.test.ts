import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_COUNT_PREFIXES } from '../../src/db/hidden-count-keys.js';
import { cypher } from '../../src/db/cypher.js';
import { DENSE_PAGE_DEGREE, EVERY_TYPE_IN_STATEMENTS, INDEX_ENTRY_COST } from '../../src/graph/actors/actor-repository.js';
import { EVERY_PROPERTY, askedParams } from '../../src/graph/shared/asked-properties.js';
import { windowParams, windowSeek } from '../../src/graph/shared/relation-window.js';
import { type RelationType } from '../../src/vocabulary/relation-types.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';
import { expectedPage, pageArgs, writeRelations, type PageFilters, type WrittenRelation } from './support/page-order.js';

/**
 * A hub's pages of relations come from the relation types' date indexes read in order
 * (in actors/relations-page, the statement of every page) instead of its sorted groups. Recomputed here from the relations
 * written: the same relations in the same order (day, last day, id) as a small actor's page, page
 * by page through the cursors, with and without totalCount, through windows, directions, undated
 * relations (their day is the day first reported) and many relations on one day.
 */
const { db, statements } = openTestDatabase();
const execute = graphqlClient(db);
const prefix = uniquePrefix('dense');
const hub = `${prefix}-hub`;
const others = Array.from({ length: 6 }, (_, i) => `${prefix}-x${i}`);
const TYPES = ['MET', 'CRITICIZED', 'VISITED'] as const;
/**
 * Enough of each type that the hub holds most of it in any test store (its pages read the index),
 * and more relations in all than DENSE_PAGE_DEGREE: its pages of every type are read type by type.
 */
const PER_TYPE = Math.ceil(DENSE_PAGE_DEGREE / TYPES.length) + 20;
const MODALITIES = ['ASSERTED', 'REPORTED', 'PLANNED'] as const;
const TEST_TIMEOUT_MS = 240_000;

const day = (n: number) => new Date(Date.UTC(2012, 2, 1 + n)).toISOString().slice(0, 10);
const written: WrittenRelation[] = TYPES.flatMap((type, t) =>
  Array.from({ length: PER_TYPE }, (_, i): WrittenRelation => {
    const other = others[(i + t) % others.length]!;
    const outgoing = (i + t) % 3 !== 0;
    const dated = i % 5 !== 0;
    // Few distinct days, so many relations share one; a month's span on some.
    const date = dated ? day((i * 7 + t) % 40) : null;
    return {
      id: `${prefix}-${type}-${String(i).padStart(3, '0')}`,
      type,
      source: outgoing ? hub : other,
      target: outgoing ? other : hub,
      date,
      dateEnd: date && i % 4 === 0 ? `${date.slice(0, 7)}-28` : null,
      firstSeen: day(((i * 5) % 40) + 2),
      negated: i % 10 === 3,
      modality: MODALITIES[i % MODALITIES.length]!,
    };
  }),
);

beforeAll(async () => {
  await writeRelations(db, [hub, ...others], TYPES, written);
  const { records } = await db.driver.executeQuery('MATCH (:Actor {id: $hub})-[p:PAIR]-() RETURN count(p) AS pairs', { hub }, { database: db.name });
  expect(Number(records[0]!.get('pairs'))).toBeGreaterThan(0);
});
afterAll(async () => {
  await db.driver.executeQuery('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix DETACH DELETE a', { prefix }, { database: db.name });
  await db.close();
});

interface PageAnswer {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

/** Walks the hub's pages through their cursors; returns the ids in order, checking each page's flags. */
async function walk(window: PageFilters, first: number, withTotal: boolean, maxPages: number): Promise<string[]> {
  const want = expectedPage(written, hub, window);
  const query = `query ($after: String) { actor(id: "${hub}") { relations(first: ${first}, after: $after, ${pageArgs(window)}) {
    ${withTotal ? 'totalCount' : ''} pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages && (page === 0 || after !== null); page += 1) {
    const response: { data?: { actor: { relations: PageAnswer } }; errors?: unknown } = await execute(query, { after });
    expect(response.errors, query).toBeUndefined();
    const relations = response.data!.actor.relations;
    if (withTotal) expect(relations.totalCount, query).toBe(want.length);
    ids.push(...relations.edges.map((edge) => edge.node.id));
    expect(relations.pageInfo.hasNextPage, `${query} page ${page}`).toBe(ids.length < want.length);
    after = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
  }
  expect(ids, query).toEqual(want.slice(0, ids.length));
  return ids;
}

/** Rows the date index seeks of the hub's first page of `types` produced (PROFILE of actors/relations-page). */
async function dateIndexRows(types: RelationType[]): Promise<number> {
  const { symmetricTypes, ...window } = windowParams({ types });
  const request = { key: 'k', actorId: hub, ...window, seek: windowSeek({}), direction: 'BOTH', withTotal: false, records: true, offset: 0, first: 7 };
  const params = { symmetricTypes, ...askedParams(EVERY_PROPERTY), wanted: 8, scanCost: INDEX_ENTRY_COST, hidden: HIDDEN_COUNT_PREFIXES, requests: [request] };
  const result = await db.driver.executeQuery(`PROFILE ${cypher('actors/relations-page', undefined, types).text}`, params, { database: db.name });
  let rows = 0;
  const visit = (node: ProfiledPlan) => {
    const details = typeof node.arguments.Details === 'string' ? node.arguments.Details : '';
    if (/RelationshipIndex(SeekByRange|Scan)$/.test(node.operatorType.replace(/@.*$/, '')) && /\(date\)\]/.test(details)) rows += node.rows;
    node.children.forEach(visit);
  };
  visit(result.summary.profile as unknown as ProfiledPlan);
  return rows;
}

interface ProfiledPlan {
  operatorType: string;
  arguments: Record<string, unknown>;
  rows: number;
  children: ProfiledPlan[];
}

describe('a hub’s pages of relations from the date indexes', () => {
  it(
    'give the relations a sort of all of them gives, page by page, with and without totalCount',
    async () => {
      statements.length = 0;
      // Every relation of one type, through many pages (ties on a day cross page boundaries).
      const all = await walk({ types: ['MET'] }, 40, false, 40);
      expect(all).toEqual(expectedPage(written, hub, { types: ['MET'] }));
      // One statement per page, the hub's included (it used to take a second one for a dense actor).
      expect(statements.filter((name) => name.startsWith('actors/relations-page'))).toHaveLength(Math.ceil(all.length / 40));
      expect(statements.filter((name) => name.startsWith('actors/') && name !== 'actors/relations-page' && name !== 'actors/by-ids')).toEqual([]);
      // ... and that statement read the hub's page from MET's date index, not from the hub's group.
      expect(await dateIndexRows(['MET'])).toBeGreaterThan(0);
      // All types at once, the first pages: a merge of each type's candidates, from a statement per
      // fixed set of types once the hub is dense (every page asks actors/relations-page-any-type first),
      // each set asked first for a few of each type, and again (up to the page's last day) only when
      // one of its types may hold more of the page than that.
      statements.length = 0;
      await walk({}, 5, true, 6);
      const pagesAsked = statements.filter((name) => name === 'actors/relations-page-any-type').length;
      expect(pagesAsked).toBeGreaterThan(1);
      const setsAsked = statements.filter((name) => name === 'actors/relations-page').length;
      expect(setsAsked).toBeGreaterThanOrEqual(pagesAsked * EVERY_TYPE_IN_STATEMENTS.length);
      expect(setsAsked).toBeLessThan(2 * pagesAsked * EVERY_TYPE_IN_STATEMENTS.length);
      // More types than a statement is written out for, some the hub never holds: only their sets are read.
      await walk({ types: ['MET', 'VISITED', 'PRAISED', 'THREATENED', 'CRITICIZED', 'SANCTIONED'], negated: null }, 11, true, 5);
      await walk({ types: ['MET', 'VISITED', 'PRAISED', 'THREATENED', 'CRITICIZED'], since: day(10), direction: 'IN' }, 6, false, 5);
      await walk({ direction: 'OUT', negated: null }, 9, false, 5);
      await walk({ types: ['CRITICIZED', 'VISITED'], direction: 'IN', modalities: ['ASSERTED', 'PLANNED'] }, 4, true, 6);
      await walk({ since: day(12), until: day(30), negated: true }, 3, false, 10);
      await walk({ types: ['VISITED'], since: day(25) }, 6, true, 30);
    },
    TEST_TIMEOUT_MS,
  );
});
