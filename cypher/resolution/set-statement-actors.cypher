// Which visible actor each statement describes, as the merges in force show its base actor.
UNWIND $rows AS row
MATCH (s:ActorStatement {id: row.id})
SET s.actorId = row.actorId
