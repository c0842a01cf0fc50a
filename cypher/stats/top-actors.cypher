// Who did $type most towards $targetId (or, given $sourceId, to whom). A symmetric relation has
// both of its actors as sources. Negated relations never count.
MATCH (s:Actor)-[r]-(t:Actor)
WHERE type(r) = $type
  AND (startNode(r) = s OR type(r) IN $symmetricTypes)
  AND r.negated = false
  AND ($targetId IS NULL OR t.id = $targetId)
  AND ($sourceId IS NULL OR s.id = $sourceId)
  AND ($since IS NULL OR coalesce(r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
WITH CASE WHEN $sourceId IS NULL THEN s ELSE t END AS counted, r
WHERE $kinds IS NULL OR counted.kind IN $kinds
RETURN counted.id AS actorId, count(DISTINCT r) AS count, sum(r.mentions) AS mentions
ORDER BY count DESC, mentions DESC, actorId
LIMIT toInteger($limit)
