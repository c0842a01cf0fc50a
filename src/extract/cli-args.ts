import { isIsoDate } from '../graph/dates/iso-date.js';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findPublicationDate } from './dates.js';

/** The options of `extract`, parsed apart from the CLI so that more flags (`--ingest`) can be added in one place. */
export interface ExtractArgs {
  file: string;
  date?: string;
  url?: string;
  title?: string;
  id?: string;
  source?: string;
  /** The boolean flags given: `ingest`, `no-graph`. */
  flags: Partial<Record<'ingest' | 'no-graph', true>>;
}

export class ExtractUsageError extends Error {
  readonly code = 'BAD_USAGE';
}

export const EXTRACT_USAGE = 'usage: extract <briefing.txt> [--date YYYY-MM-DD] [--url URL] [--title T] [--id ID] [--source OUTLET]';

/** The flags of `extract` and what each means: the one table the command line runner and `--help` read. */
export const EXTRACT_OPTIONS = {
  date: { type: 'string', description: 'publication day, YYYY-MM-DD (default: one in the file name, else in the first lines)' },
  url: { type: 'string', description: "the briefing's URL" },
  title: { type: 'string', description: 'its title (default: the file name)' },
  id: { type: 'string', description: "the briefing's id (default: the slug of the file name)" },
  source: { type: 'string', description: 'the outlet' },
  ingest: { type: 'boolean', description: 'extract and ingest in one step (the local Neo4j is started if needed)' },
  'no-graph': { type: 'boolean', description: "do not recognise the graph's actors, even when it is reachable" },
} as const;

type ExtractValues = { [K in keyof typeof EXTRACT_OPTIONS]?: (typeof EXTRACT_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** The command line's files and flag values (as node:util parseArgs gives them) → extract's arguments, checked. */
export function extractArgs(files: readonly string[], given: ExtractValues): ExtractArgs {
  const { ingest, 'no-graph': noGraph, ...values } = given;
  if (files.length !== 1) throw new ExtractUsageError(`give exactly one briefing file\n${EXTRACT_USAGE}`);
  if (values.date !== undefined && !isIsoDate(values.date)) throw new ExtractUsageError(`--date must be a date written YYYY-MM-DD, not "${values.date}"`);
  const flags: ExtractArgs['flags'] = {};
  if (ingest === true) flags.ingest = true;
  if (noGraph === true) flags['no-graph'] = true;
  return { file: files[0]!, ...values, flags };
}

/** An argument list parsed against `EXTRACT_OPTIONS` (what `diplograph extract` does before `extractArgs`). */
export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: EXTRACT_OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new ExtractUsageError(`${(error as Error).message.split('. ')[0]}\n${EXTRACT_USAGE}`);
  }
  return extractArgs(parsed.positionals, parsed.values);
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
