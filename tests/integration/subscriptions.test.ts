import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Keyring } from '../../src/access/keyring.js';
import { schema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/observability/logger.js';
import { Observability } from '../../src/observability/observability.js';
import { createApolloServer } from '../../src/server/create-server.js';
import { startHttpServer } from '../../src/server/http-server.js';
import { attachSubscriptions } from '../../src/server/subscriptions.js';
import { briefingFactory } from './support/briefing-factory.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';
import { captureLog } from './support/log-capture.js';
import { startToolingServer } from './support/tooling-server.js';

const { db } = openTestDatabase();
const READER_KEY = randomBytes(24).toString('base64url');
const EDITOR_KEY = randomBytes(24).toString('base64url');
const server = await startToolingServer(db, { keyring: Keyring.parse(`sub-reader:reader:${READER_KEY}\nsub-editor:editor:${EDITOR_KEY}`, 'test') });
const clients: Client[] = [];
afterAll(async () => {
  await Promise.all(
    clients.map(async (client) => {
      await client.dispose();
    }),
  );
  await server.stop();
  await db.close();
});

const wsUrl = `${server.url.replace(/^http/, 'ws')}graphql`;

function client(connectionParams: Record<string, string>): Client {
  const made = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  clients.push(made);
  return made;
}

/** Collects what a subscription delivers; `opened` resolves once the server has acknowledged it. */
function subscribe(on: Client, query: string, variables: Record<string, unknown>) {
  const received: any[] = [];
  const errors: unknown[] = [];
  const opened = new Promise<void>((resolve) => on.on('connected', () => resolve()));
  const stop = on.subscribe({ query, variables }, { next: (value) => received.push(value), error: (error) => errors.push(error), complete: () => undefined });
  return { received, errors, opened, stop };
}

const until = async (condition: () => boolean, what: string) => {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const RELATIONS = `subscription ($actorIds: [ID!], $types: [RelationType!]) {
  relationIngested(actorIds: $actorIds, types: $types) { status relation { type date source { id } target { id } evidence { quote } } briefing { id } }
}`;
const ACTORS = `subscription ($actorIds: [ID!]) { actorIngested(actorIds: $actorIds) { status actor { id name } briefing { id } } }`;

describe('live updates over WebSocket', () => {
  it('announce the relations and actors of an ingested briefing, filtered by actor and type', async () => {
    const prefix = uniquePrefix('live');
    const make = briefingFactory(prefix);
    const a = make.actor('a', 'Anna Live');
    const b = make.actor('b', 'Boris Live');
    const c = make.actor('c', 'Clara Live');
    const input = make.briefing(
      'one',
      '2024-05-02',
      [a, b, c],
      [
        { source: 'a', type: 'MET', target: 'b', date: '2024-05-01', sentence: 'Anna Live met Boris Live on Wednesday.' },
        { source: 'a', type: 'CRITICIZED', target: 'c', sentence: 'Anna Live criticized Clara Live.' },
        { source: 'b', type: 'PRAISED', target: 'c', sentence: 'Boris Live praised Clara Live.' },
      ],
    );

    const reader = client({ authorization: `Bearer ${READER_KEY}` });
    const all = subscribe(reader, RELATIONS, { actorIds: [a.id] });
    const criticism = subscribe(reader, RELATIONS, { actorIds: [a.id, b.id, c.id], types: ['CRITICIZED'] });
    const attacks = subscribe(reader, RELATIONS, { actorIds: [a.id], types: ['ATTACKED'] });
    const actors = subscribe(reader, ACTORS, { actorIds: [c.id] });
    await all.opened;
    // The subscriptions are registered once the server has answered an operation on the same socket.
    await new Promise<void>((resolve) =>
      reader.subscribe({ query: '{ relationTypes { type } }' }, { next: () => undefined, error: () => resolve(), complete: () => resolve() }),
    );

    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: 'mutation ($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }', variables: { input } }),
    });
    expect((await response.json()).data.ingestBriefing.briefingStatus).toBe('CREATED');

    await until(() => all.received.length >= 2 && criticism.received.length >= 1 && actors.received.length >= 1, 'the announcements');
    const events = all.received.map((value) => value.data.relationIngested);
    expect(events.map((event) => `${event.status} ${event.relation.type}`).sort()).toEqual(['CREATED CRITICIZED', 'CREATED MET']);
    const met = events.find((event) => event.relation.type === 'MET');
    expect(met).toMatchObject({
      briefing: { id: input.briefing.id },
      relation: { date: '2024-05-01', evidence: [{ quote: 'Anna Live met Boris Live on Wednesday.' }] },
    });
    expect(criticism.received.map((value) => value.data.relationIngested.relation.target.id)).toEqual([c.id]);
    expect(actors.received.map((value) => value.data.actorIngested)).toEqual([
      { status: 'CREATED', actor: { id: c.id, name: 'Clara Live' }, briefing: { id: input.briefing.id } },
    ]);
    expect(attacks.received).toEqual([]);
    expect([all.errors, criticism.errors, attacks.errors, actors.errors].flat()).toEqual([]);

    // The same briefing again changes nothing, so nothing is announced.
    await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: 'mutation ($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }', variables: { input } }),
    });
    const corroborating = make.briefing(
      'two',
      '2024-05-03',
      [a, b],
      [{ source: 'b', type: 'MET', target: 'a', date: '2024-05-01', sentence: 'Boris Live and Anna Live met.' }],
    );
    await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({
        query: 'mutation ($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }',
        variables: { input: corroborating },
      }),
    });
    await until(() => all.received.length >= 3, 'the corroboration');
    expect(all.received.slice(2).map((value) => value.data.relationIngested)).toMatchObject([
      { status: 'CORROBORATED', briefing: { id: corroborating.briefing.id }, relation: { type: 'MET' } },
    ]);
  });

  it('refuses a socket without a valid key, and a mutation from a reader', async () => {
    const stranger = client({ authorization: 'Bearer not-a-key' });
    const refused = await new Promise<{ code: number; reason: string }>((resolve) => {
      stranger.on('closed', (event) => resolve(event as { code: number; reason: string }));
      stranger.subscribe({ query: RELATIONS }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    // 4000 + the HTTP status, and the same code as an HTTP request without a valid key.
    expect(refused.code).toBe(4401);
    expect(refused.reason).toMatch(/^UNAUTHENTICATED: /);

    const reader = client({ apiKey: READER_KEY });
    const errors = await new Promise<any>((resolve) =>
      reader.subscribe(
        { query: 'mutation { mergeActors(survivorId: "russia", absorbedId: "france") { id } }' },
        { next: () => undefined, error: (error) => resolve(error), complete: () => resolve(null) },
      ),
    );
    expect(errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('WebSocket operations get what HTTP requests get', () => {
  const { stream: capture, written, lines: logLines } = captureLog();
  const LIMITED_KEY = randomBytes(24).toString('base64url');
  const PROBE_KEY = randomBytes(24).toString('base64url');
  const limitedId = uniquePrefix('ws-limited');
  const probeId = uniquePrefix('ws-probe');

  /** The server as `npm run serve` wires it: keys, a rate limit, logs and metrics, over both transports. */
  async function startObservedServer() {
    const observability = new Observability(createLogger('info', capture));
    const apollo = createApolloServer();
    await apollo.start();
    const keyring = Keyring.parse(`${limitedId}:reader:${LIMITED_KEY}\n${probeId}:reader:${PROBE_KEY}`, 'test');
    // A burst of 6 refilled one a minute: the test's requests are what drains it.
    const http = await startHttpServer(
      apollo,
      db,
      { keyring, corsOrigins: [], maxBodyBytes: 1024 * 1024, observability, rateLimit: { perSecond: 1 / 60, burst: 6 } },
      { host: '127.0.0.1', port: 0 },
    );
    const live = attachSubscriptions(http.server, { schema, db, keyring, rateLimiter: http.rateLimiter, observability });
    return {
      http,
      wsUrl: `${http.url.replace(/^http/, 'ws')}graphql`,
      errorsCounted: async (code: string) => {
        const count = new RegExp(`^diplograph_errors_total\\{code="${code}"\\} (\\d+)$`, 'm').exec(await observability.metrics.scrape());
        return Number(count?.[1] ?? 0);
      },
      scrape: () => observability.metrics.scrape(),
      stop: async () => {
        await live.close();
        await http.close();
        await apollo.stop();
        observability.close();
      },
    };
  }

  /** One operation's outcome over a socket: its data, or its errors. */
  const once = (on: Client, query: string, variables: Record<string, unknown> = {}) =>
    new Promise<{ data?: any; errors?: any[] }>((resolve) => {
      let outcome: { data?: any; errors?: any[] } = {};
      on.subscribe(
        { query, variables },
        { next: (value) => (outcome = value as typeof outcome), error: (errors) => resolve({ errors: errors as any[] }), complete: () => resolve(outcome) },
      );
    });

  it('refuses an anonymous socket, an over-limit operation and an over-rate caller with the HTTP codes, logged and counted', async () => {
    const observed = await startObservedServer();
    try {
      // Anonymous: closed 4401 UNAUTHENTICATED, as HTTP answers 401 UNAUTHENTICATED.
      const anonymous = createClient({ url: observed.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
      clients.push(anonymous);
      const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
        anonymous.on('closed', (event) => resolve(event as { code: number; reason: string }));
        anonymous.subscribe({ query: ACTORS }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect(closed.code).toBe(4401);
      expect(closed.reason).toMatch(/^UNAUTHENTICATED: /);
      expect(await observed.errorsCounted('UNAUTHENTICATED')).toBe(1);

      // Over the query limits and the argument checks: the codes HTTP answers for the same document.
      const probe = createClient({
        url: observed.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        lazyCloseTimeout: 60_000,
        connectionParams: { apiKey: PROBE_KEY },
      });
      clients.push(probe);
      const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: relationTypes { type }`).join(' ')} }`;
      expect((await once(probe, aliases)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
      const overHttp = await fetch(observed.http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${PROBE_KEY}` },
        body: JSON.stringify({ query: aliases }),
      });
      expect((await overHttp.json()).errors[0].extensions.code).toBe('TOO_MANY_ALIASES');
      const badArgument = await once(probe, ACTORS, { actorIds: ['x\u0000y'] });
      expect(badArgument.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'actorIds.0' });
      // A query answered over the socket: its log line and its latency series, as over HTTP.
      expect((await once(probe, 'query WsProbe { relationTypes { type } }')).data.relationTypes.length).toBeGreaterThan(0);
      expect(await observed.errorsCounted('TOO_MANY_ALIASES')).toBe(2);
      expect(await observed.errorsCounted('BAD_USER_INPUT')).toBe(1);
      expect(await observed.scrape()).toMatch(/^diplograph_graphql_request_duration_seconds_count\{operation="WsProbe",type="query"\} 1$/m);
      const probeLine = logLines().find((line) => line.operationName === 'WsProbe')!;
      expect(probeLine).toMatchObject({ msg: 'request', transport: 'websocket', keyId: probeId, operationType: 'query' });
      expect(probeLine.requestId).toEqual(expect.any(String));
      expect(logLines().find((line) => line.transport === 'websocket' && (line.errorCodes as string[] | undefined)?.includes('UNAUTHENTICATED'))).toBeDefined();

      // Rate: one bucket per key over both transports (6 tokens): the socket (kept open) takes one, each operation one.
      const limited = createClient({
        url: observed.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        lazyCloseTimeout: 60_000,
        connectionParams: { apiKey: LIMITED_KEY },
      });
      clients.push(limited);
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 4; i += 1) codes.push((await once(limited, '{ relationTypes { type } }')).errors?.[0]?.extensions?.code);
      const overRateHttp = await fetch(observed.http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${LIMITED_KEY}` },
        body: JSON.stringify({ query: '{ relationTypes { type } }' }),
      });
      expect(overRateHttp.status).toBe(200);
      codes.push((await once(limited, '{ relationTypes { type } }')).errors?.[0]?.extensions?.code);
      expect(codes).toEqual([undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
      expect(
        (
          await fetch(observed.http.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${LIMITED_KEY}` },
            body: '{}',
          })
        ).status,
      ).toBe(429);
      expect(await observed.errorsCounted('RATE_LIMITED')).toBe(2);
      const secrets = written.join('');
      for (const secret of [LIMITED_KEY, PROBE_KEY]) expect(secrets).not.toContain(secret);
    } finally {
      await observed.stop();
    }
  });
});
