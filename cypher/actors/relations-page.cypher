// One page of relations for each requested actor, all actors of a GraphQL level in one statement.
// Symmetric types match from either end whatever the direction asked.
// Only the requested types are expanded, each from the actor's own group of relationships of that
// type (one branch per type: Neo4j reads a type's group only for a literal type), so the
// :MENTIONS of the briefings naming a hub, and its other types, are never read.
UNWIND $requests AS req
MATCH (a:Actor {id: req.actorId})
CALL (a, req) {
  CALL (a, req) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    UNWIND CASE WHEN req.types IS NULL OR 'MET' IN req.types THEN [a] ELSE [] END AS x
    MATCH (x)-[r:MET]-()
    RETURN r
    // end each relation type
  }
  // A relation of the actor with itself is one a merge made of a relation between the two merged
  // actors: hidden from every answer while the merge holds (README "Merge").
  WITH r WHERE startNode(r) <> endNode(r)
    AND (req.direction = 'BOTH' OR type(r) IN $symmetricTypes
                OR (req.direction = 'OUT' AND startNode(r) = a)
                OR (req.direction = 'IN' AND endNode(r) = a))
    AND (req.since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date(req.since))
    AND (req.until IS NULL OR coalesce(r.date, r.firstSeen) <= date(req.until))
    AND (req.modalities IS NULL OR r.modality IN req.modalities)
    AND (req.negated IS NULL OR r.negated = req.negated)
  // A relation's span: its first and last day (a partial date spans its month or year); ordered by
  // start, then end (on one first day: the day, the month, the year), then id.
  WITH r, coalesce(r.date, r.firstSeen) AS day, coalesce(r.dateEnd, r.date, r.firstSeen) AS dayEnd
  ORDER BY
    CASE WHEN req.newestFirst THEN null ELSE day END ASC,
    CASE WHEN req.newestFirst THEN null ELSE dayEnd END ASC,
    CASE WHEN req.newestFirst THEN day END DESC,
    CASE WHEN req.newestFirst THEN dayEnd END DESC,
    r.id
  WITH collect(r) AS matched
  RETURN size(matched) AS total,
         [r IN matched[req.offset..(req.offset + req.first)] |
           // The relation with its record and its two actors (src/db/projections.ts), so the
           // resolvers answer from this one statement (no second round trip to hydrate).
           r { .RELATION_WITH_ACTORS,
               day: coalesce(r.date, r.firstSeen), dayEnd: coalesce(r.dateEnd, r.date, r.firstSeen),
               precision: CASE WHEN r.date IS NULL THEN 'DAY' ELSE coalesce(r.datePrecision, 'DAY') END, dated: r.date IS NOT NULL }] AS page
}
RETURN req.key AS key, total, page
