import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLineOrExit } from '../src/cli/run-cli.js';

/**
 * npm run bench: every benchmark under bench/, one after the other, each in its own process.
 * npm run bench -- --size 10k|100k|300k|1M: only the scale benchmark, at that size.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const { values } = commandLineOrExit(
  {
    name: 'bench',
    usage: '[--size 10k|100k|300k|1M] [--rounds N] [--port P] [--batch-size N] [--ingest-only] [--offline [--plan-threads N]]',
    summary: 'Every benchmark under bench/, one after the other, each in its own process; with --size, only the scale benchmark at that size.',
    options: {
      size: { type: 'string', description: 'run only the scale benchmark, at this size' },
      rounds: { type: 'string', description: "the scale benchmark's timed rounds of each query" },
      // Passed on to the scale benchmark as given (it checks them): its options, taken here so the
      // documented `npm run bench -- --size 100k --port 44110` is not refused before it starts.
      port: { type: 'string', description: "the scale benchmark's Bolt port (GraphQL and @neo4j/graphql take the next two)" },
      'batch-size': { type: 'string', description: 'briefings per write transaction of the bulk load' },
      'ingest-only': { type: 'boolean', description: 'time the ingest only, no queries' },
      offline: { type: 'boolean', description: 'load an empty store offline (neo4j-admin import), not through transactions' },
      'plan-threads': { type: 'string', description: 'with --offline: worker threads planning the briefings (0: the main thread)' },
    },
  },
  args,
);
const scripts = values.size !== undefined ? ['scale.bench.ts'] : ['extract.bench.ts', 'graph.bench.ts', 'scale.bench.ts'];
let failed = false;
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  // the extraction bench on the seed and 20 development briefings (all of them take over an hour of parses)
  const own = script === 'extract.bench.ts' ? ['--briefings', '20'] : args;
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, script), ...own], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exitCode = failed ? 1 : 0;
