import { textKey } from '../text/fold.js';
import type { Database } from './database.js';

/** Evidence quotes folded per write transaction when an old store is upgraded. */
export const BACKFILL_BATCH_SIZE = 2000;

/**
 * Data migrations that need code Cypher has not (Unicode folding), recorded like those of
 * cypher/migrations/ so each runs once; every statement they send still lives in cypher/.
 */
export const CODE_MIGRATIONS: readonly { name: string; run: (db: Database) => Promise<void> }[] = [
  {
    // Text search reads quoteKey (evidence_text index); evidence written before it has none.
    name: 'code/002-evidence-quote-key',
    run: async (db) => {
      for (;;) {
        const rows = await db.read<{ id: string; quote: string }>('admin/evidence-without-text-key', { batch: BACKFILL_BATCH_SIZE });
        if (rows.length === 0) return;
        await db.write('admin/set-evidence-text-keys', { rows: rows.map((row) => ({ id: row.id, quoteKey: textKey(row.quote) })) });
      }
    },
  },
];
