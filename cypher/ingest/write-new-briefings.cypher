// A batch of briefings new to the graph, written in one statement (each part a unit CALL, run in
// this order; one statement where five or six took their own, each with Neo4j's fixed cost per
// statement): the actors the batch creates, the briefings with their mentions, what each states
// about each of its actors, the relations new to the graph, every piece of evidence, and the facts
// of the relations already there. What each part writes, and why, as ingest/new-briefings.ts says:
// - $actors: MERGE, as actors/create; their visible facts are derived from the statements after;
// - $briefings: new (checked in the same transaction by batch-existing; the id constraint refuses
//   a concurrent duplicate), each with its mentions and the fingerprint of its file (content-hash.ts);
// - $statements: as replace-actor-statements (the one-briefing path), an empty list stored as no property;
// - $relations: CREATE, not MERGE: the batch holds the write locks of every actor it names or
//   resolves to (resolveLocked) from before it looked for these relations to its commit, and every
//   transaction that creates or moves a relation takes its two actors' locks first. The type is a
//   parameter: rel.type comes from the RelationType allow-list (validated before any statement
//   runs), never from free text. A count is an integer in Neo4j, a number from JavaScript a float;
// - $evidence: none of it stored yet (checked by batch-existing; the id constraint refuses a duplicate);
// - $updated: the relations batch-existing found, sought again by the element id it returned in
//   this transaction, their facts combined in code from those they had and the batch's evidence's.
CALL () {
  UNWIND $actors AS a
  MERGE (actor:Actor {id: a.id})
    ON CREATE SET actor.name = a.name, actor.kind = a.kind, actor.createdAt = datetime()
}
CALL () {
  UNWIND $briefings AS row
  CREATE (b:Briefing {id: row.briefing.id})
  SET b.ingestedAt = datetime(),
      b.title = row.briefing.title,
      b.url = row.briefing.url,
      b.source = row.briefing.source,
      b.publishedAt = date(row.briefing.publishedAt),
      b.text = row.briefing.text,
      b.annotator = row.briefing.annotator,
      b.contentHash = row.contentHash
  WITH b, row
  UNWIND row.actorIds AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (b)-[:MENTIONS]->(a)
}
CALL () {
  UNWIND $statements AS n
  CREATE (s:ActorStatement {id: n.id})
  SET s.briefingId = n.briefingId,
      s.publishedAt = date(n.publishedAt),
      s.statedId = n.statedId,
      s.actorId = n.actorId,
      s.baseActorId = n.baseActorId,
      s.name = n.name,
      s.kind = n.kind,
      s.aliases = CASE WHEN size(n.aliases) > 0 THEN n.aliases END,
      s.titles = CASE WHEN size(n.titles) > 0 THEN n.titles END,
      s.wikidata = n.wikidata,
      s.externalIds = CASE WHEN size(n.externalIds) > 0 THEN n.externalIds END
}
CALL () {
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
}
CALL () {
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
}
CALL () {
  UNWIND $updated AS row
  MATCH ()-[r]->()
    WHERE elementId(r) = row.elementId
  SET r.mentions = toInteger(row.derived.mentions),
      r.firstSeen = date(row.derived.firstSeen),
      r.lastSeen = date(row.derived.lastSeen),
      r.confidence = row.derived.confidence,
      r.modality = row.derived.modality,
      r.from = date(row.derived.from),
      r.to = date(row.derived.to)
}
RETURN size($evidence) AS evidence
