import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { EXIT_OK, runCommand } from './run-cli.js';

/** migrate: brings the configured database to the current model (what every start-up does), then exits. */
runCommand(
  {
    name: 'migrate',
    usage: '',
    summary: 'Applies cypher/schema/ (constraints, indexes: one pair per relation type), then the data migrations not yet recorded.',
    options: {},
  },
  async () => {
    const db = await openDatabase(loadEnv(), { startLocal: true, log: (line) => console.error(line) });
    await db.close();
    console.log('The database has the current schema and every migration.');
    return EXIT_OK;
  },
);
