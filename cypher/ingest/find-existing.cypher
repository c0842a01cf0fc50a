// What of a planned briefing is already in the graph: the briefing, each relation and each evidence.
OPTIONAL MATCH (briefing:Briefing {id: $briefingId})
CALL (briefing) {
  OPTIONAL MATCH (old:Evidence)-[:FROM]->(briefing)
  RETURN collect(old.id) AS evidenceIds
}
UNWIND $relations AS row
OPTIONAL MATCH (:Actor {id: row.source})-[r {id: row.id}]->(:Actor {id: row.target})
OPTIONAL MATCH (e:Evidence {id: row.evidenceId})
RETURN briefing IS NOT NULL AS briefingExists, evidenceIds AS briefingEvidenceIds,
       collect(CASE WHEN r IS NOT NULL THEN row.id END) AS existingRelationIds,
       collect(CASE WHEN e IS NOT NULL THEN row.evidenceId END) AS existingEvidenceIds
