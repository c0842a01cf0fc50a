// One breadth-first step: actors one relation away from the frontier that were not seen yet.
UNWIND $frontier AS id
MATCH (:Actor {id: id})-[r]-(next:Actor)
WHERE NOT next.id IN $visited
  AND ($types IS NULL OR type(r) IN $types)
  AND ($since IS NULL OR coalesce(r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
WITH DISTINCT next
ORDER BY next.id
RETURN collect(next.id) AS ids
