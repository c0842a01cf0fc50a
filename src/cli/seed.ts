import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { briefingFilesIn, seedFiles } from '../ingest/seed.js';
import { describeOutcome } from './describe-ingest.js';
import { EXIT_FAILED, EXIT_OK, runCommand } from './run-cli.js';

/** seed [files...]: loads the named briefing files, or every briefing in SEEDS_DIR. */
runCommand(
  {
    name: 'seed',
    usage: '[file...]',
    summary: 'Loads the named briefing files, or every briefing in SEEDS_DIR (idempotent).',
    options: {},
  },
  async ({ positionals }) => {
    const env = loadEnv();
    const files = positionals.length > 0 ? positionals : await briefingFilesIn(env.SEEDS_DIR);
    const db = await openDatabase(env, { startLocal: true, log: (line) => console.error(line) });
    try {
      const outcomes = await seedFiles(db, files);
      for (const outcome of outcomes) console.log(describeOutcome(outcome));
      return outcomes.some((outcome) => outcome.error) ? EXIT_FAILED : EXIT_OK;
    } finally {
      await db.close();
    }
  },
);
