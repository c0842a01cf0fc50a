import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * tsx's ESM API, found beside its package.json: the package's CommonJS build, which plain
 * resolution picks from here, cannot load its ESM half inside a worker.
 */
const TSX_ESM_API = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;

/**
 * A worker thread running a TypeScript module. The product runs its sources with tsx and the tests
 * with vitest, neither of which reaches a new thread by itself, so the thread first loads tsx and
 * imports the module through it.
 */
export function startTypeScriptWorker(module: URL, workerData: unknown): Worker {
  const target = JSON.stringify(module.href);
  const boot = `import(${JSON.stringify(TSX_ESM_API)}).then((tsx) => tsx.tsImport(${target}, ${target}))`;
  return new Worker(boot, { eval: true, workerData });
}
