// One page of relations for each dense actor of a batch (actors/relations-page found it dense),
// ordered as that statement orders a page: by day (a relation's date, or the day it was first
// reported when undated), then its last day, then id.
//
// A k-way merge: each requested type gives its candidates, the first $wanted (the largest
// offset + first + 1 of the batch) of the actor's relations of that type in the page's order,
// and the page is the head of their union. For a type of which the actor holds a large share, the
// candidates come from the type's date index (the dated) and first-report index (the undated)
// read in day order, keeping the relations that touch the actor, until enough are found (the rest
// of the last day sorted by the order's other keys): a few hundred index entries instead of
// sorting the hub's tens of thousands of relations. The index is read when the expected scan
// ($wanted × the type's relations / the actor's, each entry weighing $scanCost expanded
// relationships) costs less than the actor's group of that type; otherwise that group is
// expanded (one branch per type: a type's group is read only for a literal type).
UNWIND $requests AS req
MATCH (a:Actor {id: req.actorId})
CALL (a, req) {
  CALL (a, req) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    WITH a, req WHERE req.types IS NULL OR 'MET' IN req.types
    WITH a, req, COUNT { (a)-[:MET]-() } AS held
    WITH a, req, held * held > $wanted * $scanCost * COUNT { ()-[:MET]->() } AS fromIndex
    CALL (a, req, fromIndex) {
      UNWIND CASE WHEN fromIndex THEN [] ELSE [a] END AS x
      MATCH (x)-[r:MET]-()
      RETURN r
      UNION ALL
      // The dated from the date index, in order: the first $wanted of the actor's (the order's last
      // keys sort only the relations of one day: a partial sort, never the hub's).
      UNWIND CASE WHEN fromIndex THEN [a] ELSE [] END AS x
      CALL (x, req) {
        MATCH ()-[r:MET]->() USING INDEX r:MET(date)
        WHERE r.date >= date(req.seek.datedFrom) AND r.date <= date(req.seek.to) AND (startNode(r) = x OR endNode(r) = x)
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
  WITH collect(r) AS candidates
  RETURN size(candidates) > req.offset + req.first AS more,
         [r IN candidates[req.offset..(req.offset + req.first)] |
           // The relation with its record and its two actors (src/db/projections.ts), so the
           // resolvers answer from this one statement (no second round trip to hydrate).
           r { .RELATION_WITH_ACTORS,
               day: coalesce(r.date, r.firstSeen), dayEnd: coalesce(r.dateEnd, r.date, r.firstSeen),
               precision: CASE WHEN r.date IS NULL THEN 'DAY' ELSE coalesce(r.datePrecision, 'DAY') END, dated: r.date IS NOT NULL }] AS page
}
RETURN req.key AS key, more, page
