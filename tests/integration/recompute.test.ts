import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import type { RelationType } from '../../src/vocabulary/relation-types.js';
import type { Modality } from '../../src/vocabulary/modalities.js';
import type { BriefingFileInput } from '../../src/ingest/briefing-format.js';
import { neighborhood } from '../../src/graph/traversal/neighborhood.js';
import { DEFAULT_NEIGHBORHOOD_EDGES } from '../../src/config/limits.js';
import { briefingFactory, type FactoryActor } from './support/briefing-factory.js';
import { hiddenCountMismatches } from './support/hidden-counts.js';
import { pairCountMismatches } from './support/pair-counts.js';
import { pairCountKeys } from '../../src/graph/relations/pair-counts.js';
import { aggregateWindow, windowParams, type RelationWindow } from '../../src/graph/shared/relation-window.js';
import { askedParams } from '../../src/graph/shared/asked-properties.js';
import { expectedStatements, resolveThrough, storedStatements } from './support/statements.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';
import {
  aggregate,
  byDayThenId,
  dayEndOf,
  dayOf,
  dumpGraph,
  inWindow,
  isSymmetric,
  neighborhoodLevels,
  newestFirst,
  quoteHasWords,
  random,
  simplePaths,
  type Dump,
  type DumpedRelation,
  type Window,
} from './support/recompute.js';

/**
 * THE RECOMPUTE TEST. A random graph (fixed seed) goes in through the product's own ingest: hubs
 * with many relations, symmetric types told from either end, negated relations, every modality,
 * relations stated by several briefings, a merge of two actors and a briefing ingested after it, a
 * merge undone after a briefing named its absorbed actor, and a chain of merges undone out of order
 * (every statement is first checked to sit where the briefings and the merges in force put it).
 * Then the stored graph is dumped with plain Cypher, and the answers of the analyst queries are
 * computed again in plain TypeScript (support/recompute.ts) and compared with the GraphQL answers
 * for many random arguments. Any mismatch names the query and its arguments.
 */
const SEED = 20151221;
const ACTOR_COUNT = 28;
const HUB_COUNT = 3;
const BRIEFING_COUNT = 8;
const RELATIONS_PER_BRIEFING = 28;
const CASES_PER_QUERY = 20;
/** Generous: on 2 shared cores under a full parallel suite one case can take a second. */
const TEST_TIMEOUT_MS = 180_000;

const { db } = openTestDatabase();
const execute = graphqlClient(db);
afterAll(() => db.close());

const prefix = uniquePrefix('recompute');
const make = briefingFactory(prefix);
const rng = random(SEED);

const TYPES: RelationType[] = ['MET', 'PHONED', 'COOPERATED_WITH', 'CRITICIZED', 'VISITED', 'ATTACKED', 'SUPPORTED', 'ACCUSED'];
const MODALITIES: Modality[] = ['ASSERTED', 'REPORTED', 'PLANNED', 'DENIED', 'HYPOTHETICAL'];
const KINDS = ['STATE', 'PERSON', 'ORGANIZATION', 'ARMED_GROUP'] as const;
/** Words the evidence sentences carry, for text filters: stop words, apostrophes, accents. */
const WORDS = ['the', 'of', 'for', 'and', 'Russia’s', "Assad's", 'bombing', 'talks', 'sanctions', 'Çavuşoğlu', 'ceasefire', 'in', 'a'];
const DAYS = ['2015-11-03', '2015-11-20', '2015-12-01', '2015-12-21', '2016-01-15', '2016-02-29', '2016-03-10'];
/** Event dates: the days, and months and a year the text may give instead (sharing first days with them). */
const EVENT_DATES = [...DAYS, '2015-12', '2016-01', '2016'];

const actors: FactoryActor[] = Array.from({ length: ACTOR_COUNT }, (_, i) =>
  make.actor(`x${i}`, `Actor Number${String.fromCharCode(65 + (i % 26))}${i}`, KINDS[i % KINDS.length]),
);
const actorIds = actors.map((actor) => actor.id);
/** Hubs are picked far more often, so a few actors carry most relations. */
const pickActor = () => (rng.chance(0.5) ? actorIds[rng.int(HUB_COUNT)]! : rng.pick(actorIds));

interface Spec {
  source: string;
  target: string;
  type: RelationType;
  date: string | null;
  negated: boolean;
  /** Random unless given. */
  modality?: Modality;
  /** For AFFILIATED_WITH roles. */
  title?: string;
  from?: string | null;
  to?: string | null;
}

function newSpec(): Spec {
  const source = pickActor();
  let target = pickActor();
  while (target === source) target = rng.pick(actorIds);
  return { source, target, type: rng.pick(TYPES), date: rng.chance(0.15) ? null : rng.pick(EVENT_DATES), negated: rng.chance(0.1) };
}

const key = (id: string) => id.slice(prefix.length + 1);

/** Role periods: open, a year, a month, a day (each a valid start; an end is drawn from those not before it). */
const PERIOD_BOUNDS = [null, '2015', '2015-11', '2015-12-21', '2016-01', '2016-02-29'];
function newRole(): Spec {
  const source = pickActor();
  let target = pickActor();
  while (target === source) target = rng.pick(actorIds);
  const from = rng.pick(PERIOD_BOUNDS);
  const ends = PERIOD_BOUNDS.filter((to) => to === null || from === null || to.slice(0, from.length) >= from);
  const title = rng.pick(['Minister', 'Envoy', 'Commander', 'Adviser']);
  return { source, target, type: 'AFFILIATED_WITH', date: null, negated: rng.chance(0.1), title, from, to: rng.pick(ends) };
}

const BETWEEN_MERGED: Spec[] = [
  { source: actorIds[3]!, target: actorIds[4]!, type: 'MET', date: '2016', negated: false, modality: 'ASSERTED' },
  { source: actorIds[4]!, target: actorIds[3]!, type: 'CRITICIZED', date: '2015-12-21', negated: false, modality: 'ASSERTED' },
  { source: actorIds[4]!, target: actorIds[3]!, type: 'AFFILIATED_WITH', date: null, negated: false, modality: 'ASSERTED', title: 'Envoy' },
];

