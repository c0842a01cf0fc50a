// The relations among a set of actors (the subgraph they induce), under the same filters, each
// found once from its lower-ranked end: $ranked holds the actors fewest relations first
// (neighborhood/first-edges), and the actors from $start to $end (exclusive) expand their relation groups
// (never their :MENTIONS) towards the actors ranked above them, so the largest hub of the set is
// never expanded, and a hub only for its relations with larger ones. The caller reads the ranking
// in slices and stops once the edge cap is reached: the hubs' many parallel relations, last in the
// ranking, are then never read.
UNWIND range(0, size($ranked) - 1) AS i
MATCH (x:Actor {id: $ranked[i]})
WITH x ORDER BY i
WITH collect(x) AS ranked
UNWIND range(toInteger($start), toInteger($end) - 1) AS i
WITH i, ranked[i] AS a, ranked[i + 1..] AS above
MATCH (a)-[r:ANY_RELATION]-(b)
WHERE b IN above
  AND ($types IS NULL OR type(r) IN $types)
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
// The cap's order: the lower-ranked end's rank, then each actor's newest first (the day: the
// event's date, else the day it was first reported), then id; at most $room of them (one more
// than the cap leaves room for, so the caller knows whether it cut).
// The id and day the order reads are kept for the answer, not read again after the cut (at 1M, a
// typical actor's 100 actors and 2,001 edges: 21,278 → 16,868 db hits).
WITH i, a, b, r, coalesce(r.date, r.firstSeen) AS day, r.id AS id ORDER BY i, day DESC, id
LIMIT toInteger($room)
// Grouped by pair of actors: the two actors' ids are read once a pair, where each edge's ends were
// read again for every edge (a hub pair holds thousands), and each edge says only whether it starts
// at the pair's first actor. On the 100k bench store, a typical actor's 59 actors and 17,677 edges:
// 183,016 → 131,651 db hits.
WITH i, a, b, collect(r) AS edges, collect(id) AS ids, collect(day) AS days, min(day) AS lastDay
// Each pair's last edge in the cap's order: its oldest day's largest id (null days sort first).
WITH i, a, b, edges, ids, lastDay, reduce(last = null, k IN range(0, size(ids) - 1) |
       CASE WHEN (lastDay IS NULL OR days[k] = lastDay) AND (last IS NULL OR ids[k] > last) THEN ids[k] ELSE last END) AS lastId
// One row: the pairs and their edges as columns (a row or a map per edge costs Neo4j and the driver
// about as much again as finding them: 30,000 edges among a typical actor's 96 neighbours at 300k),
// in no order (the caller orders them), and `last`: the id of the last edge in the cap's order, the
// one the caller drops when it cuts, where every edge's day came back for the caller to find it (at
// 1M, a typical actor's 2,001 edges among 690 pairs: 22 kB less to send and decode). Each edge's
// type and direction come as one small integer, `kinds`: twice the type's place in the vocabulary
// ($typeCodes, src/vocabulary/relation-types.ts' order), plus 1 when the edge starts at the pair's
// first actor, where its type's name and a boolean came (the names were the largest column after
// the ids). With `$records`, each edge also comes with the values of the properties the request
// asks for (`asked`, src/db/projections.ts) and nothing more: its id, type and ends are in the
// other columns, where each came again in a map of its own with its ends read again from the
// actors. The same 2,001 edges: 94 → 73 kB to decode without records, 272 → 95 kB with a date
// asked (and 28,495 → 22,492 db hits). Without records, an empty list a pair.
RETURN collect(a.id) AS firsts, collect(b.id) AS seconds, collect(ids) AS ids,
       collect([r IN edges | 2 * $typeCodes[type(r)] + CASE WHEN startNode(r) = a THEN 1 ELSE 0 END]) AS kinds,
       collect(CASE WHEN $records THEN [e IN [r IN edges | r { .RELATION_ASKED }] | e.asked] ELSE [] END) AS asked,
       reduce(last = null, pair IN collect([i, lastDay, lastId]) |
         CASE WHEN last IS NULL OR pair[0] > last[0] OR pair[0] = last[0] AND (
           pair[1] IS NOT NULL AND (last[1] IS NULL OR pair[1] < last[1])
           OR coalesce(pair[1] = last[1], pair[1] IS NULL AND last[1] IS NULL) AND pair[2] > last[2])
         THEN pair ELSE last END)[2] AS last
