// The graph's actors, for the extractor to recognise names it already knows.
MATCH (a:Actor)
RETURN a { .id, .name, .kind, aliases: coalesce(a.aliases, []) } AS actor
ORDER BY a.id
LIMIT toInteger($max)
