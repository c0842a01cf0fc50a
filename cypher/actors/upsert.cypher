UNWIND $actors AS a
MERGE (actor:Actor {id: a.id})
  ON CREATE SET actor.name = a.name, actor.kind = a.kind, actor.createdAt = datetime()
SET actor.aliases = a.aliases,
    actor.aliasText = a.aliasText,
    actor.lookupKeys = a.lookupKeys,
    actor.titles = a.titles,
    actor.wikidata = a.wikidata,
    actor.externalIds = a.externalIds
