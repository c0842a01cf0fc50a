// Stores written before actor facts had per-briefing provenance: each briefing that mentions an
// actor is taken to state what the actor shows today (the next ingest of that briefing replaces
// this with what it really states); evidence written before it kept its own facts takes its
// relation's (period, date, negation, title, and the actor ids as stated).
MATCH (b:Briefing)-[:MENTIONS]->(a:Actor)
WHERE NOT EXISTS { MATCH (:ActorStatement {actorId: a.id, briefingId: b.id}) }
MERGE (s:ActorStatement {id: 's_legacy_' + b.id + '_' + a.id})
  ON CREATE SET s.briefingId = b.id, s.publishedAt = b.publishedAt, s.statedId = a.id, s.actorId = a.id,
                s.name = a.name, s.kind = a.kind, s.aliases = coalesce(a.aliases, []), s.titles = coalesce(a.titles, []),
                s.wikidata = a.wikidata, s.externalIds = coalesce(a.externalIds, [])
WITH count(*) AS statements
MATCH (e:Evidence)
WHERE e.statedSourceId IS NULL
MATCH (:Actor {id: e.sourceId})-[r {id: e.relationId}]->(:Actor {id: e.targetId})
SET e.from = r.from, e.to = r.to, e.date = r.date, e.negated = r.negated, e.title = r.title,
    e.statedSourceId = e.sourceId, e.statedTargetId = e.targetId
