UNWIND $relationIds AS relationId
MATCH (e:Evidence {relationId: relationId})-[:FROM]->(b:Briefing)
WITH relationId, e, b ORDER BY b.publishedAt, b.id, e.start
RETURN relationId, collect(e { .id, .quote, .start, .end, .speakerId, .extractor, .confidence, .modality, briefingId: b.id }) AS evidence
