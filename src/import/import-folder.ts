import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Database } from '../db/database.js';
import { ingestBriefings, BULK_BRIEFINGS_PER_TX, type BulkOutcome } from '../ingest/apply-briefing.js';
import type { BriefingFile } from '../ingest/briefing-format.js';
import { storedAsGiven } from '../ingest/content-hash.js';
import { loadBriefingFile, parseBriefing } from '../ingest/parse-briefing.js';
import { GDELT_FILE } from './gdelt/columns.js';
import { gdeltBriefings, parseGdeltLine, type GdeltEvent, type SkipReason } from './gdelt/to-briefings.js';

const BRIEFING_FILE = /\.(json|ya?ml)$/i;

export interface ImportProgress {
  filesDone: number;
  files: number;
  briefings: number;
  relations: number;
  failed: number;
  elapsedMs: number;
}

export interface ImportReport extends ImportProgress {
  created: number;
  updated: number;
  unchanged: number;
  /** Of the unchanged: briefings already stored exactly as given, recognised by their fingerprint and not written again (a resumed import). */
  alreadyStored: number;
  relationsCreated: number;
  relationsCorroborated: number;
  evidenceAdded: number;
  evidenceRetracted: number;
  /** GDELT events left out, by reason. */
  skippedEvents: Partial<Record<SkipReason, number>>;
  /** What could not be read or written, each naming its file (and line) or briefing. */
  errors: string[];
}

/** The files an import reads: briefing files and GDELT event exports, in name order. */
export async function importableFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const entries = await readdir(given, { withFileTypes: true }).catch(() => null);
    if (!entries) files.push(given);
    else
      for (const entry of entries)
        if (entry.isFile() && (BRIEFING_FILE.test(entry.name) || GDELT_FILE.test(entry.name))) files.push(path.join(given, entry.name));
  }
  return files.sort();
}

async function readGdelt(file: string, skipped: Map<SkipReason, number>): Promise<BriefingFile[]> {
  const events: GdeltEvent[] = [];
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    events.push(parseGdeltLine(line, `${file}:${lineNumber}`));
  }
  return gdeltBriefings(events, skipped).map((briefing) => parseBriefing(briefing, `${file} (${briefing.briefing.id})`));
}

/**
 * Every briefing of the files an import reads (importableFiles), validated, in order, with the file
 * it came from; the first file that cannot be read or validated throws, naming it (and its line).
 * For an offline import (src/ingest/offline/), which writes all or nothing.
 */
export async function* importableBriefings(paths: readonly string[], skipped: Map<SkipReason, number>): AsyncGenerator<{ file: BriefingFile; source: string }> {
  for (const file of await importableFiles(paths)) {
    const read = GDELT_FILE.test(file) ? await readGdelt(file, skipped) : [await loadBriefingFile(file)];
    for (const briefing of read) yield { file: briefing, source: file };
  }
}

/**
 * Loads folders (or files) of briefings and GDELT event exports in bulk: every briefing is
 * validated as the one-at-a-time path validates it, then written `batchSize` per transaction by
 * ingestBriefings (the same plan and writes as ingestBriefing). A file that cannot be read or
 * validated is reported and loads nothing; the others still load. Importing again changes nothing
 * and writes nothing for a briefing stored exactly as given (its fingerprint, content-hash.ts), so
 * an interrupted import is resumed by running it again; a briefing already stored with different
 * content is refused unless `replace` is set.
 */
export async function importFiles(
  db: Database,
  paths: readonly string[],
  options: { batchSize?: number; replace?: boolean; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? BULK_BRIEFINGS_PER_TX;
  const started = performance.now();
  const files = await importableFiles(paths);
  const skipped = new Map<SkipReason, number>();
  const report: ImportReport = {
    filesDone: 0,
    files: files.length,
    briefings: 0,
    relations: 0,
    failed: 0,
    elapsedMs: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    alreadyStored: 0,
    relationsCreated: 0,
    relationsCorroborated: 0,
    evidenceAdded: 0,
    evidenceRetracted: 0,
    skippedEvents: {},
    errors: [],
  };
  // The file each briefing came from, so an error names it (a GDELT file's line errors name their line).
  const sourceOf = new Map<string, string>();
  const count = (outcomes: BulkOutcome[]) => {
    for (const { briefingId, report: done, error } of outcomes) {
      report.briefings += 1;
      if (error || !done) {
        report.failed += 1;
        report.errors.push(`${sourceOf.get(briefingId) ?? '?'} (briefing ${briefingId}): ${error?.message ?? 'not written'}`);
        continue;
      }
      report[done.briefingStatus === 'CREATED' ? 'created' : done.briefingStatus === 'UPDATED' ? 'updated' : 'unchanged'] += 1;
      report.relations += done.relationsCreated.length + done.relationsCorroborated.length + done.relationsUnchanged.length;
      report.relationsCreated += done.relationsCreated.length;
      report.relationsCorroborated += done.relationsCorroborated.length;
      report.evidenceAdded += done.evidenceAdded;
      report.evidenceRetracted += done.evidenceRetracted;
    }
    report.elapsedMs = performance.now() - started;
    options.onProgress?.(report);
  };

  const pending: BriefingFile[] = [];
  const write = async () => {
    if (pending.length === 0) return;
    const given = pending.splice(0);
    // Looked up just before writing (the batches before have committed): what is stored as given is skipped.
    const stored = await storedAsGiven(db, given);
    report.briefings += stored.size;
    report.unchanged += stored.size;
    report.alreadyStored += stored.size;
    const toWrite = given.filter((file) => !stored.has(file.briefing.id));
    if (toWrite.length > 0) await ingestBriefings(db, toWrite, { batchSize, replace: options.replace ?? false, onBatch: count });
    else count([]);
  };
  for (const file of files) {
    try {
      const read = GDELT_FILE.test(file) ? await readGdelt(file, skipped) : [await loadBriefingFile(file)];
      for (const briefing of read) sourceOf.set(briefing.briefing.id, file);
      pending.push(...read);
    } catch (error) {
      report.errors.push(error instanceof Error ? error.message : String(error));
      report.failed += 1;
    }
    report.filesDone += 1;
    if (pending.length >= batchSize) await write();
  }
  await write();
  report.skippedEvents = Object.fromEntries(skipped);
  report.elapsedMs = performance.now() - started;
  return report;
}
