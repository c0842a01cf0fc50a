// The ids of up to $batch actors after $after, in id order: a migration's walk over every actor.
MATCH (a:Actor)
  WHERE a.id > $after
RETURN a.id AS id
ORDER BY a.id
LIMIT toInteger($batch)
