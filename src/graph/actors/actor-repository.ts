import type { Database } from '../../db/database.js';
import { foldName } from '../../text/fold.js';
import type { PageRequest } from '../shared/pagination.js';
import type { ActorRecord, RelationRef, RoleRecord } from '../shared/records.js';
import {
  actorAsAsked,
  askedByAll,
  askedParams,
  EVERY_PROPERTY,
  refAsAsked,
  type AskedActorRow,
  type AskedProperties,
  type AskedRow,
} from '../shared/asked-properties.js';
import { windowParams, windowSeek, type RelationWindow } from '../shared/relation-window.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import { RELATION_TYPES, type RelationType } from '../../vocabulary/relation-types.js';
import { exactNameQuery, searchQuery } from './lucene.js';
import { HIDDEN_COUNT_PREFIXES } from '../../db/hidden-count-keys.js';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationsPageRequest extends RelationWindow, PageRequest {
  /** Identifies the request in a batch. */
  key: string;
  actorId: string;
  direction: Direction;
  /** Count every relation that passes the filters (a hub's whole history): only when the answer shows it. */
  withTotal: boolean;
  /**
   * False: the answer needs only each relation's id, type, ends and day, so a page of every type
   * may come without records (actors/relations-page-any-type); true or absent: with them.
   */
  records?: boolean;
  /** The properties of the relations and their actors the answer shows (absent: every one). */
  asked?: AskedProperties | undefined;
}

export interface RelationsPage {
  /** Null when the request did not ask for it. */
  total: number | null;
  /** Whether a relation follows the page. */
  more: boolean;
  page: RelationRef[];
}

/** A page as the statements return it, its relations' asked properties still lists of values. */
type PageRows = Omit<RelationsPage, 'page'> & { page: AskedRow[] };

/** A row of the page statements: the page of one request (its key) and the actor whose page it is. */
type PageRow = { key: string; actor: AskedActorRow } & PageRows;

/**
 * What reading one entry of a type's date index costs against expanding one relationship of an
 * actor's group (each entry's relationship and ends are read to see whether it touches the actor):
 * a hub's page is read from the index when the expected entries, times this, are fewer than its
 * relationships of that type (actors/relations-page).
 */
export const INDEX_ENTRY_COST = 0.25;

/**
 * The most relation types a page's statement is written out for (one branch per type, reading each
 * type's group and, for a hub, its indexes in date order). Planning grows with the branches, about a
 * second per type on a busy 2-core machine and over a minute for all 44, past a request's deadline:
 * a request for more types (or every type) is answered by actors/relations-page-any-type, one
 * expansion through the types as alternatives, which plans in about a second whatever it asks.
 */
export const MAX_TYPES_WRITTEN_OUT = 4;

/**
 * The relations (not counting the briefings' mentions) above which an actor's page of every type is
 * read type by type, each type from its group or date indexes, in the statements of
 * `EVERY_TYPE_IN_STATEMENTS`, instead of one expansion of all its relations
 * (actors/relations-page-any-type): past this many, the expansion costs more than those statements.
 */
export const DENSE_PAGE_DEGREE = 2000;

/**
 * What a relation of the store costs a window of days (actors/relations-page-window) against expanding one
 * relationship of an actor (actors/relations-page-any-type): each is read from two indexes (all of them from the
 * first-report index, the dated also from the date index), each entry about half an expanded relationship (both
 * measured on the 1M store: about 2.6 µs an entry, 6 µs an expanded relation with its filters and order).
 */
export const WINDOW_RELATION_COST = 0.8;

/**
 * The degree past which an actor's page of every type without its total reads windows of days rather than
 * expanding the actor: a window holding its offset + first + 1 relations holds that many times the store's
 * relations over its degree, so the windows cost less when degree² > wanted × relations × WINDOW_RELATION_COST
 * (about 4,100 for a page of 20 at 1M), and never below DENSE_PAGE_DEGREE.
 */
export function windowDegree(request: { offset: number; first: number }, relations: number): number {
  return Math.max(DENSE_PAGE_DEGREE, Math.ceil(Math.sqrt((request.offset + request.first + 1) * relations * WINDOW_RELATION_COST)));
}

/**
 * The vocabulary as the fixed sets of types a hub's page of every type is read in
 * (actors/relations-page written for each set): fixed, so each set's statement is planned once.
 */
