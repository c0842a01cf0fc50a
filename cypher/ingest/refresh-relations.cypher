// Mentions, first and last seen and confidence follow from a relation's evidence; a relation left
// without any evidence is removed.
UNWIND $relations AS row
MATCH (:Actor {id: row.source})-[r {id: row.id}]->(:Actor {id: row.target})
OPTIONAL MATCH (e:Evidence {relationId: row.id})-[:FROM]->(b:Briefing)
WITH r, count(e) AS mentions, min(b.publishedAt) AS firstSeen, max(b.publishedAt) AS lastSeen, max(e.confidence) AS confidence
CALL (r, mentions, firstSeen, lastSeen, confidence) {
  WITH * WHERE mentions > 0
  SET r.mentions = mentions, r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.confidence = confidence
}
CALL (r, mentions) {
  WITH * WHERE mentions = 0
  DELETE r
}
RETURN count(*) AS refreshed