function briefingOf(index: number, publishedAt: string, specs: Spec[], actorList: FactoryActor[]) {
  return make.briefing(
    `b${index}`,
    publishedAt,
    actorList,
    specs.map((spec, n) => {
      const swap = isSymmetric(spec.type) && rng.chance(0.5);
      const words = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(WORDS)).join(' ');
      const modality = rng.pick(MODALITIES);
      return {
        source: key(swap ? spec.target : spec.source),
        target: key(swap ? spec.source : spec.target),
        type: spec.type,
        date: spec.date,
        negated: spec.negated,
        title: spec.title ?? null,
        from: spec.from ?? null,
        to: spec.to ?? null,
        modality: spec.modality ?? modality,
        sentence: `Statement ${index}-${n}: ${words}.`,
      };
    }),
  );
}

let dump: Dump;
/** Every briefing ingested, to recompute from them where each statement must be. */
const ingested: BriefingFileInput[] = [];

beforeAll(async () => {
  const pool: Spec[] = Array.from({ length: 120 }, newSpec);
  const roles: Spec[] = [];
  for (let b = 0; b < BRIEFING_COUNT; b += 1) {
    // Half of each briefing restates relations of the pool (corroboration), half is new.
    const specs = Array.from({ length: RELATIONS_PER_BRIEFING }, () => (rng.chance(0.5) ? rng.pick(pool) : newSpec()));
    // Relations between x3 and x4, which are merged below: the survivor's relations with itself while merged.
    if (b < 2) specs.push(...BETWEEN_MERGED);
    // Roles, some restated by a later briefing (one role, its period widened by the union of what they say).
    specs.push(...Array.from({ length: 4 }, () => (b > 0 && rng.chance(0.3) ? rng.pick(roles) : newRole())));
    roles.push(...specs.filter((spec) => spec.type === 'AFFILIATED_WITH' && spec.title && spec.source !== actorIds[4]));
    const briefing = briefingOf(b, DAYS[b % DAYS.length]!, specs, actors);
    await ingestBriefing(db, parseBriefing(briefing, `b${b}`));
    ingested.push(briefing);
  }
  // Two actors are one: merge them, then ingest a briefing that still names the absorbed one.
  const merged = await execute(`mutation { mergeActors(survivorId: "${actorIds[3]}", absorbedId: "${actorIds[4]}") { id } }`);
  expect(merged.errors).toBeUndefined();
  const late = briefingOf(
    BRIEFING_COUNT,
    '2016-03-11',
    [
      { source: actorIds[4]!, target: actorIds[0]!, type: 'MET', date: '2016-03-10', negated: false },
      { source: actorIds[4]!, target: actorIds[5]!, type: 'CRITICIZED', date: '2016-03-10', negated: false },
    ],
    actors.filter((_, i) => i !== 3),
  );
  await ingestBriefing(db, parseBriefing(late, 'late'));
  ingested.push(late);
  // A merge undone after a briefing named the absorbed actor under it, and a chain of merges
  // (x7 into x6, x6 into x8) undone out of order: x7 comes back, x6 stays in x8.
  const mergeOf = async (survivorId: string, absorbedId: string) => {
    const { data, errors } = await execute(`mutation { mergeActors(survivorId: "${survivorId}", absorbedId: "${absorbedId}") { id } }`);
    expect(errors).toBeUndefined();
    return (data!.mergeActors as { id: string }).id;
  };
  const undone = await mergeOf(actorIds[6]!, actorIds[7]!);
  const during = briefingOf(
    BRIEFING_COUNT + 1,
    '2016-03-12',
    [
      { source: actorIds[7]!, target: actorIds[1]!, type: 'SUPPORTED', date: '2016-03-10', negated: false },
      { source: actorIds[7]!, target: actorIds[6]!, type: 'PHONED', date: '2016-03-10', negated: false },
    ],
    actors.filter((_, i) => i !== 3),
  );
  await ingestBriefing(db, parseBriefing(during, 'during'));
  ingested.push(during);
  await mergeOf(actorIds[8]!, actorIds[6]!);
  const unmerged = await execute(`mutation { unmergeActors(mergeId: "${undone}") { id } }`);
  expect(unmerged.errors).toBeUndefined();
  // A correction: briefing b2 again with every other relation (the rest retracted, those stated by no
  // other briefing removed) and the modality of the others changed, which the relations they hold up
  // may take (the surest any evidence gives).
  const corrected = structuredClone(ingested[2]!);
  corrected.relations = corrected.relations
    .filter((_, n) => n % 2 === 0)
    .map((relation, n) => ({ ...relation, modality: n % 3 === 0 ? 'ASSERTED' : n % 3 === 1 ? 'PLANNED' : 'REPORTED' }));
  await ingestBriefing(db, parseBriefing(corrected, 'corrected'), { replace: true });
  ingested[2] = corrected;
  dump = await dumpGraph(db, prefix);
}, 240_000);

const liveIds = () => [...dump.actors.keys()].sort();
/** The actor a case is about: the first case asks about x3, which holds a merge's relations with itself. */
const subjectOf = (i: number) => (i === 0 ? actorIds[3]! : rng.pick(liveIds()));
/** An actor related to this one (so dyads and common ground are not empty by chance). */
const partnerOf = (id: string, window: Window = { negated: null }) => {
  const partners = dump.relations
    .filter((r) => (r.source === id || r.target === id) && inWindow(r, window))
    .map((r) => (r.source === id ? r.target : r.source));
  return partners.length > 0 ? rng.pick(partners) : rng.pick(liveIds());
};
const sorted = (values: string[]) => [...values].sort();

/** A random window; every field may be left out. */
function randomWindow(draws = rng): Window {
  const window: Window = {};
  if (draws.chance(0.3)) window.types = draws.some(TYPES, 3);
  if (draws.chance(0.3)) window.since = draws.pick(DAYS);
  if (draws.chance(0.3)) window.until = draws.pick(DAYS);
  if (draws.chance(0.3)) window.modalities = draws.some(MODALITIES, 3);
  if (draws.chance(0.3)) window.negated = draws.pick([true, false, null]);
  return window;
}

const gqlList = (values: readonly string[]) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
function windowArgs(window: Window): string {
  const args: string[] = [];
  if (window.types) args.push(`types: [${window.types.join(', ')}]`);
  if (window.since) args.push(`since: "${window.since}"`);
  if (window.until) args.push(`until: "${window.until}"`);
  if (window.modalities) args.push(`modalities: [${window.modalities.join(', ')}]`);
  if (window.negated !== undefined) args.push(`negated: ${window.negated}`);
  return args.join(', ');
}

