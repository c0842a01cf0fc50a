// Hydrates relations found by other statements: {id, source, target, type?} → the relation's properties.
// Each relation is found by its type's index on the id: one seek, never an actor's expansion (a
// hub has 100k relationships). A ref without its type takes it from its evidence (indexed on
// relationId). One branch per relation type, because a relationship index is only read for a
// literal type; tests/unit/contracts/typed-branches.test.ts keeps the branches complete.
UNWIND $refs AS ref
OPTIONAL CALL (ref) {
  WITH ref WHERE ref.type IS NULL
  MATCH (e:Evidence {relationId: ref.id})
  RETURN e.relationType AS storedType LIMIT 1
}
WITH collect(ref { .id, .source, .target, type: coalesce(ref.type, storedType) }) AS refs
CALL (refs) {
  // each relation type: one UNION ALL branch per type of the vocabulary, MET standing for it
  UNWIND [ref IN refs WHERE ref.type = 'MET'] AS ref
  MATCH ()-[r:MET {id: ref.id}]->() USING INDEX r:MET(id)
  RETURN ref, r
  // end each relation type
}
WITH ref, r WHERE startNode(r).id = ref.source AND endNode(r).id = ref.target
RETURN r { .RELATION_ALONE_AS_ASKED } AS relation
