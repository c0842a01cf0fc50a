// The relations among a set of actors (the subgraph they induce), under the same filters. Only
// outgoing relationships are expanded (an actor's :MENTIONS come in), and each edge comes back
// with its type, so hydrating it is one index seek.
MATCH (a:Actor)-[r]->(b)
WHERE a.id IN $ids AND b.id IN $ids
  AND a <> b // a merge's relation of the survivor with itself is in no answer (README "Merge")
  AND ($types IS NULL OR type(r) IN $types)
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
// Each edge comes with the relation as relations/by-refs returns it: no second statement to hydrate.
RETURN r { .RELATION_REF } AS ref
ORDER BY ref.id
