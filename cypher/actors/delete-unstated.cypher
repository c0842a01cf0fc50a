// Actors no briefing states any more and nothing holds in the graph are removed.
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
WHERE NOT EXISTS { MATCH (:ActorStatement {actorId: a.id}) }
  AND NOT EXISTS { (a)--() }
  AND NOT EXISTS { MATCH (:Evidence {speakerId: a.id}) }
DELETE a
RETURN count(a) AS deleted
