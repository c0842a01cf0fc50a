MATCH (m:MergeRecord {id: $id})
RETURN m { .id, .survivorId, .absorbedId, .absorbedName, .snapshot, mergedAt: toString(m.mergedAt), undoneAt: toString(m.undoneAt) } AS merge
