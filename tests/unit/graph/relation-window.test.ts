import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/graph/dates/partial-date.js';
import { windowSeek } from '../../../src/graph/shared/relation-window.js';

/** Whether a dated relation stored as `period` (its first and last day) overlaps [since, until]. */
const overlaps = (period: { start: string; end: string }, since: string, until: string) => period.start <= until && period.end >= since;

/** Whether the seeks of a window find a relation whose period starts on `start`. */
const sought = (start: string, since: string, until: string) => {
  const seek = windowSeek({ since, until });
  return (start >= seek.datedFrom && start <= seek.to) || seek.periodStarts.includes(start);
};

describe('the date index seeks of a window', () => {
  it('read the window itself and the first days of its first month and year, not the year up to it', () => {
    expect(windowSeek({ since: '2012-03-10', until: '2012-03-31' })).toMatchObject({
      window: true,
      datedFrom: '2012-03-10',
      periodStarts: ['2012-01-01', '2012-03-01'],
      yearFrom: '2012-01-01',
      seenFrom: '2012-03-10',
      to: '2012-03-31',
    });
    // A window starting on a month's or a year's first day reads that day in its range already.
    expect(windowSeek({ since: '2012-03-01', until: '2012-03-31' }).periodStarts).toEqual(['2012-01-01']);
    expect(windowSeek({ since: '2012-01-01' }).periodStarts).toEqual([]);
    expect(windowSeek({ until: '2012-03-31' })).toMatchObject({ window: true, periodStarts: [], to: '2012-03-31' });
    expect(windowSeek({})).toMatchObject({ window: false, periodStarts: [] });
  });

  it('find every day, month and year period that overlaps a window', () => {
    const windows = [
      ['2012-03-10', '2012-03-31'],
      ['2012-03-01', '2012-04-15'],
      ['2012-01-01', '2012-01-01'],
      ['2012-12-31', '2013-01-02'],
      ['2011-11-20', '2012-02-10'],
    ] as const;
    const periods = ['2011', '2012', '2013', '2011-11', '2011-12', '2012-01', '2012-02', '2012-03', '2012-04', '2012-12', '2013-01'];
    for (let day = Date.UTC(2011, 10, 1); day <= Date.UTC(2013, 0, 31); day += 86_400_000) periods.push(new Date(day).toISOString().slice(0, 10));
    for (const [since, until] of windows)
      for (const value of periods) {
        const period = periodOf(value);
        if (overlaps(period, since, until)) expect(sought(period.start, since, until), `${value} in ${since}..${until}`).toBe(true);
      }
  });
});
