// Actors whose folded names or aliases match, best first, one page and the total: the page's
// actors whole (as actors/by-ids returns them), so the answer needs no second statement, and
// their scores in the same order.
CALL db.index.fulltext.queryNodes('actor_keys', $luceneQuery) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score
ORDER BY score DESC, node.id
WITH collect({ score: score, node: node }) AS hits
WITH size(hits) AS total, hits[$offset..($offset + $first)] AS page
RETURN total, [hit IN page | hit.score] AS scores, [a IN [hit IN page | hit.node] | a { .ACTOR_RECORD }] AS actors
