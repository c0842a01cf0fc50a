import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * npm run bench: every benchmark under bench/, one after the other, each in its own process.
 * npm run bench -- --size 10k|100k|1M: only the scale benchmark, at that size.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const scripts = args.includes('--size') ? ['scale.bench.ts'] : ['extract.bench.ts', 'graph.bench.ts', 'scale.bench.ts'];
let failed = false;
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, script), ...args], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exitCode = failed ? 1 : 0;
