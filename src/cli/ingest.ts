import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { seedFiles } from '../ingest/seed.js';
import { loadBriefingFile } from '../ingest/parse-briefing.js';
import { resolveDraftActors, describeMatches } from '../review/resolve-draft.js';
import { describeOutcome } from './describe-ingest.js';
import { runCli } from './run-cli.js';

/**
 * ingest <draft.json|yaml>... [--dry-run] [--replace]
 * Loads reviewed drafts with the guarantees of seed (validated, one transaction each, idempotent).
 * --replace lets a file replace the stored briefing of its id when its content differs.
 * --dry-run validates and shows how each draft's actors resolve against the graph, writing nothing.
 */
const KNOWN_FLAGS = new Set(['--dry-run', '--replace']);

runCli(async (argv) => {
  // An unknown flag is an error, never a file name nor ignored: "--dryrun" must not write to the graph.
  const unknown = argv.filter((arg) => arg.startsWith('-') && !KNOWN_FLAGS.has(arg));
  if (unknown.length > 0) {
    console.error(`ingest: unknown option ${unknown.join(', ')} (known: ${[...KNOWN_FLAGS].join(', ')})`);
    return 2;
  }
  const dryRun = argv.includes('--dry-run');
  const replace = argv.includes('--replace');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: ingest <draft.json|yaml>... [--dry-run] [--replace]');
    return 2;
  }
  const env = loadEnv();
  const db = await openDatabase(env, { startLocal: true, log: (line) => console.error(line) });
  try {
    if (dryRun) {
      for (const file of files) {
        const draft = await loadBriefingFile(file);
        console.log(`${file}: valid; ${draft.actors.length} actors, ${draft.relations.length} relations`);
        console.log(describeMatches(await resolveDraftActors(db, draft)).join('\n'));
      }
      return 0;
    }
    const outcomes = await seedFiles(db, files, { replace });
    for (const outcome of outcomes) console.log(describeOutcome(outcome));
    return outcomes.some((outcome) => outcome.error) ? 1 : 0;
  } finally {
    await db.close();
  }
});
