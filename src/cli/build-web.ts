import path from 'node:path';
import { buildWeb, WEB_BUILD_DIR } from '../web/build/build-web.js';
import { EXIT_OK, runCommand } from './run-cli.js';

/** `npm run build:web` (run before start, serve and test): bundles the GraphiQL workbench and the explorer. */
runCommand(
  {
    name: 'build-web',
    usage: '',
    summary: 'Bundles the GraphiQL workbench and the graph explorer into the folder the server serves them from.',
    options: {},
  },
  async () => {
    const started = Date.now();
    await buildWeb();
    console.log(`pages built into ${path.relative(process.cwd(), WEB_BUILD_DIR) || '.'} in ${Date.now() - started} ms`);
    return EXIT_OK;
  },
);
