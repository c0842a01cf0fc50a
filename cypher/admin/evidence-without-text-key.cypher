// Evidence written before quotes carried their search words (quoteKey), a batch at a time.
MATCH (e:Evidence)
WHERE e.quoteKey IS NULL AND e.quote IS NOT NULL
RETURN e.id AS id, e.quote AS quote
LIMIT toInteger($batch)
