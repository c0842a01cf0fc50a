import { MAX_NEIGHBORHOOD_ACTORS, MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_EDGES } from '../../config/limits.js';
import type { Database, PlannedStatement, Tx } from '../../db/database.js';
import { requireIntInRange } from '../shared/pagination.js';
import type { ActorRecord, RelationRef } from '../shared/records.js';
import { actorAsAsked, askedParams, EVERY_PROPERTY, NO_PROPERTY, refAsAsked, type AskedActorRow, type AskedProperties } from '../shared/asked-properties.js';
import { windowParams, type RelationWindow } from '../shared/relation-window.js';
import { rankLevel, type Candidate } from './neighborhood-level.js';
import { edgeKind, EXPAND_WHOLE, NeighborhoodStatements } from './neighborhood-statements.js';

export interface NeighborhoodRequest extends RelationWindow {
  actorId: string;
  depth: number;
  limit: number;
  /** At most this many edges (see `capEdges` for which are kept). */
  edgeLimit: number;
  /** False: the edges carry their id, type and ends only (the request asks for no more); true by default. */
  records?: boolean;
  /** The properties the answer shows: of its actors, and with records of its edges (absent: every one). */
  asked?: AskedProperties | undefined;
}

export interface NeighborhoodResult {
  actorIds: string[];
  edges: RelationRef[];
  truncated: boolean;
  /** True when more relations joined the actors than `edgeLimit`. */
  edgesTruncated: boolean;
  /**
   * The actors with the properties asked (`asked`), when the edges' ranking read them (two actors
   * or more): the caller primes its loaders with them instead of reading them again.
   */
  actors?: ActorRecord[];
}

/**
 * How a level is read: an actor with more relations than `denseRelations` (a hub), or any actor of
 * a frontier larger than the room left, is not expanded
 * whole but through date slices of the store's relations, newest first, the first `firstSliceDays`
 * long and each next `sliceGrowth` times longer, until the level holds more actors than there is
 * room for; after `maxSlices` the hubs left are expanded whole (a level the cap does not cut needs
 * every neighbour anyway). The answer does not depend on these, only its cost.
 */
export interface NeighborhoodTuning {
  denseRelations: number;
  /**
   * The edges are read from the ranked actors in slices whose relations (all of them, every type)
   * add up to at most this many times the edges still wanted, doubling each slice; an actor with
   * more starts a slice of its own. Once the cap is reached no further actor is expanded.
   */
  edgeSliceFactor: number;
  firstSliceDays: number;
  sliceGrowth: number;
  maxSlices: number;
}

const DEFAULT_NEIGHBORHOOD_TUNING: NeighborhoodTuning = {
  denseRelations: 1_000,
  edgeSliceFactor: 4,
  firstSliceDays: 8,
  sliceGrowth: 4,
  maxSlices: 4,
};

/** A month's or a year's relation overlaps a window from its first day up to a year before the window's start. */
const LONGEST_PERIOD_DAYS = 366;
const DAY_MS = 86_400_000;

/**
 * Breadth-first, level by level. A level's actors are ranked by their most recent relation with
 * the level before (newest day first, then id) and kept while there is room; once the limit cuts
 * a level, nothing further is expanded. Then one statement for the relations among the actors kept.
 */
