// What each briefing of a batch of new briefings states about each of its actors (see
// replace-actor-statements, the one-briefing path, for what a statement holds; an empty list is
// stored as no property, as there).
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
