import { z } from 'zod';

/** The one reading of a calendar day written YYYY-MM-DD (a real day: no 2015-02-29), for files, the API and the CLIs. */
export const ISO_DATE_RULE = 'must be a date written YYYY-MM-DD';

export const isoDateSchema = z.iso.date({ error: ISO_DATE_RULE });

export function isIsoDate(value: unknown): boolean {
  return isoDateSchema.safeParse(value).success;
}
