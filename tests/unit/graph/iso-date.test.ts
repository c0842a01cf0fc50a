import { describe, expect, it } from 'vitest';
import { parseExtractArgs } from '../../../src/extract/cli-args.js';
import { isIsoDate } from '../../../src/graph/dates/iso-date.js';
import { DateScalar } from '../../../src/graphql/date-scalar.js';
import { briefingMetaSchema } from '../../../src/ingest/briefing-format.js';

const meta = (publishedAt: string) => ({ id: 'b', title: 'T', publishedAt, url: 'https://example.org', source: 'S', text: 'x' });

describe('one reading of YYYY-MM-DD for files, the API and the command line', () => {
  // Real days only, recomputed from the calendar rather than listed by hand.
  const candidates = ['2016-02-29', '2015-02-29', '2015-04-31', '2015-12-21', '2015-13-01', '2015-4-1', '2015-12-21T00:00:00Z', ''];
  const realDay = (value: string) => {
    const day = new Date(`${value}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  };

  for (const value of candidates) {
    it(`${JSON.stringify(value)}: ${realDay(value) ? 'a day' : 'refused'} everywhere`, () => {
      const expected = realDay(value);
      expect(isIsoDate(value)).toBe(expected);
      expect(briefingMetaSchema.safeParse(meta(value)).success).toBe(expected);
      expect(() => DateScalar.parseValue(value)).toSatisfy((run: () => unknown) => {
        try {
          run();
          return expected;
        } catch {
          return !expected;
        }
      });
      const args = () => parseExtractArgs(['briefing.txt', '--date', value]);
      if (expected) expect(args().date).toBe(value);
      else expect(args).toThrow(/--date must be a date written YYYY-MM-DD/);
    });
  }
});
