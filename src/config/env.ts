import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { storePassword } from './store-password.js';
import {
  DEFAULT_EXTRACTION_QUEUE,
  DEFAULT_EXTRACTION_TIMEOUT_MS,
  DEFAULT_EXTRACTION_WORKERS,
  DEFAULT_QUERY_LIMITS,
  DEFAULT_RATE_LIMIT_BURST,
  DEFAULT_RATE_LIMIT_PER_SECOND,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_SHUTDOWN_GRACE_MS,
  type QueryLimits,
} from './limits.js';

/** The repository root: local state (.neo4j/) and the cypher/ and seeds/ folders are found from it. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const port = z.coerce.number().int().min(1).max(65535);
const count = z.coerce.number().int().min(1);
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '' && item !== 'none'),
);

/** Apollo's sandbox, which the landing page embeds; a browser page elsewhere may not call the API. */
export const DEFAULT_CORS_ORIGINS = ['https://sandbox.embed.apollographql.com'];

const envSchema = z.object({
  /** A Neo4j server to use (bolt://, neo4j://, neo4j+s:// ...). Unset: the project runs its own local Neo4j. */
  NEO4J_URI: z.string().trim().min(1).optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  /** Needed with NEO4J_URI. Unset for the local Neo4j: a password generated for its store (store-password.ts). */
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Bolt port of the local Neo4j (ignored when NEO4J_URI is set). */
  NEO4J_PORT: port.default(7687),
  /** Store of the local Neo4j. */
  NEO4J_DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(PROJECT_ROOT, '.neo4j', 'data')),
  /** Page cache of the local Neo4j, in MiB. */
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(256),
  /** Heap of the local Neo4j's JVM, in MiB. */
  NEO4J_HEAP_MB: z.coerce.number().int().min(128).default(1024),
  /** Per-transaction timeout, in milliseconds. */
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** How long a transaction is retried on transient errors (deadlocks, a lost connection), in milliseconds. */
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).default(8_000),
  /** How long opening a connection to Neo4j may take, in milliseconds. */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** The JDK the local Neo4j runs on (java found on PATH otherwise). */
  JAVA_HOME: z.string().min(1).optional(),
  /** GraphQL HTTP port. */
  PORT: port.default(4000),
  /** Interface the GraphQL server listens on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * API keys, `id:role:key` comma-separated (role reader or editor; key at least 24 characters).
   * Unset (and no DIPLOGRAPH_API_KEYS_FILE): no keys, and the server only listens on loopback.
   */
  DIPLOGRAPH_API_KEYS: z.string().optional(),
  /** A file of API keys, one `id:role:key` per line (# comments); should be readable by the server's user only. */
  DIPLOGRAPH_API_KEYS_FILE: z.string().min(1).optional(),
  /** Browser origins allowed to call the API (CORS), comma-separated; "none" for none. */
  CORS_ORIGINS: list.default(() => [...DEFAULT_CORS_ORIGINS]),
  /** Whether clients may introspect the schema (GraphiQL, codegen); turn off in production if you like. */
  GRAPHQL_INTROSPECTION: flag.default(true),
  /** Largest HTTP request body accepted, in bytes (a briefing text travels in it). */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  /** How long one GraphQL request may run, in milliseconds; then its Neo4j transaction is terminated (REQUEST_TIMEOUT). */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_REQUEST_TIMEOUT_MS),
  /** On SIGTERM or SIGINT, how long requests in flight may still run, in milliseconds; then their connections are closed. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(DEFAULT_SHUTDOWN_GRACE_MS),
  /** Requests a second each API key (or each client address, without keys) may sustain; 0: no rate limit. */
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).default(DEFAULT_RATE_LIMIT_PER_SECOND),
  /** Requests each caller may send at once after being idle. */
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMIT_BURST),
  /** Deepest nesting of fields in an operation, fragments flattened (`{ actor { name } }` is 2). */
  GRAPHQL_MAX_DEPTH: count.default(DEFAULT_QUERY_LIMITS.maxDepth),
  /** Most aliased fields in an operation. */
  GRAPHQL_MAX_ALIASES: count.default(DEFAULT_QUERY_LIMITS.maxAliases),
  /** Most lexical tokens in a GraphQL document. */
  GRAPHQL_MAX_TOKENS: count.default(DEFAULT_QUERY_LIMITS.maxTokens),
  /** Most directives in an operation. */
  GRAPHQL_MAX_DIRECTIVES: count.default(DEFAULT_QUERY_LIMITS.maxDirectives),
  /** Most fields in an operation once its fragments are expanded. */
  GRAPHQL_MAX_FIELDS: count.default(DEFAULT_QUERY_LIMITS.maxExpandedFields),
  /** Largest cost of an operation: page sizes multiplied through nesting (README, "Running it in front of people"). */
  GRAPHQL_MAX_COST: count.default(DEFAULT_QUERY_LIMITS.maxCost),
  /** Texts `ingestBriefingText` extracts at once, each in a worker thread off the event loop. */
  EXTRACTION_WORKERS: count.default(DEFAULT_EXTRACTION_WORKERS),
  /** Texts that may wait for a worker; one more is refused with EXTRACTION_BUSY. */
  EXTRACTION_QUEUE: z.coerce.number().int().min(0).default(DEFAULT_EXTRACTION_QUEUE),
  /** How long one extraction may run, in milliseconds; then its worker is terminated (EXTRACTION_TIMEOUT). */
  EXTRACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_EXTRACTION_TIMEOUT_MS),
  /** A Stanford CoreNLP server to use for extraction (http://host:port). Unset: the project runs its own local one. */
  NLP_URL: z.url().optional(),
  /** Port of the local CoreNLP service, bound to 127.0.0.1 (ignored when NLP_URL is set). */
  NLP_PORT: port.default(9000),
  /** Heap of the local CoreNLP JVM, in MiB (its English models need about 3 GB). */
  NLP_HEAP_MB: z.coerce.number().int().min(1024).default(3072),
  /** Requests the local CoreNLP service annotates at once. */
  NLP_THREADS: z.coerce.number().int().min(1).max(16).default(2),
  /** How long one annotation request may take, in milliseconds. */
  NLP_TIMEOUT_MS: z.coerce.number().int().min(1000).default(300_000),
  /** Where the CoreNLP jars, the service's pid and log, and the parse cache live. */
  NLP_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, '.corenlp')),
  /** Briefings seeded by `npm start` and `npm run seed` when no files are named. */
  SEEDS_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'seeds')),
  /** Least severe server log lines written (JSON lines on stdout): fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** json: one JSON object per line (for collectors); pretty: `time LEVEL message key=value …` for a terminal. */
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
});

