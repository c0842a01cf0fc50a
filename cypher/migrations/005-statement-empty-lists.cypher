// What a briefing states about an actor keeps its lists (aliases, titles, identifiers) as lists,
// empty when it states none: as 004 for actors, for a store filled by an offline import made before
// statements stored empty lists as no property. Now the ingest and the offline import alike store
// a statement's empty list as no property (every reader takes it as empty), so the offline import
// records this migration as applied and it is never run on a store it built.
// Batched: $batch statements per transaction in id order from $after (src/db/migrate.ts).
MATCH (s:ActorStatement)
  WHERE s.id > $after
WITH s ORDER BY s.id LIMIT toInteger($batch)
CALL (s) {
  WITH s WHERE s.aliases IS NULL OR s.titles IS NULL OR s.externalIds IS NULL
  SET s.aliases = coalesce(s.aliases, []), s.titles = coalesce(s.titles, []), s.externalIds = coalesce(s.externalIds, [])
}
RETURN max(s.id) AS last
