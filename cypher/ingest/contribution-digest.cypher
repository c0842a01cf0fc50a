// Everything a briefing contributes to the graph, in a fixed order: its fields, the actors it
// mentions (as the graph shows them), its evidence and the relations that evidence holds up.
// Read before and after an ingest (in its transaction): any difference is a change of the graph.
// CYPHER replan=skip: the plan is pinned by its index hints and unique seeks whatever the counts,
// and planning its one-branch-per-type union costs far more than running it (seconds against
// milliseconds), so a bulk load that keeps changing the counts must not plan it again and again.
CYPHER replan=skip
OPTIONAL MATCH (b:Briefing {id: $briefingId})
RETURN CASE WHEN b IS NULL THEN null ELSE {
  briefing: b { .title, .url, .source, .publishedAt, .text, .annotator },
  actors: COLLECT {
    MATCH (b)-[:MENTIONS]->(a:Actor)
    WITH a ORDER BY a.id
    RETURN a { .id, .name, .kind, .aliases, .titles, .wikidata, .externalIds }
  },
  evidence: COLLECT {
    MATCH (e:Evidence)-[:FROM]->(b)
    WITH e ORDER BY e.id
    RETURN e { .id, .relationId, .relationType, .sourceId, .targetId, .quote, .start, .end, .speakerId, .extractor,
               .modality, .confidence }
  },
  relations: COLLECT {
    // Each relation by its type's index on the id (one branch per type), not through its actors.
    WITH COLLECT { MATCH (e:Evidence)-[:FROM]->(b) RETURN e } AS evidence
    CALL (evidence) {
      // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
      UNWIND [x IN evidence WHERE x.relationType = 'MET'] AS e
      MATCH ()-[r:MET {id: e.relationId}]->() USING INDEX r:MET(id)
        WHERE startNode(r).id = e.sourceId AND endNode(r).id = e.targetId
      RETURN r
      // end each relation type
    }
    WITH DISTINCT r ORDER BY r.id
    RETURN r { .id, .modality, .from, .to, .mentions, .firstSeen, .lastSeen, .confidence }
  }
} END AS digest
