MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
MATCH (a)-[ra]-(c:Actor)-[rb]-(b)
WHERE c <> a AND c <> b
  AND ($types IS NULL OR (type(ra) IN $types AND type(rb) IN $types))
  AND ra.negated = false AND rb.negated = false
  AND ($since IS NULL OR (coalesce(ra.date, ra.firstSeen) >= date($since) AND coalesce(rb.date, rb.firstSeen) >= date($since)))
  AND ($until IS NULL OR (coalesce(ra.date, ra.firstSeen) <= date($until) AND coalesce(rb.date, rb.firstSeen) <= date($until)))
WITH c,
     collect(DISTINCT ra { .id, source: startNode(ra).id, target: endNode(ra).id }) AS withA,
     collect(DISTINCT rb { .id, source: startNode(rb).id, target: endNode(rb).id }) AS withB
RETURN c.id AS actorId, withA, withB
ORDER BY size(withA) + size(withB) DESC, actorId
LIMIT toInteger($limit)
