CREATE (m:MergeRecord {
  id: $id, survivorId: $survivorId, absorbedId: $absorbedId, absorbedName: $absorbedName,
  snapshot: $snapshot, mergedAt: datetime()
})
RETURN m { .id, .survivorId, .absorbedId, .absorbedName, mergedAt: toString(m.mergedAt), undoneAt: null } AS merge
