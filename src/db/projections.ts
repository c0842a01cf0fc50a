/**
 * The shapes in which statements return a relation and an actor (src/graph/shared/records.ts's
 * RelationRecord, RelationRef and ActorRecord), written once here instead of in every statement
 * that returns them. A statement names one as a map projection of its variable, which is valid
 * Cypher as written (so the linters read the file as it stands):
 *
 *   r { .RELATION_RECORD }        the relation's stored facts, with its type and its two actors' ids
 *   r { .RELATION_REF }           its id, type and two actors' ids, with its record (nothing to hydrate)
 *   r { .RELATION_WITH_ACTORS }   the ref with the two actors' records too (`ends`)
 *   r { .RELATION_AS_ASKED }      the ref with only the properties the request asks for, as lists of values in
 *                                 the order of $relationProperties and $actorProperties (both ends), which
 *                                 src/graph/shared/asked-properties.ts turns back into the record and the actors
 *   r { .RELATION_ALONE_AS_ASKED }  the same without its two actors (an answer that reads them apart)
 *   r { .RELATION_ASKED }         only `asked`, the values of those properties (an answer that has the relation's id,
 *                                 type and ends apart: neighborhood/edges)
 *   a { .ACTOR_RECORD }           an actor whole
 *   a { .ACTOR_AS_ASKED }         its id and the properties in $actorProperties, as a list of values
 *
 * Fields written after the marker (`r { .RELATION_REF, day: … }`) are kept.
 */
export const RELATION_PROPERTIES = [
  'id',
  'date',
  'datePrecision',
  'modality',
  'negated',
  'title',
  'from',
  'to',
  'mentions',
  'firstSeen',
  'lastSeen',
  'confidence',
] as const;
export const ACTOR_PROPERTIES = ['id', 'name', 'kind', 'aliases', 'wikidata', 'externalIds', 'titles'] as const;

const properties = (names: readonly string[]) => names.map((name) => `.${name}`).join(', ');
const ends = (v: string) => `source: startNode(${v}).id, target: endNode(${v}).id`;
const actorRecord = () => properties(ACTOR_PROPERTIES);
const relationRecord = (v: string) => `${properties(RELATION_PROPERTIES)}, type: type(${v}), ${ends(v)}`;
const relationRef = (v: string) => `.id, type: type(${v}), ${ends(v)}, record: ${v} { ${relationRecord(v)} }`;
// Values without their keys, and only those asked for: the driver decodes a key string per property of every map it
// receives, and a hub's page of 50 relations with both actors whole was 34 kB to decode for `id type date source { id }`.
// A date (a relation's date, firstSeen, lastSeen) comes as its text, YYYY-MM-DD, as toPlain would make it of the
// driver's Date, which the driver decodes through a dozen 64-bit Integer operations each (a timeline's 700 days
// were a third of its CPU time).
const relationAsked = (v: string) => `asked: [k IN $relationProperties | CASE WHEN ${v}[k] IS :: DATE THEN toString(${v}[k]) ELSE ${v}[k] END]`;
const relationAloneAsAsked = (v: string) => `.id, type: type(${v}), ${ends(v)}, ${relationAsked(v)}`;
const relationAsAsked = (v: string) => `${relationAloneAsAsked(v)}, askedEnds: [x IN [startNode(${v}), endNode(${v})] | [k IN $actorProperties | x[k]]]`;
const actorAsAsked = (v: string) => `.id, asked: [k IN $actorProperties | ${v}[k]]`;
const relationWithActors = (v: string) => `${relationRef(v)}, ends: [x IN [startNode(${v}), endNode(${v})] | x { ${actorRecord()} }]`;

const PROJECTIONS: Readonly<Record<string, (variable: string) => string>> = {
  RELATION_RECORD: relationRecord,
  RELATION_REF: relationRef,
  RELATION_WITH_ACTORS: relationWithActors,
  RELATION_AS_ASKED: relationAsAsked,
  RELATION_ALONE_AS_ASKED: relationAloneAsAsked,
  RELATION_ASKED: relationAsked,
  ACTOR_RECORD: actorRecord,
  ACTOR_AS_ASKED: actorAsAsked,
};

/** `v { .NAME` for one of the projections above: the variable projected, then the marker. */
const MARKER = new RegExp(`\\b(\\w+)\\s*\\{\\s*\\.(${Object.keys(PROJECTIONS).join('|')})\\b`, 'g');

export function expandProjections(text: string): string {
  return text.replace(MARKER, (_match, variable: string, name: string) => `${variable} { ${PROJECTIONS[name]!(variable)}`);
}

/** The property lists, for the contract test that finds one written out by hand in a statement. */
export const SHARED_PROPERTY_LISTS = [properties(RELATION_PROPERTIES), actorRecord()];
