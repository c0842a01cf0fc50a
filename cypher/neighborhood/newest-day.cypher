// The latest day of any relation of the requested types (its date, or the day an undated one was
// first reported), from the end of each type's date and first-report indexes: where a dense
// actor's date slices (neighborhood/slice) start.
CALL () {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  WITH $types AS types WHERE types IS NULL OR 'MET' IN types
  CALL () {
    MATCH ()-[r:MET]->() USING INDEX r:MET(date) WHERE r.date IS NOT NULL
    RETURN r.date AS day ORDER BY day DESC LIMIT 1
    UNION ALL
    MATCH ()-[r:MET]->() USING INDEX r:MET(firstSeen) WHERE r.firstSeen IS NOT NULL
    RETURN r.firstSeen AS day ORDER BY day DESC LIMIT 1
  }
  RETURN day
  // end each relation type
}
RETURN toString(max(day)) AS day
