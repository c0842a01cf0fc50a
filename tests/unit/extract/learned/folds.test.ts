import { describe, expect, it } from 'vitest';
import { groupedFolds } from '../../../../src/extract/learned/folds.js';
import type { AnnotatedBriefing } from '../../../../src/extract/learned/training-set.js';

const briefing = (file: string) => ({ file }) as AnnotatedBriefing;

describe('groupedFolds', () => {
  const names = ['e.txt', 'a.txt', 'g.txt', 'c.txt', 'b.txt', 'f.txt', 'd.txt'];

  it('puts every briefing in exactly one fold, in name order every k-th from the i-th, whatever order they come in', () => {
    const briefings = names.map(briefing);
    const { sorted, fold } = groupedFolds(briefings, 3);
    expect(sorted.map((b) => b.file)).toEqual([...names].sort());
    expect(sorted.map((b) => fold.get(b))).toEqual([0, 1, 2, 0, 1, 2, 0]);
    const reversed = groupedFolds([...briefings].reverse(), 3);
    for (const b of briefings) expect(reversed.fold.get(b)).toBe(fold.get(b));
  });
});
