import { isIsoDate } from '../graph/dates/iso-date.js';
import path from 'node:path';
import { findPublicationDate } from './dates.js';

/** The options of `extract`, parsed apart from the CLI so that more flags (`--ingest`) can be added in one place. */
export interface ExtractArgs {
  file: string;
  date?: string;
  url?: string;
  title?: string;
  id?: string;
  source?: string;
  /** Flags this module does not know, kept for the caller ("--ingest"). */
  flags: Record<string, string | true>;
}

export class ExtractUsageError extends Error {
  readonly code = 'BAD_USAGE';
}

export const EXTRACT_USAGE = 'usage: extract <briefing.txt> [--date YYYY-MM-DD] [--url URL] [--title T] [--id ID] [--source OUTLET]';
const VALUED = new Set(['date', 'url', 'title', 'id', 'source']);

export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const files: string[] = [];
  const values: Record<string, string> = {};
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (VALUED.has(name)) {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined || value.startsWith('--')) throw new ExtractUsageError(`--${name} needs a value\n${EXTRACT_USAGE}`);
      values[name] = value;
    } else flags[name] = inline ?? true;
  }
  if (files.length !== 1) throw new ExtractUsageError(`give exactly one briefing file\n${EXTRACT_USAGE}`);
  if (values.date !== undefined && !isIsoDate(values.date)) throw new ExtractUsageError(`--date must be a date written YYYY-MM-DD, not "${values.date}"`);
  return { file: files[0]!, ...values, flags };
}

/** The publication date: --date, else one written in the file name, else in the text's first lines. */
export function resolvePublicationDate(args: ExtractArgs, text: string): string {
  if (args.date) return args.date;
  const found = findPublicationDate(path.basename(args.file), text.slice(0, 600));
  if (!found) {
    throw new ExtractUsageError(`no publication date: none in the file name nor in the text's first lines; pass --date YYYY-MM-DD`);
  }
  return found;
}
