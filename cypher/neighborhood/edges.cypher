// The relations among a set of actors (the subgraph they induce), under the same filters.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
  AND ($since IS NULL OR coalesce(r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
RETURN r { .id, source: a.id, target: b.id } AS ref
ORDER BY ref.id
