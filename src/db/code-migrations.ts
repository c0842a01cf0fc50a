import { textKey } from '../text/fold.js';
import { HIDDEN_COUNT_PREFIXES } from './hidden-count-keys.js';
import { PAIR_COUNT_TOTALS } from './pair-count-keys.js';
import { HAPPENED_MODALITIES } from '../vocabulary/modalities.js';
import type { Database } from './database.js';

/** Evidence quotes folded per write transaction when an old store is upgraded. */
export const BACKFILL_BATCH_SIZE = 2000;
/** Actors whose hidden relations are counted per write transaction (a hub's count reads all its relations). */
export const RECOUNT_BATCH_SIZE = 500;

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
  {
    // Each actor's counts of the relations its default answers hide (src/db/hidden-count-keys.ts): kept by
    // every write since, counted here for a store written before, or filled by the offline import, which writes none.
    name: 'code/003-actor-hidden-counts',
    run: async (db) => {
      for (let after = ''; ;) {
        const rows = await db.read<{ id: string }>('admin/actor-ids-after', { after, batch: RECOUNT_BATCH_SIZE });
        if (rows.length === 0) return;
        await db.write('actors/recount-hidden', { actorIds: rows.map((row) => row.id), hidden: HIDDEN_COUNT_PREFIXES });
        after = rows.at(-1)!.id;
      }
    },
  },
  {
    // Each pair's counts of the relations between its two actors (src/db/pair-count-keys.ts): kept by every
    // write since, counted here for a store written before, or filled by the offline import, which writes none.
    name: 'code/004-actor-pair-counts',
    run: async (db) => {
      for (let after = ''; ;) {
        const rows = await db.read<{ id: string }>('admin/actor-ids-after', { after, batch: RECOUNT_BATCH_SIZE });
        if (rows.length === 0) return;
        await db.write('actors/recount-pairs', { actorIds: rows.map((row) => row.id), totals: PAIR_COUNT_TOTALS, happened: HAPPENED_MODALITIES });
        after = rows.at(-1)!.id;
      }
    },
  },
];
