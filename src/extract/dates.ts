import type { Token } from './tokenize.js';

/** A date expression found in a sentence, resolved against the publication date. */
export interface DateMention {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The day meant, YYYY-MM-DD; null when the text names only a month or a year. */
  date: string | null;
  /** For a weekday: the next such day on or after the reference (a planned event's "on Wednesday"). */
  forward?: string;
  /** 'vague': a time that is not a day ("last week", "in 2020", "a week after", "days ago"). */
  kind: 'weekday' | 'day' | 'month' | 'relative' | 'vague';
  /** "Monday's meeting": the date qualifies the noun after it, not the clause. */
  possessive: boolean;
  /** The preposition before it ("on", "since", "from"...), lower-case, or null. */
  preposition: string | null;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const RELATIVE: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

export const isMonthWord = (lower: string): boolean => lower in MONTHS;
export const isWeekdayWord = (lower: string): boolean => lower in WEEKDAYS;

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
function addDays(isoDate: string, days: number): string {
  const d = utc(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The most recent given weekday strictly before the publication date. */
export function resolveWeekday(weekday: number, publishedAt: string): string {
  const published = utc(publishedAt).getUTCDay();
  const back = (published - weekday + 7) % 7 || 7;
  return addDays(publishedAt, -back);
}

/** A month and day without a year: the most recent such day not after the publication date. */
export function resolveMonthDay(month: number, day: number, publishedAt: string, year?: number): string | null {
  if (day < 1 || day > 31) return null;
  const pubYear = Number(publishedAt.slice(0, 4));
  let y = year ?? pubYear;
  const make = (yy: number) => `${String(yy).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (year === undefined && make(y) > publishedAt) y -= 1;
  const candidate = make(y);
  return iso(utc(candidate)) === candidate ? candidate : null;
}

/** The next given weekday on or after the reference date. */
export function resolveWeekdayForward(weekday: number, reference: string): string {
  const day = utc(reference).getUTCDay();
  return addDays(reference, (weekday - day + 7) % 7);
}

const VAGUE_UNITS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'weekend', 'decade', 'decades', 'days', 'day']);
const VAGUE_DEICTIC = new Set(['last', 'next', 'this', 'past', 'previous', 'coming']);
const VAGUE_AFTER = new Set(['ago', 'after', 'before', 'earlier', 'later']);
const COUNT = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)$/;

/**
 * Date expressions in a sentence. `publishedAt` resolves them, or `dateline` (the story's own date, from
 * "ISTANBUL, March 29 (Reuters) -") when there is one. A past weekday names the latest such day on or before that
 * day: a wire or digest of Tuesday reports Tuesday's news "on Tuesday" (the development annotations date such
 * relations to the day itself, never a week before).
 */
export function findDates(tokens: Token[], publishedAt: string, dateline: string | null = null): DateMention[] {
  const found: DateMention[] = [];
  const pastReference = addDays(dateline ?? publishedAt, 1);
  const forwardReference = dateline ?? publishedAt;
  const prep = (i: number): string | null => {
    const t = tokens[i - 1];
    if (t && (t.lower === 'last' || t.lower === 'this' || t.lower === 'next')) return prep(i - 1) ?? t.lower;
    return t && /^\p{Ll}+$/u.test(t.text) ? t.lower : null;
  };
  const possessiveAt = (i: number) => tokens[i]?.text === '’s' || tokens[i]?.text === "'s";
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.lower in WEEKDAYS && t.cap) {
      const possessive = possessiveAt(i + 1);
      const w = WEEKDAYS[t.lower]!;
      const last = tokens[i - 1]?.lower === 'last';
      found.push({
        start: last ? i - 1 : i,
        end: possessive ? i + 2 : i + 1,
        date: resolveWeekday(w, pastReference),
        forward: last ? resolveWeekday(w, pastReference) : resolveWeekdayForward(w, forwardReference),
        kind: 'weekday',
        possessive,
        preposition: prep(last ? i - 1 : i),
      });
      continue;
    }
    // "last week", "this month", "next year", "a week after", "two days ago", "in 2020"
    if (VAGUE_DEICTIC.has(t.lower) && VAGUE_UNITS.has(tokens[i + 1]?.lower ?? '')) {
      found.push({ start: i, end: i + 2, date: null, kind: 'vague', possessive: false, preposition: prep(i) });
      i += 1;
      continue;
    }
    if (COUNT.test(t.lower) && VAGUE_UNITS.has(tokens[i + 1]?.lower ?? '') && VAGUE_AFTER.has(tokens[i + 2]?.lower ?? '')) {
      found.push({ start: i, end: i + 3, date: null, kind: 'vague', possessive: false, preposition: prep(i) });
      i += 2;
      continue;
    }
    if (/^(1[89]|20)\d{2}$/.test(t.text) && ['in', 'since', 'until', 'by', 'during'].includes(tokens[i - 1]?.lower ?? '')) {
      found.push({ start: i, end: i + 1, date: null, kind: 'vague', possessive: false, preposition: prep(i) });
      continue;
    }
    if (t.lower in RELATIVE) {
      const possessive = possessiveAt(i + 1);
      found.push({
        start: i,
        end: possessive ? i + 2 : i + 1,
        date: addDays(forwardReference, RELATIVE[t.lower]!),
        kind: 'relative',
        possessive,
        preposition: prep(i),
      });
      continue;
    }
    if (t.lower in MONTHS && t.cap && !(t.lower === 'may' && !/^\d/.test(tokens[i + 1]?.text ?? ''))) {
      const month = MONTHS[t.lower]!;
      let j = i + 1;
      if (tokens[j]?.text === '.') j += 1;
      const dayToken = tokens[j];
      if (dayToken && /^\d{1,2}$/.test(dayToken.text)) {
        let end = j + 1;
        let year: number | undefined;
        if (tokens[end]?.text === ',' && /^\d{4}$/.test(tokens[end + 1]?.text ?? '')) {
          year = Number(tokens[end + 1]!.text);
          end += 2;
        } else if (/^\d{4}$/.test(tokens[end]?.text ?? '')) {
          year = Number(tokens[end]!.text);
          end += 1;
        }
        found.push({
          start: i,
          end,
          date: resolveMonthDay(month, Number(dayToken.text), forwardReference, year),
          kind: 'day',
          possessive: possessiveAt(end),
          preposition: prep(i),
        });
        i = end - 1;
        continue;
      }
      const before = tokens[i - 1];
      if (before && /^\d{1,2}$/.test(before.text)) {
        let end = i + 1;
        let year: number | undefined;
        if (/^\d{4}$/.test(tokens[end]?.text ?? '')) {
          year = Number(tokens[end]!.text);
          end += 1;
        }
        found.push({
          start: i - 1,
          end,
          date: resolveMonthDay(month, Number(before.text), forwardReference, year),
          kind: 'day',
          possessive: false,
          preposition: prep(i - 1),
        });
        i = end - 1;
        continue;
      }
      const end = /^\d{4}$/.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
      found.push({ start: i, end, date: null, kind: 'month', possessive: false, preposition: prep(i) });
      i = end - 1;
    }
  }
  return found;
}

/** Finds a date for the briefing itself in free text or a file name (ISO, or "22 December 2015", "December 22, 2015"). */
export function findPublicationDate(...sources: string[]): string | null {
  for (const source of sources) {
    const isoMatch = /(\d{4})-(\d{2})-(\d{2})/.exec(source);
    if (isoMatch) {
      const candidate = `${isoMatch[1]}-${isoMatch[2]}-${isoMatch[3]}`;
      if (iso(utc(candidate)) === candidate) return candidate;
    }
    const dmy = /\b(\d{1,2})\s+([A-Z][a-z]+)\.?\s+(\d{4})\b/.exec(source);
    if (dmy && dmy[2]!.toLowerCase() in MONTHS) {
      return resolveMonthDay(MONTHS[dmy[2]!.toLowerCase()]!, Number(dmy[1]), '9999-12-31', Number(dmy[3]));
    }
    const mdy = /\b([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(source);
    if (mdy && mdy[1]!.toLowerCase() in MONTHS) {
      return resolveMonthDay(MONTHS[mdy[1]!.toLowerCase()]!, Number(mdy[2]), '9999-12-31', Number(mdy[3]));
    }
  }
  return null;
}
