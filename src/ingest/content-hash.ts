import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { BriefingFile } from './briefing-format.js';

const hashes = new WeakMap<BriefingFile, string>();

/**
 * A fingerprint of a validated briefing file, stored on its :Briefing at every ingest. The same
 * file gives the same fingerprint (validation fixes the order of every field), so a later import
 * knows the briefing is already stored as given without planning or writing it again.
 */
export function contentHashOf(file: BriefingFile): string {
  let hash = hashes.get(file);
  if (hash === undefined) {
    hash = createHash('sha256').update(JSON.stringify(file)).digest('hex');
    hashes.set(file, hash);
  }
  return hash;
}

/**
 * The ids of the briefings stored exactly as these files give them: ingesting them again would
 * change nothing (re-ingest is idempotent), so a resumed import skips them. A briefing id met
 * more than once among the files is never skipped: the later version must still replace the
 * earlier one, in order, as it would without the check.
 */
export async function storedAsGiven(db: Database, files: readonly BriefingFile[]): Promise<Set<string>> {
  const seen = new Map<string, number>();
  for (const file of files) seen.set(file.briefing.id, (seen.get(file.briefing.id) ?? 0) + 1);
  const once = files.filter((file) => seen.get(file.briefing.id) === 1);
  if (once.length === 0) return new Set();
  const rows = await db.read<{ id: string; contentHash: string | null }>('ingest/stored-content', { ids: once.map((file) => file.briefing.id) });
  const stored = new Map(rows.map((row) => [row.id, row.contentHash]));
  return new Set(once.filter((file) => stored.get(file.briefing.id) === contentHashOf(file)).map((file) => file.briefing.id));
}
