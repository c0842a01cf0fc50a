// What a briefing states about an actor keeps its lists (aliases, titles, identifiers) as lists,
// empty when it states none: as 004 for actors, for a store filled by the offline import.
// Batched: $batch statements per transaction in id order from $after (src/db/migrate.ts).
MATCH (s:ActorStatement)
  WHERE s.id > $after
WITH s ORDER BY s.id LIMIT toInteger($batch)
CALL (s) {
  WITH s WHERE s.aliases IS NULL OR s.titles IS NULL OR s.externalIds IS NULL
  SET s.aliases = coalesce(s.aliases, []), s.titles = coalesce(s.titles, []), s.externalIds = coalesce(s.externalIds, [])
}
RETURN max(s.id) AS last
