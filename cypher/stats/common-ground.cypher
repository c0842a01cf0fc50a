// Actors related to both $a and $b, with the relations to each, most related first. Bounded by
// the two actors' own relations: each one's relation groups are expanded once (never its
// :MENTIONS) and counted per neighbour, and the two counts meet in one aggregation by neighbour
// (a hash join: no neighbour's relations with the other actor are expanded to count them).
// Only the $limit actors returned are ever materialised, and their relations are read, in date
// order, only when the request asks for them ($withRelations).
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
// Each side's relations that pass the filters, counted per neighbour within its own branch: the
// rows that meet are one per neighbour and side, not one per relation (195,000 for two hubs at 1M).
CALL (a, b) {
  MATCH (a)-[r:ANY_RELATION]-(c:Actor)
  // A merge's relation of a survivor with itself makes no neighbour (README "Merge").
  WHERE c <> a AND c <> b
    AND ($types IS NULL OR type(r) IN $types)
    AND r.negated = false
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  RETURN c, count(r) AS n
  UNION ALL
  MATCH (b)-[r:ANY_RELATION]-(c:Actor)
  WHERE c <> a AND c <> b
    AND ($types IS NULL OR type(r) IN $types)
    AND r.negated = false
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  RETURN c, count(r) AS n
}
// A common neighbour has a row from both sides.
WITH a, b, c, sum(n) AS total, count(*) AS sides
WHERE sides = 2
WITH a, b, c, total
ORDER BY total DESC, c.id
LIMIT toInteger($limit)
CALL (a, c) {
  MATCH (a)-[ra:ANY_RELATION]-(c)
  WHERE $withRelations
    AND ($types IS NULL OR type(ra) IN $types)
    AND ra.negated = false
    AND ($modalities IS NULL OR ra.modality IN $modalities)
    AND ($since IS NULL OR coalesce(ra.dateEnd, ra.date, ra.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(ra.date, ra.firstSeen) <= date($until))
  WITH ra ORDER BY coalesce(ra.date, ra.firstSeen), coalesce(ra.dateEnd, ra.date, ra.firstSeen), ra.id
  RETURN collect(DISTINCT ra { .RELATION_AS_ASKED }) AS withA
}
CALL (b, c) {
  MATCH (c)-[rb:ANY_RELATION]-(b)
  WHERE $withRelations
    AND ($types IS NULL OR type(rb) IN $types)
    AND rb.negated = false
    AND ($modalities IS NULL OR rb.modality IN $modalities)
    AND ($since IS NULL OR coalesce(rb.dateEnd, rb.date, rb.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(rb.date, rb.firstSeen) <= date($until))
  WITH rb ORDER BY coalesce(rb.date, rb.firstSeen), coalesce(rb.dateEnd, rb.date, rb.firstSeen), rb.id
  RETURN collect(DISTINCT rb { .RELATION_AS_ASKED }) AS withB
}
// The common neighbours and the relations with each come back with the properties the request asks for
// (src/db/projections.ts), the relations with their two actors: no second statement for any of them.
RETURN c.id AS actorId, c { .ACTOR_AS_ASKED } AS actor, withA, withB
ORDER BY total DESC, actorId
