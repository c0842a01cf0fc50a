// Evidence written before it kept its own facts takes its relation's (period, date, negation,
// title, and the actor ids as stated). Formerly the second half of 002.
// Batched: $batch pieces of evidence per transaction in id order from $after; the runner
// (src/db/migrate.ts) repeats it with the returned `last` until there is none. Each relation is
// found by its type's index on the id; evidence without its type (older still) through its actors.
MATCH (e:Evidence)
  WHERE e.id > $after
WITH e ORDER BY e.id LIMIT toInteger($batch)
CALL (e) {
  WITH e WHERE e.statedSourceId IS NULL
  CALL (e) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    WITH e WHERE e.relationType = 'MET'
    MATCH ()-[r:MET {id: e.relationId}]->()
    RETURN r
    // end each relation type
    UNION ALL
    WITH e WHERE e.relationType IS NULL
    MATCH (:Actor {id: e.sourceId})-[r {id: e.relationId}]->(:Actor {id: e.targetId})
    RETURN r
  }
  SET e.from = r.from, e.to = r.to, e.date = r.date, e.negated = r.negated, e.title = r.title,
      e.statedSourceId = e.sourceId, e.statedTargetId = e.targetId
}
RETURN max(e.id) AS last
