UNWIND $actorIds AS actorId
MATCH (:Actor {id: actorId})<-[:MENTIONS]-(b:Briefing)
WITH actorId, b ORDER BY b.publishedAt DESC, b.id
RETURN actorId, collect(b.id)[..$first] AS briefingIds
