// A merge and whether a release before merges were redirects made it: that release rewrote the
// graph and kept a snapshot instead of each statement's base actor (`rewrote`).
MATCH (m:MergeRecord {id: $id})
RETURN m { .id, .survivorId, .absorbedId, .absorbedName, mergedAt: toString(m.mergedAt), undoneAt: toString(m.undoneAt) } AS merge,
       m.snapshot IS NOT NULL AS rewrote
