// Points evidence at the relation its actors make under the merges in force (m.type is from the
// RelationType allow-list), creating that relation when it is new; the relations the evidence left
// are refreshed afterwards (ingest/refresh-relations), which removes those left without any.
UNWIND $moves AS m
MATCH (s:Actor {id: m.source}), (t:Actor {id: m.target})
MERGE (s)-[r:$(m.type) {id: m.id}]->(t)
  ON CREATE SET r.date = date(m.date), r.datePrecision = m.datePrecision, r.dateEnd = date(m.dateEnd), r.modality = m.modality,
                r.negated = m.negated, r.title = m.title, r.createdAt = datetime(), r.moveCreated = true
// The relations this move created, so the counts kept of relations follow
// (src/graph/relations/kept-counts.ts); the mark lives only within this statement.
WITH m, r.moveCreated IS NOT NULL AS created, r
REMOVE r.moveCreated
WITH m, created
CALL (m) {
  UNWIND m.evidenceIds AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  SET e.relationId = m.id, e.relationType = m.type, e.sourceId = m.source, e.targetId = m.target
}
RETURN collect(CASE WHEN created THEN m.id END) AS createdIds
