import type { Database } from '../../db/database.js';
import type { PageRequest } from '../shared/pagination.js';
import type { EvidenceRecord, RelationRecord, RelationRef } from '../shared/records.js';
import { windowParams, windowSeek, type RelationWindow } from '../shared/relation-window.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import { textKey } from '../../text/fold.js';
import { EVERY_PROPERTY, askedParams, refAsAsked, type AskedProperties, type AskedRow } from '../shared/asked-properties.js';

export interface RelationFilter extends RelationWindow {
  sourceIds?: readonly string[] | null;
  targetIds?: readonly string[] | null;
  actorIds?: readonly string[] | null;
  sourceKinds?: readonly ActorKind[] | null;
  targetKinds?: readonly ActorKind[] | null;
  briefingId?: string | null;
  text?: string | null;
}

const listOrNull = <T>(values: readonly T[] | null | undefined): T[] | null => (values && values.length > 0 ? [...values] : null);

/** Every word must occur in the quote, "the" and "of" included (folded as `quoteKey` is). */
export function evidenceTextQuery(text: string | null | undefined): string | null {
  const terms = textKey(text ?? '')
    .split(' ')
    .filter(Boolean);
  return terms.length > 0 ? terms.map((term) => `+${term}`).join(' ') : null;
}

export class RelationRepository {
  constructor(private readonly db: Database) {}

  /** The relations with the properties in `asked` (absent: every one). */
  async byRefs(refs: readonly RelationRef[], asked: AskedProperties = EVERY_PROPERTY): Promise<Map<string, RelationRecord>> {
    const rows = await this.db.read<{ relation: AskedRow }>('relations/by-refs', {
      refs: refs.map(({ id, source, target, type }) => ({ id, source, target, type: type ?? null })),
      ...askedParams(asked),
    });
    return new Map(rows.map(({ relation }) => [relation.id, refAsAsked(relation, asked).record!]));
  }

  async refById(id: string): Promise<RelationRef | null> {
    const [row] = await this.db.read<{ ref: RelationRef }>('relations/ref-by-id', { id });
    return row?.ref ?? null;
  }

  async evidence(relationIds: readonly string[]): Promise<Map<string, EvidenceRecord[]>> {
    const rows = await this.db.read<{ relationId: string; evidence: EvidenceRecord[] }>('evidence/by-relation-ids', { relationIds });
    return new Map(rows.map((row) => [row.relationId, row.evidence]));
  }

  /** `asked`: the properties of the relations and their actors the answer shows (every one by default). */
  async filter(
    filter: RelationFilter,
    newestFirst: boolean,
    page: PageRequest,
    asked: AskedProperties = EVERY_PROPERTY,
  ): Promise<{ total: number; page: RelationRef[] }> {
    // The actors named are where the statement starts: any relation that passes has one of them at an end.
    const anchorIds = listOrNull(filter.actorIds) ?? listOrNull(filter.sourceIds) ?? listOrNull(filter.targetIds);
    // Written for the requested types alone when there are some (cypher(): one branch to plan, not one per type).
    const types = listOrNull(filter.types) ?? undefined;
    const [row] = await this.db.read<{ total: number; page: AskedRow[] }>(
      'relations/filter',
      {
        ...windowParams(filter),
        ...askedParams(asked),
        seek: windowSeek(filter),
        anchorIds,
        sourceIds: listOrNull(filter.sourceIds),
        targetIds: listOrNull(filter.targetIds),
        actorIds: listOrNull(filter.actorIds),
        sourceKinds: listOrNull(filter.sourceKinds),
        targetKinds: listOrNull(filter.targetKinds),
        briefingId: filter.briefingId ?? null,
        textQuery: evidenceTextQuery(filter.text),
        newestFirst,
        offset: page.offset,
        first: page.first,
      },
      undefined,
      types,
    );
    return { total: row?.total ?? 0, page: (row?.page ?? []).map((ref) => refAsAsked(ref, asked)) };
  }
}
