// Who did $type most towards $targetId (or, given $sourceId, to whom). A symmetric relation has
// both of its actors as sources. Negated relations never count. Each branch starts from the
// actor asked about (an index seek, then its own relations only); only a question about nobody
// in particular reads every relation of the type.
// Only the asked type's group of the actor is expanded (the statement is sent written for the asked
// type alone: Neo4j reads a type's group only for a literal type), never its other relations or the
// :MENTIONS of the briefings naming it.
CALL () {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  WITH $type AS asked WHERE asked = 'MET'
  // Towards the target: its incoming relations, and its outgoing ones only for a symmetric type
  // (a hub's group holds both directions; the other half is never read for a directed type).
  // UNION ALL, not UNION: no two branches give the same row (two ask for a target and no source, two
  // for a source, one for neither; a pair's two directions share only an actor's relation with itself,
  // which the filter below drops), so the distinct over every (actor, relation) row, 2,666 of them for a
  // hub's CRITICIZED at 1M, was work for nothing (docs/speed-log.md).
  CALL () {
    MATCH (t:Actor {id: $targetId})<-[r:MET]-(s:Actor)
    WHERE $sourceId IS NULL
    RETURN s AS counted, r
    UNION ALL
    MATCH (t:Actor {id: $targetId})-[r:MET]->(s:Actor)
    WHERE $sourceId IS NULL AND 'MET' IN $symmetricTypes
    RETURN s AS counted, r
    UNION ALL
    MATCH (s:Actor {id: $sourceId})-[r:MET]->(t:Actor)
    WHERE $targetId IS NULL OR t.id = $targetId
    RETURN t AS counted, r
    UNION ALL
    MATCH (s:Actor {id: $sourceId})<-[r:MET]-(t:Actor)
    WHERE 'MET' IN $symmetricTypes AND ($targetId IS NULL OR t.id = $targetId)
    RETURN t AS counted, r
    UNION ALL
    // The test on the parameters comes first, on its own: written in the MATCH's WHERE, Neo4j scanned
    // every actor (33,322 db hits at 1M) before testing it, for a question that names an actor.
    WITH $sourceId IS NULL AND $targetId IS NULL AS aboutNobody
    WHERE aboutNobody
    MATCH (s:Actor)-[r:MET]-(:Actor)
    WHERE startNode(r) = s OR 'MET' IN $symmetricTypes
    RETURN s AS counted, r
  }
  RETURN counted, r
  // end each relation type
}
WITH counted, r
WHERE r.negated = false
  AND startNode(r) <> endNode(r) // a merge's relation of the survivor with itself is not counted (README "Merge")
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($kinds IS NULL OR counted.kind IN $kinds)
WITH counted, count(DISTINCT r) AS count, sum(r.mentions) AS mentions
ORDER BY count DESC, mentions DESC, counted.id
LIMIT toInteger($limit)
// The actors counted come back whole (as actors/by-ids returns them): no second statement for them.
RETURN counted.id AS actorId, count, mentions, counted { .ACTOR_RECORD } AS actor
ORDER BY count DESC, mentions DESC, actorId
