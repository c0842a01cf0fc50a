// The relations a batch of new briefings states that the graph lacks, each once with the facts of
// its first statement in the batch (as upsert-relations would create it). MERGE, not CREATE: a
// concurrent ingest may have created it since the batch looked. rel.type comes from the
// RelationType allow-list (validated before any statement runs), never from free text.
UNWIND $relations AS rel
MATCH (s:Actor {id: rel.source}), (t:Actor {id: rel.target})
MERGE (s)-[r:$(rel.type) {id: rel.id}]->(t)
  ON CREATE SET r.date = date(rel.date),
                r.datePrecision = rel.datePrecision,
                r.dateEnd = date(rel.dateEnd),
                r.modality = rel.modality,
                r.negated = rel.negated,
                r.title = rel.title,
                r.from = date(rel.from),
                r.to = date(rel.to),
                r.createdAt = datetime()
