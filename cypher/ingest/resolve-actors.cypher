// Finds the graph's actor for each actor of a briefing: through a merge in force that absorbed its
// id ($actors[].mergedInto, the end of the chain, resolved in code), else by Wikidata QID, else by id.
UNWIND $actors AS input
OPTIONAL MATCH (merged:Actor {id: input.mergedInto})
OPTIONAL MATCH (byQid:Actor)
  WHERE input.wikidata IS NOT NULL AND byQid.wikidata = input.wikidata
WITH input, merged, head(collect(byQid)) AS byQid
OPTIONAL MATCH (byId:Actor {id: input.id})
WITH input, coalesce(merged, byQid, byId) AS found,
     CASE WHEN merged IS NOT NULL THEN 'MERGED' WHEN byQid IS NOT NULL THEN 'WIKIDATA' WHEN byId IS NOT NULL THEN 'ID' END AS matchedBy
RETURN input.id AS inputId, matchedBy,
       CASE WHEN found IS NULL THEN null
            ELSE found { .id, .name, .kind, .aliases, .titles, .wikidata, .externalIds } END AS existing
