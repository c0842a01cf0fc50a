// The content fingerprint each of these briefings was last ingested with (null when stored
// before fingerprints were kept), by the briefing id constraint's index.
UNWIND $ids AS id
MATCH (b:Briefing {id: id})
RETURN b.id AS id, b.contentHash AS contentHash
