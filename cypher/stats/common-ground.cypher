// Actors related to both $a and $b, with the relations to each, most related first. Bounded by
// the two actors' own relations, and only the $limit actors returned are ever materialised:
// a's relation groups are expanded once and counted per neighbour (never its :MENTIONS), each
// neighbour's count with b is an expansion between two known nodes, and the relations themselves
// are read, in date order, only for the top $limit neighbours (whole, as relations/by-refs returns
// them, so no second statement hydrates them).
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
CALL (a, b) {
  MATCH (a)-[ra:ANY_RELATION]-(c:Actor)
  WHERE c <> b AND c <> a // a merge's relation of a survivor with itself makes no neighbour (README "Merge")
    AND ($types IS NULL OR type(ra) IN $types)
    AND ra.negated = false
    AND ($modalities IS NULL OR ra.modality IN $modalities)
    AND ($since IS NULL OR coalesce(ra.dateEnd, ra.date, ra.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(ra.date, ra.firstSeen) <= date($until))
  WITH c, count(ra) AS withA
  WITH c, withA, COUNT {
    MATCH (c)-[rb:ANY_RELATION]-(b)
    WHERE ($types IS NULL OR type(rb) IN $types)
      AND rb.negated = false
      AND ($modalities IS NULL OR rb.modality IN $modalities)
      AND ($since IS NULL OR coalesce(rb.dateEnd, rb.date, rb.firstSeen) >= date($since))
      AND ($until IS NULL OR coalesce(rb.date, rb.firstSeen) <= date($until))
  } AS withB
  WHERE withB > 0
  RETURN c, withA + withB AS total
  ORDER BY total DESC, c.id
  LIMIT toInteger($limit)
}
CALL (a, c) {
  MATCH (a)-[ra:ANY_RELATION]-(c)
  WHERE ($types IS NULL OR type(ra) IN $types)
    AND ra.negated = false
    AND ($modalities IS NULL OR ra.modality IN $modalities)
    AND ($since IS NULL OR coalesce(ra.dateEnd, ra.date, ra.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(ra.date, ra.firstSeen) <= date($until))
  WITH ra ORDER BY coalesce(ra.date, ra.firstSeen), coalesce(ra.dateEnd, ra.date, ra.firstSeen), ra.id
  RETURN collect(DISTINCT ra { .RELATION_REF }) AS withA
}
CALL (b, c) {
  MATCH (c)-[rb:ANY_RELATION]-(b)
  WHERE ($types IS NULL OR type(rb) IN $types)
    AND rb.negated = false
    AND ($modalities IS NULL OR rb.modality IN $modalities)
    AND ($since IS NULL OR coalesce(rb.dateEnd, rb.date, rb.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(rb.date, rb.firstSeen) <= date($until))
  WITH rb ORDER BY coalesce(rb.date, rb.firstSeen), coalesce(rb.dateEnd, rb.date, rb.firstSeen), rb.id
  RETURN collect(DISTINCT rb { .RELATION_REF }) AS withB
}
RETURN c.id AS actorId, withA, withB
ORDER BY total DESC, actorId
