// The merges in force: each absorbed id and the survivor it points to (src/graph/resolution/redirects.ts follows chains).
MATCH (m:MergeRecord)
WHERE m.undoneAt IS NULL
RETURN m.absorbedId AS absorbedId, m.survivorId AS survivorId
