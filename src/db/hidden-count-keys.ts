/**
 * Each actor keeps, per relation type, how many of its relations its default answers hide: the
 * negated ones (by direction) and those a merge made with itself. A hub's total of relations of a
 * type is then its degree of that type (Neo4j's degree store, read without touching one
 * relationship) less these counts, where counting them took two reads per relation of the hub
 * (its expansion and `negated`): about 200,000 for a hub of a million-relation graph, on every page
 * that shows totalCount (actors/relations-page). Kept at every write that adds or removes a
 * relation (ingest one at a time and in bulk, merge and unmerge) and counted afresh by the
 * migration that brings an older or an offline-imported store up to date (code/003 in
 * code-migrations.ts); the counting itself is src/graph/relations/hidden-counts.ts.
 *
 * The property names are made here only: each statement that reads or writes them takes these
 * prefixes as `$hidden` and appends the relation type (one of the vocabulary's: an allow-list).
 */
export const HIDDEN_COUNT_PREFIXES = { loops: 'loops:', negatedOut: 'negatedOut:', negatedIn: 'negatedIn:' } as const;
