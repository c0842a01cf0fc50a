// Takes the write lock of each named actor, visible or absorbed by a merge, in id order, before
// the ingest, merge or unmerge reads anything about them: two of them that share an actor then
// run one after the other (the driver retries the rare deadlock), so none decides on facts another
// is changing. Actors that do not exist yet are locked by the MERGE that creates them.
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (a:Actor {id: actorId})
  RETURN a
  UNION
  MATCH (a:AbsorbedActor {id: actorId})
  RETURN a
}
WITH a ORDER BY a.id
SET a.locking = true
REMOVE a.locking
RETURN count(a) AS locked
