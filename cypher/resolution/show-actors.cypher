// Actors seen again when a merge is undone: the absorbed node takes its label back (a merge made
// before absorbed nodes were kept deleted it: actors/create then creates it again).
UNWIND $actorIds AS actorId
MATCH (hidden:AbsorbedActor {id: actorId})
REMOVE hidden:AbsorbedActor
SET hidden:Actor
