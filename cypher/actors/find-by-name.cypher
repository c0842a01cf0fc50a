// $luceneQuery is a phrase of the folded name; the exact folded key then picks the true match.
CALL db.index.fulltext.queryNodes('actor_names', $luceneQuery) YIELD node, score
WHERE $key IN node.lookupKeys
RETURN node.id AS id
ORDER BY CASE WHEN $key = node.lookupKeys[0] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
