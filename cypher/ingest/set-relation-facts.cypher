// The derived facts of relations that a batch of new briefings adds evidence to, combined in code
// from the facts they had (read by ingest/batch-existing under their actors' locks) and the facts
// of the batch's evidence (src/ingest/new-relation-facts.ts): every fact is a count, a least, a
// greatest or the surest, so adding evidence never reads a relation's other evidence back (a hub
// pair's thousands); relations/refresh derives them from all the evidence where some is removed.
// Each relation is the one ingest/batch-existing found in this same transaction, under its actors'
// locks (so it cannot be deleted in between), sought again by the element id that statement
// returned: an element id holds within a transaction, and the seek needs no branch per type (the
// 44-branch statement cost Neo4j 20-30 ms of CPU at every run even with its plan cached, against
// 4-10 ms for a small one, on a loaded 2-core machine). A count is an integer in Neo4j, where a number from
// JavaScript arrives as a float.
UNWIND $relations AS row
MATCH ()-[r]->()
  WHERE elementId(r) = row.elementId
SET r.mentions = toInteger(row.derived.mentions),
    r.firstSeen = date(row.derived.firstSeen),
    r.lastSeen = date(row.derived.lastSeen),
    r.confidence = row.derived.confidence,
    r.modality = row.derived.modality,
    r.from = date(row.derived.from),
    r.to = date(row.derived.to)
RETURN count(r) AS updated
