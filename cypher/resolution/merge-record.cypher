MATCH (m:MergeRecord {id: $id})
RETURN m { .id, .survivorId, .absorbedId, .absorbedName, mergedAt: toString(m.mergedAt), undoneAt: toString(m.undoneAt) } AS merge
