import { describe, expect, it } from 'vitest';
import { asStated, periodOf } from '../../../src/graph/dates/partial-date.js';

describe('partial dates', () => {
  it('stand for their whole period, leap years included', () => {
    expect(periodOf('2012-08')).toEqual({ start: '2012-08-01', end: '2012-08-31', precision: 'MONTH' });
    expect(periodOf('2012-02')).toEqual({ start: '2012-02-01', end: '2012-02-29', precision: 'MONTH' });
    expect(periodOf('2015-02')).toEqual({ start: '2015-02-01', end: '2015-02-28', precision: 'MONTH' });
    expect(periodOf('2012')).toEqual({ start: '2012-01-01', end: '2012-12-31', precision: 'YEAR' });
    expect(periodOf('2015-12-21')).toEqual({ start: '2015-12-21', end: '2015-12-21', precision: 'DAY' });
  });

  it('are written back as the text gave them', () => {
    for (const value of ['2012-08', '2012', '2015-12-21']) expect(asStated(periodOf(value).start, periodOf(value).precision)).toBe(value);
    expect(asStated(null, 'DAY')).toBeNull();
  });
});