export const EVERY_TYPE_IN_STATEMENTS: readonly (readonly RelationType[])[] = chunks(RELATION_TYPES, MAX_TYPES_WRITTEN_OUT);

export class ActorRepository {
  constructor(private readonly db: Database) {}

  /** The actors with the properties in `asked` (absent: every one). */
  async byIds(ids: readonly string[], asked: AskedProperties = EVERY_PROPERTY): Promise<Map<string, ActorRecord>> {
    const rows = await this.db.read<{ actor: AskedActorRow }>('actors/by-ids', { ids, ...askedParams(asked) });
    return new Map(rows.map(({ actor }) => [actor.id, actorAsAsked(actor, asked)]));
  }

  /** An actor by name or alias, case and accents folded; null when none has it. */
  async idByName(name: string): Promise<string | null> {
    const luceneQuery = exactNameQuery(name);
    if (!luceneQuery) return null;
    const [row] = await this.db.read<{ id: string }>('actors/find-by-name', { luceneQuery, key: foldName(name).replace(/^the /, '') });
    return row?.id ?? null;
  }

  /** One page of the actors matching `text`, best first, each whole with its score, and the total. */
  async search(text: string, kinds: readonly ActorKind[] | null, page: PageRequest): Promise<{ total: number; hits: { actor: ActorRecord; score: number }[] }> {
    const luceneQuery = searchQuery(text);
    if (!luceneQuery) return { total: 0, hits: [] };
    const [row] = await this.db.read<{ total: number; scores: number[]; actors: ActorRecord[] }>('actors/search', {
      luceneQuery,
      kinds: kinds && kinds.length > 0 ? kinds : null,
      offset: page.offset,
      first: page.first,
    });
    if (!row) return { total: 0, hits: [] };
    // The statement returns the page's actors and their scores in the order of its hits: one score for each actor.
    return { total: row.total, hits: row.actors.map((actor, index) => ({ actor, score: row.scores[index]! })) };
  }

  /**
   * Pages of relations for many actors (one GraphQL level) in one statement per set of types, the
   * dense actors of the batch (hubs) paged from the relation types' date indexes in the same one.
   * `onActor` is handed each actor the statements found (with the properties the requests ask for):
   * the page's statement finds the actor anyway, so `actor(id:) { relations }` needs no statement
   * of its own for it (an actor not found has no page).
   */
  async relationsPages(requests: readonly RelationsPageRequest[], onActor?: (actor: ActorRecord) => void): Promise<Map<string, RelationsPage>> {
    const { symmetricTypes } = windowParams({});
    // One statement per set of types serves every request of the batch: it returns what any of them asks for.
    const asked = askedByAll(requests.map((request) => request.asked));
    const shared = {
      symmetricTypes,
      ...askedParams(asked),
      // Each type's candidates: enough for the deepest page of the batch and one more (is there a next page?).
      wanted: Math.max(1, ...requests.map((request) => request.offset + request.first + 1)),
      scanCost: INDEX_ENTRY_COST,
      hidden: HIDDEN_COUNT_PREFIXES,
    };
    const params = requests.map(pageParams);
    const pages = new Map<string, RelationsPage>();
    // The requests of a level usually ask for the same types: one statement per set of types, written
    // for those types alone (a page of one type plans one branch, not one per type of the vocabulary).
    for (const group of byTypes(params)) {
      if (!group.types || group.types.length > MAX_TYPES_WRITTEN_OUT) {
        // The dense actors' pages without a total come from windows of days (pagesByWindows), those with it type by
        // type (pagesTypeByType): each request carries the degree past which its actor is dense for it.
        const windowed = group.requests.some((request) => !request.withTotal);
        const days = windowed ? await relationDays(this.db) : null;
        const degrees = group.requests.map((request) => ({
          ...request,
          denseDegree: request.withTotal || !days ? DENSE_PAGE_DEGREE : windowDegree(request, days.relations),
        }));
        const anyType = { symmetricTypes, ...askedParams(asked), wanted: shared.wanted, denseDegree: DENSE_PAGE_DEGREE, requests: degrees };
        // For a batch of several actors (a GraphQL level: the nested query's sources, where hubs are common) the
        // windows are read beside the expansion of the others, each statement in its own read transaction (Neo4j
        // gives each a core); for one actor, after it and only when it is dense.
        const inWindows = degrees.filter((request) => !request.withTotal);
        const beside = days !== null && degrees.length > 1;
        const [rows, besideWindows] = await Promise.all([
          this.db.read<{ dense: boolean } & PageRow>('actors/relations-page-any-type', anyType),
          beside ? this.pagesByWindows(inWindows, group.types, shared, days) : undefined,
        ]);
        const denseKeys = new Set<string>();
        for (const { key, actor, dense, page, ...rest } of rows) {
          onActor?.(actorAsAsked(actor, asked));
          if (dense) denseKeys.add(key);
          else pages.set(key, { ...rest, page: page.map((row) => refAsAsked(row, asked)) });
        }
        const windows =
          besideWindows ??
          (days && inWindows.some((request) => denseKeys.has(request.key))
            ? await this.pagesByWindows(
                inWindows.filter((request) => denseKeys.has(request.key)),
                group.types,
                shared,
                days,
              )
            : new Map<string, PageRows>());
        for (const [key, page] of windows) {
          if (!denseKeys.has(key)) continue;
          denseKeys.delete(key);
          pages.set(key, { ...page, page: page.page.map((row) => refAsAsked(row, asked)) });
        }
        // The dense actors' pages with a total, and any the windows did not answer (an actor whose
        // relations a write moved across the threshold between the two statements), type by type.
        const denseRequests = degrees.filter((request) => denseKeys.has(request.key));
        if (denseRequests.length > 0) {
          for (const [key, page] of await this.pagesTypeByType(denseRequests, group.types, shared)) {
            pages.set(key, { ...page, page: page.page.map((row) => refAsAsked(row, asked)) });
          }
        }
        continue;
      }
      const rows = await this.db.read<PageRow>('actors/relations-page', { ...shared, requests: group.requests }, undefined, group.types);
      for (const { key, actor, page, ...rest } of rows) {
        onActor?.(actorAsAsked(actor, asked));
        pages.set(key, { ...rest, page: page.map((row) => refAsAsked(row, asked)) });
      }
    }
    return pages;
  }

