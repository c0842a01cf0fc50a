UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
RETURN a { .id, .name } AS actor
