/**
 * Dates as precise as the text gives them: a day (2015-12-21), a month (2012-08) or a year (2012).
 * A partial date stands for its whole period: stored as its first day (`date`), its last day
 * (`dateEnd`) and its precision, so a window keeps it when the period overlaps the window.
 */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;

export interface DatePeriod {
  start: string;
  end: string;
  precision: DatePrecision;
}

export function precisionOf(value: string): DatePrecision {
  return value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
}

/** The first and last day of a partial date ("2012-08" → 2012-08-01 … 2012-08-31). */
export function periodOf(value: string): DatePeriod {
  const precision = precisionOf(value);
  if (precision === 'DAY') return { start: value, end: value, precision };
  if (precision === 'YEAR') return { start: `${value}-01-01`, end: `${value}-12-31`, precision };
  const [year, month] = value.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: `${value}-01`, end: `${value}-${String(lastDay).padStart(2, '0')}`, precision };
}

/** A stored first day and precision written back as the text gave it ("2012-08-01", MONTH → "2012-08"). */
export function asStated(day: string | null, precision: DatePrecision | null | undefined): string | null {
  if (!day) return null;
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day.slice(0, 10);
}
