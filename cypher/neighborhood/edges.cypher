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
WHERE b.id IN $ids AND b IN above
  AND ($types IS NULL OR type(r) IN $types)
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
// Each edge comes with the relation as relations/by-refs returns it (no second statement to
// hydrate), or, when the request asks for no more ($records false), with its id, type and ends alone.
RETURN CASE WHEN $records THEN r { .RELATION_REF } ELSE r { .id, type: type(r), source: startNode(r).id, target: endNode(r).id } END AS ref
ORDER BY ref.id
