import type { ExportEdge, ExportGraph, ExportNode } from './model.js';
import { MAX_NEIGHBORHOOD_EDGES } from '../config/limits.js';
import { EXPORT_PAGE_SIZE, MAX_EXPORT_RELATIONS, type ExportRequest } from './request.js';

/** Runs a GraphQL operation against the public API (in-process or over HTTP) and returns its data. */
export type GraphQLExecutor = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string }[];
}>;

export class ExportQueryError extends Error {
  readonly code = 'BAD_USER_INPUT';
}

const FRAGMENTS = /* GraphQL */ `
  fragment ExportActor on Actor {
    id
    name
    kind
    aliases
    wikidata
    roles {
      title
      of {
        id
        name
      }
    }
  }
  fragment ExportRelation on Relation {
    id
    type
    source {
      id
    }
    target {
      id
    }
    date
    modality
    negated
    symmetric
    title
    from
    to
    mentions
    firstSeen
    lastSeen
    confidence
    cameo
    plover {
      category
      mode
      score
    }
    evidence {
      quote
      modality
      speaker {
        id
        name
      }
      briefing {
        id
        title
        url
        source
        publishedAt
      }
    }
  }
`;

const NEIGHBORHOOD = /* GraphQL */ `
  query ExportNeighborhood(
    $actorId: ID!
    $depth: Int
    $limit: Int
    $edgeLimit: Int
    $types: [RelationType!]
    $since: Date
    $until: Date
    $modalities: [Modality!]
    $negated: Boolean
  ) {
    neighborhood(
      actorId: $actorId
      depth: $depth
      limit: $limit
      edgeLimit: $edgeLimit
      types: $types
      since: $since
      until: $until
      modalities: $modalities
      negated: $negated
    ) {
      truncated
      edgesTruncated
      nodes {
        ...ExportActor
      }
      edges {
        ...ExportRelation
      }
    }
  }
  ${FRAGMENTS}
`;

const PATHS = /* GraphQL */ `
  query ExportPaths(
    $fromId: ID!
    $toId: ID!
    $maxDepth: Int
    $limit: Int
    $types: [RelationType!]
    $excludeTypes: [RelationType!]
    $excludeActorIds: [ID!]
    $since: Date
    $until: Date
    $modalities: [Modality!]
    $negated: Boolean
  ) {
    paths(
      fromId: $fromId
      toId: $toId
      maxDepth: $maxDepth
      limit: $limit
      types: $types
      excludeTypes: $excludeTypes
      excludeActorIds: $excludeActorIds
      since: $since
      until: $until
      modalities: $modalities
      negated: $negated
    ) {
      nodes {
        ...ExportActor
      }
      edges {
        ...ExportRelation
      }
    }
  }
  ${FRAGMENTS}
`;

const GRAPH = /* GraphQL */ `
  query ExportGraph($filter: RelationFilter, $first: Int, $after: String) {
    relations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ExportRelation
          source {
            ...ExportActor
          }
          target {
            ...ExportActor
          }
        }
      }
    }
  }
  ${FRAGMENTS}
`;

async function run(execute: GraphQLExecutor, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const defined = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined));
  const result = await execute(query, defined);
  if (result.errors && result.errors.length > 0) throw new ExportQueryError(result.errors.map((error) => error.message).join('; '));
  if (!result.data) throw new ExportQueryError('the API returned no data');
  return result.data;
}

/** One page of the whole-graph query, as GRAPH selects it. */
interface RelationsPage {
  totalCount: number;
  edges: { node: ExportEdge & { source: ExportNode; target: ExportNode } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** Drops the nested actors a whole-graph page carries on each relation, keeping the edge shape. */
function edgeOnly(relation: ExportEdge & { source: { id: string }; target: { id: string } }): ExportEdge {
  return { ...relation, source: { id: relation.source.id }, target: { id: relation.target.id } };
}

/**
 * The selection of an export request, read through the public GraphQL API so an export holds
 * exactly what an API client would see with the same filters.
 */
export async function collectExportGraph(execute: GraphQLExecutor, request: ExportRequest): Promise<ExportGraph> {
  const window = { types: request.types, since: request.since, until: request.until, modalities: request.modalities, negated: request.negated };
  switch (request.scope) {
    case 'neighborhood': {
      // An export holds every relation among the actors it can: the most a neighborhood answers.
      const variables = { ...window, actorId: request.actorId, depth: request.depth, limit: request.limit, edgeLimit: MAX_NEIGHBORHOOD_EDGES };
      const { edgesTruncated, ...graph } = (await run(execute, NEIGHBORHOOD, variables)).neighborhood as ExportGraph & { edgesTruncated: boolean };
      return { ...graph, truncated: graph.truncated || edgesTruncated };
    }
    case 'paths': {
      const data = await run(execute, PATHS, {
        ...window,
        fromId: request.fromId,
        toId: request.toId,
        maxDepth: request.maxDepth,
        limit: request.limit,
        excludeTypes: request.excludeTypes,
        excludeActorIds: request.excludeActorIds,
      });
      const paths = data.paths as { nodes: ExportNode[]; edges: ExportEdge[] }[];
      return { nodes: uniqueById(paths.flatMap((path) => path.nodes)), edges: uniqueById(paths.flatMap((path) => path.edges)), truncated: false };
    }
    case 'graph': {
      const filter = { ...window, negated: request.negated ?? false };
      const nodes: ExportNode[] = [];
      const edges: ExportEdge[] = [];
      const cap = Math.min(request.limit ?? MAX_EXPORT_RELATIONS, MAX_EXPORT_RELATIONS);
      let after: string | null = null;
      let total: number;
      do {
        const data = await run(execute, GRAPH, { filter, first: Math.min(EXPORT_PAGE_SIZE, cap - edges.length), after });
        const page = data.relations as RelationsPage;
        total = page.totalCount;
        for (const { node } of page.edges) {
          nodes.push(node.source, node.target);
          edges.push(edgeOnly(node));
        }
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && edges.length < cap);
      return { nodes: uniqueById(nodes), edges, truncated: edges.length < total };
    }
  }
}
