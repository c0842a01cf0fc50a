import { ACTOR_PROPERTIES, RELATION_PROPERTIES } from '../../db/projections.js';
import type { ActorRecord, RelationRecord, RelationRef } from './records.js';

export type RelationProperty = Exclude<(typeof RELATION_PROPERTIES)[number], 'id'>;
export type ActorProperty = Exclude<(typeof ACTOR_PROPERTIES)[number], 'id'>;

/**
 * The stored properties of relations and actors a request reads (their ids, types and ends always
 * come): the statements that project `r { .RELATION_AS_ASKED }` return only these. A GraphQL field
 * of Relation or Actor that shows a stored property has the property's name (the contract test
 * tests/unit/graphql/asked-properties.test.ts checks it against schema.graphql), so the property
 * lists of src/db/projections.ts are the one mapping from fields to properties.
 */
export interface AskedProperties {
  relation: readonly RelationProperty[];
  actor: readonly ActorProperty[];
}

const RELATION_ASKABLE = RELATION_PROPERTIES.filter((name): name is RelationProperty => name !== 'id');
const ACTOR_ASKABLE = ACTOR_PROPERTIES.filter((name): name is ActorProperty => name !== 'id');

/** Everything: what a caller that does not say what it reads gets (records as actors/by-ids and by-refs give them). */
export const EVERY_PROPERTY: AskedProperties = { relation: RELATION_ASKABLE, actor: ACTOR_ASKABLE };

/** None: a statement that needs only ids. */
export const NO_PROPERTY: AskedProperties = { relation: [], actor: [] };

/** The properties among `names` (field names a request selects), in the projections' order. */
export function askedOf(names: ReadonlySet<string>): AskedProperties {
  return { relation: RELATION_ASKABLE.filter((name) => names.has(name)), actor: ACTOR_ASKABLE.filter((name) => names.has(name)) };
}

/** What a batch of requests reads together: every property any of them asks for (absent: every property). */
export function askedByAll(asked: readonly (AskedProperties | undefined)[]): AskedProperties {
  if (asked.length === 0 || asked.some((one) => one === undefined)) return EVERY_PROPERTY;
  const names = new Set(asked.flatMap((one) => [...one!.relation, ...one!.actor]));
  return askedOf(names);
}

/** The parameters of a statement projecting `.RELATION_AS_ASKED`. */
export function askedParams(asked: AskedProperties): { relationProperties: string[]; actorProperties: string[] } {
  return { relationProperties: [...asked.relation], actorProperties: [...asked.actor] };
}

/**
 * A row as `.RELATION_AS_ASKED` returns it (`.RELATION_ALONE_AS_ASKED`: no `askedEnds`; a statement may
 * return some rows without either: a page of refs alone).
 */
export type AskedRow = RelationRef & { asked?: unknown[]; askedEnds?: unknown[][] };

/** An actor as `.ACTOR_AS_ASKED` returns it. */
export interface AskedActorRow {
  id: string;
  asked: unknown[];
}

/** The actor holding its id and the properties asked for, no others (see refAsAsked). */
export function actorAsAsked(row: AskedActorRow, asked: AskedProperties): ActorRecord {
  const actor: Record<string, unknown> = { id: row.id };
  asked.actor.forEach((name, index) => (actor[name] = row.asked[index]));
  return actor as unknown as ActorRecord;
}

/**
 * The ref with its record (and its two actors when the row has them), each holding its id (and a
 * relation its type and ends) and the properties asked for, no others: primed into a request's
 * loaders, they answer every field of that request, which asked for no other property anywhere
 * (src/graphql/resolvers/asked.ts).
 */
export function refAsAsked(row: AskedRow, asked: AskedProperties): RelationRef {
  const { asked: values, askedEnds, ...ref } = row;
  if (!values) return ref;
  const record: Record<string, unknown> = { id: ref.id, type: ref.type, source: ref.source, target: ref.target };
  asked.relation.forEach((name, index) => (record[name] = values[index]));
  const withRecord = { ...ref, record: record as unknown as RelationRecord };
  if (!askedEnds) return withRecord;
  return { ...withRecord, ends: [ref.source, ref.target].map((id, end) => actorAsAsked({ id, asked: askedEnds[end]! }, asked)) };
}
