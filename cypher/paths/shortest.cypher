// The k shortest simple paths (no actor twice), shortest first. SHORTEST and the quantifier need
// literals: the code writes the request's k and depth over the numbers marked /*limit*/ and
// /*maxDepth*/ (validated integers, one compiled variant per pair), so the search is bounded by
// the request and not by the API's maxima. The simplicity predicate sits inside the
// parenthesised pattern, so it is applied during the search, before the k shortest are chosen.
// A pair's kept counts (:PAIR, src/db/pair-count-keys.ts) are no relation: never a step, whatever the filters.
MATCH (from:Actor {id: $fromId}), (to:Actor {id: $toId})
MATCH p = SHORTEST /*limit*/ 10 (
  (from)(
    (:Actor)-[r:!PAIR WHERE ($types IS NULL OR type(r) IN $types)
                 AND NOT type(r) IN $excludeTypes
                 AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
                 AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
                 AND ($modalities IS NULL OR r.modality IN $modalities)
                 AND ($negated IS NULL OR r.negated = $negated)]-(hop:Actor WHERE NOT hop.id IN $excludeActorIds)
  ){1, /*maxDepth*/ 8}(to)
  WHERE NOT from IN hop AND all(i IN range(0, size(hop) - 2) WHERE NOT hop[i] IN hop[i + 1..])
)
WITH p, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relationIds
ORDER BY length(p), nodeIds, relationIds
// Each edge with the properties of it and of its two actors the request asks for (src/db/projections.ts):
// the path's actors are its edges' ends, so nothing is left to read after.
RETURN nodeIds,
       [r IN relationships(p) | r { .RELATION_AS_ASKED }] AS edges
