// One breadth-first step: the actors one relation away from the frontier that were not seen yet,
// each with its most recent day (the latest day of a relation joining it to the frontier: the
// event's date, else the day it was first reported). Each requested type (all of them by default)
// is expanded from its own group of relationships (one branch per type: Neo4j reads a type's group
// only for a literal type), so the :MENTIONS of the briefings naming a hub are never read.
// An actor with more relations than $maxRelations (null: no bound) is not expanded here but named
// in `dense` (and by element id in `denseKeys`): its recent relations are read date slice by date slice (neighborhood/slice), newest
// first, until the neighborhood's cap is reached, never all of a hub's relations at once.
MATCH (x:Actor) WHERE x.id IN $frontier
WITH x, $maxRelations IS NOT NULL AND COUNT { (x)-[:ANY_RELATION]-() } > $maxRelations AS dense
WITH collect(CASE WHEN dense THEN x.id END) AS dense, collect(CASE WHEN dense THEN elementId(x) END) AS denseKeys,
     collect(CASE WHEN NOT dense THEN x END) AS frontier
CALL (frontier) {
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
  WITH next.id AS id, max(coalesce(r.date, r.firstSeen)) AS day
  RETURN collect({id: id, day: toString(day)}) AS found
}
RETURN dense, denseKeys, found
