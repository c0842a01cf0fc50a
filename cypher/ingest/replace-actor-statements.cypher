// What a briefing states about each of its actors (the name and kind it gives, its aliases, role
// titles and identifiers), one :ActorStatement per actor of the briefing, replacing what it stated
// before. Returns the actors it stated before, whose facts must be derived again. An empty list
// (no aliases, titles or identifiers) is stored as no property, which every reader takes as empty:
// the offline import (src/ingest/offline/) writes the same graph, as neo4j-admin cannot write an
// empty list, so an imported store needs no migration to fill them in.
OPTIONAL MATCH (old:ActorStatement {briefingId: $briefingId})
WITH collect(old) AS olds, [n IN $statements | n.id] AS keepIds
WITH olds, keepIds, [s IN olds | s.actorId] AS previousActorIds
FOREACH (s IN [s IN olds WHERE NOT s.id IN keepIds] | DELETE s)
WITH previousActorIds
CALL () {
  UNWIND $statements AS n
  MERGE (s:ActorStatement {id: n.id})
  SET s.briefingId = $briefingId,
      s.publishedAt = date($publishedAt),
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
RETURN previousActorIds