  /**
   * Dense actors' pages of every type (or of more types than a statement is written out for), without
   * their totals, from the relations of windows of days (actors/relations-page-window): each window is
   * read once for every hub of the batch from each type's date and first-report indexes, where
   * pagesTypeByType reads each type's indexes once per hub. A request's first window holds about its
   * offset + first + 1 relations at its share of the store's days; a request with fewer in it reads
   * the days after, twice as many as it has read, until its page is whole or its window holds every
   * day left. Only the requests of actors still dense (the statement counts them as
   * actors/relations-page-any-type does) get a page; none when the store holds no relation.
   */
  private async pagesByWindows(
    requests: readonly (PageParams & { denseDegree: number })[],
    types: readonly string[] | undefined,
    shared: Record<string, unknown> & { wanted: number },
    days: RelationDays,
  ): Promise<Map<string, PageRows>> {
    const pages = new Map<string, PageRows>();
    const spanDays = dayNumber(days.newest) - dayNumber(days.oldest) + 1;
    const found = new Map<string, AskedRow[]>();
    let pending = requests.map((request) => ({ request, after: null as string | null, days: null as number | null }));
    for (let round = 0; pending.length > 0 && round < MAX_WINDOWS; round += 1) {
      const rows = await this.db.read<{ key: string; windowTo: string; page: AskedRow[] }>('actors/relations-page-window', {
        ...shared,
        types: types ?? null,
        oldest: days.oldest,
        newest: days.newest,
        spanDays,
        requests: pending.map(({ request, after, days: length }) => ({ ...request, after, days: length })),
      });
      const next: typeof pending = [];
      for (const { key, windowTo, page } of rows) {
        const state = pending.find(({ request }) => request.key === key)!;
        const { request } = state;
        const head = [...(found.get(key) ?? []), ...page];
        found.set(key, head);
        const end = request.offset + request.first;
        if (head.length > end || windowTo >= request.seek.to) {
          pages.set(key, { total: null, more: head.length > end, page: head.slice(request.offset, end) });
        } else {
          // Twice the days read so far: a hub whose first window held too few relations has them later.
          const read = dayNumber(windowTo) - Math.max(dayNumber(days.oldest), dayNumber(request.seek.datedFrom)) + 1;
          next.push({ request, after: windowTo, days: Math.max(1, 2 * read) });
        }
      }
      pending = next;
    }
    return pages;
  }

