// The candidates for sameAs suggestions; scoring happens in src/graph/resolution/same-as.ts.
MATCH (a:Actor)
RETURN a { .id, .name, .kind, .aliases, .wikidata } AS actor
ORDER BY a.id
LIMIT toInteger($max)