export async function neighborhood(
  db: Database,
  request: NeighborhoodRequest,
  tuning: NeighborhoodTuning = DEFAULT_NEIGHBORHOOD_TUNING,
): Promise<NeighborhoodResult | null> {
  requireIntInRange('depth', request.depth, 0, MAX_NEIGHBORHOOD_DEPTH);
  requireIntInRange('limit', request.limit, 1, MAX_NEIGHBORHOOD_ACTORS);
  requireIntInRange('edgeLimit', request.edgeLimit, 1, MAX_NEIGHBORHOOD_EDGES);
  // Each statement written for the requested types alone when the request names some (cypher()).
  const types = request.types && request.types.length > 0 ? request.types : undefined;
  const asked = request.asked ?? EVERY_PROPERTY;
  const statements = new NeighborhoodStatements(windowParams(request), types, asked);
  const records = request.records ?? true;
  // The statements a neighborhood may send, planned first (outside the deadline) when this server
  // never sent them: the slices' one branch per type and index took 8 s each to plan cold at load 20.
  await db.planFirst('READ', statements.all(request.actorId, records));
  return db.readTransaction(async (tx) => {
    // Whether the actor exists: the first step tells (LevelReader.read); without one, a statement
    // of its own, which reads none of its properties.
    if (request.depth === 0) {
      const [center] = await tx.run<{ actor: { id: string } }>('actors/by-ids', { ids: [request.actorId], ...askedParams(NO_PROPERTY) });
      if (!center) return null;
    }
    const visited = [request.actorId];
    const reader = new LevelReader(tx, statements, request, tuning);
    let frontier = [request.actorId];
    let truncated = false;
    for (let level = 0; level < request.depth && frontier.length > 0 && !truncated; level += 1) {
      const room = request.limit - visited.length;
      const candidates = await reader.read(frontier, visited, room);
      // Only the first frontier can be missing: each later one was found in this transaction.
      if (candidates === null) return null;
      const found = rankLevel(candidates);
      truncated = found.length > room;
      frontier = found.slice(0, room).map((candidate) => candidate.id);
      visited.push(...frontier);
    }
    const { edges, cut, actors } = await capEdges(tx, statements, visited, request.edgeLimit, records, asked, tuning);
    return { actorIds: visited, edges, truncated, edgesTruncated: cut, ...(actors ? { actors } : {}) };
  }, 'neighborhood');
}

/**
 * neighborhood/edges' one row: the pairs of actors joined by edges, in no order, and for each pair
 * (the same index in every column) its edges' ids, kinds (each one's type and whether it starts at
 * the pair's first actor, the lower-ranked one: edgeKind); `asked` (each edge's values of the
 * properties asked) only when records were asked; `last`, the id of the last of these edges in the
 * cap's order (null without any).
 */
interface EdgeColumns {
  firsts: string[];
  seconds: string[];
  ids: string[][];
  kinds: number[][];
  asked: unknown[][][];
  last: string | null;
}

/**
 * neighborhood/first-edges' one row: the actors ranked (fewest relations first, each with the
 * properties asked), their relations, where the first slice ended, and that slice's edges.
 */
interface RankedEdgeColumns extends EdgeColumns {
  actors: AskedActorRow[];
  relations: number[];
  end: number;
}

/**
 * The relations among the actors, at most `edgeLimit` of them. Each relation belongs to its end with
 * fewer relations (neighborhood/first-edges ranks them), and the actors are read fewest relations
 * first, each one's newest relations first: when the cap cuts, the periphery's ties are kept and the
 * many parallel relations between hubs go, and the hubs, last in the ranking, are never expanded at
 * all. The answer comes by id, the order the API has always given.
 */
async function capEdges(
  tx: Tx,
  statements: NeighborhoodStatements,
  actorIds: string[],
  edgeLimit: number,
  records: boolean,
  asked: AskedProperties,
  tuning: NeighborhoodTuning,
): Promise<{ edges: RelationRef[]; cut: boolean; actors?: ActorRecord[] }> {
  if (actorIds.length < 2) return { edges: [], cut: false };
  let budget = tuning.edgeSliceFactor * (edgeLimit + 1);
  // At most one more edge than the cap leaves room for: whether it cuts is known without another
  // read. One row, whatever was found (the statement aggregates).
  const [first] = (await run<RankedEdgeColumns>(tx, statements.firstEdges(actorIds, budget, edgeLimit + 1, records))) as [RankedEdgeColumns];
  const { actors, relations } = first;
  const ranked = actors.map((actor) => actor.id);
  const found = edgesOf(first, records, asked);
  // The last edge in the cap's order of the statement read last: each slice's actors rank above the slices before.
  let last = first.last;
  // The next slices, each with twice the budget; the last actor of the ranking has none above it: it is never expanded.
  let start = first.end;
  while (start < ranked.length - 1 && found.length <= edgeLimit) {
    budget *= 2;
    let end = start + 1;
    for (let sum = relations[start]!; end < ranked.length - 1 && sum + relations[end]! <= budget; end += 1) sum += relations[end]!;
    const room = edgeLimit + 1 - found.length;
    const [columns] = await run<EdgeColumns>(tx, statements.edges(ranked, start, end, room, records));
    if (columns) found.push(...edgesOf(columns, records, asked));
    last = columns?.last ?? null;
    start = end;
  }
  // Each read left room for one edge more than the cap at most: when it cuts, only the last edge in
  // the cap's order goes, the last of the read that cut (the statement tells which).
  const cut = found.length > edgeLimit;
  if (cut)
    found.splice(
      found.findIndex((edge) => edge.id === last),
      1,
    );
  return {
    edges: found.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    cut,
    actors: actors.map((actor) => actorAsAsked(actor, asked)),
  };
}

