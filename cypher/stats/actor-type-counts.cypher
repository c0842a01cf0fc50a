// How many relations of each type and direction an actor has; a symmetric relation counts once.
// A relation of the actor with itself (made by a merge) is not counted (README "Merge"), nor a pair's kept
// counts (:PAIR, src/db/pair-count-keys.ts), which are no relation.
MATCH (a:Actor {id: $actorId})-[r:!PAIR]-(other:Actor)
WHERE other <> a
  AND ($types IS NULL OR type(r) IN $types)
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
WITH type(r) AS type, r,
     CASE WHEN type(r) IN $symmetricTypes THEN 'BOTH' WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction
RETURN type, direction, count(DISTINCT r) AS count
ORDER BY count DESC, type, direction
