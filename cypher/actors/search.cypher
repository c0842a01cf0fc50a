CALL db.index.fulltext.queryNodes('actor_names', $luceneQuery) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score
ORDER BY score DESC, node.id
WITH collect({ id: node.id, score: score }) AS hits
RETURN size(hits) AS total, hits[$offset..($offset + $first)] AS page
