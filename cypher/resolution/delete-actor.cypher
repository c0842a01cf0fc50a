MATCH (x:Actor {id: $actorId})
DETACH DELETE x
