// The visible facts of actors, as derived from the statements of every briefing about them.
UNWIND $actors AS a
MATCH (actor:Actor {id: a.id})
SET actor.name = a.name,
    actor.kind = a.kind,
    actor.aliases = a.aliases,
    actor.aliasText = a.aliasText,
    actor.lookupKeys = a.lookupKeys,
    actor.titles = a.titles,
    actor.wikidata = a.wikidata,
    actor.externalIds = a.externalIds
