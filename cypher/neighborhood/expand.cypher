// One breadth-first step: the actors one relation away from the frontier that were not seen yet,
// each with its most recent day (the latest day of a relation joining it to the frontier: the
// event's date, else the day it was first reported). The requested types (all of them by default)
// are expanded as alternatives in one expansion (ANY_RELATION, written for the requested types
// alone when the request names some), so only the actors' groups of those types are read, never
// the :MENTIONS of the briefings naming a hub; one expansion plans in a fraction of the time one
// branch per type took (44 branches: 8.7 s cold on the 300k store at load 18).
// An actor with more relations than $maxRelations (null, or a bound no actor reaches: every actor expanded; the server
// sends a number, so both passes share one plan) is not expanded here but named
// in `dense` (and by element id in `denseKeys`): its recent relations are read date slice by date slice (neighborhood/slice), newest
// first, until the neighborhood's cap is reached, never all of a hub's relations at once.
// `present`: how many of the frontier's actors exist, so the first step also tells whether the
// neighborhood's actor does, one round trip fewer than asking first.
MATCH (x:Actor) WHERE x.id IN $frontier
WITH x, $maxRelations IS NOT NULL AND COUNT { (x)-[:ANY_RELATION]-() } > $maxRelations AS dense
WITH collect(CASE WHEN dense THEN x.id END) AS dense, collect(CASE WHEN dense THEN elementId(x) END) AS denseKeys,
     collect(CASE WHEN NOT dense THEN x END) AS frontier, count(x) AS present
CALL (frontier) {
  UNWIND frontier AS x
  MATCH (x)-[r:ANY_RELATION]-(next)
  WITH r, next WHERE NOT next.id IN $visited
    AND ($types IS NULL OR type(r) IN $types)
    AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND ($negated IS NULL OR r.negated = $negated)
  WITH next.id AS id, max(coalesce(r.date, r.firstSeen)) AS day
  RETURN collect({id: id, day: toString(day)}) AS found
}
RETURN present, dense, denseKeys, found
