// A briefing mentions the visible actors its statements are about: after a merge or an unmerge
// moved statements, its MENTIONS follow them.
UNWIND $briefingIds AS briefingId
MATCH (b:Briefing {id: briefingId})
CALL (b) {
  MATCH (b)-[m:MENTIONS]->(a)
  WHERE NOT EXISTS { MATCH (:ActorStatement {briefingId: b.id, actorId: a.id}) } OR NOT a:Actor
  DELETE m
}
CALL (b) {
  MATCH (s:ActorStatement {briefingId: b.id})
  MATCH (a:Actor {id: s.actorId})
  MERGE (b)-[:MENTIONS]->(a)
}
