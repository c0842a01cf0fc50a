// A re-ingested briefing replaces its own contribution: evidence it no longer states is removed,
// and the relations it touched are returned so their counts are refreshed; `evidence` counts the
// pieces removed.
MATCH (e:Evidence)-[:FROM]->(:Briefing {id: $briefingId})
  WHERE NOT e.id IN $keepEvidenceIds
WITH e, e { id: e.relationId, type: e.relationType, source: e.sourceId, target: e.targetId } AS relation
DETACH DELETE e
RETURN collect(DISTINCT relation) AS relations, count(e) AS evidence
