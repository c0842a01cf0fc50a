// Mentions the survivor gained only through a merge, removed when it is undone.
MATCH (b:Briefing)-[m:MENTIONS]->(:Actor {id: $actorId})
WHERE b.id IN $briefingIds
DELETE m
