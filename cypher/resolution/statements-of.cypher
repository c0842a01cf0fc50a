// The briefings' statements about the given visible actors, with the actor each was made about
// (its base actor; statements written before it was kept count their actor as their base).
UNWIND $actorIds AS actorId
MATCH (s:ActorStatement {actorId: actorId})
RETURN s { .id, .briefingId, .actorId, .name, .kind, baseActorId: coalesce(s.baseActorId, s.actorId) } AS statement
