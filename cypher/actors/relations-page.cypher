// One page of relations for each requested actor, all actors of a GraphQL level in one statement.
// Symmetric types match from either end whatever the direction asked.
// Only the requested types are expanded, each from the actor's own group of relationships of that
// type (one branch per type: Neo4j reads a type's group only for a literal type), so the
// :MENTIONS of the briefings naming a hub, and its other types, are never read.
//
// A dense actor (a hub) is not paged here: it holds so large a share of a requested type that
// reading that type's date index in order finds its first $wanted relations sooner than expanding
// its group ($wanted × the type's relations / the actor's index entries, each weighing $scanCost
// expanded relationships). Its row comes back `dense`, with no page, and its page comes from
// actors/relations-page-dense; its total, when asked, is still counted here (apart, reading only
// what the filters read).
// The total is counted only when asked (`withTotal`); `more` says whether a relation follows the page.
UNWIND $requests AS req
MATCH (a:Actor {id: req.actorId})
CALL (a, req) {
  CALL (a, req) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    WITH a, req WHERE req.types IS NULL OR 'MET' IN req.types
    RETURN COUNT { (a)-[:MET]-() } ^ 2 > $wanted * $scanCost * COUNT { ()-[:MET]->() } AS fromIndex
    // end each relation type
  }
  RETURN any(cheaper IN collect(fromIndex) WHERE cheaper) AS dense
}
CALL (a, req, dense) {
  UNWIND CASE WHEN dense THEN [] ELSE [a] END AS x
  CALL (x, req) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    UNWIND CASE WHEN req.types IS NULL OR 'MET' IN req.types THEN [x] ELSE [] END AS y
    MATCH (y)-[r:MET]-()
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
  ORDER BY day, dayEnd, r.id
  RETURN collect(r) AS matched
}
// A dense actor's total, when asked: its relations counted apart, reading only what the filters
// read (sharing the page's expansion would read every relation's sort keys too).
CALL (a, req, dense) {
  UNWIND CASE WHEN dense AND req.withTotal THEN [a] ELSE [] END AS x
  CALL (x, req) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    UNWIND CASE WHEN req.types IS NULL OR 'MET' IN req.types THEN [x] ELSE [] END AS y
    MATCH (y)-[r:MET]-()
    RETURN r
    // end each relation type
  }
  WITH r WHERE startNode(r) <> endNode(r)
    AND (req.direction = 'BOTH' OR type(r) IN $symmetricTypes
                OR (req.direction = 'OUT' AND startNode(r) = a)
                OR (req.direction = 'IN' AND endNode(r) = a))
    AND (req.since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date(req.since))
    AND (req.until IS NULL OR coalesce(r.date, r.firstSeen) <= date(req.until))
    AND (req.modalities IS NULL OR r.modality IN req.modalities)
    AND (req.negated IS NULL OR r.negated = req.negated)
  RETURN count(r) AS denseTotal
}
RETURN req.key AS key, dense, CASE WHEN NOT req.withTotal THEN null WHEN dense THEN denseTotal ELSE size(matched) END AS total,
       NOT dense AND size(matched) > req.offset + req.first AS more,
       [r IN matched[req.offset..(req.offset + req.first)] |
         // The relation with its record and its two actors (src/db/projections.ts), so the
         // resolvers answer from this one statement (no second round trip to hydrate).
         r { .RELATION_WITH_ACTORS,
             day: coalesce(r.date, r.firstSeen), dayEnd: coalesce(r.dateEnd, r.date, r.firstSeen),
             precision: CASE WHEN r.date IS NULL THEN 'DAY' ELSE coalesce(r.datePrecision, 'DAY') END, dated: r.date IS NOT NULL }] AS page
