MATCH (m:MergeRecord {id: $id})
SET m.undoneAt = datetime()
