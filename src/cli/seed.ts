import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { briefingFilesIn, seedFiles } from '../ingest/seed.js';
import { describeOutcome } from './describe-ingest.js';
import { runCli } from './run-cli.js';

/** seed [files...]: loads the named briefing files, or every briefing in SEEDS_DIR. */
runCli(async (args) => {
  const env = loadEnv();
  const files = args.length > 0 ? args : await briefingFilesIn(env.SEEDS_DIR);
  const db = await openDatabase(env, { startLocal: true, log: (line) => console.error(line) });
  try {
    const outcomes = await seedFiles(db, files);
    for (const outcome of outcomes) console.log(describeOutcome(outcome));
    return outcomes.some((outcome) => outcome.error) ? 1 : 0;
  } finally {
    await db.close();
  }
});
