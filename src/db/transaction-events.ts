import diagnostics_channel from 'node:diagnostics_channel';

/** One finished transaction, as announced to whoever observes the database (metrics, logs). */
export interface TransactionFinished {
  mode: 'READ' | 'WRITE';
  /** The transaction's label: a cypher/ file name, or a phrase starting with what it does ("ingest …"). */
  label: string;
  durationMs: number;
  failed: boolean;
}

/**
 * Announced after every transaction. A channel rather than a callback, so the database layer knows
 * nothing of who listens (src/observability subscribes), and costs nothing when nobody does.
 */
export const TRANSACTION_FINISHED = 'diplograph:db:transaction-finished';
const transactionFinished = diagnostics_channel.channel(TRANSACTION_FINISHED);

export function announceFinished(event: TransactionFinished): void {
  if (transactionFinished.hasSubscribers) transactionFinished.publish(event);
}
