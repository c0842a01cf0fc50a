import { HAPPENED_MODALITIES, type Modality } from '../../vocabulary/modalities.js';
import { SYMMETRIC_RELATION_TYPES, type RelationType } from '../../vocabulary/relation-types.js';

/**
 * The filters every traversal honours. A relation's day is its event date, or the day it was
 * first reported when the text gives none, so "the graph as it stood in December 2015" also
 * keeps undated facts reported then.
 */
export interface RelationWindow {
  types?: readonly RelationType[] | null;
  since?: string | null;
  until?: string | null;
  modalities?: readonly Modality[] | null;
  /**
   * Omitted: only what is not negated (the one default of every query, `DEFAULT_NEGATED`);
   * null: both; false: only what happened; true: only what is stated as not happening.
   */
  negated?: boolean | null;
}

/** Negated relations ("did not meet") are left out unless asked for, by every query. */
export const DEFAULT_NEGATED = false;

/** The parameters the cypher/ statements expect for a window (null meaning "no filter"). */
export function windowParams(window: RelationWindow): Record<string, unknown> {
  return {
    types: window.types && window.types.length > 0 ? [...window.types] : null,
    since: window.since ?? null,
    until: window.until ?? null,
    modalities: window.modalities && window.modalities.length > 0 ? [...window.modalities] : null,
    negated: window.negated === undefined ? DEFAULT_NEGATED : window.negated,
    symmetricTypes: SYMMETRIC_RELATION_TYPES,
  };
}

/** Bounds of a date range index seek when only one end of the window is given. */
const EARLIEST_DAY = '0001-01-01';
const LATEST_DAY = '9999-12-31';

/** The seeks of a window in the per-type date indexes (`windowSeek`). */
export interface WindowSeek {
  /** False: no window, nothing to seek (always a map, so Neo4j keeps one plan whether or not a window is given). */
  window: boolean;
  /** The dated relations whose first day lies in the window: from `datedFrom` to `to`. */
  datedFrom: string;
  /**
   * The days before the window on which a dated relation overlapping it can start: the first day of
   * since's month (a month's period) and of its year (a year's), when they precede since.
   */
  periodStarts: string[];
  /** The first day of since's year: where a read of the date index in date order must start to meet those periods. */
  yearFrom: string;
  /** The undated relations first reported in the window: from `seenFrom` to `to`. */
  seenFrom: string;
  to: string;
}

/**
 * A window as seeks in the per-type date indexes. A dated relation's period (a day, a month or a
 * year, stored as its first day) overlaps [since, until] only if it starts in the window, or on the
 * first day of since's month or year (a period that starts earlier ends before since); an undated
 * one's day is the day it was first reported. The statement still applies the exact window to what
 * the seeks find.
 */
export function windowSeek(window: RelationWindow): WindowSeek {
  const { since, until } = window;
  const yearFrom = since ? `${since.slice(0, 4)}-01-01` : EARLIEST_DAY;
  const monthFrom = since ? `${since.slice(0, 7)}-01` : EARLIEST_DAY;
  return {
    window: Boolean(since || until),
    datedFrom: since ?? EARLIEST_DAY,
    periodStarts: since ? [...new Set([yearFrom, monthFrom])].filter((day) => day < since) : [],
    yearFrom,
    seenFrom: since ?? EARLIEST_DAY,
    to: until ?? LATEST_DAY,
  };
}

/** An aggregate's window: modalities default to what happened (`HAPPENED_MODALITIES`). */
export function aggregateWindow<W extends RelationWindow>(window: W): W {
  return window.modalities === undefined ? { ...window, modalities: HAPPENED_MODALITIES } : window;
}
