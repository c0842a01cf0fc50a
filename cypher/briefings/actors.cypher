UNWIND $briefingIds AS briefingId
MATCH (:Briefing {id: briefingId})-[:MENTIONS]->(a:Actor)
WITH briefingId, a ORDER BY a.name
RETURN briefingId, collect(a.id) AS actorIds
