// Hydrates relations found by other statements: {id, source, target} → the relation's properties.
UNWIND $refs AS ref
MATCH (:Actor {id: ref.source})-[r {id: ref.id}]->(:Actor {id: ref.target})
RETURN r { .id, .date, .modality, .negated, .title, .from, .to, .mentions, .firstSeen, .lastSeen, .confidence,
           type: type(r), source: ref.source, target: ref.target } AS relation
