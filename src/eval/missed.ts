import type { GoldFile } from './gold.js';
import type { RelationOutcome } from './score.js';

/** The indices, among the required gold relations, of those the score reports missed (its false negatives, matched back one for one). Pure. */
export function missedIndices(required: readonly GoldFile['relations'][number][], falseNegatives: readonly RelationOutcome[]): Set<number> {
  const out = new Set<number>();
  for (const fn of falseNegatives) {
    const i = required.findIndex((r, j) => !out.has(j) && r.source === fn.source && r.type === fn.type && r.target === fn.target);
    if (i >= 0) out.add(i);
  }
  return out;
}
