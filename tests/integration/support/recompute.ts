import type { Database } from '../../../src/db/database.js';
import { SYMMETRIC_RELATION_TYPES } from '../../../src/vocabulary/relation-types.js';
import { seededRandom } from '../../../src/random/seeded-random.js';

/**
 * The analyst queries answered again in plain TypeScript over a dump of the stored graph, for
 * tests that compare them with the API. Nothing here calls the product's code: the semantics are
 * written out from the README and the schema's descriptions.
 */

export interface DumpedRelation {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string | null;
  dateEnd: string | null;
  datePrecision: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** AFFILIATED_WITH: the role's title and period (first and last day). */
  title: string | null;
  from: string | null;
  to: string | null;
  modality: string;
  negated: boolean;
  mentions: number;
  quotes: string[];
  briefingIds: string[];
}

export interface DumpedActor {
  id: string;
  kind: string;
}

export interface Dump {
  actors: Map<string, DumpedActor>;
  /** The relations the analyst queries answer: between two different actors. */
  relations: DumpedRelation[];
  /**
   * Relations of an actor with itself: a merge makes one of a relation between the two actors it
   * merged. Hidden from every analyst answer while the merge holds (README "Merge").
   */
  selfRelations: DumpedRelation[];
}

const SYMMETRIC = new Set<string>(SYMMETRIC_RELATION_TYPES);
export const isSymmetric = (type: string) => SYMMETRIC.has(type);

/** Every actor whose id starts with the prefix, and every relation between two of them, with its evidence. */
export async function dumpGraph(db: Database, prefix: string): Promise<Dump> {
  const session = db.driver.session({ database: db.name });
  try {
    const actors = await session.run(`MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN a.id AS id, a.kind AS kind`, { prefix });
    const relations = await session.run(
      `MATCH (s:Actor)-[r:!PAIR]->(t:Actor) WHERE s.id STARTS WITH $prefix AND t.id STARTS WITH $prefix
       OPTIONAL MATCH (e:Evidence {relationId: r.id})-[:FROM]->(b:Briefing)
       WITH s, r, t, collect(e.quote) AS quotes, collect(DISTINCT b.id) AS briefingIds
       RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, toString(r.date) AS date,
              toString(r.dateEnd) AS dateEnd, r.datePrecision AS datePrecision,
              toString(r.firstSeen) AS firstSeen, toString(r.lastSeen) AS lastSeen, r.title AS title,
              toString(r.from) AS from, toString(r.to) AS to, r.modality AS modality, r.negated AS negated,
              toInteger(r.mentions) AS mentions, quotes, briefingIds`,
      { prefix },
    );
    const all: DumpedRelation[] = relations.records.map((record) => ({
      id: record.get('id'),
      type: record.get('type'),
      source: record.get('source'),
      target: record.get('target'),
      date: record.get('date'),
      dateEnd: record.get('dateEnd'),
      datePrecision: record.get('datePrecision'),
      firstSeen: record.get('firstSeen'),
      lastSeen: record.get('lastSeen'),
      title: record.get('title'),
      from: record.get('from'),
      to: record.get('to'),
      modality: record.get('modality'),
      negated: record.get('negated'),
      mentions: Number(record.get('mentions')),
      quotes: record.get('quotes'),
      briefingIds: record.get('briefingIds'),
    }));
    return {
      actors: new Map(actors.records.map((record) => [record.get('id'), { id: record.get('id'), kind: record.get('kind') }])),
      relations: all.filter((r) => r.source !== r.target),
      selfRelations: all.filter((r) => r.source === r.target),
    };
  } finally {
    await session.close();
  }
}

export interface Window {
  types?: string[] | null;
  since?: string | null;
  until?: string | null;
  modalities?: string[] | null;
  /** undefined: the API's default (false); null: both. */
  negated?: boolean | null;
}

/** A relation's span: its first day (event date, else first report) and its last (a month's or year's end). */
export const dayOf = (r: DumpedRelation) => r.date ?? r.firstSeen;
export const dayEndOf = (r: DumpedRelation) => r.dateEnd ?? r.date ?? r.firstSeen;

