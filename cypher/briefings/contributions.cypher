// What one briefing states, and for each relation whether other briefings state it too.
MATCH (b:Briefing {id: $briefingId})<-[:FROM]-(e:Evidence)
MATCH (s:Actor {id: e.sourceId})-[r {id: e.relationId}]->(t:Actor {id: e.targetId})
CALL (r, b) {
  OPTIONAL MATCH (:Evidence {relationId: r.id})-[:FROM]->(other:Briefing)
  WHERE other <> b
  RETURN collect(DISTINCT other { .id, .publishedAt }) AS others
}
WITH b, e, r, s, t, others ORDER BY e.start, r.id
RETURN r { .id, source: s.id, target: t.id } AS ref,
       e { .id, .quote, .start, .end, .speakerId, .extractor, .confidence, .modality, briefingId: b.id } AS evidence,
       any(o IN others WHERE o.publishedAt < b.publishedAt OR (o.publishedAt = b.publishedAt AND o.id < b.id)) AS corroborates,
       [o IN others | o.id] AS alsoIn
