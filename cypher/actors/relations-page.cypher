// One page of relations for each requested actor, all actors of a GraphQL level in one statement.
// Symmetric types match from either end whatever the direction asked.
UNWIND $requests AS req
MATCH (a:Actor {id: req.actorId})
CALL (a, req) {
  MATCH (a)-[r]-(other:Actor)
  WHERE (req.types IS NULL OR type(r) IN req.types)
    AND (req.direction = 'BOTH' OR type(r) IN $symmetricTypes
         OR (req.direction = 'OUT' AND startNode(r) = a)
         OR (req.direction = 'IN' AND endNode(r) = a))
    AND (req.since IS NULL OR coalesce(r.date, r.firstSeen) >= date(req.since))
    AND (req.until IS NULL OR coalesce(r.date, r.firstSeen) <= date(req.until))
    AND (req.modalities IS NULL OR r.modality IN req.modalities)
    AND (req.negated IS NULL OR r.negated = req.negated)
  WITH r ORDER BY
    CASE WHEN req.newestFirst THEN null ELSE coalesce(r.date, r.firstSeen) END ASC,
    CASE WHEN req.newestFirst THEN coalesce(r.date, r.firstSeen) END DESC,
    r.id
  WITH collect(r { .id, source: startNode(r).id, target: endNode(r).id, day: coalesce(r.date, r.firstSeen), dated: r.date IS NOT NULL }) AS matched
  RETURN size(matched) AS total, matched[req.offset..(req.offset + req.first)] AS page
}
RETURN req.key AS key, total, page
