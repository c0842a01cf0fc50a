// Evidence written before each piece carried its own modality takes its relation's.
MATCH (e:Evidence)
WHERE e.modality IS NULL
MATCH (:Actor {id: e.sourceId})-[r {id: e.relationId}]->(:Actor {id: e.targetId})
SET e.modality = r.modality
