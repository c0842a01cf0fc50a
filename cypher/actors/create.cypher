// Creates the actors a briefing states that the graph lacks. Their visible facts (name, kind,
// aliases, titles, identifiers) are then derived from every briefing's statements about them.
UNWIND $actors AS a
MERGE (actor:Actor {id: a.id})
  ON CREATE SET actor.name = a.name, actor.kind = a.kind, actor.createdAt = datetime()
