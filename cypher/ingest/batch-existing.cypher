// What of a batch of new briefings the graph already holds: any of the briefings, any of their
// evidence, which of their relations exist with the facts derived from their evidence so far
// (each found by its type's index on the id, one branch per type reading only its own type's
// relations of the batch from $relationsByType, never by expanding its actors,
// which may be hubs; the batch adds its evidence's facts to them, new-relation-facts.ts, finding
// each again by the element id returned here, which holds within this transaction), and which
// of their actors have no statement yet (their facts are derived again after the batch).
// CYPHER replan=skip: the plan is pinned by its index hints and unique seeks whatever the counts,
// and planning its one-branch-per-type union costs far more than running it (seconds against
// milliseconds), so a bulk load that keeps changing the counts must not plan it again and again.
CYPHER replan=skip
RETURN COLLECT {
         UNWIND $briefingIds AS id
         MATCH (b:Briefing {id: id})
         RETURN id
       } AS existingBriefingIds,
       COLLECT {
         UNWIND $evidenceIds AS id
         MATCH (e:Evidence {id: id})
         RETURN id
       } AS existingEvidenceIds,
       COLLECT {
         // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
         UNWIND coalesce($relationsByType.MET, []) AS row
         MATCH ()-[r:MET {id: row.id}]->() USING INDEX r:MET(id)
           WHERE startNode(r).id = row.source AND endNode(r).id = row.target
         RETURN r { id: row.id, elementId: elementId(r), .mentions, .firstSeen, .lastSeen, .confidence, .modality, .from, .to } AS relation
         // end each relation type
       } AS existingRelations,
       COLLECT {
         UNWIND $actorIds AS id
         MATCH (a:Actor {id: id})
           WHERE NOT EXISTS { MATCH (:ActorStatement {actorId: id}) }
         RETURN id
       } AS unstatedActorIds
