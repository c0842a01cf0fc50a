import { loadEnv, neo4jTarget, type Env } from '../config/env.js';
import { offlineImportRefusal } from '../db/local/admin-import.js';
import { openDatabase } from '../db/open.js';
import type { SkipReason } from '../import/gdelt/to-briefings.js';
import { importableBriefings, importFiles, type ImportProgress, type ImportReport } from '../import/import-folder.js';
import { loadOffline } from '../ingest/offline/offline-load.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCommand } from './run-cli.js';

/** How many times the index wait of a freshly imported store's first start is repeated (each INDEX_WAIT_SECONDS). */
const INDEX_BUILD_ATTEMPTS = 30;
/**
 * How long the first start of a freshly imported store may take, in milliseconds: the JVM, a new
 * system database and the store's first recovery took over the usual 180 s on a loaded 2-core
 * machine even at 10k relations. Only this start waits so long; it logs its progress.
 */
const FIRST_START_TIMEOUT_MS = 1_800_000;
/** How often a non-interactive progress line is printed, in milliseconds. */
const PROGRESS_LINE_EVERY_MS = 5_000;
const BAR_WIDTH = 30;

const rate = (count: number, ms: number) => (ms > 0 ? Math.round((count * 1000) / ms) : 0).toLocaleString('en-US');

function progressLine(p: ImportProgress): string {
  const filled = p.files > 0 ? Math.round((p.filesDone / p.files) * BAR_WIDTH) : BAR_WIDTH;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] files ${p.filesDone}/${p.files} · ` +
    `${p.briefings.toLocaleString('en-US')} briefings · ${p.relations.toLocaleString('en-US')} relations · ` +
    `${rate(p.relations, p.elapsedMs)} rel/s · ${p.failed} failed`
  );
}

function finalReport(r: ImportReport): string[] {
  const skipped = Object.entries(r.skippedEvents).map(([reason, n]) => `${reason} ${n}`);
  return [
    `Imported ${r.files} files in ${(r.elapsedMs / 1000).toFixed(1)} s: ${r.briefings} briefings ` +
      `(${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged of which ${r.alreadyStored} already stored as given and skipped, ${r.failed} failed).`,
    `Relations: ${r.relations} stated by the briefings written (${rate(r.relations, r.elapsedMs)}/s), ${r.relationsCreated} created, ` +
      `${r.relationsCorroborated} corroborated; evidence ${r.evidenceAdded} added, ${r.evidenceRetracted} retracted.`,
    ...(skipped.length > 0 ? [`GDELT events skipped: ${skipped.join(', ')}.`] : []),
    ...r.errors.map((error) => `  error: ${error}`),
  ];
}

/**
 * --offline: the first load of an empty, stopped local store through neo4j-admin import (the same
 * graph, src/ingest/offline/), then its first start, which builds the indexes. Refused for a
 * remote database, a running store or one that holds a database already; all or nothing.
 */
async function importOffline(env: Env, paths: readonly string[]): Promise<number> {
  if (!neo4jTarget(env).local) {
    console.error('import: --offline fills the local store only (NEO4J_URI is set)');
    return EXIT_USAGE;
  }
  const refused = await offlineImportRefusal(env.NEO4J_DATA_DIR, env.NEO4J_PORT);
  if (refused) {
    console.error(`import --offline refused: ${refused}`);
    return EXIT_FAILED;
  }
  const skipped = new Map<SkipReason, number>();
  const started = performance.now();
  const report = await loadOffline(env.NEO4J_DATA_DIR, importableBriefings(paths, skipped), { javaHome: env.JAVA_HOME, log: (line) => console.error(line) });
  console.error('import --offline: starting the store to build its indexes');
  const firstStart = performance.now();
  // Each line with the time since the first start began: where it goes (the server, the indexes, the migrations).
  const log = (line: string) => console.error(`[first start +${((performance.now() - firstStart) / 1000).toFixed(0)} s] ${line}`);
  for (let attempt = 1; ; attempt += 1) {
    try {
      const db = await openDatabase(env, { startLocal: true, log, startTimeoutMs: FIRST_START_TIMEOUT_MS });
      await db.close();
      break;
    } catch (error) {
      if (attempt >= INDEX_BUILD_ATTEMPTS) throw error;
      console.error(`indexes still building: ${error instanceof Error ? error.message.slice(0, 120) : String(error)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Imported offline in ${seconds.toFixed(1)} s: ${report.briefings} briefings, ${report.relationMentions} relation mentions ` +
      `(${rate(report.relationMentions, seconds * 1000)}/s), ${report.relations} relations, ${report.actors} actors; planned in ` +
      `${report.planSeconds.toFixed(1)} s (${report.planThreads} threads), imported in ${report.importSeconds.toFixed(1)} s, first start ` +
      `${((performance.now() - firstStart) / 1000).toFixed(1)} s. The store is running (npm run db:stop).`,
  );
  if (skipped.size > 0) console.log(`GDELT events skipped: ${[...skipped].map(([reason, n]) => `${reason} ${n}`).join(', ')}.`);
  return EXIT_OK;
}

/**
 * import <folder|file>... [--batch N] [--replace] [--offline]
 * Bulk-loads briefing files (.json, .yaml) and GDELT 2.0 event exports (.export.CSV, .tsv),
 * N briefings per transaction, with a progress bar and a final report. Exit 1 if anything failed.
 * --replace: a briefing already stored with different content replaces it (refused otherwise).
 */
runCommand(
  {
    name: 'import',
    usage: '<folder|file>... [--batch N] [--replace] [--offline]',
    summary: 'Bulk-loads briefing files (.json, .yaml) and GDELT 2.0 event exports (.export.CSV, .tsv), N briefings per transaction.',
    options: {
      batch: { type: 'string', description: 'briefings per transaction (a whole number, at least 1)' },
      replace: { type: 'boolean', description: 'a briefing stored with different content is replaced (refused otherwise)' },
      offline: { type: 'boolean', description: 'first load of an empty, stopped local store through neo4j-admin import (much faster)' },
    },
    minPositionals: 1,
  },
  async ({ values, positionals: paths }) => {
    const batchSize = values.batch === undefined ? undefined : Number(values.batch);
    if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1)) {
      console.error('import: --batch must be a whole number of briefings per transaction, at least 1');
      return EXIT_USAGE;
    }
    const env = loadEnv();
    if (values.offline === true) return importOffline(env, paths);
    const db = await openDatabase(env, { startLocal: true, log: (line) => console.error(line) });
    const interactive = process.stderr.isTTY;
    let lastLine = 0;
    try {
      const report = await importFiles(db, paths, {
        ...(batchSize ? { batchSize } : {}),
        replace: values.replace === true,
        onProgress: (progress) => {
          if (interactive) process.stderr.write(`\r${progressLine(progress)}`);
          else if (performance.now() - lastLine > PROGRESS_LINE_EVERY_MS) {
            lastLine = performance.now();
            console.error(progressLine(progress));
          }
        },
      });
      if (interactive) process.stderr.write('\n');
      console.log(finalReport(report).join('\n'));
      return report.failed > 0 ? EXIT_FAILED : EXIT_OK;
    } finally {
      await db.close();
    }
  },
);