/** A random neighborhood request; half of them cut by the limit. */
function neighborhoodCase(draws: typeof rng, i: number) {
  const center = i === 0 ? actorIds[3]! : draws.pick(liveIds());
  const depth = 1 + draws.int(2);
  const window = randomWindow(draws);
  const limit = draws.chance(0.5) ? 2 + draws.int(12) : 2000;
  // Drawn apart, so the other queries' cases stay as they were: half the cases cut by a small edge cap.
  const edgeLimit = edgeDraws.chance(0.5) ? 1 + edgeDraws.int(30) : DEFAULT_NEIGHBORHOOD_EDGES;
  return { center, depth, window, limit, edgeLimit };
}
const edgeDraws = random(SEED + 2);

/**
 * The relations the edge cap keeps among a neighborhood's actors: each belongs to its end with fewer
 * relations in the whole store (every type, negated and merged ones included; then the smaller id),
 * those of the actors with fewest relations first, each actor's newest first (its day, then id).
 */
function cappedEdges(edges: readonly DumpedRelation[], nodes: readonly string[], edgeLimit: number): DumpedRelation[] {
  const degree = new Map<string, number>();
  for (const r of [...dump.relations, ...dump.selfRelations]) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    if (r.target !== r.source) degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const ranked = [...nodes].sort((a, b) => (degree.get(a) ?? 0) - (degree.get(b) ?? 0) || (a < b ? -1 : 1));
  const rank = new Map(ranked.map((id, i) => [id, i]));
  const owner = (r: DumpedRelation) => Math.min(rank.get(r.source)!, rank.get(r.target)!);
  const laterFirst = (x: DumpedRelation, y: DumpedRelation) => (dayOf(x) === dayOf(y) ? 0 : (dayOf(x) ?? '') > (dayOf(y) ?? '') ? -1 : 1);
  const inCapOrder = [...edges].sort((x, y) => owner(x) - owner(y) || laterFirst(x, y) || (x.id < y.id ? -1 : 1));
  return inCapOrder.slice(0, edgeLimit);
}

/** Compares a neighborhood with the one recomputed: levels in order (most recent relation first), cut by the limit, its edges by the edge cap. */
function expectNeighborhood(
  label: string,
  answer: { nodes: string[]; edges: string[]; truncated: boolean; edgesTruncated: boolean },
  request: { center: string; depth: number; window: Window; limit: number; edgeLimit: number },
) {
  const { center, depth, window, limit, edgeLimit } = request;
  const usable = dump.relations.filter((r) => inWindow(r, window));
  const reached = neighborhoodLevels(usable, center, depth).flat();
  const nodes = reached.slice(0, limit);
  const kept = new Set(nodes);
  const edges = usable.filter((r) => kept.has(r.source) && kept.has(r.target));
  expect(answer.truncated, label).toBe(reached.length > limit);
  expect(answer.nodes, label).toEqual(nodes);
  expect(answer.edgesTruncated, label).toBe(edges.length > edgeLimit);
  expect(sorted(answer.edges), label).toEqual(sorted(cappedEdges(edges, nodes, edgeLimit).map((r) => r.id)));
}

async function ask(query: string) {
  const { data, errors } = await execute(query);
  expect(errors, query).toBeUndefined();
  return data!;
}

