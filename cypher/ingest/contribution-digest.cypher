// Everything a briefing contributes to the graph, in a fixed order: its fields, the actors it
// mentions (as the graph shows them), its evidence and the relations that evidence holds up.
// Read before and after an ingest (in its transaction): any difference is a change of the graph.
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
    MATCH (e:Evidence)-[:FROM]->(b)
    MATCH (:Actor {id: e.sourceId})-[r {id: e.relationId}]->(:Actor {id: e.targetId})
    WITH DISTINCT r ORDER BY r.id
    RETURN r { .id, .modality, .from, .to, .mentions, .firstSeen, .lastSeen, .confidence }
  }
} END AS digest
