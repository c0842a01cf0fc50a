// One breadth-first step: actors one relation away from the frontier that were not seen yet.
// Each requested type (all of them by default) is expanded from its own group of relationships (one
// branch per type: Neo4j reads a type's group only for a literal type), so the :MENTIONS of the
// briefings naming a hub are never read.
MATCH (from:Actor) WHERE from.id IN $frontier
WITH collect(from) AS frontier
CALL (frontier) {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  UNWIND CASE WHEN $types IS NULL OR 'MET' IN $types THEN frontier ELSE [] END AS x
  MATCH (x)-[r:MET]-(next)
  RETURN r, next
  // end each relation type
}
WITH r, next WHERE NOT next.id IN $visited
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
WITH DISTINCT next
ORDER BY next.id
RETURN collect(next.id) AS ids
