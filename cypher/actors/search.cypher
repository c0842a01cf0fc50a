// Actors whose folded names or aliases match, best first, one page and the total.
CALL db.index.fulltext.queryNodes('actor_keys', $luceneQuery) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score
ORDER BY score DESC, node.id
WITH collect({ id: node.id, score: score }) AS hits
RETURN size(hits) AS total, hits[$offset..($offset + $first)] AS page