describe('every answer recomputed from a dump of a random graph', () => {
  it(
    'generated the graph it meant to: hubs, symmetric and negated relations, corroboration, all modalities',
    () => {
      expect(dump.actors.size).toBe(ACTOR_COUNT - 2);
      expect(dump.actors.has(actorIds[4]!)).toBe(false);
      expect(dump.actors.has(actorIds[6]!)).toBe(false);
      expect(dump.actors.has(actorIds[7]!)).toBe(true);
      const degree = (id: string) => dump.relations.filter((r) => r.source === id || r.target === id).length;
      expect(degree(actorIds[0]!)).toBeGreaterThan(40);
      expect(dump.relations.some((r) => r.negated)).toBe(true);
      expect(new Set(dump.relations.map((r) => r.datePrecision))).toEqual(new Set(['DAY', 'MONTH', 'YEAR', null]));
      expect(dump.relations.some((r) => r.mentions > 1)).toBe(true);
      expect(dump.relations.some((r) => r.briefingIds.length > 1)).toBe(true);
      expect(dump.relations.some((r) => isSymmetric(r.type))).toBe(true);
      expect(new Set(dump.relations.map((r) => r.modality)).size).toBe(MODALITIES.length);
      // The merge of x4 into x3 made relations of x3 with itself, which every answer below must leave out.
      expect(dump.selfRelations.filter((r) => r.source === actorIds[3]).length).toBeGreaterThanOrEqual(BETWEEN_MERGED.length);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'each actor keeps the counts of its negated relations and of those a merge made with itself, through every merge and unmerge',
    async () => {
      const counts = await hiddenCountMismatches(db, prefix);
      expect(counts.loops).toBeGreaterThan(0);
      expect(counts.negated).toBeGreaterThan(0);
      expect(counts.mismatches).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'each pair of actors keeps the counts of the relations between them, through every merge, unmerge and correction',
    async () => {
      const counts = await pairCountMismatches(db, prefix);
      expect(counts.pairs).toBeGreaterThan(50);
      expect(counts.counted).toBe(dump.relations.filter((r) => !r.negated).length);
      expect(counts.mismatches).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'commonGround ranked from the kept pair counts and from the relations counted: the same answer, the one recomputed',
    async () => {
      // Every window the kept counts answer, and one they cannot (a date), each run both ways: from the
      // counts ($keys) and counting the relations ($keys null), for pairs of hubs, of a hub and another,
      // of an actor with itself, and of an unknown actor.
      const windows: Window[] = [
        {},
        { modalities: null },
        { types: ['CRITICIZED', 'MET'] },
        { types: ['SUPPORTED'], modalities: null },
        { modalities: ['REPORTED', 'ASSERTED'] },
      ];
      const ids = liveIds();
      const pairs: [string, string][] = [
        [actorIds[0]!, actorIds[1]!],
        [actorIds[1]!, actorIds[2]!],
        [actorIds[0]!, actorIds[5]!],
        [actorIds[3]!, actorIds[9]!],
        [ids[10]!, ids[14]!],
        [actorIds[0]!, actorIds[0]!],
        [actorIds[0]!, `${prefix}-nobody`],
      ];
      let ranked = 0;
      for (const [a, b] of pairs) {
        for (const window of windows) {
          const counted = aggregateWindow({ ...(window as RelationWindow), negated: false });
          const keys = pairCountKeys(counted);
          expect(keys, JSON.stringify(window)).not.toBeNull();
          for (const limit of [1, 3, 100]) {
            const label = `${a} ${b} ${JSON.stringify(window)} limit ${limit}`;
            const params = { ...windowParams(counted), ...askedParams({ relation: [], actor: [] }), a, b, limit, withRelations: true };
            const fromCounts = await db.read<{ actorId: string; withA: { id: string }[]; withB: { id: string }[] }>('stats/common-ground', { ...params, keys });
            const fromRelations = await db.read('stats/common-ground', { ...params, keys: null });
            expect(fromCounts, label).toEqual(fromRelations);
            const usable = dump.relations.filter((r) => inWindow(r, aggregate({ ...window, negated: false })));
            const withX = (x: string, c: string) =>
              usable
                .filter((r) => (r.source === x && r.target === c) || (r.source === c && r.target === x))
                .sort(byDayThenId)
                .map((r) => r.id);
            const expected = ids
              .filter((c) => c !== a && c !== b)
              .map((c) => ({ actorId: c, withA: withX(a, c), withB: withX(b, c) }))
              .filter((row) => row.withA.length > 0 && row.withB.length > 0)
              .sort((x, y) => y.withA.length + y.withB.length - (x.withA.length + x.withB.length) || (x.actorId < y.actorId ? -1 : 1))
              .slice(0, limit);
            const shown = fromCounts.map((row) => ({ actorId: row.actorId, withA: row.withA.map((r) => r.id), withB: row.withB.map((r) => r.id) }));
            expect(shown, label).toEqual(expected);
            ranked += shown.length;
          }
        }
      }
      expect(ranked).toBeGreaterThan(100);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'every statement of every briefing on the actor the merges in force make of what it named',
    async () => {
      const redirects = new Map([
        [actorIds[4]!, actorIds[3]!],
        [actorIds[6]!, actorIds[8]!],
      ]);
      expect(await storedStatements(db, prefix)).toEqual(expectedStatements(ingested, redirects));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'neighborhood',
    async () => {
      for (let i = 0; i < CASES_PER_QUERY; i += 1) {
        const request = neighborhoodCase(rng, i);
        const { center, depth, window, limit, edgeLimit } = request;
        const query = `{ neighborhood(actorId: "${center}", depth: ${depth}, limit: ${limit}, edgeLimit: ${edgeLimit}, ${windowArgs(window)}) { truncated edgesTruncated nodes { id } edges { id } } }`;
        const { neighborhood: answer } = await ask(query.replace(', )', ')'));
        expectNeighborhood(
          query,
          {
            nodes: answer.nodes.map((n: any) => n.id),
            edges: answer.edges.map((e: any) => e.id),
            truncated: answer.truncated,
            edgesTruncated: answer.edgesTruncated,
          },
          request,
        );
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'neighborhood read through date slices (every actor with more than 3 relations taken for a hub), its edges a few actors at a time',
    async () => {
      // Its own random draws, so the other cases stay as they were.
      const draws = random(SEED + 1);
      const tuning = { denseRelations: 3, firstSliceDays: 2, sliceGrowth: 2, maxSlices: 6, edgeSliceFactor: 1 };
      for (let i = 0; i < CASES_PER_QUERY; i += 1) {
        const neighborhoodRequest = neighborhoodCase(draws, i);
        const { center, depth, window, limit, edgeLimit } = neighborhoodRequest;
        const request = {
          actorId: center,
          depth,
          limit,
          edgeLimit,
          ...window,
          types: window.types as RelationType[] | undefined,
          modalities: window.modalities as Modality[] | undefined,
        };
        const answer = (await neighborhood(db, request, tuning))!;
        const label = JSON.stringify(request);
        const shown = { nodes: answer.actorIds, edges: answer.edges.map((e) => e.id), truncated: answer.truncated, edgesTruncated: answer.edgesTruncated };
        expectNeighborhood(label, shown, neighborhoodRequest);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'paths: the k shortest simple paths',
    async () => {
      for (let i = 0; i < Math.round(CASES_PER_QUERY * 1.5); i += 1) {
        const [from, to] = [rng.pick(liveIds()), rng.pick(liveIds())];
        const maxDepth = 1 + rng.int(4);
        const limit = 1 + rng.int(5);
        const drawn = randomWindow();
        // The first case: negated and not, of any type and modality (no filter a pair's kept counts, :PAIR, would fail).
        const window: Window = i === 0 ? { negated: null } : drawn;
        const excludeActorIds = rng.chance(0.3) ? [rng.pick(liveIds())] : [];
        const excludeTypes = rng.chance(0.3) ? [rng.pick(TYPES)] : [];
        const args = [windowArgs(window), `maxDepth: ${maxDepth}`, `limit: ${limit}`];
        if (excludeActorIds.length) args.push(`excludeActorIds: ${gqlList(excludeActorIds)}`);
        if (excludeTypes.length) args.push(`excludeTypes: [${excludeTypes.join(', ')}]`);
        const query = `{ paths(fromId: "${from}", toId: "${to}", ${args.filter(Boolean).join(', ')}) { length nodes { id } edges { id } } }`;
        const { paths } = await ask(query);
        const usable = dump.relations.filter((r) => inWindow(r, window) && !excludeTypes.includes(r.type as RelationType));
        const all = simplePaths(usable, from, to, maxDepth, excludeActorIds);
        expect(
          paths.map((p: any) => p.length),
          query,
        ).toEqual(all.slice(0, limit).map((p) => p.edges.length));
        const valid = new Set(all.map((p) => `${p.nodes.join(',')}|${p.edges.join(',')}`));
        const keys = paths.map((p: any) => `${p.nodes.map((n: any) => n.id).join(',')}|${p.edges.map((e: any) => e.id).join(',')}`);
        for (const found of keys) expect(valid.has(found), `${query}: ${found} is a simple path within the filters`).toBe(true);
        expect(new Set(keys).size, query).toBe(keys.length);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'relations(filter:) by types, actors, kinds, briefing, window, modalities, negated and text, page by page',
    async () => {
      const kindOf = (id: string) => dump.actors.get(id)!.kind;
      for (let i = 0; i < Math.round(CASES_PER_QUERY * 1.5); i += 1) {
        // The first case asks for every relation of x3, which holds a merge's relations with itself.
        const wide = i === 0;
        const window = wide ? {} : randomWindow();
        const filter: string[] = [windowArgs(window)];
        const anchors = wide ? [actorIds[3]!] : rng.some(liveIds(), 3);
        // Without actors, only the briefing keeps the answer to this test's own data (others share the database).
        const briefingId = !wide && rng.chance(0.25) ? rng.pick(ingested).briefing.id : null;
        const mode = wide ? 'actorIds' : rng.pick(['actorIds', 'sourceIds', 'targetIds', 'both', ...(briefingId ? ['none'] : [])]);
        const sourceKinds = !wide && rng.chance(0.25) ? rng.some(KINDS, 2) : null;
        const targetKinds = !wide && rng.chance(0.25) ? rng.some(KINDS, 2) : null;
        let sources: string[] | null = null;
        let targets: string[] | null = null;
        if (mode === 'actorIds') filter.push(`actorIds: ${gqlList(anchors)}`);
        if (mode === 'sourceIds' || mode === 'both') sources = anchors;
        if (mode === 'targetIds') targets = anchors;
        if (mode === 'both') targets = rng.some(liveIds(), 6);
        if (sources) filter.push(`sourceIds: ${gqlList(sources)}`);
        if (targets) filter.push(`targetIds: ${gqlList(targets)}`);
        if (sourceKinds) filter.push(`sourceKinds: [${sourceKinds.join(', ')}]`);
        if (targetKinds) filter.push(`targetKinds: [${targetKinds.join(', ')}]`);
        if (briefingId) filter.push(`briefingId: ${JSON.stringify(briefingId)}`);
        const fits = (s: string, t: string) =>
          (!sources || sources.includes(s)) &&
          (!targets || targets.includes(t)) &&
          (!sourceKinds || sourceKinds.includes(kindOf(s) as (typeof KINDS)[number])) &&
          (!targetKinds || targetKinds.includes(kindOf(t) as (typeof KINDS)[number]));
        const pick = (r: DumpedRelation) =>
          (mode !== 'actorIds' || anchors.includes(r.source) || anchors.includes(r.target)) &&
          (fits(r.source, r.target) || (isSymmetric(r.type) && fits(r.target, r.source))) &&
          (!briefingId || r.briefingIds.includes(briefingId));
        const text = !wide && rng.chance(0.4) ? rng.some(WORDS, 2).join(' ') : null;
        if (text) filter.push(`text: ${JSON.stringify(text)}`);
        const newest = rng.chance(0.3);
        const expected = dump.relations
          .filter((r) => inWindow(r, window) && pick(r) && (!text || r.quotes.some((quote) => quoteHasWords(quote, text))))
          .sort(newest ? newestFirst : byDayThenId)
          .map((r) => r.id);
        // Pages of a random size, followed by their cursors: no relation twice, none left out, the same order.
        const first = Math.max(1 + rng.int(9), Math.ceil(expected.length / 6));
        const query = `query ($after: String) { relations(filter: { ${filter.filter(Boolean).join(', ')} }, first: ${first}, after: $after${newest ? ', order: NEWEST_FIRST' : ''}) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`;
        const ids: string[] = [];
        let after: string | null = null;
        for (let page = 0; page === 0 || after !== null; page += 1) {
          const { data, errors } = await execute<{ relations: any }>(query, { after });
          expect(errors, query).toBeUndefined();
          const relations: any = data!.relations;
          expect(relations.totalCount, query).toBe(expected.length);
          expect(relations.pageInfo.hasPreviousPage, query).toBe(page > 0);
          ids.push(...relations.edges.map((e: any) => e.node.id));
          expect(relations.pageInfo.hasNextPage, query).toBe(ids.length < expected.length);
          if (relations.edges.length > 0) expect(relations.pageInfo.endCursor, query).toBe(relations.edges.at(-1).cursor);
          after = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
          expect(page, `${query}: pages`).toBeLessThan(10);
        }
        expect(ids, query).toEqual(expected);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'topActors',
    async () => {
      for (let i = 0; i < CASES_PER_QUERY; i += 1) {
        // The first case: who met x3, which a merge made meet itself.
        const type = i === 0 ? 'MET' : rng.pick(TYPES);
        const bySource = i !== 0 && rng.chance(0.4);
        const anchor = subjectOf(i);
        const window = aggregate({
          since: i !== 0 && rng.chance(0.3) ? rng.pick(DAYS) : null,
          until: i !== 0 && rng.chance(0.3) ? rng.pick(DAYS) : null,
          ...(i !== 0 && rng.chance(0.4) ? { modalities: rng.some(MODALITIES, 3) } : {}),
        });
        const asked = windowArgs({
          since: window.since,
          until: window.until,
          ...(window.modalities && window.modalities.length !== 2 ? { modalities: window.modalities } : {}),
        });
        const effective = window.modalities && window.modalities.length !== 2 ? window : aggregate({ since: window.since, until: window.until });
        const kinds = i !== 0 && rng.chance(0.3) ? rng.some(KINDS, 2) : null;
        const limit = rng.chance(0.3) ? 1 + rng.int(4) : 100;
        const query = `{ topActors(type: ${type}, ${bySource ? 'sourceId' : 'targetId'}: "${anchor}", limit: ${limit}${asked ? ', ' + asked : ''}${kinds ? `, kinds: [${kinds.join(', ')}]` : ''}) { actor { id } count mentions } }`;
        const { topActors } = await ask(query);
        const counts = new Map<string, { count: number; mentions: number }>();
        for (const r of dump.relations.filter((r) => r.type === type && inWindow(r, { ...effective, negated: false }))) {
          const ends: [string, string][] = [[r.source, r.target]];
          if (isSymmetric(type)) ends.push([r.target, r.source]);
          for (const [s, t] of ends) {
            const counted = bySource ? (s === anchor ? t : null) : t === anchor ? s : null;
            if (!counted || (kinds && !kinds.includes(dump.actors.get(counted)!.kind as (typeof KINDS)[number]))) continue;
            const row = counts.get(counted) ?? { count: 0, mentions: 0 };
            counts.set(counted, { count: row.count + 1, mentions: row.mentions + r.mentions });
          }
        }
        const expected = [...counts.entries()]
          .map(([id, row]) => ({ actor: { id }, ...row }))
          .sort((a, b) => b.count - a.count || b.mentions - a.mentions || (a.actor.id < b.actor.id ? -1 : 1));
        expect(topActors, query).toEqual(expected.slice(0, limit));
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'actorRelationCounts and dyad',
    async () => {
      for (let i = 0; i < CASES_PER_QUERY; i += 1) {
        const a = i === 1 ? actorIds[3]! : rng.pick(liveIds().slice(0, 8));
        const b = i === 0 ? a : rng.chance(0.7) ? partnerOf(a) : rng.pick(liveIds());
        // actorRelationCounts takes no types; dyad does.
        const dyadWindow = randomWindow();
        const window = { ...dyadWindow, types: undefined };
        const query = `{ counts: actorRelationCounts(actorId: "${a}"${windowArgs(window) ? ', ' + windowArgs(window) : ''}) { type direction count }
        dyad(a: "${a}", b: "${b}"${windowArgs(dyadWindow) ? ', ' + windowArgs(dyadWindow) : ''}) { total months { month monthEnd type aToB bToA } } }`;
        const { data, errors } = await execute(query);
        if (a === b)
          expect(
            errors?.map((error) => error.extensions?.argument),
            query,
          ).toEqual(['b']);
        else expect(errors, query).toBeUndefined();
        const { counts, dyad } = data!;
        const effective = aggregate(window);
        const mine = dump.relations.filter((r) => (r.source === a || r.target === a) && inWindow(r, effective));
        const expectedCounts = new Map<string, number>();
        for (const r of mine) {
          const direction = isSymmetric(r.type) ? 'BOTH' : r.source === a ? 'OUT' : 'IN';
          expectedCounts.set(`${r.type}|${direction}`, (expectedCounts.get(`${r.type}|${direction}`) ?? 0) + 1);
        }
        const rows = [...expectedCounts.entries()]
          .map(([k, count]) => ({ type: k.split('|')[0], direction: k.split('|')[1], count }))
          .sort((x, y) => y.count - x.count || (x.type! < y.type! ? -1 : x.type! > y.type! ? 1 : x.direction! < y.direction! ? -1 : 1));
        expect(counts, query).toEqual(rows);
        if (a === b) {
          // An actor has no relations with itself (a merge's are hidden): asking is an input error.
          expect(dyad, query).toBeNull();
          continue;
        }
        const between = mine.filter(
          (r) => ((r.source === a && r.target === b) || (r.source === b && r.target === a)) && (!dyadWindow.types || dyadWindow.types.includes(r.type)),
        );
        // Per span, as a timeline: the month it starts and the month it ends (a year: January … December).
        const months = new Map<string, { aToB: number; bToA: number }>();
        for (const r of between) {
          const k = `${dayOf(r)!.slice(0, 7)}|${dayEndOf(r)!.slice(0, 7)}|${r.type}`;
          const row = months.get(k) ?? { aToB: 0, bToA: 0 };
          if (r.source === a || isSymmetric(r.type)) row.aToB += 1;
          else row.bToA += 1;
          months.set(k, row);
        }
        const expectedMonths = [...months.entries()]
          .map(([k, row]) => ({ month: k.split('|')[0]!, monthEnd: k.split('|')[1]!, type: k.split('|')[2]!, ...row }))
          .sort((x, y) =>
            x.month !== y.month ? (x.month < y.month ? -1 : 1) : x.monthEnd !== y.monthEnd ? (x.monthEnd < y.monthEnd ? -1 : 1) : x.type < y.type ? -1 : 1,
          );
        expect(dyad, query).toEqual({ total: between.length, months: expectedMonths });
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'commonGround',
    async () => {
      for (let i = 0; i < CASES_PER_QUERY; i += 1) {
        // The first case: x3 (which a merge made relate to itself) and one of its partners, no filter.
        const a = subjectOf(i);
        let b = i === 0 ? partnerOf(a, aggregate({})) : rng.chance(0.5) ? partnerOf(partnerOf(a)) : rng.pick(liveIds());
        while (b === a) b = rng.pick(liveIds());
        const window: Window =
          i === 0
            ? {}
            : {
                types: rng.chance(0.3) ? rng.some(TYPES, 3) : null,
                since: rng.chance(0.3) ? rng.pick(DAYS) : null,
                until: rng.chance(0.3) ? rng.pick(DAYS) : null,
                ...(rng.chance(0.3) ? { modalities: rng.some(MODALITIES, 3) } : {}),
              };
        const limit = rng.chance(0.3) ? 1 + rng.int(3) : 100;
        // The relations asked for directly, through a fragment, or not at all (then not read).
        const shape = i % 3;
        const selection = ['actor { id } withA { id } withB { id }', 'actor { id } ...sides', 'actor { id }'][shape]!;
        const fragment = shape === 1 ? ' fragment sides on CommonNeighbor { withA { id } withB { id } }' : '';
        const query = `{ commonGround(a: "${a}", b: "${b}", limit: ${limit}${windowArgs(window) ? ', ' + windowArgs(window) : ''}) { ${selection} } }${fragment}`;
        const { commonGround } = await ask(query);
        const usable = dump.relations.filter((r) => inWindow(r, aggregate({ ...window, negated: false })));
        const withX = (x: string, c: string) =>
          usable
            .filter((r) => (r.source === x && r.target === c) || (r.source === c && r.target === x))
            .sort(byDayThenId)
            .map((r) => ({ id: r.id }));
        const expected = liveIds()
          .filter((c) => c !== a && c !== b)
          .map((c) => ({ actor: { id: c }, withA: withX(a, c), withB: withX(b, c) }))
          .filter((row) => row.withA.length > 0 && row.withB.length > 0)
          .sort((x, y) => y.withA.length + y.withB.length - (x.withA.length + x.withB.length) || (x.actor.id < y.actor.id ? -1 : 1));
        const answer = expected.slice(0, limit);
        expect(commonGround, query).toEqual(shape === 2 ? answer.map(({ actor }) => ({ actor })) : answer);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'timeline and Actor.relations',
    async () => {
      for (let i = 0; i < CASES_PER_QUERY; i += 1) {
        const actor = subjectOf(i);
        const window = randomWindow();
        const direction = rng.pick(['OUT', 'IN', 'BOTH']);
        const args = windowArgs(window);
        const query = `{ timeline(actorId: "${actor}"${args ? ', ' + args : ''}) { date dateEnd datePrecision dateFromReport relations { id } } }`;
        const { timeline } = await ask(query);
        const mine = dump.relations.filter((r) => (r.source === actor || r.target === actor) && inWindow(r, window)).sort(byDayThenId);
        const days: { date: string; dateEnd: string; datePrecision: string; dateFromReport: boolean; relations: { id: string }[] }[] = [];
        for (const r of mine) {
          let day = days.at(-1);
          if (day?.date !== dayOf(r) || day.dateEnd !== dayEndOf(r)) {
            days.push(
              (day = { date: dayOf(r)!, dateEnd: dayEndOf(r)!, datePrecision: (r.date && r.datePrecision) || 'DAY', dateFromReport: true, relations: [] }),
            );
          }
          day.relations.push({ id: r.id });
          if (r.date) day.dateFromReport = false;
        }
        expect(timeline, query).toEqual(days);
        const directed = mine.filter((r) => direction === 'BOTH' || isSymmetric(r.type) || (direction === 'OUT' ? r.source === actor : r.target === actor));
        // Actor.relations page by page through its cursors: every relation once, in date order, the same total on every page.
        const first = Math.max(1 + rng.int(9), Math.ceil(directed.length / 5));
        const pageQuery = `query ($after: String) { actor(id: "${actor}") { relations(direction: ${direction}, first: ${first}, after: $after${args ? ', ' + args : ''}) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
        const ids: string[] = [];
        let after: string | null = null;
        for (let page = 0; page === 0 || after !== null; page += 1) {
          const { data, errors } = await execute<{ actor: any }>(pageQuery, { after });
          expect(errors, pageQuery).toBeUndefined();
          const relations: any = data!.actor.relations;
          expect(relations.totalCount, pageQuery).toBe(directed.length);
          ids.push(...relations.edges.map((e: any) => e.node.id));
          expect(relations.pageInfo.hasNextPage, pageQuery).toBe(ids.length < directed.length);
          after = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
          expect(page, `${pageQuery}: pages`).toBeLessThan(8);
        }
        expect(ids, pageQuery).toEqual(directed.map((r) => r.id));
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'every relation field recomputed from the briefings that state it; relation(id:) answers the same',
    async () => {
      const redirects = new Map([
        [actorIds[4]!, actorIds[3]!],
        [actorIds[6]!, actorIds[8]!],
      ]);
      const statementOf = new Map(ingested.flatMap((file) => file.relations.map((relation) => [relation.evidence.quote, { file, relation }] as const)));
      const fields = `id type date datePrecision modality negated mentions firstSeen lastSeen source { id } target { id }
        evidence { quote modality briefing { id publishedAt } }`;
      const { relations } = await ask(
        `{ relations(filter: { actorIds: ${gqlList(liveIds())}, negated: null }, first: 500) { totalCount edges { node { ${fields} } } } }`,
      );
      expect(relations.totalCount).toBe(dump.relations.length);
      const SUREST = ['ASSERTED', 'REPORTED', 'PLANNED', 'HYPOTHETICAL', 'DENIED'];
      const precisionOf = (date: string) => (date.length === 10 ? 'DAY' : date.length === 7 ? 'MONTH' : 'YEAR');
      const firstDayOf = (date: string) => (date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`);
      for (const { node } of relations.edges as { node: any }[]) {
        const stated = (node.evidence as any[]).map((e) => ({ e, ...statementOf.get(e.quote)! }));
        const where = `relation ${node.id}`;
        expect(node.mentions, where).toBe(stated.length);
        for (const { e, file, relation } of stated) {
          const [s, t] = [resolveThrough(redirects, relation.source), resolveThrough(redirects, relation.target)];
          const ends = isSymmetric(relation.type) ? [s, t].sort() : [s, t];
          expect(isSymmetric(node.type) ? [node.source.id, node.target.id].sort() : [node.source.id, node.target.id], where).toEqual(ends);
          expect(node.type, where).toBe(relation.type);
          expect(node.negated, where).toBe(relation.negated);
          expect(node.date, where).toBe(relation.date ? firstDayOf(relation.date) : null);
          expect(node.datePrecision, where).toBe(relation.date ? precisionOf(relation.date) : null);
          expect(e.modality, where).toBe(relation.modality);
          expect(e.briefing, where).toEqual({ id: file.briefing.id, publishedAt: file.briefing.publishedAt });
        }
        const days = stated.map(({ file }) => file.briefing.publishedAt).sort();
        expect([node.firstSeen, node.lastSeen], where).toEqual([days[0], days.at(-1)]);
        expect(node.modality, where).toBe(SUREST.find((m) => stated.some(({ relation }) => relation.modality === m)));
      }
      // Looked up by id, a relation answers the same; so does a merge's relation of x3 with itself (the provenance shows it).
      const sample = [...rng.some(relations.edges as { node: any }[], 5).map((edge) => edge.node.id as string), dump.selfRelations[0]!.id];
      const lookups = await ask(`{ ${sample.map((id, n) => `r${n}: relation(id: ${JSON.stringify(id)}) { ${fields} }`).join(' ')} }`);
      sample
        .slice(0, -1)
        .forEach((id, n) => expect(lookups[`r${n}`], id).toEqual((relations.edges as { node: any }[]).find((edge) => edge.node.id === id)!.node));
      expect(lookups[`r${sample.length - 1}`].source.id).toBe(actorIds[3]);
      expect(lookups[`r${sample.length - 1}`].target.id).toBe(actorIds[3]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'contributions, mentionedIn and searchActors (names and aliases through the merges, page by page)',
    async () => {
      const redirects = new Map([
        [actorIds[4]!, actorIds[3]!],
        [actorIds[6]!, actorIds[8]!],
      ]);
      const publishedAt = new Map(ingested.map((file) => [file.briefing.id, file.briefing.publishedAt]));
      const all = [...dump.relations, ...dump.selfRelations];
      // Each briefing's contributions: every statement it makes, in text order (a merge's relation
      // with itself included: contributions are provenance), and the other briefings stating the same relation.
      const { data: contributed } = await execute(
        `{ ${ingested.map((file, n) => `b${n}: briefing(id: "${file.briefing.id}") { actors { id } contributions { relation { id } evidence { quote } corroborates alsoIn { id } } }`).join(' ')} }`,
      );
      ingested.forEach((file, n) => {
        const expected = file.relations.map((relation) => {
          const stored = all.find((r) => r.quotes.includes(relation.evidence.quote))!;
          const others = stored.briefingIds.filter((id) => id !== file.briefing.id);
          const earlier = others.some(
            (id) => publishedAt.get(id)! < file.briefing.publishedAt || (publishedAt.get(id) === file.briefing.publishedAt && id < file.briefing.id),
          );
          return { relation: { id: stored.id }, evidence: { quote: relation.evidence.quote }, corroborates: earlier, alsoIn: others.sort() };
        });
        const answered = (contributed![`b${n}`].contributions as any[]).map((c) => ({ ...c, alsoIn: c.alsoIn.map((b: any) => b.id).sort() }));
        expect(answered, file.briefing.id).toEqual(expected);
        // The actors it mentions: those it names, as the merges in force show them.
        expect(contributed![`b${n}`].actors.map((actor: any) => actor.id).sort(), file.briefing.id).toEqual(
          [...new Set(file.actors.map((actor) => resolveThrough(redirects, actor.id)))].sort(),
        );
      });

      // mentionedIn: the briefings naming the actor or one a merge in force made it, newest first.
      const { data: mentioned } = await execute(
        `{ ${liveIds()
          .map((id, n) => `a${n}: actor(id: "${id}") { mentionedIn(first: 50) { id } }`)
          .join(' ')} }`,
      );
      liveIds().forEach((id, n) => {
        const expected = ingested
          .filter((file) => file.actors.some((actor) => resolveThrough(redirects, actor.id) === id))
          .map((file) => file.briefing.id)
          .sort((x, y) => (publishedAt.get(x)! > publishedAt.get(y)! ? -1 : publishedAt.get(x)! < publishedAt.get(y)! ? 1 : x < y ? -1 : 1));
        expect(
          mentioned![`a${n}`].mentionedIn.map((b: any) => b.id),
          id,
        ).toEqual(expected);
      });

      // searchActors: every name a briefing gave finds the actor the merges in force make of it
      // (an absorbed actor's name is the survivor's alias; an unmerged one is itself again).
      for (const named of actors) {
        const query = `query ($after: String) { searchActors(query: ${JSON.stringify(named.name)}, first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
        const ids: string[] = [];
        let total = -1;
        for (let after: string | null = null, page = 0; page === 0 || after !== null; page += 1) {
          const { data, errors } = await execute<{ searchActors: any }>(query, { after });
          expect(errors, query).toBeUndefined();
          const found: any = data!.searchActors;
          total = found.totalCount;
          ids.push(...found.edges.map((e: any) => e.node.id));
          after = found.pageInfo.hasNextPage ? found.pageInfo.endCursor : null;
          expect(page, query).toBeLessThan(20);
        }
        expect(ids.length, query).toBe(total);
        expect(new Set(ids).size, query).toBe(ids.length);
        expect(
          ids.filter((id) => id.startsWith(prefix)),
          query,
        ).toEqual([resolveThrough(redirects, named.id)]);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'roles, and roles(at:) on days at the edges of their periods and of the year an undated role reaches',
    async () => {
      const DAY_MS = 86_400_000;
      const shift = (day: string, days: number) => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
      const roleDays = [...DAYS, '2014-12-31', '2015-01-01', '2015-11-30', '2015-12-31', '2016-02-01', '2016-12-31', '2017-03-12', '2017-03-13'];
      const rolesOf = (id: string) =>
        dump.relations
          .filter((r) => r.type === 'AFFILIATED_WITH' && r.source === id && r.title !== null && !r.negated)
          .sort((a, b) => {
            const [x, y] = [a.from ?? a.firstSeen ?? '', b.from ?? b.firstSeen ?? ''];
            return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
          });
      // A role with a period holds within it (either end may be open); one without, within a year of the briefings stating it.
      const heldAt = (r: DumpedRelation, day: string) =>
        r.from || r.to ? (!r.from || r.from <= day) && (!r.to || day <= r.to) : shift(r.firstSeen!, -365) <= day && day <= shift(r.lastSeen!, 365);
      expect(liveIds().filter((id) => rolesOf(id).length > 0).length).toBeGreaterThan(5);
      // A dozen actors a request (two aliases each stay within the API's alias limit).
      const chunks = Array.from({ length: Math.ceil(liveIds().length / 12) }, (_, c) => liveIds().slice(c * 12, c * 12 + 12));
      for (let round = 0; round < 3; round += 1) {
        for (const chunk of chunks) {
          const days = chunk.map(() => rng.pick(roleDays));
          const { data, errors } = await execute(
            `{ ${chunk
              .map((id, n) => `a${n}: actor(id: "${id}") { roles { title of { id } from to relation { id } } at: roles(at: "${days[n]}") { relation { id } } }`)
              .join(' ')} }`,
          );
          expect(errors).toBeUndefined();
          chunk.forEach((id, n) => {
            const mine = rolesOf(id);
            expect(data![`a${n}`].roles, id).toEqual(
              mine.map((r) => ({ title: r.title, of: { id: r.target }, from: r.from, to: r.to, relation: { id: r.id } })),
            );
            expect(data![`a${n}`].at, `${id} at ${days[n]}`).toEqual(mine.filter((r) => heldAt(r, days[n]!)).map((r) => ({ relation: { id: r.id } })));
          });
        }
      }
      // x4's role in x3 became x3's role in itself by the merge: no role while merged.
      expect(dump.selfRelations.some((r) => r.type === 'AFFILIATED_WITH' && r.source === actorIds[3])).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );
});
