// Changes the counts each actor keeps of the relations its default answers hide, per type (see
// src/graph/relations/hidden-counts.ts, which makes each key from the vocabulary's types): one row
// per actor and key, in actor id order. Each actor's write lock is taken before its count is read,
// so a merge's change and an ingest's on the same hub are never computed from the same old count
// (ingests lock their actors already, actors/lock; a merge locks only the actors it merges).
UNWIND $deltas AS d
MATCH (a:Actor {id: d.actorId})
SET a.locking = true
REMOVE a.locking
WITH a, d, coalesce(a[d.key], 0) + toInteger(d.delta) AS counted
// An integer (a JavaScript number arrives as a float); a count of zero is no property: most actors
// never hold a negated relation.
SET a[d.key] = CASE WHEN counted = 0 THEN null ELSE counted END
RETURN count(*) AS changed
