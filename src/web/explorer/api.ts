import type { ExportEdge, ExportNode } from '../../export/model.js';
import { NEIGHBORHOOD_QUERY, NODE_FIELDS, PATHS_QUERY } from './queries.js';

/** The explorer's only data source: the public GraphQL API of the server that served the page. */

/** What the explorer draws: the export model's actors and relations, without roles and evidence (fetched on demand). */
export type ViewNode = Omit<ExportNode, 'roles'>;
export type ViewEdge = Omit<ExportEdge, 'evidence'>;

export interface Subgraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** The actor limit cut the neighborhood. */
  truncated: boolean;
  /** The neighborhood's edge cap left relations among its actors out (the busiest actors' first). */
  edgesTruncated: boolean;
}

export interface Filters {
  types: string[];
  since: string | null;
  until: string | null;
}

export class ApiError extends Error {}

export const GRAPHQL_URL = new URL('/graphql', window.location.href).href;

/** An API key typed by the user for servers that require one; kept for the tab only. */
function authHeaders(): Record<string, string> {
  const key = sessionStorage.getItem('diplograph-api-key');
  return key ? { authorization: `Bearer ${key}` } : {};
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((error) => error.message).join('; '));
  if (!response.ok || !body.data) throw new ApiError(`The API answered ${response.status}.`);
  return body.data;
}

const windowVariables = (filters: Filters) => ({
  types: filters.types.length > 0 ? filters.types : null,
  since: filters.since || null,
  until: filters.until || null,
});

export async function searchActors(text: string, first: number): Promise<ViewNode[]> {
  const data = await graphql<{ searchActors: { edges: { node: ViewNode }[] } }>(
    `query Suggest($query: String!, $first: Int) { searchActors(query: $query, first: $first) { edges { node { ${NODE_FIELDS} } } } }`,
    { query: text, first },
  );
  return data.searchActors.edges.map((edge) => edge.node);
}

export async function neighborhood(actorId: string, depth: number, limit: number, filters: Filters): Promise<Subgraph> {
  const data = await graphql<{ neighborhood: Subgraph }>(NEIGHBORHOOD_QUERY, { actorId, depth, limit, ...windowVariables(filters) });
  return data.neighborhood;
}

export interface PathView {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

export async function paths(fromId: string, toId: string, limit: number, filters: Filters): Promise<PathView[]> {
  const data = await graphql<{ paths: PathView[] }>(PATHS_QUERY, { fromId, toId, limit, ...windowVariables(filters) });
  return data.paths;
}

export interface EvidenceView {
  quote: string;
  modality: string | null;
  speaker: { name: string } | null;
  briefing: { id: string; title: string; url: string | null; source: string | null; publishedAt: string };
}

export interface RelationDetail {
  id: string;
  type: string;
  date: string | null;
  modality: string;
  negated: boolean;
  title: string | null;
  source: { id: string; name: string };
  target: { id: string; name: string };
  evidence: EvidenceView[];
}

export async function relationDetails(ids: string[]): Promise<RelationDetail[]> {
  const fields = `id type date modality negated title source { id name } target { id name } evidence { quote modality speaker { name } briefing { id title url source publishedAt } }`;
  const query = `query Relations(${ids.map((_, i) => `$r${i}: ID!`).join(', ')}) { ${ids.map((_, i) => `r${i}: relation(id: $r${i}) { ${fields} }`).join(' ')} }`;
  const data = await graphql<Record<string, RelationDetail | null>>(query, Object.fromEntries(ids.map((id, i) => [`r${i}`, id])));
  return ids.map((_, i) => data[`r${i}`]).filter((relation): relation is RelationDetail => relation != null);
}

export interface ActorDetail {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  wikidata: string | null;
  roles: { title: string | null; of: { name: string }; from: string | null; to: string | null }[];
  counts: { type: string; direction: string; count: number }[];
}

export async function actorDetails(id: string): Promise<ActorDetail | null> {
  const fields = 'id name kind aliases wikidata roles { title of { name } from to }';
  const data = await graphql<{ actor: Omit<ActorDetail, 'counts'> | null; actorRelationCounts: ActorDetail['counts'] }>(
    `query Actor($id: ID!) { actor(id: $id) { ${fields} } actorRelationCounts(actorId: $id) { type direction count } }`,
    { id },
  );
  return data.actor ? { ...data.actor, counts: data.actorRelationCounts } : null;
}

export async function relationTypes(): Promise<{ type: string; description: string }[]> {
  const data = await graphql<{ relationTypes: { type: string; description: string }[] }>('{ relationTypes { type description } }');
  return data.relationTypes;
}
