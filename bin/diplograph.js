#!/usr/bin/env node
// diplograph <command> [args]: one entry point for the commands the npm scripts run. Each command is
// a TypeScript module of src/ run by tsx (a dependency), so it works on a fresh clone after npm install
// with no build step. Exit codes are the commands' own: 0 done, 1 failed, 2 wrong command line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** command → [module, what it does]. */
const COMMANDS = {
  start: ['src/cli/start.ts', 'the local Neo4j, the schema, the seeds, then the GraphQL server'],
  serve: ['src/cli/serve.ts', 'the GraphQL server only (the database must be reachable)'],
  db: ['src/cli/db.ts', 'start|stop|status the local Neo4j'],
  nlp: ['src/cli/nlp.ts', 'start|stop|status the local CoreNLP service'],
  'store-parses': ['src/cli/store-parses.ts', 'store CoreNLP parses of briefings for the tests'],
  migrate: ['src/cli/migrate.ts', 'apply the schema and pending migrations'],
  seed: ['src/cli/seed.ts', 'load the seed briefings (or the files named)'],
  ingest: ['src/cli/ingest.ts', 'load reviewed briefing files'],
  import: ['src/cli/import.ts', 'bulk-load folders of briefings and GDELT exports'],
  extract: ['src/cli/extract.ts', 'text → draft briefing'],
  eval: ['src/cli/eval.ts', 'score the extractor against gold annotations'],
  'train-relations': ['src/cli/train-relations.ts', 'train the learned relation layer on annotated briefings'],
  'eval-learned': ['src/cli/eval-learned.ts', 'cross-validate the learned relation layer'],
  calibrate: ['src/cli/calibrate.ts', "measure the rule families' calibrated confidence on the development briefings"],
  export: ['src/cli/export.ts', 'a neighborhood, paths or the graph in GraphML, GEXF, Cytoscape JSON, CSV, PLOVER'],
  cookbook: ['src/cli/cookbook.ts', "check (or --write) the README's example answers"],
  'build-web': ['src/cli/build-web.ts', 'bundle the workbench and explorer pages (run before start, serve and test)'],
  codegen: ['src/cli/codegen.ts', 'write what is derived from one source (the RelationType enum, the resolver types)'],
};

function help() {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    'usage: diplograph <command> [args]   (diplograph <command> --help for its arguments)',
    '',
    ...Object.entries(COMMANDS).map(([name, [, what]]) => `  ${name.padEnd(width)}  ${what}`),
    '',
    'exit codes: 0 done, 1 failed, 2 wrong command line',
  ].join('\n');
}

const [command, ...args] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  console.log(help());
  process.exit(command === undefined ? 2 : 0);
}
const entry = COMMANDS[command];
if (!entry) {
  console.error(`diplograph: unknown command "${command}"\n\n${help()}`);
  process.exit(2);
}
const [module] = entry;
const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, module), ...args], { stdio: 'inherit', cwd: process.cwd() });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
