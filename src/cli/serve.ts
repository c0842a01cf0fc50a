import { serve } from '../server/main.js';
import { EXIT_OK, runCommand } from './run-cli.js';

/** `npm run serve`: the GraphQL server on a database that is already up (npm start also seeds). */
runCommand(
  {
    name: 'serve',
    usage: '',
    summary: 'The GraphQL server only, on the configured Neo4j (NEO4J_URI, or the local one, which must be running: npm run db:start).',
    options: {},
  },
  async () => {
    await serve({ startLocal: false });
    return EXIT_OK;
  },
);
