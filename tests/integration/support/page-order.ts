import { SYMMETRIC_RELATION_TYPES } from '../../../src/vocabulary/relation-types.js';

/** A relation as a page test wrote it: what the plain recomputation of a page reads. */
export interface WrittenRelation {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string | null;
  dateEnd: string | null;
  firstSeen: string;
  negated: boolean;
  modality: string;
}

/** The filters of an actor's `relations` page, as the GraphQL field takes them. */
export interface PageFilters {
  types?: string[];
  direction?: 'OUT' | 'IN' | 'BOTH';
  since?: string;
  until?: string;
  modalities?: string[];
  negated?: boolean | null;
}

/**
 * An actor's relations a page of them must give, in the page's order (day, last day, id), recomputed in plain
 * TypeScript from what was written: the API's defaults (not negated, both directions), a symmetric type in either
 * direction, a relation of the actor with itself (a merge's) hidden.
 */
export function expectedPage(written: readonly WrittenRelation[], actor: string, filters: PageFilters): string[] {
  const dayOf = (r: WrittenRelation) => r.date ?? r.firstSeen;
  const dayEndOf = (r: WrittenRelation) => r.dateEnd ?? r.date ?? r.firstSeen;
  const negated = filters.negated === undefined ? false : filters.negated;
  const direction = filters.direction ?? 'BOTH';
  return written
    .filter(
      (r) =>
        (r.source === actor || r.target === actor) &&
        r.source !== r.target &&
        (!filters.types || filters.types.includes(r.type)) &&
        (direction === 'BOTH' ||
          (SYMMETRIC_RELATION_TYPES as readonly string[]).includes(r.type) ||
          (direction === 'OUT' ? r.source === actor : r.target === actor)) &&
        (!filters.since || dayEndOf(r) >= filters.since) &&
        (!filters.until || dayOf(r) <= filters.until) &&
        (!filters.modalities || filters.modalities.includes(r.modality)) &&
        (negated === null || r.negated === negated),
    )
    .sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || dayEndOf(a).localeCompare(dayEndOf(b)) || a.id.localeCompare(b.id))
    .map((r) => r.id);
}

/** The filters as the `relations` field's arguments ("types: [MET], since: \"2013-01-05\""); empty for none. */
export function pageArgs(filters: PageFilters): string {
  const parts: string[] = [];
  if (filters.types) parts.push(`types: [${filters.types.join(', ')}]`);
  if (filters.direction) parts.push(`direction: ${filters.direction}`);
  if (filters.since) parts.push(`since: "${filters.since}"`);
  if (filters.until) parts.push(`until: "${filters.until}"`);
  if (filters.modalities) parts.push(`modalities: [${filters.modalities.join(', ')}]`);
  if (filters.negated !== undefined) parts.push(`negated: ${filters.negated}`);
  return parts.join(', ');
}
