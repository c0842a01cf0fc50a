// What of a planned briefing is already in the graph: the briefing, each relation and each evidence.
// A relation is found by its type's index on the id (one branch per type: an index is only read
// for a literal type), never by expanding its actors, which may be hubs.
// CYPHER replan=skip: the plan is pinned by its index hints and unique seeks whatever the counts,
// and planning its one-branch-per-type union costs far more than running it (seconds against
// milliseconds), so a bulk load that keeps changing the counts must not plan it again and again.
CYPHER replan=skip
OPTIONAL MATCH (briefing:Briefing {id: $briefingId})
CALL (briefing) {
  OPTIONAL MATCH (old:Evidence)-[:FROM]->(briefing)
  RETURN collect(old.id) AS evidenceIds
}
RETURN briefing IS NOT NULL AS briefingExists, evidenceIds AS briefingEvidenceIds,
       COLLECT {
         // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
         UNWIND [x IN $relations WHERE x.type = 'MET'] AS row
         MATCH ()-[r:MET {id: row.id}]->() USING INDEX r:MET(id)
           WHERE startNode(r).id = row.source AND endNode(r).id = row.target
         RETURN row.id AS id
         // end each relation type
       } AS existingRelationIds,
       COLLECT {
         UNWIND $relations AS row
         MATCH (e:Evidence {id: row.evidenceId})
         RETURN row.evidenceId AS id
       } AS existingEvidenceIds
