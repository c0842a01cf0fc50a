// Every relation has evidence, and its evidence knows the relation's two actors.
MATCH (e:Evidence {relationId: $id})
WITH e LIMIT 1
MATCH (s:Actor {id: e.sourceId})-[r {id: $id}]->(t:Actor {id: e.targetId})
RETURN r { .id, source: s.id, target: t.id } AS ref
