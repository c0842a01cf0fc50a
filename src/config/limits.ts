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

/**
 * How long the values a client or a briefing file may give are. Ids stay far below Neo4j's index
 * key limit (about 8 KB: beyond it a write fails inside the database instead of naming the field).
 */
export const MAX_ID_CHARS = 200;
/** Names, aliases, titles, outlets, annotators. */
export const MAX_NAME_CHARS = 300;
/** One evidence quote (a sentence or a clause; a paragraph at most). */
export const MAX_QUOTE_CHARS = 5_000;
/** A briefing's whole text, in UTF-8 bytes; also the extractor's input limit (MAX_TEXT_BYTES). */
export const MAX_TEXT_BYTES = 1_000_000;
/** A briefing's URL. */
export const MAX_URL_CHARS = 2_000;
/** A search term or text filter (`searchActors(query:)`, `relations(filter: {text})`, `actor(name:)`). */
export const MAX_SEARCH_CHARS = 200;
/** The deepest a cursor may point into a list (`after`): page with filters rather than scroll that far. */
export const MAX_CURSOR_OFFSET = 100_000;
/** The widest neighborhood: hops out from the actor, and actors in it (the rest is cut, `truncated`). */
export const MAX_NEIGHBORHOOD_DEPTH = 4;
export const MAX_NEIGHBORHOOD_ACTORS = 2000;
/**
 * The most relations a neighborhood answers, and how many by default (`edgeLimit`, `edgesTruncated`):
 * 2,000 actors around hubs join by hundreds of thousands of relations, more than any drawing shows
 * or any answer should carry.
 */
export const MAX_NEIGHBORHOOD_EDGES = 20_000;
export const DEFAULT_NEIGHBORHOOD_EDGES = 2_000;
/** The longest path searched, and the most paths answered; each request's own k and depth are written into the statement as literals. */
export const MAX_PATH_DEPTH = 8;
export const MAX_PATHS = 10;
/** The earliest date a briefing, relation or role may carry. */
export const EARLIEST_DATE = '1800-01-01';

/**
 * Characters never accepted in ids and names: C0 and C1 controls (NUL, ESC …), the bidirectional
 * overrides and isolates that make text display in another order than it is stored, and unpaired
 * surrogates (half a UTF-16 pair: no character at all; UTF-8, the database's encoding, cannot hold
 * one, so it would be stored as U+FFFD instead of what was sent). With the u flag the class
 * matches only unpaired halves; a pair (an emoji) is one code point outside it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const FORBIDDEN_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;
/** In texts and quotes, line breaks and tabs are text; other controls, bidi overrides and unpaired surrogates are not. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;

/** How long one text's extraction may run before its worker thread is terminated (EXTRACTION_TIMEOUT_MS). */
export const DEFAULT_EXTRACTION_TIMEOUT_MS = 120_000;
/** Extractions the server runs at once, each in a worker thread (EXTRACTION_WORKERS); each holds a core while it runs. */
export const DEFAULT_EXTRACTION_WORKERS = 1;
/** Extractions that may wait for a worker (EXTRACTION_QUEUE); beyond, EXTRACTION_BUSY. */
export const DEFAULT_EXTRACTION_QUEUE = 4;

/** How long a stopping server (SIGTERM, SIGINT) lets requests in flight finish before cutting them (SHUTDOWN_GRACE_MS). */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/** Requests a second one caller (a key, or an address without keys) may sustain (RATE_LIMIT_PER_SECOND). */
export const DEFAULT_RATE_LIMIT_PER_SECOND = 20;
/** Requests one caller may send at once after being idle (RATE_LIMIT_BURST). */
export const DEFAULT_RATE_LIMIT_BURST = 60;
