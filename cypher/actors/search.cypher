// Actors whose folded names or aliases match, best first, one page and the total. The page's
// actors come back whole (as actors/by-ids returns them), so the answer needs no second statement.
CALL db.index.fulltext.queryNodes('actor_keys', $luceneQuery) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score
ORDER BY score DESC, node.id
WITH collect({ id: node.id, score: score, node: node }) AS hits
WITH size(hits) AS total, hits[$offset..($offset + $first)] AS page
RETURN total, [hit IN page | { id: hit.id, score: hit.score }] AS page, [a IN [hit IN page | hit.node] | a { .ACTOR_RECORD }] AS actors
