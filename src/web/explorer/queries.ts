/**
 * The explorer's graph queries, apart from the code that sends them (api.ts needs a browser), so
 * the cost model's tests can check that the largest drawing the explorer asks for stays affordable.
 */

export const NODE_FIELDS = 'id name kind aliases wikidata';
const EDGE_FIELDS =
  'id type source { id } target { id } date modality negated symmetric title from to mentions firstSeen lastSeen confidence cameo plover { category mode score }';

export const NEIGHBORHOOD_QUERY = `query Neighborhood($actorId: ID!, $depth: Int, $limit: Int, $types: [RelationType!], $since: Date, $until: Date) {
  neighborhood(actorId: $actorId, depth: $depth, limit: $limit, types: $types, since: $since, until: $until) { truncated edgesTruncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } }
}`;

export const PATHS_QUERY = `query Paths($fromId: ID!, $toId: ID!, $limit: Int, $types: [RelationType!], $since: Date, $until: Date) {
  paths(fromId: $fromId, toId: $toId, limit: $limit, types: $types, since: $since, until: $until) { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } }
}`;
