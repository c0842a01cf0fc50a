// Counts afresh, for each named actor and relation type, the relations its default answers hide
// (src/graph/relations/hidden-counts.ts): those with itself (a merge's) and the negated ones by
// direction. Run by the migration that brings a store written before the counts were kept, or
// filled by the offline import, up to date (src/db/code-migrations.ts); the writes keep them since.
// Each actor's write lock is taken (in id order, as every writer takes them) before its relations are
// counted, so no ingest is halfway through changing them: the count read is the count written.
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
WITH a ORDER BY a.id
SET a.locking = true
REMOVE a.locking
WITH a
CALL (a) {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  RETURN 'MET' AS type,
         COUNT { (a)-[:MET]->(a) } AS loops,
         COUNT { (a)-[r:MET]->(other) WHERE other <> a AND r.negated } AS negatedOut,
         COUNT { (a)<-[r:MET]-(other) WHERE other <> a AND r.negated } AS negatedIn
  // end each relation type
}
SET a[$hidden.loops + type] = CASE WHEN loops = 0 THEN null ELSE loops END,
    a[$hidden.negatedOut + type] = CASE WHEN negatedOut = 0 THEN null ELSE negatedOut END,
    a[$hidden.negatedIn + type] = CASE WHEN negatedIn = 0 THEN null ELSE negatedIn END
RETURN count(DISTINCT a) AS recounted
