// Every relation of the given visible actors with what makes its identity (type, date, negation,
// title), and each piece of its evidence with the actors the briefing made it about (its base
// actors; evidence written before they were kept counts its relation's actors as its base). A pair's
// kept counts (:PAIR, src/db/pair-count-keys.ts) are no relation: the moves' counts rewrite them.
UNWIND $actorIds AS actorId
MATCH (:Actor {id: actorId})-[r:!PAIR]-(:Actor)
WITH DISTINCT r
RETURN r { .id, .date, .datePrecision, .dateEnd, .modality, .negated, .title, type: type(r), source: startNode(r).id, target: endNode(r).id,
           evidence: COLLECT {
             MATCH (e:Evidence {relationId: r.id})
             RETURN e { .id, baseSource: coalesce(e.baseSourceId, e.sourceId), baseTarget: coalesce(e.baseTargetId, e.targetId) }
           } } AS relation
