CREATE (m:MergeRecord {
  id: $id, survivorId: $survivorId, absorbedId: $absorbedId, absorbedName: $absorbedName, mergedAt: datetime()
})
RETURN m { .id, .survivorId, .absorbedId, .absorbedName, mergedAt: toString(m.mergedAt), undoneAt: null } AS merge
