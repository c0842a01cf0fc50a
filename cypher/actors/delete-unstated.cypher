// Actors no briefing states any more and nothing holds in the graph are removed (a pair's kept counts,
// :PAIR, hold nothing: they follow the relations, and are written after this runs, src/db/pair-count-keys.ts).
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
WHERE NOT EXISTS { MATCH (:ActorStatement {actorId: a.id}) }
  AND NOT EXISTS { (a)-[:!PAIR]-() }
  AND NOT EXISTS { MATCH (:Evidence {speakerId: a.id}) }
DELETE a
RETURN count(a) AS deleted
