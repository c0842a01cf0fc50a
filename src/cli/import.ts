import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { importFiles, type ImportProgress, type ImportReport } from '../import/import-folder.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCommand } from './run-cli.js';

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
 * import <folder|file>... [--batch N] [--replace]
 * Bulk-loads briefing files (.json, .yaml) and GDELT 2.0 event exports (.export.CSV, .tsv),
 * N briefings per transaction, with a progress bar and a final report. Exit 1 if anything failed.
 * --replace: a briefing already stored with different content replaces it (refused otherwise).
 */
runCommand(
  {
    name: 'import',
    usage: '<folder|file>... [--batch N] [--replace]',
    summary: 'Bulk-loads briefing files (.json, .yaml) and GDELT 2.0 event exports (.export.CSV, .tsv), N briefings per transaction.',
    options: {
      batch: { type: 'string', description: 'briefings per transaction (a whole number, at least 1)' },
      replace: { type: 'boolean', description: 'a briefing stored with different content is replaced (refused otherwise)' },
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
