import diagnostics_channel from 'node:diagnostics_channel';
import type { IngestReport } from './apply-briefing.js';

/**
 * Announced once per briefing after its transaction committed (never from inside the transaction
 * function, which the driver may run twice). src/observability counts and logs them.
 */
export const BRIEFING_INGESTED = 'diplograph:ingest:briefing-ingested';
const briefingIngested = diagnostics_channel.channel(BRIEFING_INGESTED);

export function announceIngested(report: IngestReport): void {
  if (briefingIngested.hasSubscribers) briefingIngested.publish(report);
}
