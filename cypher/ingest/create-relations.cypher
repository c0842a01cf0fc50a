// The relations a batch of new briefings states that the graph lacks, each once with the facts of
// its first statement in the batch (as upsert-relations would create it). MERGE, not CREATE: a
// concurrent ingest may have created it since the batch looked. One branch per type: with the
// type written literally, MERGE looks for the relation in the type's group of the two actors (or
// its index), where a dynamic type expands every relationship of a hub.
WITH $relations AS rows
CALL (rows) {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  UNWIND [x IN rows WHERE x.type = 'MET'] AS rel
  MATCH (s:Actor {id: rel.source}), (t:Actor {id: rel.target})
  MERGE (s)-[r:MET {id: rel.id}]->(t)
    ON CREATE SET r.date = date(rel.date),
                  r.datePrecision = rel.datePrecision,
                  r.dateEnd = date(rel.dateEnd),
                  r.modality = rel.modality,
                  r.negated = rel.negated,
                  r.title = rel.title,
                  r.from = date(rel.from),
                  r.to = date(rel.to),
                  r.createdAt = datetime()
  RETURN count(r) AS merged
  // end each relation type
}
RETURN sum(merged) AS merged
