// Pages of every type for the dense actors of a batch (hubs: more relations than the request's `denseDegree`,
// counted as actors/relations-page-any-type counts them, which gives those no page), read from the relations
// whose day falls in a window of days: each type's dated relations from its date index and its
// undated ones from its first-report index (as neighborhood/slice reads them), once for every hub of
// the batch, where the pages type by type (actors/relations-page for each fixed set of types) read
// each type's indexes once per hub and type: for the nested query's 9 hubs at 1M, 23 types × 2
// indexes × 9 hubs.
//
// Each request's window holds the days after `req.after` (none: from the start of its seek) up to its
// end, inclusive: given (`req.days`, the caller's next window) or, in the first, as many days from the
// store's oldest day ($oldest) as hold about its offset + first + 1 relations at its share of the
// store's days ($spanDays: its relations spread evenly over them), and the whole rest of its seek once
// past the store's newest day ($newest). Every relation of the hub whose day lies in the window is
// read, so the relations that pass its filters are all here, in the page's order (day, last day,
// id), at most $wanted of them, with `windowTo`, the window's last day. The caller
// (src/graph/actors/actor-repository.ts) asks the next window for a request that has fewer than its
// offset + first + 1, and concatenates its windows (each ends before the next starts, so their heads
// follow one another in the page's order). $oldest and $newest only size the first window: stale,
// they cost more reads, never a relation.
UNWIND $requests AS req
MATCH (a:Actor {id: req.actorId})
WITH req, a, COUNT { (a)--() } - COUNT { (a)<-[:MENTIONS]-() } - COUNT { (a)-[:PAIR]-() } AS degree
WHERE degree > req.denseDegree
WITH req, a, CASE WHEN req.after IS NULL THEN date(req.seek.yearFrom) ELSE date(req.after) + duration({days: 1}) END AS datedFrom,
     CASE WHEN req.after IS NULL THEN date(req.seek.seenFrom) ELSE date(req.after) + duration({days: 1}) END AS seenFrom,
     CASE WHEN req.after IS NULL
       THEN CASE WHEN date(req.seek.datedFrom) > date($oldest) THEN date(req.seek.datedFrom) ELSE date($oldest) END
       ELSE date(req.after) END
       + duration({days: coalesce(req.days, toInteger(ceil(toFloat(req.offset + req.first + 1) * $spanDays / degree)))}) AS end
WITH req, a, datedFrom, seenFrom,
     CASE WHEN end >= date($newest) OR end >= date(req.seek.to) THEN date(req.seek.to) ELSE end END AS windowTo
WITH collect({req: req, a: a, windowTo: windowTo, after: CASE WHEN req.after IS NULL THEN null ELSE date(req.after) END}) AS asks,
     min(datedFrom) AS datedFrom, min(seenFrom) AS seenFrom, max(windowTo) AS windowTo
WITH asks, datedFrom, seenFrom, windowTo, [ask IN asks | ask.a] AS hubs
CALL (asks, hubs, datedFrom, seenFrom, windowTo) {
  CALL (asks, hubs, datedFrom, seenFrom, windowTo) {
    // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
    WITH asks, hubs, datedFrom, seenFrom, windowTo WHERE $types IS NULL OR 'MET' IN $types
    // Only the relations in the window of a hub at their ends, told by the day the index entry holds
    // (no property read): the densest hubs' windows are a day or two of the longest.
    CALL (asks, hubs, datedFrom, seenFrom, windowTo) {
      MATCH ()-[r:MET]->() USING INDEX r:MET(date) WHERE r.date >= datedFrom AND r.date <= windowTo
        AND (startNode(r) IN hubs OR endNode(r) IN hubs)
        AND any(ask IN asks WHERE (startNode(r) = ask.a OR endNode(r) = ask.a) AND r.date <= ask.windowTo AND (ask.after IS NULL OR r.date > ask.after))
      RETURN r
      UNION ALL
      MATCH ()-[r:MET]->() USING INDEX r:MET(firstSeen) WHERE r.firstSeen >= seenFrom AND r.firstSeen <= windowTo
        AND (startNode(r) IN hubs OR endNode(r) IN hubs)
        AND any(ask IN asks WHERE (startNode(r) = ask.a OR endNode(r) = ask.a) AND r.firstSeen <= ask.windowTo
                                  AND (ask.after IS NULL OR r.firstSeen > ask.after))
        AND r.date IS NULL
      RETURN r
    }
    RETURN r
    // end each relation type
  }
  // A relation of the actor with itself is one a merge made of a relation between the two merged
  // actors: hidden from every answer while the merge holds (README "Merge").
  WITH r WHERE startNode(r) <> endNode(r)
  RETURN collect(r) AS window
}
UNWIND asks AS ask
CALL (ask, window) {
  WITH ask.a AS a, ask.windowTo AS windowTo, ask.after AS after, ask.req.types AS types, ask.req.direction AS direction,
       ask.req.since AS since, ask.req.until AS until, ask.req.modalities AS modalities, ask.req.negated AS negated, window
  UNWIND window AS r
  // The actor's own first (no property read), then its window and filters.
  WITH r, a, windowTo, after, types, direction, since, until, modalities, negated WHERE startNode(r) = a OR endNode(r) = a
  WITH r, a, windowTo, after, types, direction, since, until, modalities, negated, coalesce(r.date, r.firstSeen) AS day
  WHERE day <= windowTo AND (after IS NULL OR day > after)
    AND (types IS NULL OR type(r) IN types)
    AND (direction = 'BOTH' OR type(r) IN $symmetricTypes
                OR (direction = 'OUT' AND startNode(r) = a)
                OR (direction = 'IN' AND endNode(r) = a))
    AND (since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date(since))
    AND (until IS NULL OR day <= date(until))
    AND (modalities IS NULL OR r.modality IN modalities)
    AND (negated IS NULL OR r.negated = negated)
  WITH r, day, coalesce(r.dateEnd, r.date, r.firstSeen) AS dayEnd
  ORDER BY day, dayEnd, r.id
  RETURN collect(r)[..toInteger($wanted)] AS head
}
// Every request of a dense actor has its row, those whose window held none of its relations too.
RETURN ask.req.key AS key, toString(ask.windowTo) AS windowTo,
       [r IN head |
         // The relation with the properties of it and of its two actors the request asks for, as
         // actors/relations-page returns it.
         r { .RELATION_AS_ASKED,
             day: toString(coalesce(r.date, r.firstSeen)), dayEnd: toString(coalesce(r.dateEnd, r.date, r.firstSeen)),
             precision: CASE WHEN r.date IS NULL THEN 'DAY' ELSE coalesce(r.datePrecision, 'DAY') END, dated: r.date IS NOT NULL }] AS page
