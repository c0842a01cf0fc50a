// Relations between two actors per month and type; each relation (event) counts once, however
// many briefings report it. A relation's span (the day, month or year the text gives) decides its
// entry as in a timeline: the month it starts and the month it ends, so a year is its own entry.
// One row when both actors exist (its months possibly none), no row when either is unknown: the
// answer needs no second statement to tell an unknown actor from a pair with no relations.
// Only the relation types between them (ANY_RELATION): never a hub's :MENTIONS (from briefings,
// never between two actors): 94,463 db hits for two hubs at 1M, 119,036 through every relationship.
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
RETURN COLLECT {
  MATCH (a)-[r:ANY_RELATION]-(b)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($since IS NULL OR coalesce(r.dateEnd, r.date, r.firstSeen) >= date($since))
    AND ($until IS NULL OR coalesce(r.date, r.firstSeen) <= date($until))
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND ($negated IS NULL OR r.negated = $negated)
  // Each relation once: between two actors (never one, the request refuses it) a relation matches
  // once, so no DISTINCT to build over a dyad's thousands.
  WITH substring(toString(coalesce(r.date, r.firstSeen)), 0, 7) AS month,
       substring(toString(coalesce(r.dateEnd, r.date, r.firstSeen)), 0, 7) AS monthEnd, type(r) AS type,
       CASE WHEN startNode(r) = a OR type(r) IN $symmetricTypes THEN 1 ELSE 0 END AS aToB
  WITH month, monthEnd, type, sum(aToB) AS aToB, sum(1 - aToB) AS bToA
  ORDER BY month, monthEnd, type
  // A list, not a map: no key strings sent and decoded for each of a dyad's months (1,793 for two hubs at 1M).
  RETURN [month, monthEnd, type, aToB, bToA]
} AS months
