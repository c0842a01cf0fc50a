import { Keyring } from '../../../src/access/keyring.js';
import type { Database } from '../../../src/db/database.js';
import { createApolloServer, type ApolloOptions } from '../../../src/server/create-server.js';
import { startHttpServer, type HttpServerOptions } from '../../../src/server/http-server.js';

export interface GraphqlResponse {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: any; errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[] };
}

/** The real HTTP server on a free loopback port, as `npm start` runs it; stop() ends it. */
export async function startTestServer(db: Database, options: Partial<HttpServerOptions> & ApolloOptions = {}) {
  const apollo = createApolloServer({ introspection: options.introspection ?? true });
  await apollo.start();
  const http = await startHttpServer(
    apollo,
    db,
    { keyring: Keyring.EMPTY, corsOrigins: [], maxBodyBytes: 2 * 1024 * 1024, ...options },
    { host: '127.0.0.1', port: 0 },
  );
  const request = async (init: { body?: string; headers?: Record<string, string>; method?: string; path?: string }): Promise<GraphqlResponse> => {
    const response = await fetch(new URL(init.path ?? '/', http.url), {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.body,
    });
    const text = await response.text();
    let body: GraphqlResponse['body'] = {};
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: the test looks at text
    }
    return { status: response.status, headers: response.headers, text, body };
  };
  return {
    url: http.url,
    request,
    post: (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
      request({ body: JSON.stringify({ query, variables }), headers }),
    stop: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
