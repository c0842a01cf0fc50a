// Changes the counts kept of relations (src/graph/relations/kept-counts.ts, which makes each key
// from the vocabulary's types): each actor's of the relations its default answers hide, one row per
// actor and key ($deltas), and each pair's of the relations between them that are not negated, one
// row per pair with each key's change ($pairs, src/db/pair-count-keys.ts).
// Every actor named ($actorIds, in id order) is write-locked first, before any count is read, so a
// merge's change and an ingest's on the same hub are never computed from the same old count, and no
// two writers take the same actors' locks in different orders (ingests lock their actors already,
// actors/lock; a merge locks only the actors it merges). With both actors locked, no other writer
// can MERGE the same pair's relationship at the same time.
CALL () {
  UNWIND $actorIds AS actorId
  MATCH (a:Actor {id: actorId})
  SET a.locking = true
  REMOVE a.locking
}
CALL () {
  UNWIND $deltas AS d
  MATCH (a:Actor {id: d.actorId})
  WITH a, d, coalesce(a[d.key], 0) + toInteger(d.delta) AS counted
  // An integer (a JavaScript number arrives as a float); a count of zero is no property: most actors
  // never hold a negated relation.
  SET a[d.key] = CASE WHEN counted = 0 THEN null ELSE counted END
}
CALL () {
  UNWIND $pairs AS p
  MATCH (lo:Actor {id: p.lo}), (hi:Actor {id: p.hi})
  MERGE (lo)-[c:PAIR]->(hi)
  WITH c, p
  CALL (c, p) {
    UNWIND p.deltas AS d
    WITH c, d, coalesce(c[d.key], 0) + toInteger(d.delta) AS counted
    SET c[d.key] = CASE WHEN counted = 0 THEN null ELSE counted END
  }
  // A pair left without a relation keeps no relationship ($total: the count of every relation).
  WITH c WHERE c[$total] IS NULL
  DELETE c
}
RETURN size($deltas) + size($pairs) AS changed
