import type { ContributionRecord } from '../../graph/briefings/briefing-repository.js';
import type { RelationRecord } from '../../graph/shared/records.js';
import type { IngestReport } from '../../ingest/apply-briefing.js';

/**
 * The parent values of the object types that no repository returns as such (the generated
 * resolver types map to them: src/graphql/codegen/resolver-types.ts).
 */

/** One relation a briefing states: its contribution row with the relation loaded. */
export type ContributionParent = Omit<ContributionRecord, 'ref'> & { relation: RelationRecord };

/** One actor of an ingest's report. */
export type IngestedActorParent = IngestReport['actors'][number];

/** What an ingest answers: its report, and for an extracted text, what the extractor could not read. */
export type IngestResultParent = IngestReport & { warnings?: string[] };
