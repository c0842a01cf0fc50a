// A briefing as given (its fields and the fingerprint of its file, content-hash.ts), mentioning
// exactly the actors it names now.
MERGE (b:Briefing {id: $briefing.id})
  ON CREATE SET b.ingestedAt = datetime()
SET b.title = $briefing.title,
    b.url = $briefing.url,
    b.source = $briefing.source,
    b.publishedAt = date($briefing.publishedAt),
    b.text = $briefing.text,
    b.annotator = $briefing.annotator,
    b.contentHash = $contentHash
WITH b
OPTIONAL MATCH (b)-[stale:MENTIONS]->(gone:Actor)
  WHERE NOT gone.id IN $actorIds
DELETE stale
WITH DISTINCT b
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
MERGE (b)-[:MENTIONS]->(a)
