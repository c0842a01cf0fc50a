// Everything a merge moves: the actor's relations with their properties and evidence, the
// briefings that mention it and the evidence that quotes it.
MATCH (x:Actor {id: $actorId})
CALL (x) {
  OPTIONAL MATCH (x)-[r]-(:Actor)
  WITH DISTINCT r WHERE r IS NOT NULL
  RETURN collect(r { .id, .date, .datePrecision, .dateEnd, .modality, .negated, .title, .from, .to, type: type(r),
                     source: startNode(r).id, target: endNode(r).id,
                     evidenceIds: COLLECT { MATCH (e:Evidence {relationId: r.id}) RETURN e.id } }) AS relations
}
CALL (x) {
  OPTIONAL MATCH (b:Briefing)-[:MENTIONS]->(x)
  RETURN collect(b.id) AS briefingIds
}
CALL (x) {
  OPTIONAL MATCH (e:Evidence {speakerId: x.id})
  RETURN collect(e.id) AS spokenEvidenceIds
}
RETURN x { .id, .name, .kind, .aliases, .aliasText, .lookupKeys, .titles, .wikidata, .externalIds } AS actor,
       relations, briefingIds, spokenEvidenceIds
