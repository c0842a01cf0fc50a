/**
 * Every limit that keeps one client from exhausting the server, in one place: the GraphQL layer,
 * the HTTP server and the briefing format read them from here, and env.ts lets an operator change
 * the query limits (see README, "Running it in front of people").
 */

/** How a GraphQL operation may be shaped; each is checked before anything runs. */
export interface QueryLimits {
  /** Nesting of fields, fragments flattened (`{ actor { name } }` is 2). */
  maxDepth: number;
  /** Aliased fields in one operation (each alias runs its field again). */
  maxAliases: number;
  /** Lexical tokens in the document (bounds parsing time). */
  maxTokens: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Fields once every fragment spread is expanded (24 nested fragments in 1 KB expand to millions). */
  maxExpandedFields: number;
  /** The cost model's budget: page sizes multiplied through nesting (see query-cost.ts). */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5_000,
  maxDirectives: 50,
  maxExpandedFields: 2_000,
  maxCost: 100_000,
};

/** How long one request may run before its database work is cancelled (REQUEST_TIMEOUT_MS). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;
