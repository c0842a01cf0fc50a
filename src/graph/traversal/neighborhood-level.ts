/** An actor reached from a neighborhood's level, with the latest day of a relation that reached it. */
export interface Candidate {
  id: string;
  /** YYYY-MM-DD: the relation's date, or the day it was first reported when it has none. */
  day: string;
}

/** A level's order: the most recent relation first (latest day), then id; the limit keeps the first. */
export function rankLevel(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => (a.day === b.day ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.day > b.day ? -1 : 1));
}
