import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/observability/logger.js';
import { Observability } from '../../src/observability/observability.js';
import { openTestDatabase } from './support/graph.js';
import { startTestServer } from './support/http.js';
import { captureLog } from './support/log-capture.js';

const { db } = openTestDatabase();
const server = await startTestServer(db);
afterAll(async () => {
  await server.stop();
  await db.close();
});

describe('the GraphQL server over HTTP', () => {
  it('answers analysts’ queries at its URL', async () => {
    const { status, body } = await server.post('{ actor(name: "Wagner") { id aliases } }');
    expect(status).toBe(200);
    expect(body.data.actor).toEqual({ id: 'wagner-group', aliases: expect.arrayContaining(['OSM']) });
  });

  it('refuses queries nested too deep, and bad dates, with a code', async () => {
    let selection = 'name';
    for (let i = 0; i < 4; i += 1) selection = `relations { edges { node { source { ${selection} } } } }`;
    const deep = await server.post(`{ actor(id: "russia") { ${selection} } }`);
    expect(deep.status).toBe(400);
    expect(deep.body.errors![0]).toMatchObject({
      message: 'Query depth limit of 12 exceeded, found 18. (GRAPHQL_MAX_DEPTH)',
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
    const date = await server.post('{ actor(id: "russia") { relations(since: "21/12/2015") { totalCount } } }');
    expect(date.body.errors![0]!.message).toMatch(/YYYY-MM-DD/);
  });

  it('refuses the issue’s hostile operations with their codes before running them, and keeps serving', async () => {
    const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    const fragments = Array.from({ length: 24 }, (_, i) =>
      i === 23 ? `fragment F${i} on Actor { id }` : `fragment F${i} on Actor { ...F${i + 1} ...F${i + 1} }`,
    );
    const hostile: [string, string][] = [
      [aliases(200, 'sameAsSuggestions { reason }'), 'TOO_MANY_ALIASES'],
      [aliases(25, 'neighborhood(actorId: "russia", depth: 4, limit: 2000) { nodes { id } edges { type } }'), 'QUERY_TOO_COSTLY'],
      [aliases(20, 'neighborhood(actorId: "russia", depth: 3, limit: 500) { nodes { id } edges { type } }'), 'QUERY_TOO_COSTLY'],
      [`{ actor(id: "russia") { ...F0 } } ${fragments.join(' ')}`, 'QUERY_TOO_LARGE'],
      [`{ ${'actor(id: "russia") { id } '.repeat(1000)} }`, 'TOO_MANY_TOKENS'],
      ['query($n: Int) { relations(first: $n) { edges { node { source { relations(first: $n) { edges { node { id } } } } } } } }', 'QUERY_TOO_COSTLY'],
    ];
    for (const [query, code] of hostile) {
      const response = await server.post(query, { n: 500 });
      expect({ status: response.status, code: response.body.errors?.[0]?.extensions.code, data: response.body.data }).toEqual({
        status: 400,
        code,
        data: undefined,
      });
    }
    expect((await server.post('{ actor(id: "russia") { name } }')).body.data.actor.name).toBe('Russia');
  });

  it('answers client mistakes as BAD_USER_INPUT naming the argument, never as a database failure', async () => {
    const deepCursor = Buffer.from('offset:5000000').toString('base64url');
    const mistakes: [string, string][] = [
      [`{ actor(id: "${'r'.repeat(8_150)}") { id } }`, 'id'],
      ['{ actor(id: "russia") { mentionedIn(first: -1) { id } } }', 'first'],
      ['{ relations(filter: { text: "?!" }) { totalCount } }', 'filter.text'],
      [`{ relations(first: 5, after: "${deepCursor}") { totalCount } }`, 'after'],
    ];
    for (const [query, argument] of mistakes) {
      const response = await server.post(query);
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('gives no "did you mean" hints about the schema when introspection is off', async () => {
    const closed = await startTestServer(db, { introspection: false });
    try {
      const typo = await closed.post('{ actor(id: "russia") { nam } }');
      expect(typo.body.errors![0]!.message).toBe('Cannot query field "nam" on type "Actor".');
      expect((await server.post('{ actor(id: "russia") { nam } }')).body.errors![0]!.message).toMatch(/Did you mean "name"\?/);
    } finally {
      await closed.stop();
    }
  });

  it('answers /health, and /ready when the database answers', async () => {
    expect((await server.request({ method: 'GET', path: '/health' })).body).toEqual({ status: 'ok' });
    const ready = await server.request({ method: 'GET', path: '/ready' });
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
  });

  it('answers a malformed body, a too-large body and a bad field with JSON errors carrying no stack trace or path', async () => {
    const malformed = await server.request({ body: '{"query": "{ actor(id: \\"russia\\") { name } }"' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors![0]!.extensions.code).toBe('BAD_REQUEST');
    const huge = await server.request({ body: JSON.stringify({ query: `{ actor(id: "${'x'.repeat(3 * 1024 * 1024)}") { name } }` }) });
    expect(huge.status).toBe(413);
    expect(huge.body.errors![0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const invalid = await server.post('{ actor(id: "russia") { nope } }');
    expect(invalid.body.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const response of [malformed, huge, invalid]) {
      expect(response.text).not.toMatch(/stacktrace|node_modules|\.ts:\d+|at .*\(/);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
    }
  });
});

describe('a dead database', () => {
  it('gives DATABASE_UNAVAILABLE and a 503 /ready within the retry budget, and the server keeps serving', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const dead = Database.connect(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x', database: 'neo4j', local: false },
      { txTimeoutMs: 5_000, retryMs: 1_000, connectTimeoutMs: 1_000 },
    );
    const orphan = await startTestServer(dead);
    try {
      const query = await orphan.post('{ actor(id: "russia") { name } }');
      expect(query.body.errors![0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect((await orphan.request({ method: 'GET', path: '/ready' })).status).toBe(503);
      expect((await orphan.request({ method: 'GET', path: '/health' })).status).toBe(200);
    } finally {
      await orphan.stop();
      await dead.close();
    }
  });
});

describe('the per-request deadline (REQUEST_TIMEOUT_MS)', () => {
  it('terminates the request’s Neo4j transaction at the deadline, answers REQUEST_TIMEOUT, logs it as a warning and keeps serving', async () => {
    const log = captureLog();
    const observability = new Observability(createLogger('info', log.stream));
    const quick = await startTestServer(db, { requestTimeoutMs: 1_500, observability });
    const id = `deadline-${Date.now()}`;
    const ingest = 'mutation($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }';
    const input = { briefing: { id, title: 'Deadline', publishedAt: '2020-01-02' }, actors: [], relations: [] };
    const holder = db.driver.session();
    const lock = await holder.beginTransaction();
    try {
      // An uncommitted briefing with the same id: the ingest's write waits on its lock until cancelled.
      await lock.run('CREATE (:Briefing {id: $id})', { id });
      const blocked = await quick.post(ingest, { input });
      expect(blocked.body.errors?.[0]?.extensions.code).toBe('REQUEST_TIMEOUT');
      const running = await db.driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'diplograph' AND metaData.query = $label RETURN count(*) AS n",
        { label: `ingest ${id}` },
      );
      expect(running.records[0]!.get('n').toNumber()).toBe(0);
    } finally {
      await lock.rollback();
      await holder.close();
    }
    expect((await quick.post(`{ briefing(id: "${id}") { id } }`)).body).toEqual({ data: { briefing: null } });
    await quick.stop();
    observability.close();
    // The cut is the limit at work: one warning with its code and statement, no error logged.
    const cutRequest = log.lines().find((line) => line.msg === 'request cancelled at its deadline');
    expect(cutRequest).toMatchObject({ level: 'warn', code: 'REQUEST_TIMEOUT', query: expect.stringMatching(/ingest/) });
    const sameRequest = log.lines().filter((line) => line.requestId === cutRequest!.requestId);
    expect(sameRequest.filter((line) => line.level === 'error')).toEqual([]);
    expect(sameRequest.find((line) => line.msg === 'request')).toMatchObject({ level: 'info', errorCodes: ['REQUEST_TIMEOUT'] });
  });
});

describe('rate limits (RATE_LIMIT_PER_SECOND, RATE_LIMIT_BURST)', () => {
  it('answers 429 RATE_LIMITED with Retry-After once a caller’s burst is spent; health checks are never limited', async () => {
    const limited = await startTestServer(db, { rateLimit: { perSecond: 0.5, burst: 2 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push(await limited.post('{ actor(id: "russia") { id } }'));
      expect(statuses.map((response) => response.status)).toEqual([200, 200, 429]);
      expect(statuses[2]!.body.errors![0]!.extensions.code).toBe('RATE_LIMITED');
      expect(Number(statuses[2]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await limited.request({ method: 'GET', path: '/health' })).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
