// What each briefing of a batch of new briefings states about each of its actors (see
// replace-actor-statements, the one-briefing path, for what a statement holds).
UNWIND $statements AS n
CREATE (s:ActorStatement {id: n.id})
SET s.briefingId = n.briefingId,
    s.publishedAt = date(n.publishedAt),
    s.statedId = n.statedId,
    s.actorId = n.actorId,
    s.baseActorId = n.baseActorId,
    s.name = n.name,
    s.kind = n.kind,
    s.aliases = n.aliases,
    s.titles = n.titles,
    s.wikidata = n.wikidata,
    s.externalIds = n.externalIds
