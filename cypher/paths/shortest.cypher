// Up to 10 shortest paths (SHORTEST needs a literal count; $limit trims), over at most 8 relations.
MATCH (from:Actor {id: $fromId}), (to:Actor {id: $toId})
MATCH p = SHORTEST 10 (from)(
  (:Actor)-[r WHERE ($types IS NULL OR type(r) IN $types)
               AND NOT type(r) IN $excludeTypes
               AND ($since IS NULL OR coalesce(r.date, r.firstSeen) >= date($since))
               AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
               AND ($modalities IS NULL OR r.modality IN $modalities)
               AND ($negated IS NULL OR r.negated = $negated)]-(hop:Actor WHERE NOT hop.id IN $excludeActorIds)
){1,8}(to)
WHERE length(p) <= $maxDepth
WITH p ORDER BY length(p)
LIMIT toInteger($limit)
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | r { .id, source: startNode(r).id, target: endNode(r).id }] AS edges
