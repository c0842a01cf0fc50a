// Relations between two actors per month and type; each relation (event) counts once, however
// many briefings report it. A relation's span (the day, month or year the text gives) decides its
// entry as in a timeline: the month it starts and the month it ends, so a year is its own entry.
// Only the relation types between them (ANY_RELATION): never a hub's :MENTIONS (from briefings,
// never between two actors): 94,463 db hits for two hubs at 1M, 119,036 through every relationship.
MATCH (a:Actor {id: $a})-[r:ANY_RELATION]-(b:Actor {id: $b})
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($negated IS NULL OR r.negated = $negated)
// Each relation once: between two actors (never one, the request refuses it) a relation matches
// once, so no DISTINCT to build over a dyad's thousands.
WITH r, a
WITH substring(toString(coalesce(r.date, r.firstSeen)), 0, 7) AS month,
     substring(toString(coalesce(r.dateEnd, r.date, r.firstSeen)), 0, 7) AS monthEnd, type(r) AS type,
     CASE WHEN startNode(r) = a OR type(r) IN $symmetricTypes THEN 1 ELSE 0 END AS aToB
RETURN month, monthEnd, type, sum(aToB) AS aToB, sum(1 - aToB) AS bToA
ORDER BY month, monthEnd, type
