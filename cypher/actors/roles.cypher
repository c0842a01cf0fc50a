UNWIND $actorIds AS actorId
MATCH (:Actor {id: actorId})-[r:AFFILIATED_WITH]->(organization:Actor)
WHERE r.title IS NOT NULL AND r.negated = false
  AND organization.id <> actorId // held in itself only through a merge: hidden while it holds (README "Merge")
WITH actorId, r, organization ORDER BY coalesce(r.from, r.firstSeen), r.id
RETURN actorId, collect(r { .id, .title, .from, .to, .firstSeen, .lastSeen, source: actorId, target: organization.id }) AS roles
