// Counts afresh the pairs each named actor makes as the lower id of the two (src/db/pair-count-keys.ts):
// one :PAIR relationship to each actor of a higher id it has a relation with that is not negated,
// with the count of those relations in total and per type, of any modality ($totals.all) and of
// those that happened ($totals.happened: asserted or reported, $happened). Run by the migration
// that brings a store written before the counts were kept, or filled by the offline import, up to
// date (src/db/code-migrations.ts); the writes keep them since. Each actor's write lock is taken (in
// id order, as every writer takes them) before its relations are counted, so no ingest is halfway
// through changing them: the count read is the count written.
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
WITH a ORDER BY a.id
SET a.locking = true
REMOVE a.locking
WITH a
CALL (a) {
  MATCH (a)-[old:PAIR]->()
  DELETE old
}
CALL (a) {
  MATCH (a)-[r:ANY_RELATION]-(c:Actor)
  WHERE a.id < c.id AND r.negated = false
  WITH c, type(r) AS type, count(r) AS n, count(CASE WHEN r.modality IN $happened THEN 1 END) AS h
  WITH c, collect({type: type, n: n, h: h}) AS byType
  CREATE (a)-[p:PAIR]->(c)
  SET p[$totals.all] = reduce(s = 0, x IN byType | s + x.n),
      p[$totals.happened] = CASE WHEN reduce(s = 0, x IN byType | s + x.h) = 0 THEN null ELSE reduce(s = 0, x IN byType | s + x.h) END
  WITH p, byType
  UNWIND byType AS x
  SET p[$totals.all + '_' + x.type] = x.n,
      p[$totals.happened + '_' + x.type] = CASE WHEN x.h = 0 THEN null ELSE x.h END
}
RETURN count(a) AS recounted
