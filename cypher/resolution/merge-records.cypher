MATCH (m:MergeRecord)
WITH m ORDER BY m.mergedAt DESC, m.id
LIMIT toInteger($first)
RETURN m { .id, .survivorId, .absorbedId, .absorbedName, mergedAt: toString(m.mergedAt), undoneAt: toString(m.undoneAt) } AS merge
