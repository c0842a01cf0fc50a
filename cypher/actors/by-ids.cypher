// Each actor with the properties in $actorProperties (src/db/projections.ts): those the request asks for.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a { .ACTOR_AS_ASKED } AS actor
