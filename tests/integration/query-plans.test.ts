import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_COUNT_PREFIXES } from '../../src/db/hidden-count-keys.js';
import { cypher } from '../../src/db/cypher.js';
import { MAX_TYPES_WRITTEN_OUT } from '../../src/graph/actors/actor-repository.js';
import { EVERY_PROPERTY, askedParams } from '../../src/graph/shared/asked-properties.js';
import { windowParams, windowSeek } from '../../src/graph/shared/relation-window.js';
import { RELATION_TYPES } from '../../src/vocabulary/relation-types.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';

/**
 * The plans Neo4j makes for the statements that find relations of any type: they must read the
 * per-type relationship indexes (by-refs, find-existing, refresh) or expand only typed groups
 * (relations-page, neighborhood) — an untyped expansion of a hub reads every one of its
 * relationships, :MENTIONS from briefings included. Plan shape, not timing: speed is the bench's.
 *
 * The planner costs each branch from the store's statistics, and a type with no relationships at all
 * is planned another way (an index scan, say). So the store first holds a few relations of every
 * type, whatever other test files have loaded, and the indexes are resampled; they are removed after.
 */
const { db } = openTestDatabase();
const prefix = uniquePrefix('plans');
const RELATIONS_PER_TYPE = 20;

beforeAll(async () => {
  await db.driver.executeQuery(
    'UNWIND [$prefix + "-a", $prefix + "-b"] AS id CREATE (:Actor {id: id, name: id, kind: "STATE", aliases: [], titles: []})',
    { prefix },
    { database: db.name },
  );
  for (const type of RELATION_TYPES) {
    // The type comes from the vocabulary, the one allow-list of relationship types.
    await db.driver.executeQuery(
      `MATCH (a:Actor {id: $prefix + "-a"}), (b:Actor {id: $prefix + "-b"})
       UNWIND range(1, $count) AS n
       CREATE (a)-[:${type} {id: $prefix + "-" + $type + "-" + n, date: date("2012-03-01") + duration({days: n}), firstSeen: date("2012-03-01") + duration({days: n})}]->(b)`,
      { prefix, type, count: RELATIONS_PER_TYPE },
      { database: db.name },
    );
  }
  await db.driver.executeQuery('CALL db.resampleOutdatedIndexes()', {}, { database: db.name });
});
afterAll(async () => {
  await db.driver.executeQuery('MATCH (a:Actor) WHERE a.id IN [$prefix + "-a", $prefix + "-b"] DETACH DELETE a', { prefix }, { database: db.name });
  await db.close();
});

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

async function operators(name: string, params: Record<string, unknown>, types?: readonly string[]): Promise<{ op: string; details: string }[]> {
  const result = await db.driver.executeQuery(`EXPLAIN ${cypher(name, undefined, types).text}`, params, { database: db.name });
  const found: { op: string; details: string }[] = [];
  const walk = (node: PlanNode) => {
    found.push({ op: node.operatorType.replace(/@.*$/, ''), details: typeof node.arguments.Details === 'string' ? node.arguments.Details : '' });
    node.children.forEach(walk);
  };
  walk(result.summary.plan as unknown as PlanNode);
  return found;
}

const ref = { id: 'r_x', type: 'MET', source: 'a', target: 'b', evidenceId: 'e_x' };
const indexSeeks = (ops: { op: string }[]) => ops.filter(({ op }) => /RelationshipIndexSeek$/.test(op)).length;
const expansions = (ops: { op: string; details: string }[]) => ops.filter(({ op }) => op.startsWith('Expand') || op.startsWith('OptionalExpand'));
const scans = (ops: { op: string }[]) => ops.filter(({ op }) => /AllRelationshipsScan|RelationshipTypeScan/.test(op));

