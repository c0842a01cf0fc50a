// The graph's actors, for the extractor to recognise names it already knows. With
// $exceptBriefingId, what that briefing alone states is left out (an actor only it states, an alias
// only it gives), so extracting a briefing again never learns from its own previous version.
MATCH (a:Actor)
WITH a, $exceptBriefingId IS NOT NULL AND EXISTS { MATCH (:ActorStatement {actorId: a.id, briefingId: $exceptBriefingId}) } AS statedHere
WITH a, statedHere,
     CASE WHEN statedHere
          THEN COLLECT { MATCH (s:ActorStatement {actorId: a.id}) WHERE s.briefingId <> $exceptBriefingId RETURN s { .name, .aliases } }
          ELSE [] END AS others
WHERE NOT statedHere OR size(others) > 0
RETURN a { .id, .name, .kind,
           aliases: CASE WHEN statedHere
                         THEN [name IN reduce(names = [], s IN others | names + s.name + coalesce(s.aliases, [])) WHERE name <> a.name]
                         ELSE coalesce(a.aliases, []) END } AS actor
ORDER BY a.id
LIMIT toInteger($max)
