// Hands briefings' statements about one actor to another: by a merge (all of them, $statedIds
// null), or back by undoing it (those the merge moved, and those that named the absorbed id since).
MATCH (s:ActorStatement {actorId: $fromActorId})
WHERE $statedIds IS NULL OR s.statedId IN $statedIds OR s.id IN $statementIds
SET s.actorId = $toActorId
RETURN collect(s.id) AS statementIds
