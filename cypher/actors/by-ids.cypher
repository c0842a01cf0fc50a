UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a { .id, .name, .kind, .aliases, .wikidata, .externalIds, .titles } AS actor
