import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/database.js';
import { ingestBriefing, type IngestOptions, type IngestReport } from './apply-briefing.js';
import { loadBriefingFile } from './parse-briefing.js';

const BRIEFING_FILE = /\.(json|ya?ml)$/i;
/** A gold annotation kept beside a briefing (`x.gold.json`) is for `npm run eval`, not a briefing. */
const GOLD_FILE = /\.gold\.json$/i;

/** Briefing files of a folder, in name order (texts, gold annotations and other files beside them are skipped). */
export async function briefingFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir);
  return entries
    .filter((name) => BRIEFING_FILE.test(name) && !GOLD_FILE.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

export interface SeedOutcome {
  file: string;
  report?: IngestReport;
  error?: Error;
}

/**
 * Loads each file in its own transaction: a bad file is reported and leaves nothing behind, and
 * the others still load. Validation happens before any transaction is opened.
 */
export async function seedFiles(db: Database, files: readonly string[], options: IngestOptions = {}): Promise<SeedOutcome[]> {
  const outcomes: SeedOutcome[] = [];
  for (const file of files) {
    try {
      const briefing = await loadBriefingFile(file);
      outcomes.push({ file, report: await ingestBriefing(db, briefing, options) });
    } catch (error) {
      outcomes.push({ file, error: error as Error });
    }
  }
  return outcomes;
}
