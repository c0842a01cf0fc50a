// The actors of a neighborhood ranked for its edges, and the edges of the ranking's first slice:
// one statement, where the ranking was a round trip of its own.
// The ranking: fewest relations first (every relation of the vocabulary's types, whatever the
// filters, the requested types included: the README's and the recompute test's rule, and one the
// store keeps per actor, no relationship read), then by id. A relation among
// them is found from its lower-ranked end, so the largest hub is never expanded, and the edge cap
// keeps the periphery's ties first. Each actor comes with the properties in $actorProperties
// (src/db/projections.ts), those the request asks for: the answer's actors need no statement of
// their own after the transaction. For every type, an actor's relations are its degree less the
// briefings' :MENTIONS of it and its pairs' counts (:PAIR, src/db/pair-count-keys.ts; as
// actors/relations-page-any-type counts them): three reads of the degree store where one a type took 23.
MATCH (x:Actor) WHERE x.id IN $ids
WITH x, COUNT { (x)--() } - COUNT { (x)<-[:MENTIONS]-() } - COUNT { (x)-[:PAIR]-() } AS relations
  ORDER BY relations, x.id
WITH collect(x) AS ranked, collect(relations) AS relations, collect(x { .ACTOR_AS_ASKED }) AS actors
// The first slice: the actors from the first on while their relations add up to at most $budget
// (at least one; never the last, which has none above it). The caller reads the next slices
// (neighborhood/edges) until the edge cap is reached.
WITH ranked, relations, actors,
     reduce(slice = [relations[0], 1], j IN range(1, size(ranked) - 2) |
       CASE WHEN slice[1] = j AND slice[0] + relations[j] <= $budget THEN [slice[0] + relations[j], j + 1] ELSE slice END)[1] AS end
// The slice's edges as neighborhood/edges reads them (its comments tell why each step is so).
CALL (ranked, end) {
  UNWIND range(0, end - 1) AS i
  WITH i, ranked[i] AS a, ranked[i + 1..] AS above
  MATCH (a)-[r:ANY_RELATION]-(b)
  WHERE b IN above
    AND ($types IS NULL OR type(r) IN $types)
    AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND ($negated IS NULL OR r.negated = $negated)
  WITH i, a, b, r, coalesce(r.date, r.firstSeen) AS day, r.id AS id ORDER BY i, day DESC, id
  LIMIT toInteger($room)
  WITH i, a, b, collect(r) AS edges, collect(id) AS ids, collect(day) AS days, min(day) AS lastDay
  WITH i, a, b, edges, ids, lastDay, reduce(last = null, k IN range(0, size(ids) - 1) |
         CASE WHEN (lastDay IS NULL OR days[k] = lastDay) AND (last IS NULL OR ids[k] > last) THEN ids[k] ELSE last END) AS lastId
  RETURN collect(a.id) AS firsts, collect(b.id) AS seconds, collect(ids) AS ids,
         collect([r IN edges | 2 * $typeCodes[type(r)] + CASE WHEN startNode(r) = a THEN 1 ELSE 0 END]) AS kinds,
         collect(CASE WHEN $records THEN [e IN [r IN edges | r { .RELATION_ASKED }] | e.asked] ELSE [] END) AS asked,
         reduce(last = null, pair IN collect([i, lastDay, lastId]) |
           CASE WHEN last IS NULL OR pair[0] > last[0] OR pair[0] = last[0] AND (
             pair[1] IS NOT NULL AND (last[1] IS NULL OR pair[1] < last[1])
             OR coalesce(pair[1] = last[1], pair[1] IS NULL AND last[1] IS NULL) AND pair[2] > last[2])
           THEN pair ELSE last END)[2] AS last
}
RETURN actors, relations, end, firsts, seconds, ids, kinds, asked, last
