// Each actor with every briefing's statement about it (oldest briefing first), and whether
// anything else still holds it in the graph (relations, mentions, quotes; not a pair's kept counts,
// :PAIR, which follow its relations: src/db/pair-count-keys.ts).
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
RETURN a { .id, .name, .kind } AS actor,
       COLLECT {
         MATCH (s:ActorStatement {actorId: a.id})
         WITH s ORDER BY s.publishedAt, s.briefingId, s.id
         RETURN s { .briefingId, .statedId, .name, .kind, .aliases, .titles, .wikidata, .externalIds }
       } AS statements,
       EXISTS { (a)-[:!PAIR]-() } OR EXISTS { MATCH (e:Evidence {speakerId: a.id}) } AS held
