// Finds the graph's actor for each actor of a briefing: by Wikidata QID first, then by id, then
// through a merge that absorbed that id into a survivor.
UNWIND $actors AS input
OPTIONAL MATCH (byQid:Actor)
  WHERE input.wikidata IS NOT NULL AND byQid.wikidata = input.wikidata
WITH input, head(collect(byQid)) AS byQid
OPTIONAL MATCH (byId:Actor {id: input.id})
OPTIONAL MATCH (record:MergeRecord {absorbedId: input.id})
  WHERE record.undoneAt IS NULL
OPTIONAL MATCH (survivor:Actor {id: record.survivorId})
WITH input, byQid, byId, head(collect(survivor)) AS survivor
WITH input, coalesce(byQid, byId, survivor) AS found,
     CASE WHEN byQid IS NOT NULL THEN 'WIKIDATA' WHEN byId IS NOT NULL THEN 'ID' WHEN survivor IS NOT NULL THEN 'MERGED' END AS matchedBy
RETURN input.id AS inputId, matchedBy,
       CASE WHEN found IS NULL THEN null
            ELSE found { .id, .name, .kind, .aliases, .titles, .wikidata, .externalIds } END AS existing
