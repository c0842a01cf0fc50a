MATCH (b:Briefing)
WITH b ORDER BY b.publishedAt DESC, b.id
WITH collect(b.id) AS ids
RETURN size(ids) AS total, ids[$offset..($offset + $first)] AS page
