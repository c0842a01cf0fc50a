// One page of relations for each requested actor, when the request asks for every relation type
// (req.types null) or for more of them than a statement written per type may hold (see
// MAX_TYPES_WRITTEN_OUT in src/graph/actors/actor-repository.ts).
//
// No UNION of one branch per type: the statement written for all 44 types (actors/relations-page
// and relations-page-dense) took 67-92 s to plan on a busy 2-core machine (load 18-25), longer than a request's
// deadline, and a request cut there leaves no plan behind, so every later one was cut too. This one
// expands the actor once through its relation types as alternatives (ANY_RELATION, never
// :MENTIONS) and plans in about a second. A hub's page is a top-k of the relations that pass the
// filters (Neo4j keeps the first $wanted in a heap, it never sorts them all), and its total their
// number, both from that one expansion.
// Symmetric types match from either end whatever the direction asked.
//
// A dense actor (a hub: more relations than the request's `denseDegree`, else $denseDegree, counted from Neo4j's
// degree store without reading one: its degree less the briefings' :MENTIONS of it and its pairs' counts,
// src/db/pair-count-keys.ts) gets no page here but `dense` true: expanding all its relations for a page of 20 is
// what made a level of hubs' pages take seconds. The repository pages it from windows of days
// (actors/relations-page-window) when the request shows no total, else type by type from the types' date indexes
// (actors/relations-page), and merges the heads.
UNWIND $requests AS req
MATCH (a:Actor {id: req.actorId})
WITH a, req, COUNT { (a)--() } - COUNT { (a)<-[:MENTIONS]-() } - COUNT { (a)-[:PAIR]-() } > coalesce(req.denseDegree, $denseDegree) AS dense
// The request's filters taken out of `req` once: each read from the map for every relation expanded
// cost a db hit each (79,283 → 48,431 db hits for the nested query's 23 sources at 1M, the same rows).
CALL (a, dense, req) {
  WITH a, dense, req.types AS types, req.direction AS direction, req.since AS since, req.until AS until,
       req.modalities AS modalities, req.negated AS negated
  UNWIND CASE WHEN dense THEN [] ELSE [a] END AS x
  MATCH (x)-[r:ANY_RELATION]-()
  // A relation of the actor with itself is one a merge made of a relation between the two merged
  // actors: hidden from every answer while the merge holds (README "Merge").
  WHERE startNode(r) <> endNode(r)
    AND (types IS NULL OR type(r) IN types)
    AND (direction = 'BOTH' OR type(r) IN $symmetricTypes
                OR (direction = 'OUT' AND startNode(r) = a)
                OR (direction = 'IN' AND endNode(r) = a))
    AND (since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date(since))
    AND (until IS NULL OR coalesce(r.date, r.firstSeen) <= date(until))
    AND (modalities IS NULL OR r.modality IN modalities)
    AND (negated IS NULL OR r.negated = negated)
  // One pass: the relations that pass the filters are counted (the total) and ranked from the
  // same expansion, where a second expansion for the total read the actor's relations and the
  // filters' properties again. Ranked in two steps: the first $wanted days (a relation's day: its
  // date, or the day it was first reported), then the page's whole order (a relation's span: its
  // first and last day, a partial date spanning its month or year; on one first day the day, the
  // month, the year; then id) among the relations on or before the last of those days (a day
  // unknown sorting last), so the last day and id are read for a page's relations, not for every
  // relation of the actor (the nested query's 15 sources at 1M: 62,420 → 41,044 db hits).
  WITH r, coalesce(r.date, r.firstSeen) AS day
  WITH collect({r: r, day: day}) AS passed
  CALL (passed) {
    UNWIND passed AS p
    WITH p.day AS day ORDER BY day LIMIT toInteger($wanted)
    RETURN max(day) AS last
  }
  CALL (passed, last) {
    UNWIND [p IN passed WHERE last IS NULL OR p.day IS NULL OR p.day <= last] AS p
    WITH p.r AS r, p.day AS day
    WITH r, day, coalesce(r.dateEnd, r.date, r.firstSeen) AS dayEnd
    ORDER BY day, dayEnd, r.id
    LIMIT toInteger($wanted)
    RETURN collect(r) AS head
  }
  RETURN head, size(passed) AS total
}
// The actor too, with the properties the request asks for: `actor(id:) { relations }` needs no
// statement of its own to find it (actors/by-ids).
RETURN req.key AS key, a { .ACTOR_AS_ASKED } AS actor, dense, CASE WHEN req.withTotal THEN total ELSE null END AS total,
       size(head) > req.offset + req.first AS more,
       [r IN head[req.offset..(req.offset + req.first)] |
         // The relation with the properties of it and of its two actors the request asks for
         // (src/db/projections.ts), so the resolvers answer from this one statement (no second
         // round trip to hydrate); only its id, type, ends and day when the request asks for
         // nothing more (req.records false: a timeline of types), which spares reading a thousand
         // records and their actors.
         CASE WHEN req.records
           THEN r { .RELATION_AS_ASKED,
                    day: toString(coalesce(r.date, r.firstSeen)), dayEnd: toString(coalesce(r.dateEnd, r.date, r.firstSeen)),
                    precision: CASE WHEN r.date IS NULL THEN 'DAY' ELSE coalesce(r.datePrecision, 'DAY') END, dated: r.date IS NOT NULL }
           ELSE r { .id, type: type(r), source: startNode(r).id, target: endNode(r).id,
                    day: toString(coalesce(r.date, r.firstSeen)), dayEnd: toString(coalesce(r.dateEnd, r.date, r.firstSeen)),
                    precision: CASE WHEN r.date IS NULL THEN 'DAY' ELSE coalesce(r.datePrecision, 'DAY') END, dated: r.date IS NOT NULL }
         END] AS page
