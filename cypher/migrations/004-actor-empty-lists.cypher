// An actor's lists (aliases, titles, identifiers) are lists, empty when it has none: a store filled
// by the offline import (src/ingest/offline/) gets its empty ones here, as neo4j-admin import cannot
// write an empty list (it leaves no property); in a store filled by transactions nothing changes.
// Batched: $batch actors per transaction in id order from $after (src/db/migrate.ts).
MATCH (a:Actor)
  WHERE a.id > $after
WITH a ORDER BY a.id LIMIT toInteger($batch)
CALL (a) {
  WITH a WHERE a.aliases IS NULL OR a.titles IS NULL OR a.externalIds IS NULL
  SET a.aliases = coalesce(a.aliases, []), a.titles = coalesce(a.titles, []), a.externalIds = coalesce(a.externalIds, [])
}
RETURN max(a.id) AS last
