import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { createRequire } from 'node:module';
import { OperationTypeNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { AccessError, authenticate } from '../access/authenticate.js';
import type { Keyring } from '../access/keyring.js';
import { mayWrite, type Principal } from '../access/principal.js';
import type { Database } from '../db/database.js';
import { createContext } from '../graphql/context.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../config/limits.js';
import { selectedOperation } from '../graphql/limits/operation.js';
import { assertOperationWithinLimits, queryShapeRules } from '../graphql/limits/query-limits.js';
import { QueryLimitError, inputErrorAsGraphQLError } from '../graphql/limits/query-limit-error.js';
import { InputError } from '../graph/shared/input-error.js';
import { GRAPHQL_PATHS } from './http-server.js';

/**
 * The schema is built by CommonJS code (graphql-tools, as Apollo's is), so it belongs to the
 * CommonJS copy of graphql-js; parsing, validating and executing must use that same copy.
 */
const { GraphQLError, parse, specifiedRules, validate, execute, subscribe } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface SubscriptionServer {
  close(): Promise<void>;
}

/** Keys a browser can send: WebSockets carry no custom headers, so graphql-ws connection params do. */
function paramsAsHeaders(params: Record<string, unknown> | undefined): Record<string, string | undefined> {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { authorization: text(params?.authorization) ?? text(params?.Authorization), 'x-api-key': text(params?.apiKey) ?? text(params?.['x-api-key']) };
}

/**
 * GraphQL over WebSocket (graphql-ws) on the API's own paths. The caller is authenticated like an
 * HTTP request: by the upgrade request's headers, or by `authorization` / `apiKey` in the
 * connection params; a reader may subscribe and query, only an editor may run a mutation.
 */
export function attachSubscriptions(
  server: http.Server,
  options: { schema: GraphQLSchema; db: Database; keyring: Keyring; limits?: QueryLimits },
): SubscriptionServer {
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const wss = new WebSocketServer({ noServer: true });
  const principals = new WeakMap<object, Principal>();
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
      execute,
      subscribe,
      onConnect: (ctx) => {
        for (const headers of [ctx.extra.request.headers, paramsAsHeaders(ctx.connectionParams)]) {
          try {
            principals.set(ctx.extra.socket, authenticate(headers, options.keyring));
            return true;
          } catch (error) {
            if (!(error instanceof AccessError)) throw error;
          }
        }
        return false;
      },
      onSubscribe: (ctx, _id, payload) => {
        const principal = principals.get(ctx.extra.socket);
        if (!principal) return [new GraphQLError('Not authenticated.', { extensions: { code: 'UNAUTHENTICATED' } })];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxLexicalTokens: limits.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const errors = validate(options.schema, document, [...specifiedRules, ...queryShapeRules(limits)]);
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
        if (selectedOperation(document, payload.operationName)?.operation === OperationTypeNode.MUTATION && !mayWrite(principal)) {
          return [
            new GraphQLError(`The key "${principal.id}" has the ${principal.role} role; changing the graph needs an editor key.`, {
              extensions: { code: 'FORBIDDEN' },
            }),
          ];
        }
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(options.db, principal),
        };
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