/** Each pair's edges, with their records as asked or as id, type and ends. */
function edgesOf(columns: EdgeColumns, records: boolean, asked: AskedProperties): RelationRef[] {
  const { firsts, seconds, ids, kinds, asked: values } = columns;
  const edges: RelationRef[] = [];
  firsts.forEach((first, pair) => {
    const second = seconds[pair]!;
    const pairKinds = kinds[pair]!;
    ids[pair]!.forEach((id, i) => {
      const { type, fromFirst } = edgeKind(pairKinds[i]!);
      const ref = { id, type, source: fromFirst ? first : second, target: fromFirst ? second : first };
      edges.push(records ? refAsAsked({ ...ref, asked: values[pair]![i]! }, asked) : ref);
    });
  });
  return edges;
}

/** Reads one level: every candidate whose most recent day could place it among the first `room` (or all of them). */
class LevelReader {
  private newestDay: string | null | undefined;

  constructor(
    private readonly tx: Tx,
    private readonly statements: NeighborhoodStatements,
    private readonly window: RelationWindow,
    private readonly tuning: NeighborhoodTuning,
  ) {}

  /** Null when none of the frontier's actors exists. */
  async read(frontier: string[], visited: string[], room: number): Promise<Candidate[] | null> {
    const level = new Map<string, string>();
    // With less room than actors to step from (a second level after a full first one), the few
    // kept are among the most recent days' partners: every actor of the frontier is read through
    // date slices then, not only the hubs (expanding 95 actors of up to 1,000 relations each to
    // keep 4 read 80,000 relationships on the 300k store).
    const maxRelations = room < frontier.length ? 0 : this.tuning.denseRelations;
    const [row] = await run<{ present: number; dense: string[]; denseKeys: string[]; found: Candidate[] }>(
      this.tx,
      this.statements.expand(frontier, visited, maxRelations),
    );
    if (!row?.present) return null;
    merge(level, row.found);
    const dense = row.dense;
    if (dense.length === 0) return [...level].map(([id, day]) => ({ id, day }));
    if (!(await this.sliced(row.denseKeys, visited, room, level))) {
      const [whole] = await run<{ found: Candidate[] }>(this.tx, this.statements.expand(dense, visited, EXPAND_WHOLE));
      merge(level, whole?.found ?? []);
    }
    return [...level].map(([id, day]) => ({ id, day }));
  }

  /**
   * Reads the dense actors' relations slice by slice back from the newest day. Once every relation
   * on or after a slice's first day is read, the candidates of those days are known with their
   * exact latest day; when they outnumber the room, the level's first `room` are among them. True
   * when the level is settled so; false when the slices ran out first.
   */
  private async sliced(denseKeys: string[], visited: string[], room: number, level: Map<string, string>): Promise<boolean> {
    const newest = await this.newest();
    if (newest === null) return true;
    const { since, until } = this.window;
    let to = addDays(until && until < newest ? until : newest, 1);
    const floor = since ? addDays(since, -LONGEST_PERIOD_DAYS) : null;
    let span = this.tuning.firstSliceDays;
    for (let slice = 0; slice < this.tuning.maxSlices; slice += 1) {
      const from = addDays(to, -span);
      const [row] = await run<{ found: Candidate[] }>(this.tx, this.statements.slice(denseKeys, visited, from, to));
      merge(level, row?.found ?? []);
      if (floor !== null && from <= floor) return true;
      let known = 0;
      for (const day of level.values()) if (day >= from) known += 1;
      if (known > room) return true;
      to = from;
      span *= this.tuning.sliceGrowth;
    }
    return false;
  }

  private async newest(): Promise<string | null> {
    if (this.newestDay === undefined) {
      const [row] = await run<{ day: string | null }>(this.tx, this.statements.newestDay());
      this.newestDay = row?.day ?? null;
    }
    return this.newestDay;
  }
}

function run<T>(tx: Tx, statement: PlannedStatement): Promise<T[]> {
  return tx.run<T>(statement.name, statement.params, undefined, statement.types);
}

function merge(level: Map<string, string>, found: readonly Candidate[]): void {
  for (const { id, day } of found) {
    const known = level.get(id);
    if (known === undefined || day > known) level.set(id, day);
  }
}

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
