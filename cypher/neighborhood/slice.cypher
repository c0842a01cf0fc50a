// The actors one relation away from the dense actors of a frontier (hubs) through the relations
// whose day falls in [$from, $to): each requested type's dated relations from its date index, its
// undated ones from its first-report index, so a slice reads the store's relations of those days,
// never a hub's whole history. Each actor found not yet seen comes with its latest day in the slice.
CALL () {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  WITH $types AS types WHERE types IS NULL OR 'MET' IN types
  CALL () {
    MATCH ()-[r:MET]->() USING INDEX r:MET(date) WHERE r.date >= date($from) AND r.date < date($to)
    RETURN r
    UNION ALL
    MATCH ()-[r:MET]->() USING INDEX r:MET(firstSeen) WHERE r.firstSeen >= date($from) AND r.firstSeen < date($to) AND r.date IS NULL
    RETURN r
  }
  RETURN r
  // end each relation type
}
// The dense actors by element id ($dense, from neighborhood/expand in the same transaction): no
// property read for the ends of the many relations of a slice that touch none of them.
WITH r, CASE WHEN elementId(startNode(r)) IN $dense THEN endNode(r) WHEN elementId(endNode(r)) IN $dense THEN startNode(r) END AS next
WHERE next IS NOT NULL AND NOT next.id IN $visited
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
WITH next.id AS id, max(coalesce(r.date, r.firstSeen)) AS day
RETURN collect({id: id, day: toString(day)}) AS found
