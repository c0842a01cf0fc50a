UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a { .ACTOR_RECORD } AS actor
