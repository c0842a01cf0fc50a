// An absorbed actor leaves every answer (only :Actor nodes are answered) but keeps its node and id,
// which ingests lock and an unmerge shows again. Everything it held has been moved to the survivor.
MATCH (x:Actor {id: $actorId})
REMOVE x:Actor
SET x:AbsorbedActor
