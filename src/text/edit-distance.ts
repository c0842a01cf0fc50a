/** The most edits a fuzzy name match looks for by default: further apart, the count stops mattering. */
export const MAX_FUZZY_DISTANCE = 2;

/**
 * Levenshtein distance between two (folded) names, given up early: any distance above `limit`
 * is returned as limit + 1, so comparing a name with a whole gazetteer stays cheap.
 */
export function editDistance(a: string, b: string, limit = MAX_FUZZY_DISTANCE): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
