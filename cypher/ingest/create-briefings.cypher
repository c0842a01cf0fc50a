// A batch of briefings new to the graph (checked in the same transaction; the id constraint
// refuses a concurrent duplicate), each with its mentions of its actors and the fingerprint of
// the file it came from (content-hash.ts).
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
