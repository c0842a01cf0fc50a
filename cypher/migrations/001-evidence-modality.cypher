// Evidence written before each piece carried its own modality takes its relation's.
// Batched: $batch pieces of evidence per transaction in id order from $after; the runner
// (src/db/migrate.ts) repeats it with the returned `last` until there is none.
MATCH (e:Evidence)
  WHERE e.id > $after
WITH e ORDER BY e.id LIMIT toInteger($batch)
CALL (e) {
  WITH e WHERE e.modality IS NULL
  MATCH (:Actor {id: e.sourceId})-[r {id: e.relationId}]->(:Actor {id: e.targetId})
  SET e.modality = r.modality
}
RETURN max(e.id) AS last
