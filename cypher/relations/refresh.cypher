// Mentions, first and last seen, confidence, modality and period follow from a relation's evidence
// (the surest modality any evidence gives it; the earliest `from` and the latest `to` any evidence
// gives); a relation left without any evidence is removed. Each relation is returned with its
// modality before and after (null: removed), so the counts kept of relations follow
// (src/graph/relations/kept-counts.ts).
// Each relation is found by its type's index on the id (one branch per type), not through its actors.
// Rows: {id, type, source, target}.
// CYPHER replan=skip: as ingest/batch-existing, the plan is pinned by its index hints and unique
// seeks, and planning its one-branch-per-type union costs seconds where running it costs
// milliseconds: a growing store must not discard it and plan it again in the middle of an ingest.
CYPHER replan=skip
WITH $relations AS rows
CALL (rows) {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  UNWIND [x IN rows WHERE x.type = 'MET'] AS row
  MATCH ()-[r:MET {id: row.id}]->() USING INDEX r:MET(id)
    WHERE startNode(r).id = row.source AND endNode(r).id = row.target
  RETURN row, r
  // end each relation type
  UNION ALL
  // A row without its type (an older merge record's) is found through its two actors.
  UNWIND [x IN rows WHERE x.type IS NULL] AS row
  MATCH (:Actor {id: row.source})-[r {id: row.id}]->(:Actor {id: row.target})
  RETURN row, r
}
OPTIONAL MATCH (e:Evidence {relationId: row.id})-[:FROM]->(b:Briefing)
WITH r, count(e) AS mentions, min(b.publishedAt) AS firstSeen, max(b.publishedAt) AS lastSeen,
     max(e.confidence) AS confidence, collect(e.modality) AS modalities, min(e.from) AS periodFrom, max(e.to) AS periodTo
WITH r, mentions, firstSeen, lastSeen, confidence, periodFrom, periodTo,
     head([m IN ['ASSERTED', 'REPORTED', 'PLANNED', 'HYPOTHETICAL', 'DENIED'] WHERE m IN modalities] + [r.modality]) AS modality,
     {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, negated: r.negated, before: r.modality} AS was
CALL (r, mentions, firstSeen, lastSeen, confidence, modality, periodFrom, periodTo) {
  WITH * WHERE mentions > 0
  SET r.mentions = mentions, r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.confidence = confidence, r.modality = modality,
      r.from = periodFrom, r.to = periodTo
}
CALL (r, mentions) {
  WITH * WHERE mentions = 0
  DELETE r
}
RETURN count(*) AS refreshed, collect(was { .*, after: CASE WHEN mentions > 0 THEN modality END }) AS relations
