import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { CAPPED_EDGE_ROWS } from './queries.js';

/**
 * The same database served by @neo4j/graphql (the library that generates Cypher from type
 * definitions), for the bench's side-by-side comparison. The type definitions describe the
 * product's graph as that library would be given it: actors as nodes, a relation type as a
 * relationship field with its properties. Where the library cannot express an analyst's query
 * (a page over every relation type, a capped neighborhood, counts), a @cypher field holds the
 * same Cypher the raw driver runs: the library then adds only its own planning and execution.
 */
const TYPE_DEFS = /* GraphQL */ `
  type RelationProperties @relationshipProperties {
    id: ID!
    date: Date
    negated: Boolean
    modality: String
  }

  type Actor @node(labels: ["Actor"]) {
    id: ID!
    name: String!
    kind: String!
    aliases: [String!]
    "CRITICIZED relations from either end, as the product's relations(types: [CRITICIZED]) reads them."
    criticized: [Actor!]! @relationship(type: "CRITICIZED", direction: OUT, properties: "RelationProperties", queryDirection: UNDIRECTED)
    "The actor's first relations of any type by day, their other end (the product's relations(first:))."
    related(first: Int!): [Actor!]!
      @cypher(
        statement: """
        MATCH (this)-[r]-(other:Actor) WHERE r.negated = false
        WITH r, other ORDER BY coalesce(r.date, r.firstSeen), r.id LIMIT $first
        RETURN other
        """
        columnName: "other"
      )
  }

  type Edge {
    id: ID!
    type: String!
  }

  type Neighborhood {
    ids: [ID!]!
    edges: [Edge!]!
  }

  type Query {
    "Actors within two relations of one, at most 100, and the relations among them, as the product's neighborhood(depth: 2) caps them (actors and edges)."
    neighborhood2(id: ID!): Neighborhood
      @cypher(
        statement: """
        MATCH (c:Actor {id: $id})-[r]-(n:Actor) WHERE r.negated = false
        WITH c, collect(DISTINCT n) AS level1
        CALL (level1) { UNWIND level1 AS m MATCH (m)-[r]-(x:Actor) WHERE r.negated = false RETURN collect(DISTINCT x) AS level2 }
        WITH ([c] + level1 + [x IN level2 WHERE NOT x IN level1 AND x <> c])[0..100] AS nodes
        ${CAPPED_EDGE_ROWS}
        WITH nodes, collect({id: r.id, type: type(r)}) AS edges
        RETURN {ids: [n IN nodes | n.id], edges: edges} AS result
        """
        columnName: "result"
      )
  }
`;

export interface RunningNeo4jGraphql {
  url: string;
  stop(): Promise<void>;
}

export async function startNeo4jGraphql(driver: Driver, port: number): Promise<RunningNeo4jGraphql> {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginCacheControlDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port } });
  return { url, stop: () => server.stop() };
}
