import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { briefingFilesIn, seedFiles } from '../ingest/seed.js';
import { serve } from '../server/main.js';
import { describeOutcome } from './describe-ingest.js';
import { EXIT_FAILED, EXIT_OK, runCommand } from './run-cli.js';

/**
 * `npm start`: the local Neo4j (unless NEO4J_URI is set), the schema, the seeds, then GraphQL.
 * Seeding is idempotent, so starting again changes nothing in the graph.
 */
runCommand(
  {
    name: 'start',
    usage: '',
    summary: 'The local Neo4j (unless NEO4J_URI is set), the schema, the seeds, then the GraphQL server.',
    options: {},
  },
  async () => {
    const env = loadEnv();
    const db = await openDatabase(env, { startLocal: true, log: (line) => console.log(line) });
    try {
      const outcomes = await seedFiles(db, await briefingFilesIn(env.SEEDS_DIR));
      for (const outcome of outcomes) console.log(describeOutcome(outcome));
      if (outcomes.some((outcome) => outcome.error)) return EXIT_FAILED;
    } finally {
      await db.close();
    }
    await serve({ startLocal: false });
    return EXIT_OK;
  },
);
