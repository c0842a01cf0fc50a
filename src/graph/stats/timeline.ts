import type { RelationRef } from '../shared/records.js';

export interface TimelineDay {
  date: string;
  dateFromReport: boolean;
  relations: RelationRef[];
}

/** Groups date-ordered relation refs by their effective day, keeping the order. Pure. */
export function groupByDay(refs: readonly RelationRef[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const ref of refs) {
    if (!ref.day) continue;
    let current = days.at(-1);
    if (!current || current.date !== ref.day) {
      current = { date: ref.day, dateFromReport: true, relations: [] };
      days.push(current);
    }
    current.relations.push(ref);
    if (ref.dated) current.dateFromReport = false;
  }
  return days;
}
