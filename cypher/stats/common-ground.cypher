// Actors related to both $a and $b, with the relations to each, most related first. Bounded by
// the two actors' own relations: a's neighbours are grouped first (one expansion of a), then each
// is joined to b by an expansion between two known nodes; no path through a hub is enumerated.
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
CALL (a, b) {
  MATCH (a)-[ra]-(c:Actor)
  WHERE c <> b
    AND ($types IS NULL OR type(ra) IN $types)
    AND ra.negated = false
    AND ($modalities IS NULL OR ra.modality IN $modalities)
    AND ($since IS NULL OR coalesce(ra.dateEnd, ra.date, ra.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(ra.date, ra.firstSeen) <= date($until))
  WITH c, ra ORDER BY coalesce(ra.date, ra.firstSeen), coalesce(ra.dateEnd, ra.date, ra.firstSeen), ra.id
  RETURN c, collect(DISTINCT ra { .id, source: startNode(ra).id, target: endNode(ra).id }) AS withA
}
CALL (b, c) {
  MATCH (c)-[rb]-(b)
  WHERE ($types IS NULL OR type(rb) IN $types)
    AND rb.negated = false
    AND ($modalities IS NULL OR rb.modality IN $modalities)
    AND ($since IS NULL OR coalesce(rb.dateEnd, rb.date, rb.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(rb.date, rb.firstSeen) <= date($until))
  WITH rb ORDER BY coalesce(rb.date, rb.firstSeen), coalesce(rb.dateEnd, rb.date, rb.firstSeen), rb.id
  RETURN collect(DISTINCT rb { .id, source: startNode(rb).id, target: endNode(rb).id }) AS withB
}
WITH c, withA, withB WHERE size(withB) > 0
RETURN c.id AS actorId, withA, withB
ORDER BY size(withA) + size(withB) DESC, actorId
LIMIT toInteger($limit)
