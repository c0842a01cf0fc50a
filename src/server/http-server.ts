import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { AccessError, authenticate } from '../access/authenticate.js';
import type { Keyring } from '../access/keyring.js';
import type { Principal } from '../access/principal.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../config/limits.js';
import type { Database } from '../db/database.js';
import type { DraftExtractor } from '../review/extraction/draft-extractor.js';
import { RateLimiter, rateBucketOf, type RateLimit } from './rate-limiter.js';
import { createContext, type Context } from '../graphql/context.js';
import { logUnexpected } from '../observability/logger.js';
import { METRICS_PATH, type Observability } from '../observability/observability.js';
import { REQUEST_ID_HEADER, requestIdFrom } from '../observability/request-id.js';
import { noteCaller, noteErrorCode } from '../observability/request-scope.js';

/** Paths that answer GraphQL (GET for queries and the landing page, POST for everything). */
export const GRAPHQL_PATHS = new Set(['/', '/graphql']);

export interface HttpServerOptions {
  keyring: Keyring;
  /** Browser origins allowed to call (CORS); others get no CORS headers and a refused preflight. */
  corsOrigins: readonly string[];
  maxBodyBytes: number;
  /** Logs a line per request and serves /metrics (to any valid key); without it, neither. */
  observability?: Observability;
  /** Requests per caller (RATE_LIMIT_*); unset: no rate limit. */
  rateLimit?: RateLimit;
  /** Where `ingestBriefingText` extracts; the process's shared worker pool otherwise. */
  extraction?: DraftExtractor;
  /** How long one GraphQL request may run (REQUEST_TIMEOUT_MS); DEFAULT_REQUEST_TIMEOUT_MS otherwise. */
  requestTimeoutMs?: number;
  /**
   * More routes by path (exports, pages). Each runs after authentication with the caller's
   * principal; GraphQL, /health and /ready are built in.
   */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse, principal: Principal) => Promise<void>>;
  /**
   * Public static files (the pages and their bundles), tried before authentication: a browser
   * cannot send a key to load a page, and the pages hold no data (they read it through the API
   * with the user's key). Answers the request, or returns false to pass it on.
   */
  publicFiles?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
}

/** A route for the path itself, or for a folder of paths (a key ending in "/", e.g. "/export/"). */
function routeFor(routes: HttpServerOptions['routes'], pathname: string) {
  if (!routes) return undefined;
  if (routes[pathname]) return routes[pathname];
  const folder = Object.keys(routes).find((key) => key.endsWith('/') && pathname.startsWith(key) && pathname.length > key.length);
  return folder ? routes[folder] : undefined;
}

export interface RunningHttpServer {
  url: string;
  server: http.Server;
  /** The rate limiter's buckets, for the WebSocket operations on the same server to draw on. */
  rateLimiter: RateLimiter;
  /**
   * Stops accepting connections and lets the requests in flight finish, for at most `graceMs`
   * (unbounded without it); what is still running then is cut. Answers how many were answered and cut.
   */
  close(graceMs?: number): Promise<DrainOutcome>;
}

export interface DrainOutcome {
  /** Requests in flight when closing began that were answered. */
  answered: number;
  /** Requests still running when the grace period ended, whose connections were closed. */
  cut: number;
}

/** A client mistake about the HTTP request itself, answered as a GraphQL-shaped JSON error. */
class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The HTTP front of the API: CORS by allow-list, authentication before anything else, a body size
 * limit, and JSON errors with a stable code for every failure (never an HTML page or a stack trace).
 */
