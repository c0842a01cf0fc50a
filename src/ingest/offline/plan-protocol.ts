import type { BriefingFile } from '../briefing-format.js';
import type { CsvFileOf } from './csv-files.js';
import type { PlannedCounts, ShardTally } from './offline-shard.js';

/** What a planning thread (plan-thread.ts) is started with: where to write its CSV files, named with its tag, and the import's time. */
export interface PlanThreadData {
  dir: string;
  tag: string;
  at: string;
}

/** Briefings to plan, at positions first, first + 1, … of the load; then, once, finish. */
export type PlanRequest = { kind: 'plan'; first: number; files: BriefingFile[] } | { kind: 'finish' };

export type PlanReply =
  | { kind: 'ready' }
  | { kind: 'planned'; first: number; counts: PlannedCounts[] }
  | { kind: 'finished'; tally: ShardTally; written: { nodes: CsvFileOf[]; relationships: CsvFileOf[] } }
  | { kind: 'failed'; message: string };