describe('statements that find relations of any type', () => {
  it('hydrate refs with one relationship index seek per type, expanding no actor', async () => {
    const ops = await operators('relations/by-refs', { refs: [ref] });
    expect(indexSeeks(ops)).toBe(RELATION_TYPES.length);
    expect(expansions(ops)).toEqual([]);
    expect(scans(ops)).toEqual([]);
  });

  it('find what a briefing already holds through the relationship indexes', async () => {
    const ops = await operators('ingest/find-existing', { briefingId: 'b', relations: [ref] });
    expect(indexSeeks(ops)).toBe(RELATION_TYPES.length);
    expect(
      expansions(ops)
        .map(({ details }) => details)
        .join('\n'),
    ).not.toMatch(/:Actor/);
    expect(scans(ops)).toEqual([]);
  });

  it('refresh touched relations through the relationship indexes', async () => {
    const ops = await operators('relations/refresh', { relations: [ref] });
    expect(indexSeeks(ops)).toBe(RELATION_TYPES.length);
    expect(scans(ops)).toEqual([]);
  });

  it('page an actor’s relations of a few types through their groups, a hub’s from their indexes, and of every type in one expansion', async () => {
    const window = windowParams({});
    // The statements written out per type are sent for at most MAX_TYPES_WRITTEN_OUT types (planning
    // grows with the branches; all 44 took over a minute to plan on a busy machine).
    const types = RELATION_TYPES.slice(0, MAX_TYPES_WRITTEN_OUT);
    const request = { key: 'k', actorId: 'a', ...window, types, seek: windowSeek({}), direction: 'BOTH', withTotal: true, offset: 0, first: 10 };
    const params = {
      symmetricTypes: window.symmetricTypes,
      ...askedParams(EVERY_PROPERTY),
      wanted: 11,
      scanCost: 2,
      hidden: HIDDEN_COUNT_PREFIXES,
      requests: [request],
    };
    const page = await operators('actors/relations-page', params, types);
    // Each type's group expanded for a small actor's page, and again for a hub's total.
    const expanded = expansions(page);
    expect(expanded).toHaveLength(2 * types.length);
    for (const { details } of expanded) expect(details).toMatch(/-\[r:[A-Z_]+\]-/);
    expect(scans(page)).toEqual([]);
    // A hub's page, in the same statement: each type's date and first-report indexes read in order, a
    // partial sort of one day's relations at a time, stopped by a limit; the one full sort is the
    // merge of what each type gave.
    const indexReads = page.filter(({ op }) => /RelationshipIndex(SeekByRange|Scan)$/.test(op)).map(({ details }) => details);
    expect(indexReads.filter((details) => /\(date\)\]/.test(details))).toHaveLength(types.length);
    expect(indexReads.filter((details) => /\(firstSeen\)\]/.test(details))).toHaveLength(types.length);
    expect(page.filter(({ op }) => op === 'PartialTop')).toHaveLength(2 * types.length);
    expect(page.filter(({ op }) => op === 'Sort' || op === 'Top')).toHaveLength(1);
    // A neighborhood's step: one expansion of the requested types as alternatives (all of them
    // without a type list), never :MENTIONS, never a branch per type.
    for (const [written, alternatives] of [
      [undefined, RELATION_TYPES],
      // A variant's alternatives are written in the order of its sorted types (cypher()).
      [types, [...types].sort()],
    ] as const) {
      const step = await operators('neighborhood/expand', { ...window, frontier: ['a'], visited: ['a'], maxRelations: 1000 }, written);
      const stepExpanded = expansions(step);
      expect(stepExpanded).toHaveLength(1);
      expect(stepExpanded[0]!.details).toMatch(new RegExp(`-\\[r:${alternatives.join('\\|')}\\]-`));
      expect(scans(step)).toEqual([]);
    }
    // Every type (or more than MAX_TYPES_WRITTEN_OUT): no branch per type, one expansion of the
    // relation types as alternatives (never :MENTIONS), counted for the total and kept as a top-k for the page: the
    // first days (a top-k), then the page's order among the relations of those days (a second, no sort of them all).
    const any = await operators('actors/relations-page-any-type', { ...params, requests: [{ ...request, types: null }] });
    const anyExpanded = expansions(any);
    expect(anyExpanded).toHaveLength(1);
    for (const { details } of anyExpanded) expect(details).toMatch(new RegExp(`-\\[r:${RELATION_TYPES.join('\\|')}\\]-`));
    expect(any.filter(({ op }) => op === 'Top')).toHaveLength(2);
    expect(any.filter(({ op }) => op === 'Sort')).toEqual([]);
    expect(any.filter(({ op }) => op === 'Union')).toEqual([]);
    expect(scans(any)).toEqual([]);
    // A dense actor's page of every type without its total: a window of days read from each type's date and
    // first-report indexes by range, expanding no actor.
    const windowed = await operators('actors/relations-page-window', {
      ...params,
      types: null,
      oldest: '2012-01-01',
      newest: '2012-12-31',
      spanDays: 366,
      requests: [{ ...request, types: null, withTotal: false, after: null, days: null, denseDegree: 2000 }],
    });
    const ranges = windowed.filter(({ op }) => /RelationshipIndexSeekByRange$/.test(op)).map(({ details }) => details);
    expect(ranges.filter((details) => /\(date\)\]/.test(details))).toHaveLength(RELATION_TYPES.length);
    expect(ranges.filter((details) => /\(firstSeen\)\]/.test(details))).toHaveLength(RELATION_TYPES.length);
    expect(expansions(windowed)).toEqual([]);
    expect(scans(windowed)).toEqual([]);
  });

  it('read a hub’s neighbours by date slices of the types’ indexes, and a neighborhood’s edges from the smaller ends', async () => {
    const window = windowParams({});
    const slice = await operators('neighborhood/slice', { ...window, dense: ['a'], visited: ['a'], from: '2012-03-01', to: '2012-03-09' });
    const rangeSeeks = slice.filter(({ op }) => /RelationshipIndexSeekByRange$/.test(op)).map(({ details }) => details);
    expect(rangeSeeks.filter((details) => /\(date\)\]/.test(details))).toHaveLength(RELATION_TYPES.length);
    expect(rangeSeeks.filter((details) => /\(firstSeen\)\]/.test(details))).toHaveLength(RELATION_TYPES.length);
    expect(expansions(slice)).toEqual([]);
    expect(slice.filter(({ op }) => /AllRelationshipsScan|RelationshipTypeScan|AllNodesScan/.test(op))).toEqual([]);
    // The newest day: the end of each type's two indexes, nothing else.
    const newest = await operators('neighborhood/newest-day', { types: null });
    expect(newest.filter(({ op }) => /RelationshipIndex(Scan|SeekByRange)$/.test(op))).toHaveLength(2 * RELATION_TYPES.length);
    expect(expansions(newest)).toEqual([]);
    expect(scans(newest)).toEqual([]);
    // The edges: one expansion, of the relation types only (never :MENTIONS), from each actor once;
    // the ranking beside the first slice reads the actors' relation counts, no relationship.
    const edges = expansions(await operators('neighborhood/edges', { ...window, ranked: ['a', 'b'], start: 0, end: 1, room: 10, records: false }));
    expect(edges).toHaveLength(1);
    expect(edges[0]!.details).toMatch(new RegExp(`-\\[r:${RELATION_TYPES.join('\\|')}\\]-`));
    const firstParams = { ...window, ...askedParams(EVERY_PROPERTY), ids: ['a', 'b'], budget: 100, room: 10, records: false };
    const first = await operators('neighborhood/first-edges', firstParams);
    expect(expansions(first)).toHaveLength(1);
    expect(expansions(first)[0]!.details).toMatch(new RegExp(`-\\[r:${RELATION_TYPES.join('\\|')}\\]-`));
    expect(scans(first)).toEqual([]);
  });

  it('filter relations without actors or text through the requested types alone, and an actor’s through its relation groups', async () => {
    const window = { types: ['CRITICIZED' as const], since: '2012-03-01', until: '2012-03-31' };
    const filter = {
      ...windowParams(window),
      anchorIds: null,
      actorIds: null,
      sourceIds: null,
      targetIds: null,
      sourceKinds: null,
      targetKinds: null,
      briefingId: null,
      textQuery: null,
      newestFirst: false,
      offset: 0,
      first: 50,
    };
    // One lookup per type, each behind its own "is this type asked for" test; never the whole store.
    // Without a window the whole type; with one, its date and first-report indexes, by range.
    // Sent written for the requested types (relation-repository.ts); without types, one dead branch.
    const requested = ['CRITICIZED', 'VISITED'];
    const ops = await operators('relations/filter', { ...filter, seek: windowSeek(window) }, requested);
    expect(ops.filter(({ op }) => /RelationshipTypeScan$/.test(op))).toHaveLength(requested.length);
    const rangeSeeks = ops.filter(({ op }) => /RelationshipIndexSeekByRange$/.test(op)).map(({ details }) => details);
    // Each type's date and first-report indexes are read by range.
    expect(rangeSeeks).toHaveLength(2 * requested.length);
    expect(rangeSeeks.filter((details) => /\(date\)\]/.test(details))).toHaveLength(requested.length);
    expect(rangeSeeks.filter((details) => /\(firstSeen\)\]/.test(details))).toHaveLength(requested.length);
    // The dated from the window itself, and from the first days of its first month and year (where a
    // month's or a year's period overlapping it starts), by equality: not the whole year up to the window.
    expect(rangeSeeks.filter((details) => /\(date\)\]/.test(details)).every((details) => details.includes('$seek.datedFrom'))).toBe(true);
    const daySeeks = ops.filter(({ op }) => /RelationshipIndexSeek$/.test(op)).map(({ details }) => details);
    expect(daySeeks.filter((details) => /\(date\)\].* WHERE date = /.test(details))).toHaveLength(requested.length);
    expect(ops.filter(({ op }) => /AllRelationshipsScan|AllNodesScan/.test(op))).toEqual([]);
    const untyped = await operators('relations/filter', { ...filter, types: null, anchorIds: ['a'], actorIds: ['a'], seek: windowSeek({}) });
    expect(untyped.filter(({ op }) => /RelationshipTypeScan$/.test(op))).toHaveLength(1);
    // Every expansion to a candidate relation (an actor's, a text hit's, or every actor's when
    // nothing narrows the request) is typed; the briefing filter's (:Evidence)-[:FROM]-> is not one.
    const candidates = expansions(untyped).filter(({ details }) => /-\[r[:\]]/.test(details));
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    for (const { details } of candidates) expect(details).toMatch(new RegExp(`-\\[r:${RELATION_TYPES.join('\\|')}\\]-`));
  });

  it('count top actors through the asked type’s group of the actor only', async () => {
    const window = windowParams({});
    // Sent written for the asked type alone (one branch to plan, not 44).
    const ops = await operators('stats/top-actors', { ...window, type: 'CRITICIZED', targetId: 'a', sourceId: null, kinds: null, limit: 10 }, ['CRITICIZED']);
    const expanded = expansions(ops);
    expect(expanded.length).toBeGreaterThanOrEqual(1);
    for (const { details } of expanded) expect(details).toMatch(/-\[r:CRITICIZED\]-/);
    expect(ops.filter(({ op }) => /AllRelationshipsScan/.test(op))).toEqual([]);
  });

  it('find the common ground of two actors through their relation groups, never the :MENTIONS of briefings', async () => {
    const window = windowParams({});
    const ops = await operators('stats/common-ground', { ...window, keys: ['n'], a: 'a', b: 'b', limit: 10, withRelations: true });
    const expanded = expansions(ops);
    // Ranked from each actor's :PAIR relationships (the kept counts), or counted from each actor's own
    // groups, expanded once each and joined by neighbour; the neighbours returned have their relations
    // with a and with b from one more expansion of each actor's groups, never expanded into (a hub's
    // whole degree for each neighbour).
    expect(expanded.map(({ op }) => op).sort()).toEqual(Array.from({ length: 6 }, () => 'Expand(All)'));
    const anyRelation = new RegExp(`-\\[\\w+:${RELATION_TYPES.join('\\|')}\\]-`);
    expect(expanded.filter(({ details }) => anyRelation.test(details))).toHaveLength(4);
    expect(expanded.filter(({ details }) => /-\[\w+:PAIR\]-/.test(details))).toHaveLength(2);
    expect(scans(ops)).toEqual([]);
  });
});
