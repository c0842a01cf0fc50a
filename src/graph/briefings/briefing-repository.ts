import type { Database } from '../../db/database.js';
import type { PageRequest } from '../shared/pagination.js';
import type { BriefingRecord, EvidenceRecord, RelationRef } from '../shared/records.js';

export interface ContributionRecord {
  ref: RelationRef;
  evidence: EvidenceRecord;
  corroborates: boolean;
  alsoIn: string[];
}

export class BriefingRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<Map<string, BriefingRecord>> {
    const rows = await this.db.read<{ briefing: BriefingRecord }>('briefings/by-ids', { ids });
    return new Map(rows.map(({ briefing }) => [briefing.id, briefing]));
  }

  async page(page: PageRequest): Promise<{ total: number; ids: string[] }> {
    const [row] = await this.db.read<{ total: number; page: string[] }>('briefings/page', { ...page });
    return { total: row?.total ?? 0, ids: row?.page ?? [] };
  }

  async actorIds(briefingIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.db.read<{ briefingId: string; actorIds: string[] }>('briefings/actors', { briefingIds });
    return new Map(rows.map((row) => [row.briefingId, row.actorIds]));
  }

  contributions(briefingId: string): Promise<ContributionRecord[]> {
    return this.db.read<ContributionRecord>('briefings/contributions', { briefingId });
  }
}
