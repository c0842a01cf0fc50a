// One page of relations for each requested actor, all actors of a GraphQL level in one statement,
// ordered by day (a relation's date, or the day it was first reported when undated), then its last
// day, then id. Symmetric types match from either end whatever the direction asked.
//
// A k-way merge: each requested type gives its candidates, the first $wanted (the largest
// offset + first + 1 of the batch) of the actor's relations of that type in the page's order, and
// the page is the head of their union. Most types come from the actor's own group of relationships
// of that type (one branch per type: Neo4j reads a type's group only for a literal type), so the
// :MENTIONS of the briefings naming a hub, and its other types, are never read. For a type of which
// the actor holds so large a share that reading the type's indexes in order finds its first
// $wanted relations sooner ($wanted × the type's relations / the actor's, each index entry weighing
// $scanCost expanded relationships: a hub), the candidates come from the type's date index (the
// dated) and first-report index (the undated) read in day order, keeping the relations that touch
// the actor, until enough are found (the rest of the last day sorted by the order's other keys): a
// few hundred index entries instead of sorting the hub's tens of thousands of relations.
// The total is counted only when asked (`withTotal`); `more` says whether a relation follows the page.
UNWIND $requests AS req
MATCH (a:Actor {id: req.actorId})
// The requested types this actor's page reads from the types' indexes.
CALL (a, req) {
  CALL (a, req) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    WITH a, req WHERE req.types IS NULL OR 'MET' IN req.types
    RETURN 'MET' AS type, COUNT { (a)-[:MET]-() } ^ 2 > $wanted * $scanCost * COUNT { ()-[:MET]->() } AS fromIndex
    // end each relation type
  }
  RETURN collect(CASE WHEN fromIndex THEN type END) AS indexed
}
CALL (a, req, indexed) {
  CALL (a, req, indexed) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    WITH a, req, indexed WHERE req.types IS NULL OR 'MET' IN req.types
    CALL (a, req, indexed) {
      UNWIND CASE WHEN 'MET' IN indexed THEN [] ELSE [a] END AS x
      MATCH (x)-[r:MET]-()
      RETURN r
      UNION ALL
      // The dated from the date index, in order: the first $wanted of the actor's (the order's last
      // keys sort only the relations of one day: a partial sort, never the hub's).
      UNWIND CASE WHEN 'MET' IN indexed THEN [a] ELSE [] END AS x
      CALL (x, req) {
        MATCH ()-[r:MET]->() USING INDEX r:MET(date)
        WHERE r.date >= date(req.seek.yearFrom) AND r.date <= date(req.seek.to) AND (startNode(r) = x OR endNode(r) = x)
          AND startNode(r) <> endNode(r)
          AND (req.direction = 'BOTH' OR 'MET' IN $symmetricTypes OR (req.direction = 'OUT' AND startNode(r) = x) OR (req.direction = 'IN' AND endNode(r) = x))
          AND (req.since IS NULL OR coalesce(r.dateEnd, r.date) >= date(req.since))
          AND (req.modalities IS NULL OR r.modality IN req.modalities)
          AND (req.negated IS NULL OR r.negated = req.negated)
        WITH r ORDER BY r.date, coalesce(r.dateEnd, r.date), r.id LIMIT toInteger($wanted)
        RETURN collect(r) AS dated, max(r.date) AS datedLast, count(r) = toInteger($wanted) AS datedCut
      }
      // The undated from the first-report index the same way, no later than the last dated one
      // when those were cut (any later would follow $wanted of this type's relations).
      CALL (x, req, datedLast, datedCut) {
        MATCH ()-[r:MET]->() USING INDEX r:MET(firstSeen)
        WHERE r.firstSeen >= date(req.seek.seenFrom)
          AND r.firstSeen <= CASE WHEN datedCut THEN datedLast ELSE date(req.seek.to) END
          AND r.date IS NULL AND (startNode(r) = x OR endNode(r) = x)
          AND startNode(r) <> endNode(r)
          AND (req.direction = 'BOTH' OR 'MET' IN $symmetricTypes OR (req.direction = 'OUT' AND startNode(r) = x) OR (req.direction = 'IN' AND endNode(r) = x))
          AND (req.modalities IS NULL OR r.modality IN req.modalities)
          AND (req.negated IS NULL OR r.negated = req.negated)
        WITH r ORDER BY r.firstSeen, r.id LIMIT toInteger($wanted)
        RETURN collect(r) AS undated
      }
      UNWIND dated + undated AS r
      RETURN r
    }
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
  RETURN collect(r) AS candidates
}
// The total, when asked. With every type from its group the candidates are all the relations that
// pass the filters; when a type came from its indexes (cut at $wanted) they are counted apart.
// With no window and no modality asked, a type's total is the actor's degree of that type (Neo4j's
// degree store: no relationship read) less the relations the actor keeps count of because its
// answers hide them ($hidden: those with itself, the negated by direction; see
// src/db/hidden-count-keys.ts): a hub's count of its 100,000 relations read each of them twice.
// Otherwise each relation that passes the filters is counted, each as cheaply as it can be: each
// type counted in its own branch (only its count passes the union, not a row per relation), the
// request's filters taken out of `req` once (each `req.since` read from the map for every relation
// made the count of a hub's 43,000 relations on the 300k store take about twice as long), the type
// and the direction tested where the type is a literal ('MET' IN types and 'MET' IN $symmetricTypes
// cost no read, `type(r) IN …` about a db hit a relation), and a relation of the actor with itself
// told by the expansion's other end (no read) rather than by `startNode(r) <> endNode(r)`.
CALL (a, req, indexed) {
  UNWIND CASE WHEN size(indexed) > 0 AND req.withTotal THEN [a] ELSE [] END AS x
  WITH x, req.types AS types, req.direction AS direction, req.since AS since, req.until AS until,
       req.modalities AS modalities, req.negated AS negated,
       req.since IS NULL AND req.until IS NULL AND req.modalities IS NULL AS kept
  CALL (x, types, direction, since, until, modalities, negated, kept) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    WITH x, types, direction, since, until, modalities, negated, kept, types IS NULL OR 'MET' IN types AS asked,
         CASE WHEN 'MET' IN $symmetricTypes THEN 'BOTH' ELSE direction END AS way
    CALL (x, direction, since, until, modalities, negated, kept, asked) {
      UNWIND CASE WHEN asked AND NOT kept THEN [x] ELSE [] END AS y
      MATCH (y)-[r:MET]-(other)
      WHERE other <> y
        AND (direction = 'BOTH' OR 'MET' IN $symmetricTypes OR (direction = 'OUT' AND startNode(r) = y) OR (direction = 'IN' AND endNode(r) = y))
        AND (since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date(since))
        AND (until IS NULL OR coalesce(r.date, r.firstSeen) <= date(until))
        AND (modalities IS NULL OR r.modality IN modalities)
        AND (negated IS NULL OR r.negated = negated)
      RETURN count(r) AS expanded
    }
    WITH expanded, negated, asked AND kept AS fromCounts,
         CASE way WHEN 'OUT' THEN COUNT { (x)-[:MET]->() } WHEN 'IN' THEN COUNT { (x)<-[:MET]-() } ELSE COUNT { (x)-[:MET]-() } END
           - coalesce(x[$hidden.loops + 'MET'], 0) AS withNegated,
         CASE way WHEN 'OUT' THEN coalesce(x[$hidden.negatedOut + 'MET'], 0) WHEN 'IN' THEN coalesce(x[$hidden.negatedIn + 'MET'], 0)
           ELSE coalesce(x[$hidden.negatedOut + 'MET'], 0) + coalesce(x[$hidden.negatedIn + 'MET'], 0) END AS negatedOnes
    RETURN expanded + CASE WHEN NOT fromCounts THEN 0 WHEN negated IS NULL THEN withNegated
                           WHEN negated THEN negatedOnes ELSE withNegated - negatedOnes END AS counted
    // end each relation type
  }
  RETURN sum(counted) AS indexedTotal
}
// The actor too, with the properties the request asks for: `actor(id:) { relations }` needs no
// statement of its own to find it (actors/by-ids).
RETURN req.key AS key, a { .ACTOR_AS_ASKED } AS actor,
       CASE WHEN NOT req.withTotal THEN null WHEN size(indexed) > 0 THEN indexedTotal ELSE size(candidates) END AS total,
       size(candidates) > req.offset + req.first AS more,
       [r IN candidates[req.offset..(req.offset + req.first)] |
         // The relation with the properties of it and of its two actors the request asks for
         // (src/db/projections.ts), so the resolvers answer from this one statement (no second
         // round trip to hydrate).
         r { .RELATION_AS_ASKED,
             day: toString(coalesce(r.date, r.firstSeen)), dayEnd: toString(coalesce(r.dateEnd, r.date, r.firstSeen)),
             precision: CASE WHEN r.date IS NULL THEN 'DAY' ELSE coalesce(r.datePrecision, 'DAY') END, dated: r.date IS NOT NULL }] AS page
