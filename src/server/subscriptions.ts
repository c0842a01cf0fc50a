import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { createRequire } from 'node:module';
import { OperationTypeNode, type DocumentNode, type ExecutionArgs, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { AccessError, authenticate } from '../access/authenticate.js';
import type { Keyring } from '../access/keyring.js';
import { mayWrite, type Principal } from '../access/principal.js';
import type { Database } from '../db/database.js';
import { createContext } from '../graphql/context.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../config/limits.js';
import { formatError, formatErrorWithoutSuggestions } from '../graphql/errors.js';
import { selectedOperation } from '../graphql/limits/operation.js';
import { assertOperationWithinLimits, queryShapeRules } from '../graphql/limits/query-limits.js';
import { QueryLimitError, inputErrorAsGraphQLError } from '../graphql/limits/query-limit-error.js';
import { InputError } from '../graph/shared/input-error.js';
import type { Observability } from '../observability/observability.js';
import { GRAPHQL_PATHS } from './http-server.js';
import { rateBucketOf, type RateLimiter } from './rate-limiter.js';

/**
 * The schema is built by CommonJS code (graphql-tools, as Apollo's is), so it belongs to the
 * CommonJS copy of graphql-js; parsing, validating and executing must use that same copy.
 */
const { GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate, execute, subscribe } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/**
 * Close codes of a refused socket: graphql-ws's convention, 4000 + the HTTP status the same refusal
 * gets over HTTP; the reason starts with the same `extensions.code`.
 */
const CLOSE_UNAUTHENTICATED = 4401;
const CLOSE_RATE_LIMITED = 4429;

export interface SubscriptionServer {
  close(): Promise<void>;
}

export interface SubscriptionOptions {
  schema: GraphQLSchema;
  db: Database;
  keyring: Keyring;
  limits?: QueryLimits;
  /** Whether clients may introspect the schema (GRAPHQL_INTROSPECTION), as over HTTP. */
  introspection?: boolean;
  /** The HTTP server's limiter: a caller's operations over both transports draw on one bucket. */
  rateLimiter?: RateLimiter;
  /** A log line and metrics per operation, as for an HTTP request. */
  observability?: Observability;
}

/** Keys a browser can send: WebSockets carry no custom headers, so graphql-ws connection params do. */
function paramsAsHeaders(params: Record<string, unknown> | undefined): Record<string, string | undefined> {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { authorization: text(params?.authorization) ?? text(params?.Authorization), 'x-api-key': text(params?.apiKey) ?? text(params?.['x-api-key']) };
}

type Observed = ReturnType<Observability['observeOperation']>;

const coded = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

/**
 * GraphQL over WebSocket (graphql-ws) on the API's own paths, with what HTTP requests get: the
 * caller authenticated by the upgrade request's headers or by `authorization` / `apiKey` in the
 * connection params (a socket without a valid key is closed 4401 `UNAUTHENTICATED`); a reader may
 * subscribe and query, only an editor may run a mutation (`FORBIDDEN`); the rate limit per key
 * (`RATE_LIMITED`; the socket itself takes a token too, closed 4429 past it); the query limits and
 * argument checks; errors formatted and masked by the one formatter; one log line and the metrics
 * per operation.
 */
export function attachSubscriptions(server: http.Server, options: SubscriptionOptions): SubscriptionServer {
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const format = (options.introspection ?? true) ? formatError : formatErrorWithoutSuggestions;
  const rules = [...specifiedRules, ...queryShapeRules(limits), ...((options.introspection ?? true) ? [] : [NoSchemaIntrospectionCustomRule])];
  const wss = new WebSocketServer({ noServer: true });
  const principals = new WeakMap<object, Principal>();
  const addresses = new WeakMap<object, string>();
  const operations = new WeakMap<object, Map<string, Observed>>();
  const byContext = new WeakMap<object, Observed>();
  const observe = (socket: object, id: string, principal: Principal | undefined): Observed | undefined => {
    const observed = options.observability?.observeOperation(principal?.id);
    if (!observed) return undefined;
    const open = operations.get(socket) ?? new Map<string, Observed>();
    operations.set(socket, open);
    open.set(id, observed);
    return observed;
  };
  const finish = (socket: object, id: string) => {
    operations.get(socket)?.get(id)?.done();
    operations.get(socket)?.delete(id);
  };
  /** A socket refused before any operation: logged and counted as one refused request. */
  const refuseSocket = (socket: WebSocket, principal: Principal | undefined, close: number, code: string, message: string) => {
    const observed = options.observability?.observeOperation(principal?.id);
    observed?.record.errorCodes.push(code);
    observed?.done();
    socket.close(close, `${code}: ${message}`.slice(0, 120));
  };
  /** Errors as an HTTP client would get them: coded, formatted, masked, each code noted on the operation. */
  const formatted = (errors: readonly InstanceType<typeof GraphQLError>[], fallbackCode: string, observed: Observed | undefined): GraphQLFormattedError[] =>
    errors.map((error) => {
      const json = error.toJSON();
      // `http` (a status for Apollo's HTTP answer) is Apollo's to read, never a client's, as over HTTP.
      const { http: _status, ...extensions } = json.extensions ?? {};
      const answer = format({ ...json, extensions: { ...extensions, code: extensions.code ?? fallbackCode } }, error);
      const code = answer.extensions?.code;
      observed?.record.errorCodes.push(typeof code === 'string' ? code : 'UNKNOWN');
      return answer;
    });

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!GRAPHQL_PATHS.has(url.pathname)) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);
  const disposable = useServer(
    {
      schema: options.schema,
      // Queries and mutations run in the operation's scope, so its database time is counted.
      execute: (args: ExecutionArgs) => {
        const observed = byContext.get(args.contextValue as object);
        return observed ? observed.run(() => execute(args)) : execute(args);
      },
      subscribe,
      onConnect: (ctx) => {
        const socket = ctx.extra.socket;
        addresses.set(socket, ctx.extra.request.socket.remoteAddress ?? '?');
        let refusal: AccessError | undefined;
        for (const headers of [ctx.extra.request.headers, paramsAsHeaders(ctx.connectionParams)]) {
          try {
            principals.set(socket, authenticate(headers, options.keyring));
            refusal = undefined;
            break;
          } catch (error) {
            if (!(error instanceof AccessError)) throw error;
            refusal ??= error;
          }
        }
        const principal = principals.get(socket);
        if (!principal) {
          refuseSocket(socket, undefined, CLOSE_UNAUTHENTICATED, 'UNAUTHENTICATED', refusal?.message ?? 'An API key is required.');
          return false;
        }
        const decision = options.rateLimiter?.take(rateBucketOf(principal, addresses.get(socket)));
        if (decision && !decision.allowed) {
          refuseSocket(socket, principal, CLOSE_RATE_LIMITED, 'RATE_LIMITED', `Too many requests; retry in ${decision.retryAfterMs} ms.`);
          return false;
        }
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        const socket = ctx.extra.socket;
        const principal = principals.get(socket);
        observe(socket, id, principal);
        if (!principal) return [coded('Not authenticated.', 'UNAUTHENTICATED')];
        const decision = options.rateLimiter?.take(rateBucketOf(principal, addresses.get(socket)));
        if (decision && !decision.allowed) {
          return [coded(`Too many requests; retry in ${decision.retryAfterMs} ms (RATE_LIMIT_PER_SECOND, RATE_LIMIT_BURST).`, 'RATE_LIMITED')];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxLexicalTokens: limits.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? coded(error.message, 'GRAPHQL_PARSE_FAILED') : new GraphQLError(String(error))];
        }
        const operation = selectedOperation(document, payload.operationName);
        const observed = operations.get(socket)?.get(id);
        if (observed) {
          observed.record.operationName = operation?.name?.value ?? 'anonymous';
          observed.record.operationType = operation?.operation;
        }
        const errors = validate(options.schema, document, rules);
        if (errors.length > 0) return errors;
        try {
          assertOperationWithinLimits(limits, {
            schema: options.schema,
            document,
            operationName: payload.operationName,
            variables: payload.variables ?? undefined,
          });
        } catch (error) {
          if (error instanceof QueryLimitError) return [error.toGraphQLError()];
          if (error instanceof InputError) return [inputErrorAsGraphQLError(error)];
          throw error;
        }
        if (operation?.operation === OperationTypeNode.MUTATION && !mayWrite(principal)) {
          return [coded(`The key "${principal.id}" has the ${principal.role} role; changing the graph needs an editor key.`, 'FORBIDDEN')];
        }
        const contextValue = createContext(options.db, principal);
        if (observed) byContext.set(contextValue, observed);
        return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      // Refused before running (validation, limits, access): the operation ends here.
      onError: (ctx, id, _payload, errors) => {
        const observed = operations.get(ctx.extra.socket)?.get(id);
        const answer = formatted(errors, 'GRAPHQL_VALIDATION_FAILED', observed);
        finish(ctx.extra.socket, id);
        return answer;
      },
      // A result's errors: without a path they are the request's (a variable of the wrong type), else the resolvers'.
      onNext: (ctx, id, _payload, _args, result) => {
        if (!result.errors) return undefined;
        const observed = operations.get(ctx.extra.socket)?.get(id);
        const requestError = result.data === undefined;
        return { ...result, errors: formatted(result.errors, requestError ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR', observed) };
      },
      onComplete: (ctx, id) => finish(ctx.extra.socket, id),
      // A socket that closes ends its subscriptions: each is logged with how long it was open.
      onClose: (ctx) => {
        for (const id of [...(operations.get(ctx.extra.socket)?.keys() ?? [])]) finish(ctx.extra.socket, id);
      },
    },
    wss,
  );
  return {
    close: async () => {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.terminate();
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
