/**
 * Each pair of two different actors with at least one relation between them that is not negated
 * keeps, on one `:PAIR` relationship from the lower id to the higher, how many such relations they
 * have, in total and per relation type: of any modality (`n`, `n_MET`, …) and of those that happened
 * (asserted or reported, what commonGround counts by default: `h`, `h_MET`, …). commonGround then
 * ranks the common neighbours of two actors from these counts, one relationship per neighbour,
 * where counting them read every relation of both actors (about 190,000 for two hubs of a
 * million-relation graph). Kept at every write that adds, removes or re-modalises a relation, with
 * the hidden counts (src/graph/relations/kept-counts.ts), and counted afresh by the migration
 * code/004 (code-migrations.ts) for an older or an offline-imported store. A count of zero is no
 * property; a pair whose total is zero has no relationship.
 *
 * `:PAIR` is not a relation: every statement that follows relationships of any type leaves it out
 * (ANY_RELATION, `-[r:!PAIR]-`, or a degree less the actor's PAIR degree).
 *
 * The property names are made here only (the totals, and each appended `_` and a relation type of
 * the vocabulary: an allow-list); statements take them as values.
 */
export const PAIR_COUNT_TOTALS = { all: 'n', happened: 'h' } as const;