export async function startHttpServer(
  apollo: ApolloServer<Context>,
  db: Database,
  options: HttpServerOptions,
  listen: { host: string; port: number },
): Promise<RunningHttpServer> {
  const limiter = new RateLimiter(options.rateLimit ?? { perSecond: 0, burst: 1 });
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  const server = http.createServer((req, res) => {
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    // While draining, each answer also closes its connection, so no idle keep-alive holds the close.
    if (closing) res.setHeader('connection', 'close');
    const respond = () =>
      handle(apollo, db, options, limiter, req, res).catch((error: unknown) => {
        logUnexpected(error);
        if (!res.headersSent) sendError(res, new HttpProblem(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
        else res.destroy();
      });
    void (options.observability ? options.observability.observeRequest(req, res, respond) : respond());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return {
    url: `http://${host}:${port}/`,
    server,
    rateLimiter: limiter,
    close: async (graceMs) => {
      closing = true;
      const pending = [...inFlight];
      for (const res of pending) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<'grace over'>((resolve) => {
        if (graceMs !== undefined) timer = setTimeout(() => resolve('grace over'), graceMs);
      });
      const outcome = await Promise.race([closed, graceOver]);
      clearTimeout(timer);
      const cut = pending.filter((res) => !res.writableFinished).length;
      if (outcome === 'grace over') {
        server.closeAllConnections();
        await closed;
      }
      return { answered: pending.length - cut, cut };
    },
  };
}

async function handle(
  apollo: ApolloServer<Context>,
  db: Database,
  options: HttpServerOptions,
  limiter: RateLimiter,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const startedAt = Date.now();
  if (!res.hasHeader(REQUEST_ID_HEADER)) res.setHeader(REQUEST_ID_HEADER, requestIdFrom(req.headers));
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!applyCors(req, res, options.corsOrigins)) return;
  try {
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') return await ready(db, res);
    if (options.publicFiles && (await options.publicFiles(req, res, url))) return;
    const principal = authenticateRequest(req, options.keyring);
    noteCaller(principal.id);
    // Per key; without keys everyone is the local analyst, so per client address instead.
    const decision = limiter.take(rateBucketOf(principal, req.socket.remoteAddress));
    if (!decision.allowed) {
      res.setHeader('retry-after', String(Math.ceil(decision.retryAfterMs / 1000)));
      throw new HttpProblem(429, 'RATE_LIMITED', `Too many requests; retry in ${decision.retryAfterMs} ms (RATE_LIMIT_PER_SECOND, RATE_LIMIT_BURST).`);
    }
    if (url.pathname === METRICS_PATH && options.observability) return await sendMetrics(res, options.observability);
    const route = routeFor(options.routes, url.pathname);
    if (route) return await route(req, res, principal);
    if (!GRAPHQL_PATHS.has(url.pathname)) throw new HttpProblem(404, 'NOT_FOUND', `Nothing at ${url.pathname}; GraphQL is at /.`);
    const body = req.method === 'POST' ? parseJsonBody(req, await readBody(req, options.maxBodyBytes)) : undefined;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      // The deadline starts when the request is read; every transaction it opens gets the time left.
      context: async () => createContext(db.withDeadline(startedAt + (options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS)), principal, options.extraction),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (error) {
    if (error instanceof HttpProblem) return sendError(res, error);
    if (error instanceof AccessError) {
      if (error.code === 'UNAUTHENTICATED') res.setHeader('www-authenticate', 'Bearer');
      return sendError(res, new HttpProblem(error.httpStatus, error.code, error.message));
    }
    throw error;
  }
}

function authenticateRequest(req: IncomingMessage, keyring: Keyring): Principal {
  return authenticate(req.headers, keyring);
}

/** Sets CORS headers for an allowed origin; answers preflights. False when the request is answered. */
function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  const ok = origin !== undefined && allowed.includes(origin);
  if (origin !== undefined) res.setHeader('vary', 'Origin');
  if (ok) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
  }
  if (req.method !== 'OPTIONS') return true;
  if (!ok) {
    sendError(res, new HttpProblem(403, 'CORS_ORIGIN_NOT_ALLOWED', 'This origin may not call the API; see CORS_ORIGINS.'));
    return false;
  }
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'authorization, x-api-key, content-type, apollo-require-preflight');
  res.setHeader('access-control-max-age', '600');
  res.statusCode = 204;
  res.end();
  return false;
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      req.resume();
      reject(tooLarge(maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tooLarge(maxBytes: number): HttpProblem {
  return new HttpProblem(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes (MAX_BODY_BYTES).`);
}

function parseJsonBody(req: IncomingMessage, raw: Buffer): unknown {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) {
    // Apollo answers this case itself (and its CSRF protection relies on it); keep the text.
    return raw.length === 0 ? undefined : raw.toString('utf8');
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpProblem(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

/** The longest /ready waits for the database before answering 503. */
export const READY_TIMEOUT_MS = 3_000;

/** Readiness: 200 when the database answers within READY_TIMEOUT_MS, else 503 DATABASE_UNAVAILABLE. */
async function ready(db: Database, res: ServerResponse): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([db.verify(), timeout]);
    sendJson(res, 200, { status: 'ready' });
  } catch {
    sendJson(res, 503, { status: 'unavailable', errors: [{ message: 'The graph database is not reachable.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
  } finally {
    clearTimeout(timer);
  }
}

/** The Prometheus exposition text; behind authentication like any read. */
async function sendMetrics(res: ServerResponse, observability: Observability): Promise<void> {
  const text = await observability.metrics.scrape();
  res.statusCode = 200;
  res.setHeader('content-type', observability.metrics.contentType);
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, problem: HttpProblem): void {
  noteErrorCode(problem.code);
  sendJson(res, problem.status, { errors: [{ message: problem.message, extensions: { code: problem.code } }] });
}
