// The evidence of a batch of new briefings (none of it stored yet: checked in the same
// transaction, and the id constraint refuses a duplicate), each from its briefing.
UNWIND $evidence AS rel
MATCH (b:Briefing {id: rel.briefingId})
CREATE (e:Evidence {id: rel.evidence.id})
SET e.createdAt = datetime(),
    e.relationId = rel.id,
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
CREATE (e)-[:FROM]->(b)
