// Relations matching every filter given (null = no filter), by date, one page and the total.
// The candidates come from the most selective start the request offers: the relations of the
// actors it names ($anchorIds, an index seek each, then their relation groups, never :MENTIONS),
// else the relations whose evidence matches the text (full-text index, then each relation found
// between its two actors), else the relations of the types asked for (in the date window through
// the types' indexes when there is one), else every relation.
CALL () {
  WITH $textQuery AS query WHERE query IS NOT NULL
  CALL db.index.fulltext.queryNodes('evidence_text', query) YIELD node
  RETURN collect(node { .relationId, .sourceId, .targetId }) AS textHits
}
// UNION ALL, not UNION: the WITH DISTINCT r after this block is what removes a relation found twice (between two
// actors named, or in two of a type's windows), so a distinct here too was the same work done twice (docs/speed-log.md).
CALL (textHits) {
  WITH $anchorIds AS anchorIds WHERE anchorIds IS NOT NULL
  UNWIND anchorIds AS anchorId
  MATCH (:Actor {id: anchorId})-[r:ANY_RELATION]-(:Actor)
  RETURN r
  UNION ALL
  UNWIND textHits AS hit
  MATCH (:Actor {id: hit.sourceId})-[r:ANY_RELATION]->(:Actor {id: hit.targetId})
  WHERE $anchorIds IS NULL AND r.id = hit.relationId
  RETURN r
  UNION ALL
  // Only some types asked for: the relationships of those types alone, each from its type's
  // lookup (one branch per type: a literal type is what Neo4j scans by), never the whole store.
  // With a date window ($seek.window), from its type's indexes: the dated relations by date, those
  // starting in the window and the month's or year's periods starting on the first day of the
  // window's first month or year (windowSeek), the undated by the day first reported; the exact
  // window is applied below.
  // Sent without a type list, the statement holds one such branch, which never runs.
  WITH $types AS types WHERE $anchorIds IS NULL AND $textQuery IS NULL AND types IS NOT NULL
  CALL (types) {
    // each requested relation type: one UNION ALL branch per requested type, MET standing for it
    WITH types WHERE 'MET' IN types
    CALL () {
      WITH $seek AS seek WHERE NOT seek.window
      MATCH ()-[r:MET]->()
      RETURN r
      UNION ALL
      WITH $seek AS seek WHERE seek.window
      MATCH ()-[r:MET]->() WHERE r.date >= date($seek.datedFrom) AND r.date <= date($seek.to)
      RETURN r
      UNION ALL
      WITH $seek AS seek WHERE seek.window
      UNWIND seek.periodStarts AS start
      MATCH ()-[r:MET]->() WHERE r.date = date(start)
      RETURN r
      UNION ALL
      WITH $seek AS seek WHERE seek.window
      MATCH ()-[r:MET]->() WHERE r.firstSeen >= date($seek.seenFrom) AND r.firstSeen <= date($seek.to) AND r.date IS NULL
      RETURN r
    }
    RETURN r
    // end each relation type
  }
  RETURN r
  UNION ALL
  // Nothing narrows the request: every relation (the test first, so no other request scans).
  WITH $types AS types WHERE $anchorIds IS NULL AND $textQuery IS NULL AND types IS NULL
  MATCH (:Actor)-[r:ANY_RELATION]->(:Actor)
  RETURN r
}
WITH DISTINCT r, [hit IN textHits | hit.relationId] AS textRelationIds
WITH r, startNode(r) AS s, endNode(r) AS t, textRelationIds
// s <> t: a merge's relation of the survivor with itself is in no answer (README "Merge").
WHERE s <> t
  AND ($types IS NULL OR type(r) IN $types)
  AND ($actorIds IS NULL OR s.id IN $actorIds OR t.id IN $actorIds)
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
  AND ($textQuery IS NULL OR r.id IN textRelationIds)
  AND ($briefingId IS NULL OR EXISTS { MATCH (:Evidence {relationId: r.id})-[:FROM]->(:Briefing {id: $briefingId}) })
  AND (
    (($sourceIds IS NULL OR s.id IN $sourceIds) AND ($targetIds IS NULL OR t.id IN $targetIds)
      AND ($sourceKinds IS NULL OR s.kind IN $sourceKinds) AND ($targetKinds IS NULL OR t.kind IN $targetKinds))
    OR (type(r) IN $symmetricTypes
      AND ($sourceIds IS NULL OR t.id IN $sourceIds) AND ($targetIds IS NULL OR s.id IN $targetIds)
      AND ($sourceKinds IS NULL OR t.kind IN $sourceKinds) AND ($targetKinds IS NULL OR s.kind IN $targetKinds))
  )
// Ordered by the relation's span: start, then end (on one first day: the day, the month, the year), then id.
WITH r, s, t ORDER BY
  CASE WHEN $newestFirst THEN null ELSE coalesce(r.date, r.firstSeen) END ASC,
  CASE WHEN $newestFirst THEN null ELSE coalesce(r.dateEnd, r.date, r.firstSeen) END ASC,
  CASE WHEN $newestFirst THEN coalesce(r.date, r.firstSeen) END DESC,
  CASE WHEN $newestFirst THEN coalesce(r.dateEnd, r.date, r.firstSeen) END DESC,
  r.id
WITH collect(r) AS matched
// The page's relations and their two actors, read for the page only and only the properties the
// request asks for ($relationProperties, $actorProperties: src/db/projections.ts), so the resolvers
// answer from this one statement.
RETURN size(matched) AS total,
       [r IN matched[$offset..($offset + $first)] | r { .RELATION_AS_ASKED }] AS page
