// The oldest and the newest day of any relation (its date, or the day an undated one was first
// reported), from both ends of each type's date and first-report indexes (four index entries a
// type), and how many relations there are (Neo4j's count store): what decides which actors' pages of
// every type are read from windows of days, and sizes their first window
// (actors/relations-page-window).
CALL () {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  CALL () {
    MATCH ()-[r:MET]->() USING INDEX r:MET(date) WHERE r.date IS NOT NULL
    RETURN r.date AS oldest, null AS newest, 0 AS relations ORDER BY oldest LIMIT 1
    UNION ALL
    MATCH ()-[r:MET]->() USING INDEX r:MET(date) WHERE r.date IS NOT NULL
    RETURN null AS oldest, r.date AS newest, 0 AS relations ORDER BY newest DESC LIMIT 1
    UNION ALL
    MATCH ()-[r:MET]->() USING INDEX r:MET(firstSeen) WHERE r.firstSeen IS NOT NULL
    RETURN r.firstSeen AS oldest, null AS newest, 0 AS relations ORDER BY oldest LIMIT 1
    UNION ALL
    MATCH ()-[r:MET]->() USING INDEX r:MET(firstSeen) WHERE r.firstSeen IS NOT NULL
    RETURN null AS oldest, r.firstSeen AS newest, 0 AS relations ORDER BY newest DESC LIMIT 1
    UNION ALL
    RETURN null AS oldest, null AS newest, COUNT { ()-[:MET]->() } AS relations
  }
  RETURN oldest, newest, relations
  // end each relation type
}
RETURN toString(min(oldest)) AS oldest, toString(max(newest)) AS newest, sum(relations) AS relations
