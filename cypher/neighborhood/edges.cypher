// The relations among a set of actors (the subgraph they induce), under the same filters, each
// found once from its smaller end: the actors are ranked by their number of relations (then id)
// and each expands its relation groups (never its :MENTIONS) towards the actors ranked above it,
// so the largest hub of the set is never expanded, and a hub only for its relations with larger ones.
MATCH (a:Actor) WHERE a.id IN $ids
WITH a ORDER BY COUNT { (a)-[:ANY_RELATION]-() }, a.id
WITH collect(a) AS ranked
UNWIND range(0, size(ranked) - 2) AS i
WITH ranked[i] AS a, ranked[i + 1..] AS above
MATCH (a)-[r:ANY_RELATION]-(b)
WHERE b IN above
  AND ($types IS NULL OR type(r) IN $types)
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
// One row: the edges as columns (a row or a map per edge costs Neo4j and the driver about as much
// again as finding them: 30,000 edges among a typical actor's 96 neighbours at 300k), in no order
// (sorted by id by the caller). With `$records`, each edge also comes with the properties the request
// asks for (src/db/projections.ts; its ends are among the actors the answer reads anyway), no second
// statement to hydrate; without, only its id, type and ends are read.
RETURN collect(r.id) AS ids, collect(type(r)) AS types, collect(startNode(r).id) AS sources, collect(endNode(r).id) AS targets,
       collect(CASE WHEN $records THEN r { .RELATION_ALONE_AS_ASKED } END) AS refs
