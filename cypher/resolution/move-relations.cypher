// Re-creates relations between the given actors (m.type is from the RelationType allow-list) and
// points their evidence at them. Used by merges (new ids) and by undoing them (original ids).
UNWIND $moves AS m
MATCH (s:Actor {id: m.source}), (t:Actor {id: m.target})
MERGE (s)-[r:$(m.type) {id: m.id}]->(t)
  ON CREATE SET r.date = date(m.date), r.datePrecision = m.datePrecision, r.dateEnd = date(m.dateEnd), r.modality = m.modality, r.negated = m.negated,
                r.title = m.title, r.from = date(m.from), r.to = date(m.to), r.createdAt = datetime()
WITH m
UNWIND m.evidenceIds AS evidenceId
MATCH (e:Evidence {id: evidenceId})
SET e.relationId = m.id, e.relationType = m.type, e.sourceId = m.source, e.targetId = m.target
