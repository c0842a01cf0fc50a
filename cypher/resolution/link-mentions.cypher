MATCH (a:Actor {id: $actorId})
UNWIND $briefingIds AS briefingId
MATCH (b:Briefing {id: briefingId})
MERGE (b)-[:MENTIONS]->(a)