  /**
   * Hubs' pages of every type (or of more types than a statement is written out for): each fixed set
   * of types (`EVERY_TYPE_IN_STATEMENTS`) gives its first relations of each hub in the page's order,
   * the page is the head of their merge, and the total the sum of the sets' totals.
   *
   * In one round, mostly. The sets are first asked for each type's first few relations
   * (`probeSize`: a few index entries per type, where offset + first + 1 of each type read hundreds
   * of entries of a hub's types), and for their totals. Their merge holds the page whenever no type
   * was cut before the day of its (offset + first + 1)th relation, `bound` (each type's relations up
   * to the day it was cut at are all there: `completeBefore`). Only the sets with a type cut on or
   * before that day are asked again for offset + first + 1 of each type, their date indexes sought
   * no further than that day (no relation after it can be in the page).
   */
  private async pagesTypeByType(
    requests: readonly PageParams[],
    types: readonly string[] | undefined,
    shared: Record<string, unknown> & { wanted: number },
  ): Promise<Map<string, PageRows>> {
    const sets = EVERY_TYPE_IN_STATEMENTS.filter((set) => !types || set.some((type) => types.includes(type)));
    // The sets' statements at once, each in its own read transaction: Neo4j runs each on a core of its own.
    const round = async (asked: readonly { set: readonly RelationType[]; requests: PageParams[] }[], wanted: number) => {
      const answers = await Promise.all(
        asked.map(({ set, requests: heads }) => this.db.read<PageRow>('actors/relations-page', { ...shared, wanted, requests: heads }, undefined, set)),
      );
      // Each request's part of each set, in the order of `asked`.
      return answers.map((rows) => new Map(rows.map(({ key, actor: _, ...part }) => [key, part])));
    };
    const probe = probeSize(shared.wanted, (types ?? RELATION_TYPES).length);
    const probed = await round(
      sets.map((set) => ({ set, requests: requests.map((request) => ({ ...request, offset: 0, first: probe * set.length })) })),
      probe,
    );
    // Per request: the sets whose probe may miss a relation of its page, and the day its page ends by.
    const again = sets.map(() => [] as PageParams[]);
    for (const request of requests) {
      const end = request.offset + request.first;
      const found = probed.flatMap((parts) => parts.get(request.key)?.page ?? []).sort(inPageOrder);
      const bound = found[end]?.day ?? undefined;
      probed.forEach((parts, index) => {
        const part = parts.get(request.key);
        if (!part) return;
        const before = completeBefore(part, probe);
        if (before === undefined || (bound !== undefined && before > bound)) return;
        const seek = bound !== undefined && bound < request.seek.to ? { ...request.seek, to: bound } : request.seek;
        again[index]!.push({ ...request, offset: 0, first: end, withTotal: false, seek });
      });
    }
    const asked = sets.map((set, index) => ({ set, requests: again[index]! })).filter(({ requests: heads }) => heads.length > 0);
    const reread = asked.length > 0 ? await round(asked, shared.wanted) : [];
    const pages = new Map<string, PageRows>();
    for (const request of requests) {
      const found = probed.flatMap((parts, index) => {
        const part = parts.get(request.key);
        if (!part) return [];
        const at = asked.findIndex(({ set }) => set === sets[index]);
        return [(at >= 0 ? reread[at]!.get(request.key) : undefined) ?? part];
      });
      if (found.length === 0) continue;
      const merged = found.flatMap((part) => part.page).sort(inPageOrder);
      const end = request.offset + request.first;
      pages.set(request.key, {
        total: request.withTotal ? probed.reduce((sum, parts) => sum + (parts.get(request.key)?.total ?? 0), 0) : null,
        more: merged.length > end || found.some((part) => part.more),
        page: merged.slice(request.offset, end),
      });
    }
    return pages;
  }

  async roles(actorIds: readonly string[]): Promise<Map<string, RoleRecord[]>> {
    const rows = await this.db.read<{ actorId: string; roles: RoleRecord[] }>('actors/roles', { actorIds });
    return new Map(rows.map((row) => [row.actorId, row.roles]));
  }

  async mentionedIn(actorIds: readonly string[], first: number): Promise<Map<string, string[]>> {
    const rows = await this.db.read<{ actorId: string; briefingIds: string[] }>('actors/mentioned-in', { actorIds, first });
    return new Map(rows.map((row) => [row.actorId, row.briefingIds]));
  }
}

