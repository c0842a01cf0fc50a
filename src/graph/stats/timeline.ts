import type { DatePrecision } from '../dates/partial-date.js';
import type { RelationRef } from '../shared/records.js';

/** One entry of a timeline: a day, or a whole month or year for relations the text dates no closer. */
export interface TimelineDay {
  /** The first day of the span. */
  date: string;
  /** The last day of the span (the same day for a day). */
  dateEnd: string;
  datePrecision: DatePrecision;
  dateFromReport: boolean;
  relations: RelationRef[];
}

/**
 * Groups relation refs, ordered by their span (start, then end), into one entry per span, keeping
 * the order: a relation of "August 2012" is on an entry 2012-08-01…2012-08-31 (MONTH) after the
 * entry of 2012-08-01 itself, never on that day. Pure.
 */
export function groupByDay(refs: readonly RelationRef[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const ref of refs) {
    if (!ref.day) continue;
    const dateEnd = ref.dayEnd ?? ref.day;
    let current = days.at(-1);
    if (current?.date !== ref.day || current.dateEnd !== dateEnd) {
      current = { date: ref.day, dateEnd, datePrecision: ref.precision ?? 'DAY', dateFromReport: true, relations: [] };
      days.push(current);
    }
    current.relations.push(ref);
    if (ref.dated) current.dateFromReport = false;
  }
  return days;
}
