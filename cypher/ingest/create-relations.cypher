// The relations a batch of new briefings states that the graph lacks, each once with the facts of
// its first statement in the batch and the facts derived from its evidence in the batch (all it
// has; relations/refresh derives the same from stored evidence). CREATE, not MERGE: the batch
// holds the write locks of every actor it names or resolves to (resolveLocked) from before it
// looked for these relations (batch-existing) to its commit, and every transaction that creates or
// moves a relation takes its two actors' locks first, so none can appear in between. Creating
// needs no lookup, so the type is given as a parameter: rel.type comes from the RelationType
// allow-list (validated before any statement runs), never from free text. A count is an integer
// in Neo4j (count() gives one), where a number from JavaScript arrives as a float.
UNWIND $relations AS rel
MATCH (s:Actor {id: rel.source}), (t:Actor {id: rel.target})
CREATE (s)-[r:$(rel.type) {id: rel.id}]->(t)
SET r.date = date(rel.date),
    r.datePrecision = rel.datePrecision,
    r.dateEnd = date(rel.dateEnd),
    r.negated = rel.negated,
    r.title = rel.title,
    r.createdAt = datetime(),
    r.mentions = toInteger(rel.derived.mentions),
    r.firstSeen = date(rel.derived.firstSeen),
    r.lastSeen = date(rel.derived.lastSeen),
    r.confidence = rel.derived.confidence,
    r.modality = rel.derived.modality,
    r.from = date(rel.derived.from),
    r.to = date(rel.derived.to)
RETURN count(r) AS created
