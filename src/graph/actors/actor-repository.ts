import type { Database } from '../../db/database.js';
import { foldName } from '../../text/fold.js';
import type { PageRequest } from '../shared/pagination.js';
import type { ActorRecord, RelationRef, RoleRecord } from '../shared/records.js';
import { windowParams, type RelationWindow } from '../shared/relation-window.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import { exactNameQuery, searchQuery } from './lucene.js';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationsPageRequest extends RelationWindow, PageRequest {
  /** Identifies the request in a batch. */
  key: string;
  actorId: string;
  direction: Direction;
  newestFirst: boolean;
}

export class ActorRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<Map<string, ActorRecord>> {
    const rows = await this.db.read<{ actor: ActorRecord }>('actors/by-ids', { ids });
    return new Map(rows.map(({ actor }) => [actor.id, actor]));
  }

  /** An actor by name or alias, case and accents folded; null when none has it. */
  async idByName(name: string): Promise<string | null> {
    const luceneQuery = exactNameQuery(name);
    if (!luceneQuery) return null;
    const [row] = await this.db.read<{ id: string }>('actors/find-by-name', { luceneQuery, key: foldName(name).replace(/^the /, '') });
    return row?.id ?? null;
  }

  async search(text: string, kinds: readonly ActorKind[] | null, page: PageRequest): Promise<{ total: number; hits: { id: string; score: number }[] }> {
    const luceneQuery = searchQuery(text);
    if (!luceneQuery) return { total: 0, hits: [] };
    const [row] = await this.db.read<{ total: number; page: { id: string; score: number }[] }>('actors/search', {
      luceneQuery,
      kinds: kinds && kinds.length > 0 ? kinds : null,
      offset: page.offset,
      first: page.first,
    });
    return { total: row?.total ?? 0, hits: row?.page ?? [] };
  }

  /** Pages of relations for many actors (one GraphQL level) in one statement. */
  async relationsPages(requests: readonly RelationsPageRequest[]): Promise<Map<string, { total: number; page: RelationRef[] }>> {
    const { symmetricTypes } = windowParams({});
    const rows = await this.db.read<{ key: string; total: number; page: RelationRef[] }>('actors/relations-page', {
      symmetricTypes,
      requests: requests.map((request) => {
        const { symmetricTypes: _, ...window } = windowParams(request);
        return {
          ...window,
          key: request.key,
          actorId: request.actorId,
          direction: request.direction,
          newestFirst: request.newestFirst,
          offset: request.offset,
          first: request.first,
        };
      }),
    });
    return new Map(rows.map((row) => [row.key, { total: row.total, page: row.page }]));
  }

  async roles(actorIds: readonly string[]): Promise<Map<string, RoleRecord[]>> {
    const rows = await this.db.read<{ actorId: string; roles: RoleRecord[] }>('actors/roles', { actorIds });
    return new Map(rows.map((row) => [row.actorId, row.roles]));
  }

  async mentionedIn(actorIds: readonly string[], first: number): Promise<Map<string, string[]>> {
    const rows = await this.db.read<{ actorId: string; briefingIds: string[] }>('actors/mentioned-in', { actorIds, first });
    return new Map(rows.map((row) => [row.actorId, row.briefingIds]));
  }
}
