// The derived facts of relations that a batch of new briefings adds evidence to, combined in code
// from the facts they had (read by ingest/batch-existing under their actors' locks) and the facts
// of the batch's evidence (src/ingest/new-relation-facts.ts): every fact is a count, a least, a
// greatest or the surest, so adding evidence never reads a relation's other evidence back (a hub
// pair's thousands); relations/refresh derives them from all the evidence where some is removed.
// Each relation is found by its type's index on the id (one branch per type). A count is an
// integer in Neo4j, where a number from JavaScript arrives as a float.
// CYPHER replan=skip: as ingest/batch-existing, its plan is pinned by index hints and unique seeks.
CYPHER replan=skip
WITH $relations AS rows
CALL (rows) {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  UNWIND [x IN rows WHERE x.type = 'MET'] AS row
  MATCH ()-[r:MET {id: row.id}]->() USING INDEX r:MET(id)
    WHERE startNode(r).id = row.source AND endNode(r).id = row.target
  RETURN row, r
  // end each relation type
}
SET r.mentions = toInteger(row.derived.mentions),
    r.firstSeen = date(row.derived.firstSeen),
    r.lastSeen = date(row.derived.lastSeen),
    r.confidence = row.derived.confidence,
    r.modality = row.derived.modality,
    r.from = date(row.derived.from),
    r.to = date(row.derived.to)
RETURN count(r) AS updated
