// Actors related to both $a and $b, with the relations to each, most related first. Bounded by
// the two actors' own relations: each one's relation groups are expanded once (never its
// :MENTIONS) and counted per neighbour, and the two counts meet in one aggregation by neighbour
// (a hash join: no neighbour's relations with the other actor are expanded to count them).
// When the request filters the relations by nothing the pairs' kept counts cannot answer (no
// window, no modalities but those that happened), $keys names the counts to sum (their types', or
// the total: src/graph/relations/pair-counts.ts) and each actor's :PAIR relationships are expanded
// instead, one per neighbour, none of its relations read (src/db/pair-count-keys.ts); otherwise
// $keys is null and the relations are counted. The two ways give the same answer.
// Only the $limit actors returned are ever materialised, and their relations are read, in date
// order, only when the request asks for them ($withRelations). Two hubs at 1M: 587,012 db hits
// counted (731,325 before the label moved to the join), 940,171 with 20 neighbours' relations
// (1,511,676); from the kept counts, see docs/speed-log.md (session 55).
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
// Each side's relations that pass the filters, counted per neighbour within its own branch: the
// rows that meet are one per neighbour and side, not one per relation (195,000 for two hubs at 1M).
CALL (a, b) {
  WITH * WHERE $keys IS NOT NULL
  MATCH (a)-[p:PAIR]-(c)
  WHERE c <> a AND c <> b
  WITH c, reduce(n = 0, key IN $keys | n + coalesce(p[key], 0)) AS n
  WHERE n > 0
  RETURN c, n
  UNION ALL
  WITH * WHERE $keys IS NOT NULL
  MATCH (b)-[p:PAIR]-(c)
  WHERE c <> a AND c <> b
  WITH c, reduce(n = 0, key IN $keys | n + coalesce(p[key], 0)) AS n
  WHERE n > 0
  RETURN c, n
  UNION ALL
  WITH * WHERE $keys IS NULL
  MATCH (a)-[r:ANY_RELATION]-(c)
  // A merge's relation of a survivor with itself makes no neighbour (README "Merge").
  WHERE c <> a AND c <> b
    AND ($types IS NULL OR type(r) IN $types)
    AND r.negated = false
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  RETURN c, count(r) AS n
  UNION ALL
  WITH * WHERE $keys IS NULL
  MATCH (b)-[r:ANY_RELATION]-(c)
  WHERE c <> a AND c <> b
    AND ($types IS NULL OR type(r) IN $types)
    AND r.negated = false
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  RETURN c, count(r) AS n
}
// A common neighbour has a row from both sides; that it is an actor is read once per neighbour
// at the join, not once per relation in each branch (189,000 label reads for two hubs at 1M).
WITH a, b, c, sum(n) AS total, count(*) AS sides
WHERE sides = 2 AND c:Actor
WITH a, b, c, total
ORDER BY total DESC, c.id
LIMIT toInteger($limit)
// The relations of the neighbours returned, when asked for: each actor's relation groups expanded
// once more, kept for those neighbours only (a neighbour's relations with a hub expanded into
// from the smaller side cost the hub's whole degree for each of them: 768,624 db hits, not
// 197,119, for two hubs' 20 at 1M), in date order per neighbour.
WITH a, b, collect(c) AS ranked, collect(total) AS totals
CALL (a, ranked) {
  MATCH (a)-[ra:ANY_RELATION]-(c)
  WHERE $withRelations AND c IN ranked
    AND ($types IS NULL OR type(ra) IN $types)
    AND ra.negated = false
    AND ($modalities IS NULL OR ra.modality IN $modalities)
    AND ($since IS NULL OR coalesce(ra.dateEnd, ra.date, ra.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(ra.date, ra.firstSeen) <= date($until))
  WITH c, ra ORDER BY coalesce(ra.date, ra.firstSeen), coalesce(ra.dateEnd, ra.date, ra.firstSeen), ra.id
  WITH c, collect(DISTINCT ra { .RELATION_AS_ASKED }) AS relations
  RETURN collect({c: c, relations: relations}) AS withA
}
CALL (b, ranked) {
  MATCH (c)-[rb:ANY_RELATION]-(b)
  WHERE $withRelations AND c IN ranked
    AND ($types IS NULL OR type(rb) IN $types)
    AND rb.negated = false
    AND ($modalities IS NULL OR rb.modality IN $modalities)
    AND ($since IS NULL OR coalesce(rb.dateEnd, rb.date, rb.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(rb.date, rb.firstSeen) <= date($until))
  WITH c, rb ORDER BY coalesce(rb.date, rb.firstSeen), coalesce(rb.dateEnd, rb.date, rb.firstSeen), rb.id
  WITH c, collect(DISTINCT rb { .RELATION_AS_ASKED }) AS relations
  RETURN collect({c: c, relations: relations}) AS withB
}
UNWIND range(0, size(ranked) - 1) AS i
WITH ranked[i] AS c, totals[i] AS total,
  coalesce(head([x IN withA WHERE x.c = ranked[i] | x.relations]), []) AS withA,
  coalesce(head([x IN withB WHERE x.c = ranked[i] | x.relations]), []) AS withB
// The common neighbours and the relations with each come back with the properties the request asks for
// (src/db/projections.ts), the relations with their two actors: no second statement for any of them.
RETURN c.id AS actorId, c { .ACTOR_AS_ASKED } AS actor, withA, withB
ORDER BY total DESC, actorId
