import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadEnv } from '../config/env.js';
import { openDatabase, openIfReachable } from '../db/open.js';
import { EXTRACT_OPTIONS, ExtractUsageError, extractArgs, resolvePublicationDate, type ExtractArgs } from '../extract/cli-args.js';
import { slugify } from '../text/fold.js';
import { extractAndIngest, extractWithGraph } from '../review/extract-and-ingest.js';
import { describeMatches } from '../review/resolve-draft.js';
import { reviewFirst } from '../review/review-first.js';
import { describeOutcome } from './describe-ingest.js';
import { EXIT_OK, runCommand, UsageError } from './run-cli.js';

/**
 * extract <briefing.txt> [--date D] [--url U] [--title T] [--id ID] [--source S] [--ingest] [--no-graph]
 * Prints the draft briefing as JSON on stdout (and nothing else there). With a reachable graph its
 * actors are recognised and the draft's actors are resolved against it (reported on stderr).
 * --ingest extracts and ingests in one step (the local Neo4j is started if needed).
 */
/** What the extractor could not read, on stderr (stdout holds only the draft). */
function warn(warnings: readonly string[]): void {
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
}

async function extract(args: ExtractArgs): Promise<number> {
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    throw new ExtractUsageError(`cannot read ${args.file}: ${(error as Error).message}`);
  }
  const publishedAt = resolvePublicationDate(args, text);
  const base = path.basename(args.file).replace(/\.[^.]+$/, '');
  const meta = { publishedAt, id: args.id ?? (slugify(base) || undefined), title: args.title ?? base, url: args.url ?? null, source: args.source ?? null };
  const env = loadEnv();

  if (args.flags.ingest) {
    const db = await openDatabase(env, { startLocal: true, log: (line) => process.stderr.write(`${line}\n`) });
    try {
      const { extraction, report } = await extractAndIngest(db, text, meta);
      process.stdout.write(`${JSON.stringify(extraction.draft, null, 2)}\n`);
      warn(extraction.warnings);
      process.stderr.write(`${describeMatches(extraction.matches ?? []).join('\n')}\n${describeOutcome({ file: args.file, report })}\n`);
      return EXIT_OK;
    } finally {
      await db.close();
    }
  }

  const db = args.flags['no-graph'] ? null : await openIfReachable(env);
  try {
    const { draft, matches, warnings } = await extractWithGraph(db, text, meta);
    process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
    warn(warnings);
    process.stderr.write(`${reviewFirst(draft).join('\n')}\n`);
    process.stderr.write(
      matches ? `Actors resolved against the graph:\n${describeMatches(matches).join('\n')}\n` : 'No graph reachable: actors were not resolved against it.\n',
    );
    return EXIT_OK;
  } finally {
    await db?.close();
  }
}

runCommand(
  {
    name: 'extract',
    usage: '<briefing.txt> [--date YYYY-MM-DD] [--url URL] [--title T] [--id ID] [--source OUTLET] [--ingest] [--no-graph]',
    summary:
      'Text → draft briefing: prints the draft as JSON on stdout. With a reachable graph its actors are recognised and resolved against it (reported on stderr).',
    options: EXTRACT_OPTIONS,
    minPositionals: 1,
  },
  async ({ values, positionals }) => {
    try {
      return await extract(extractArgs(positionals, values));
    } catch (error) {
      // A file that cannot be read or a missing date is the command line's fault: exit 2, as a bad flag.
      if (error instanceof ExtractUsageError) throw new UsageError(`extract: ${error.message}`);
      throw error;
    }
  },
);
