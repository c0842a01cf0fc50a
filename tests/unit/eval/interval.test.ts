import { describe, expect, it } from 'vitest';
import { bootstrapIntervals, pairedF1Difference, type BriefingCounts } from '../../../src/eval/interval.js';
import { addCounts, f1, precision, recall, type Counts } from '../../../src/eval/score.js';

/** A generated set of briefings: uneven sizes and hit rates, as held-out sets are. */
function briefings(n: number, seed: number): BriefingCounts[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  return Array.from({ length: n }, (_, i) => {
    const gold = 10 + Math.floor(next() * 25);
    const tp = Math.floor(gold * (0.1 + next() * 0.6));
    return { id: `b${i}`, tp, fn: gold - tp, fp: Math.floor(next() * 8) };
  });
}

const totalOf = (counts: Counts[]) => counts.reduce(addCounts, { tp: 0, fp: 0, fn: 0 });

describe('bootstrap intervals over briefings', () => {
  it("hold the set's own figures, and are the same for the same seed", () => {
    const set = briefings(15, 7);
    const all = totalOf(set);
    const intervals = bootstrapIntervals(set);
    for (const [figure, value] of [
      ['precision', precision(all)],
      ['recall', recall(all)],
      ['f1', f1(all)],
    ] as const) {
      expect(intervals[figure].low, figure).toBeLessThanOrEqual(value);
      expect(intervals[figure].high, figure).toBeGreaterThanOrEqual(value);
      expect(intervals[figure].low, figure).toBeLessThan(intervals[figure].high);
    }
    expect(bootstrapIntervals(set)).toEqual(intervals);
    expect(bootstrapIntervals(set, { seed: 2 })).not.toEqual(intervals);
  });

  it('narrow as the set grows: 15 briefings say less than 240 of the same kind', () => {
    const width = (set: BriefingCounts[]) => {
      const { f1: interval } = bootstrapIntervals(set);
      return interval.high - interval.low;
    };
    expect(width(briefings(240, 7))).toBeLessThan(width(briefings(15, 7)) / 2);
  });

  it('are a point where every briefing reads the same', () => {
    const same = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, tp: 3, fp: 1, fn: 2 }));
    const { precision: p, recall: r } = bootstrapIntervals(same);
    expect(p).toEqual({ low: 0.75, high: 0.75 });
    expect(r).toEqual({ low: 0.6, high: 0.6 });
  });

  it('refuse an empty set and a resample count that is no positive integer', () => {
    expect(() => bootstrapIntervals([])).toThrow(/no briefings/);
    expect(() => bootstrapIntervals(briefings(3, 1), { resamples: 0 })).toThrow(/resamples/);
  });
});

describe('the paired F1 difference of two versions', () => {
  it('is the difference of the pooled F1s on the shared briefings, and matches only shared ids', () => {
    const first = briefings(15, 11);
    const second = first.map((c, i) => (i % 3 === 0 ? { ...c, tp: c.tp + 1, fn: c.fn - 1 } : c)).concat({ id: 'only-second', tp: 50, fp: 0, fn: 0 });
    const result = pairedF1Difference(first, second);
    expect(result.briefings).toBe(15);
    const expected = f1(totalOf(second.slice(0, 15))) - f1(totalOf(first));
    expect(result.difference).toBeCloseTo(expected, 12);
    expect(result.difference).toBeGreaterThan(0);
  });

  it('a gain on every briefing is certain; no change at all is never better', () => {
    const first = briefings(15, 3).map((c) => ({ ...c, tp: c.tp + 1, fn: c.fn + 1 }));
    const better = first.map((c) => ({ ...c, tp: c.tp + 1, fn: c.fn - 1 }));
    const gain = pairedF1Difference(first, better);
    expect(gain.interval.low).toBeGreaterThan(0);
    expect(gain.notBetter).toBe(0);
    const none = pairedF1Difference(first, first);
    expect(none.difference).toBe(0);
    expect(none.interval).toEqual({ low: 0, high: 0 });
    expect(none.notBetter).toBe(1);
  });

  it('a gain on one briefing and a loss on another is within the noise', () => {
    const first = briefings(15, 5).map((c) => ({ ...c, tp: c.tp + 2, fn: c.fn + 2 }));
    const mixed = first.map((c, i) => (i === 0 ? { ...c, tp: c.tp + 2, fn: c.fn - 2 } : i === 1 ? { ...c, tp: c.tp - 1, fn: c.fn + 1 } : c));
    const result = pairedF1Difference(first, mixed);
    expect(result.interval.low).toBeLessThan(0);
    expect(result.interval.high).toBeGreaterThan(0);
  });
});
