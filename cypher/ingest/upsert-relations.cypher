// rel.type comes from the RelationType allow-list (validated before any statement runs), never
// from free text; Neo4j 5.26's dynamic type $(…) takes it as a parameter.
UNWIND $relations AS rel
MATCH (s:Actor {id: rel.source}), (t:Actor {id: rel.target})
MERGE (s)-[r:$(rel.type) {id: rel.id}]->(t)
  ON CREATE SET r.date = date(rel.date),
                r.datePrecision = rel.datePrecision,
                r.dateEnd = date(rel.dateEnd),
                r.modality = rel.modality,
                r.negated = rel.negated,
                r.title = rel.title,
                r.from = date(rel.from),
                r.to = date(rel.to),
                r.createdAt = datetime()
WITH r, rel
MATCH (b:Briefing {id: $briefingId})
MERGE (e:Evidence {id: rel.evidence.id})
  ON CREATE SET e.createdAt = datetime()
SET e.relationId = rel.id,
    e.relationType = rel.type,
    e.sourceId = rel.source,
    e.targetId = rel.target,
    e.quote = rel.evidence.quote,
    e.quoteKey = rel.evidence.quoteKey,
    e.start = rel.evidence.start,
    e.end = rel.evidence.end,
    e.speakerId = rel.evidence.speakerId,
    e.extractor = rel.evidence.extractor,
    e.statedSourceId = rel.evidence.statedSource,
    e.statedTargetId = rel.evidence.statedTarget,
    e.baseSourceId = rel.evidence.baseSource,
    e.baseTargetId = rel.evidence.baseTarget,
    e.baseSpeakerId = rel.evidence.baseSpeaker,
    e.date = date(rel.date),
    e.negated = rel.negated,
    e.title = rel.title,
    e.from = date(rel.from),
    e.to = date(rel.to),
    e.modality = rel.modality,
    e.confidence = rel.confidence
MERGE (e)-[:FROM]->(b)
