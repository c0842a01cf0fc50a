import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** npm run bench: every benchmark under bench/, one after the other, each in its own process. */
const here = path.dirname(fileURLToPath(import.meta.url));
let failed = false;
for (const script of ['extract.bench.ts', 'graph.bench.ts']) {
  console.log(`\n=== ${script} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, script)], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exitCode = failed ? 1 : 0;
