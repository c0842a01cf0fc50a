import type { Database } from '../db/database.js';
import { ingestInTransaction, type IngestReport } from './apply-briefing.js';
import type { BriefingFile } from './briefing-format.js';

/** Thrown inside the transaction function with the report, so the transaction rolls back. */
class DryRunRollback extends Error {
  constructor(readonly report: IngestReport) {
    super('dry run: rolled back');
  }
}

/**
 * What ingesting (with replace) would do, by the very steps of an ingest in a write transaction
 * that is always rolled back: nothing is written, no audit entry, nothing announced. The report
 * says what a replace would retract (`relationsRetracted`, by id).
 */
export async function dryRunIngest(db: Database, file: BriefingFile): Promise<IngestReport> {
  try {
    await db.writeTransaction(async (tx) => {
      throw new DryRunRollback(await ingestInTransaction(tx, file, { replace: true }));
    }, `dry-run ${file.briefing.id}`);
  } catch (error) {
    const rollback = error instanceof DryRunRollback ? error : (error as { cause?: unknown }).cause;
    if (rollback instanceof DryRunRollback) return rollback.report;
    throw error;
  }
  throw new Error('unreachable: a dry run always rolls back');
}
