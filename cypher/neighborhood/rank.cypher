// The actors of a neighborhood ranked for its edges: fewest relations first (every relation of
// the vocabulary's types, whatever the filters: a count the store keeps per actor, no relationship
// read), then by id. A relation among them is found from its lower-ranked end (neighborhood/edges),
// so the largest hub is never expanded, and the edge cap keeps the periphery's ties first.
MATCH (a:Actor) WHERE a.id IN $ids
WITH a.id AS id, COUNT { (a)-[:ANY_RELATION]-() } AS relations
RETURN id, relations ORDER BY relations, id
