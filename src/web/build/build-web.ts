import { mkdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { PROJECT_ROOT } from '../../config/env.js';
import { cookbookQueries } from './cookbook.js';
import { WEB_BUILD_DIR } from './paths.js';

export { WEB_BUILD_DIR };
const WEB_SOURCE_DIR = path.join(PROJECT_ROOT, 'src', 'web');

/** Monaco's language workers, bundled as files of their own: GraphiQL starts them by URL. */
const MONACO_WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

/**
 * Bundles the GraphiQL workbench and the explorer page with everything they use (nothing is
 * fetched from a CDN at run time), and the cookbook's queries from the README as examples.
 */
export async function buildWeb(options: { minify?: boolean } = {}): Promise<void> {
  await rm(WEB_BUILD_DIR, { recursive: true, force: true });
  await mkdir(path.join(WEB_BUILD_DIR, 'assets'), { recursive: true });
  const cookbook = cookbookQueries(await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8'));
  const common: esbuild.BuildOptions = {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: options.minify ?? true,
    sourcemap: false,
    logLevel: 'warning',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"', __COOKBOOK__: JSON.stringify(cookbook) },
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    absWorkingDir: PROJECT_ROOT,
  };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { graphiql: path.join(WEB_SOURCE_DIR, 'graphiql', 'main.ts'), explorer: path.join(WEB_SOURCE_DIR, 'explorer', 'main.ts') },
      outdir: path.join(WEB_BUILD_DIR, 'assets'),
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      assetNames: 'files/[name]-[hash]',
    }),
    esbuild.build({
      ...common,
      format: 'iife',
      entryPoints: Object.fromEntries(Object.entries(MONACO_WORKERS).map(([name, file]) => [name, file])),
      outdir: path.join(WEB_BUILD_DIR, 'assets', 'workers'),
    }),
  ]);
  for (const page of ['graphiql', 'explorer']) {
    await copyFile(path.join(WEB_SOURCE_DIR, page, 'index.html'), path.join(WEB_BUILD_DIR, `${page}.html`));
  }
  await writeFile(path.join(WEB_BUILD_DIR, 'BUILT'), `${new Date().toISOString()}\n`);
}