export type Env = z.infer<typeof envSchema>;
export type LogLevel = Env['LOG_LEVEL'];

export class ConfigError extends Error {}

/** Parses the environment once, listing every bad variable; nothing else reads process.env. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when the project runs this Neo4j itself (NEO4J_URI unset). */
  local: boolean;
}

export function neo4jTarget(env: Env): Neo4jTarget {
  if (env.NEO4J_URI !== undefined && env.NEO4J_PASSWORD === undefined)
    throw new ConfigError('Invalid configuration:\n  NEO4J_PASSWORD: is needed with NEO4J_URI');
  return {
    uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_PORT}`,
    user: env.NEO4J_USER,
    password: env.NEO4J_PASSWORD ?? storePassword(env.NEO4J_DATA_DIR),
    database: env.NEO4J_DATABASE,
    local: env.NEO4J_URI === undefined,
  };
}

/** The query limits an operator set (GRAPHQL_MAX_*), the defaults otherwise. */
export function queryLimits(env: Env): QueryLimits {
  return {
    maxDepth: env.GRAPHQL_MAX_DEPTH,
    maxAliases: env.GRAPHQL_MAX_ALIASES,
    maxTokens: env.GRAPHQL_MAX_TOKENS,
    maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
    maxExpandedFields: env.GRAPHQL_MAX_FIELDS,
    maxCost: env.GRAPHQL_MAX_COST,
  };
}