/** A window keeps a relation whose span overlaps it. */
export function inWindow(r: DumpedRelation, w: Window): boolean {
  const day = dayOf(r);
  const dayEnd = dayEndOf(r);
  const negated = w.negated === undefined ? false : w.negated;
  if (w.types && w.types.length > 0 && !w.types.includes(r.type)) return false;
  if (w.since && !(dayEnd !== null && dayEnd >= w.since)) return false;
  if (w.until && !(day !== null && day <= w.until)) return false;
  if (w.modalities && w.modalities.length > 0 && !w.modalities.includes(r.modality)) return false;
  if (negated !== null && r.negated !== negated) return false;
  return true;
}

/** Aggregates count what happened unless modalities are given. */
export const aggregate = (w: Window): Window => (w.modalities === undefined ? { ...w, modalities: ['ASSERTED', 'REPORTED'] } : w);

const other = (r: DumpedRelation, id: string) => (r.source === id ? r.target : r.source);

/** Simple paths (no actor twice) of at most maxDepth relations, shortest first; parallel relations make distinct paths. */
export function simplePaths(
  relations: readonly DumpedRelation[],
  from: string,
  to: string,
  maxDepth: number,
  excludeActorIds: readonly string[] = [],
): { nodes: string[]; edges: string[] }[] {
  const byActor = new Map<string, DumpedRelation[]>();
  for (const r of relations) {
    for (const end of [r.source, r.target]) byActor.set(end, [...(byActor.get(end) ?? []), r]);
  }
  const excluded = new Set(excludeActorIds);
  const found: { nodes: string[]; edges: string[] }[] = [];
  const walk = (nodes: string[], edges: string[]) => {
    const here = nodes.at(-1)!;
    if (here === to) {
      found.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    if (edges.length === maxDepth) return;
    for (const r of byActor.get(here) ?? []) {
      const next = other(r, here);
      if (nodes.includes(next) || excluded.has(next)) continue;
      nodes.push(next);
      edges.push(r.id);
      walk(nodes, edges);
      nodes.pop();
      edges.pop();
    }
  };
  if (from !== to && !excluded.has(to)) walk([from], []);
  return found.sort((a, b) => a.edges.length - b.edges.length);
}

/**
 * Breadth-first neighborhood without a limit: actor ids by level, each level ordered by its most
 * recent relation with the level before (the latest day, a relation's day being its date, else the
 * day it was first reported), then by id: the order in which the limit keeps them.
 */
export function neighborhoodLevels(relations: readonly DumpedRelation[], center: string, depth: number): string[][] {
  const seen = new Set([center]);
  const levels = [[center]];
  for (let level = 0; level < depth; level += 1) {
    const previous = new Set(levels[level]);
    const latest = new Map<string, string>();
    const reach = (from: string, to: string, r: DumpedRelation) => {
      if (!previous.has(from) || seen.has(to)) return;
      const day = dayOf(r) ?? '';
      if (!latest.has(to) || day > latest.get(to)!) latest.set(to, day);
    };
    for (const r of relations) {
      reach(r.source, r.target, r);
      reach(r.target, r.source, r);
    }
    if (latest.size === 0) break;
    const ranked = [...latest].sort(([a, x], [b, y]) => (x === y ? (a < b ? -1 : 1) : x > y ? -1 : 1)).map(([id]) => id);
    ranked.forEach((id) => seen.add(id));
    levels.push(ranked);
  }
  return levels;
}

/** Folds text as analysts expect search to: case, accents and apostrophes do not matter. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A quote matches a text filter when every word of the filter is a word of the quote. */
export const quoteHasWords = (quote: string, text: string) => {
  const words = new Set(foldWords(quote));
  return foldWords(text).every((word) => words.has(word));
};

/** Date order: by span, start then end (on one first day: the day, then the month, then the year), then id. */
export const byDayThenId = (a: DumpedRelation, b: DumpedRelation) => {
  const [x, y] = [`${dayOf(a) ?? ''}|${dayEndOf(a) ?? ''}`, `${dayOf(b) ?? ''}|${dayEndOf(b) ?? ''}`];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** Newest first: by span, start then end, both descending; ties (the same span) by id, as oldest first. */
export const newestFirst = (a: DumpedRelation, b: DumpedRelation) => {
  const [x, y] = [`${dayOf(a) ?? ''}|${dayEndOf(a) ?? ''}`, `${dayOf(b) ?? ''}|${dayEndOf(b) ?? ''}`];
  return x < y ? 1 : x > y ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** A deterministic pseudo-random generator (mulberry32), so a failing case can be replayed. */
export function random(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] => {
    const count = 1 + int(max);
    return [...new Set(Array.from({ length: count }, () => pick(items)))];
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}
