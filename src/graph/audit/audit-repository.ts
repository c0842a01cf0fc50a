import { randomUUID } from 'node:crypto';
import type { Principal } from '../../access/principal.js';
import type { Database, Tx } from '../../db/database.js';
import type { PageRequest } from '../shared/pagination.js';

/** The changes the audit trail records. */
export type AuditAction = 'INGEST' | 'REPLACE' | 'MERGE' | 'UNMERGE';

export interface AuditEntry {
  id: string;
  /** ISO date-time the change committed (the transaction's clock). */
  at: string;
  /** The key id of whoever made the change ("local" for the local analyst and the command line). */
  by: string;
  role: string;
  action: AuditAction;
  /** What changed: a briefing id, or the merge id. */
  subject: string;
  /** A one-line account of the change. */
  summary: string;
}

/** Records a change inside the transaction that makes it, so the trail and the graph never disagree. */
export async function recordAudit(tx: Tx, by: Principal, action: AuditAction, subject: string, summary: string): Promise<void> {
  await tx.run('audit/record', { id: randomUUID(), by: by.id, role: by.role, action, subject, summary });
}

/** Records several changes of one transaction (a bulk load's briefings) in one statement. */
export async function recordAudits(tx: Tx, by: Principal, entries: readonly { action: AuditAction; subject: string; summary: string }[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.run('audit/record-many', { entries: entries.map((entry) => ({ id: randomUUID(), by: by.id, role: by.role, ...entry })) });
}

export interface AuditFilter {
  action?: AuditAction | null;
  by?: string | null;
  subject?: string | null;
}

export class AuditRepository {
  constructor(private readonly db: Database) {}

  async page(filter: AuditFilter, page: PageRequest): Promise<{ total: number; entries: AuditEntry[] }> {
    const [row] = await this.db.read<{ total: number; page: AuditEntry[] }>('audit/page', {
      action: filter.action ?? null,
      by: filter.by ?? null,
      subject: filter.subject ?? null,
      ...page,
    });
    return { total: row?.total ?? 0, entries: row?.page ?? [] };
  }
}