/** A request as the page statements take it. */
function pageParams(request: RelationsPageRequest) {
  const { symmetricTypes: _, ...window } = windowParams(request);
  return {
    ...window,
    types: request.types && request.types.length > 0 ? [...request.types] : null,
    seek: windowSeek(request),
    key: request.key,
    actorId: request.actorId,
    direction: request.direction,
    withTotal: request.withTotal,
    records: request.records ?? true,
    offset: request.offset,
    first: request.first,
  };
}

type PageParams = ReturnType<typeof pageParams>;

/**
 * How many relations of each type a hub's page of every type first asks for: a few more than the
 * page's share of each type (its offset + first + 1 over the types), so that seldom does a type hold
 * so many of the page's relations that its set must be asked again.
 */
export function probeSize(wanted: number, typeCount: number): number {
  return Math.ceil((2 * wanted) / Math.max(1, typeCount)) + 4;
}

/**
 * The day before which a set's probe (each type's first `probe` relations, from its group or its
 * indexes) holds every relation of the set: undefined when it holds them all. A type whose dated or
 * undated relations filled the probe may have more from its last day on; so may a set whose page of
 * candidates was cut (`more`).
 */
function completeBefore(part: PageRows, probe: number): string | undefined {
  const last = new Map<string, { dated: number; undated: number; lastDated?: string; lastUndated?: string }>();
  let before: string | undefined;
  const earlier = (day: string | null | undefined) => {
    const value = day ?? '';
    if (before === undefined || value < before) before = value;
  };
  for (const row of part.page) {
    const key = row.type ?? '';
    let seen = last.get(key);
    if (!seen) last.set(key, (seen = { dated: 0, undated: 0 }));
    if (row.dated === false) {
      seen.undated += 1;
      seen.lastUndated = row.day ?? '';
    } else {
      seen.dated += 1;
      seen.lastDated = row.day ?? '';
    }
  }
  for (const seen of last.values()) {
    if (seen.dated >= probe) earlier(seen.lastDated);
    if (seen.undated >= probe) earlier(seen.lastUndated);
  }
  if (part.more) earlier(part.page.at(-1)?.day);
  return before;
}

/** A page's order: by day, then last day, then id (the statements' ORDER BY). */
function inPageOrder(a: RelationRef, b: RelationRef): number {
  return compare(a.day, b.day) || compare(a.dayEnd, b.dayEnd) || compare(a.id, b.id);
}

function compare(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Requests grouped by the relation types they ask for (undefined: all of them), each set sorted. */
function byTypes<R extends { types: readonly string[] | null }>(requests: readonly R[]): { types: string[] | undefined; requests: R[] }[] {
  const groups = new Map<string, { types: string[] | undefined; requests: R[] }>();
  for (const request of requests) {
    const types = request.types ? [...new Set(request.types)].sort() : undefined;
    const key = types ? types.join(',') : '*';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { types, requests: [] }));
    group.requests.push(request);
  }
  return [...groups.values()];
}

/** The most windows of days a request's page reads (pagesByWindows); each doubles the days read, so twelve cover any store. */
const MAX_WINDOWS = 12;

const DAY_MS = 86_400_000;

/** A day (YYYY-MM-DD) as a number of days, to count the days between two. */
function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** How long the store's days and count are trusted (stale, they cost reads, never a relation: pagesByWindows). */
const RELATION_DAYS_TTL_MS = 300_000;
const relationDaysOf = new WeakMap<Database, { at: number; days: Promise<RelationDays | null> }>();

/** The store's oldest and newest relation days and its number of relations; null when it holds none. */
interface RelationDays {
  oldest: string;
  newest: string;
  relations: number;
}

/** The store's relation days and count (actors/relation-days), read at most once in RELATION_DAYS_TTL_MS per database. */
function relationDays(db: Database): Promise<RelationDays | null> {
  const known = relationDaysOf.get(db);
  if (known && Date.now() - known.at < RELATION_DAYS_TTL_MS) return known.days;
  const days = db
    .read<{ oldest: string | null; newest: string | null; relations: number }>('actors/relation-days')
    .then(([row]) => (row?.oldest && row.newest ? { oldest: row.oldest, newest: row.newest, relations: row.relations } : null));
  relationDaysOf.set(db, { at: Date.now(), days });
  days.catch(() => relationDaysOf.delete(db));
  return days;
}
