import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractBriefing } from '../extract/extract-briefing.js';
import { ExtractUsageError, parseExtractArgs, resolvePublicationDate } from '../extract/cli-args.js';
import { slugify } from '../graph/names/fold.js';

async function main(argv: string[]): Promise<number> {
  const args = parseExtractArgs(argv);
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    throw new ExtractUsageError(`cannot read ${args.file}: ${(error as Error).message}`);
  }
  const publishedAt = resolvePublicationDate(args, text);
  const base = path.basename(args.file).replace(/\.[^.]+$/, '');
  const draft = extractBriefing(text, {
    publishedAt,
    id: args.id ?? (slugify(base) || undefined),
    title: args.title ?? base,
    url: args.url ?? null,
    source: args.source ?? null,
  });
  process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof ExtractUsageError ? 2 : 1;
  },
);
