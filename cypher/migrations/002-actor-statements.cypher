// Stores written before actor facts had per-briefing provenance: each briefing that mentions an
// actor is taken to state what the actor shows today (the next ingest of that briefing replaces
// this with what it really states).
// Batched: $batch briefings per transaction in id order from $after; the runner
// (src/db/migrate.ts) repeats it with the returned `last` until there is none. The statements a
// briefing already has are read through the briefing (a hub's statements are many).
MATCH (b:Briefing)
  WHERE b.id > $after
WITH b ORDER BY b.id LIMIT toInteger($batch)
CALL (b) {
  WITH b, COLLECT { MATCH (s:ActorStatement {briefingId: b.id}) RETURN s.actorId } AS stated
  MATCH (b)-[:MENTIONS]->(a:Actor)
    WHERE NOT a.id IN stated
  MERGE (s:ActorStatement {id: 's_legacy_' + b.id + '_' + a.id})
    ON CREATE SET s.briefingId = b.id, s.publishedAt = b.publishedAt, s.statedId = a.id, s.actorId = a.id,
                  s.name = a.name, s.kind = a.kind, s.aliases = coalesce(a.aliases, []), s.titles = coalesce(a.titles, []),
                  s.wikidata = a.wikidata, s.externalIds = coalesce(a.externalIds, [])
}
RETURN max(b.id) AS last
