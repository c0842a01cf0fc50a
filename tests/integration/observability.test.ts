import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Keyring } from '../../src/access/keyring.js';
import { createLogger } from '../../src/observability/logger.js';
import { Observability } from '../../src/observability/observability.js';
import { briefingFactory } from './support/briefing-factory.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';
import { captureLog } from './support/log-capture.js';
import { startTestServer } from './support/http.js';

/** Every line the server logs, as written (the test reads the raw text too, to look for secrets). */
const { stream: capture, written, lines: logLines } = captureLog();

const { db } = openTestDatabase();
const READER_KEY = randomBytes(24).toString('base64url');
const EDITOR_KEY = randomBytes(24).toString('base64url');
const prefix = uniquePrefix('observe');
const readerId = `${prefix}-reader`;
const editorId = `${prefix}-editor`;
const keyring = Keyring.parse(`${readerId}:reader:${READER_KEY}\n${editorId}:editor:${EDITOR_KEY}`, 'test');
const observability = new Observability(createLogger('debug', capture));
const server = await startTestServer(db, { keyring, observability });
afterAll(async () => {
  await server.stop();
  observability.close();
  await db.close();
});
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Samples of a Prometheus exposition text: `name{labels}` → value. */
function parseExposition(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    samples.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return samples;
}

async function scrape(): Promise<Map<string, number>> {
  const response = await server.request({ method: 'GET', path: '/metrics', headers: bearer(READER_KEY) });
  expect(response.status).toBe(200);
  return parseExposition(response.text);
}

describe('structured request logs', () => {
  it('writes one JSON line per request with its id, operation, duration, status and key id, and never the key or the variables', async () => {
    const secretTerm = `secret-term-${randomBytes(6).toString('hex')}`;
    const response = await server.request({
      body: JSON.stringify({ query: 'query FindByName($q: String!) { searchActors(query: $q, first: 1) { totalCount } }', variables: { q: secretTerm } }),
      headers: { ...bearer(READER_KEY), 'x-request-id': 'trace-abc.123' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-abc.123');

    const line = logLines().find((entry) => entry.requestId === 'trace-abc.123' && entry.msg === 'request')!;
    expect(line).toMatchObject({ level: 'info', method: 'POST', path: '/', status: 200, operationName: 'FindByName', operationType: 'query', keyId: readerId });
    expect(new Date(line.time as string).toISOString()).toBe(line.time);
    expect(line.durationMs).toBeGreaterThan(0);
    expect(line.databaseMs).toBeGreaterThan(0);
    expect(line.durationMs).toBeGreaterThanOrEqual(line.databaseMs as number);
    expect(line.errorCodes).toBeUndefined();
    expect(logLines().filter((entry) => entry.requestId === 'trace-abc.123' && entry.msg === 'request')).toHaveLength(1);

    const everything = written.join('');
    for (const secret of [READER_KEY, EDITOR_KEY, secretTerm, 'Bearer']) expect(everything).not.toContain(secret);
  });

  it('replaces an unacceptable X-Request-Id with its own, and logs refusals with their code and no key id', async () => {
    const response = await server.request({
      body: JSON.stringify({ query: '{ actor(id: "russia") { name } }' }),
      headers: { 'x-request-id': `bad id ${'x'.repeat(200)}` },
    });
    expect(response.status).toBe(401);
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = logLines().find((entry) => entry.requestId === id && entry.msg === 'request')!;
    expect(line).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'] });
    expect(line.keyId).toBeUndefined();
  });
});

describe('Prometheus metrics at /metrics', () => {
  it('is refused without a key when keys are configured', async () => {
    const response = await server.request({ method: 'GET', path: '/metrics' });
    expect(response.status).toBe(401);
    expect(response.text).not.toContain('diplograph_');
  });

  it('counts requests by operation, errors by code, ingests, and database time', async () => {
    const make = briefingFactory(prefix);
    const briefing = make.briefing(
      'metrics',
      '2024-05-02',
      [make.actor('a', 'Mira Metric'), make.actor('b', 'Otto Observed'), make.actor('c', 'Cora Counter')],
      [
        { source: 'a', type: 'PRAISED', target: 'b', sentence: 'Mira Metric praised Otto Observed.' },
        { source: 'b', type: 'CRITICIZED', target: 'c', sentence: 'Otto Observed criticized Cora Counter.' },
      ],
    );
    const ingest =
      'mutation IngestProbe($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus relationsCreated { id } relationsCorroborated { id } } }';
    const histogram = 'diplograph_graphql_request_duration_seconds_count{operation="ActorProbe",type="query"}';
    const before = await scrape();

    for (let i = 0; i < 3; i++) expect((await server.post('query ActorProbe { actor(id: "russia") { name } }', {}, bearer(READER_KEY))).status).toBe(200);
    const refused = await server.post(ingest, { input: briefing }, bearer(READER_KEY));
    expect(refused.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const done = await server.post(ingest, { input: briefing }, bearer(EDITOR_KEY));
    expect(done.body.data.ingestBriefing.briefingStatus).toBe('CREATED');
    const created = (done.body.data.ingestBriefing.relationsCreated as unknown[]).length;
    const corroborated = (done.body.data.ingestBriefing.relationsCorroborated as unknown[]).length;
    expect(created + corroborated).toBe(2);

    const after = await scrape();
    const moved = (sample: string) => (after.get(sample) ?? 0) - (before.get(sample) ?? 0);
    expect(moved(histogram)).toBe(3);
    expect(moved('diplograph_graphql_request_duration_seconds_count{operation="IngestProbe",type="mutation"}')).toBe(2);
    expect(moved('diplograph_errors_total{code="FORBIDDEN"}')).toBe(1);
    expect(moved('diplograph_ingested_briefings_total{status="CREATED"}')).toBe(1);
    expect(moved('diplograph_ingested_relations_total{status="created"}')).toBe(created);
    expect(moved('diplograph_ingested_relations_total{status="corroborated"}')).toBe(corroborated);
    expect(moved('diplograph_database_transaction_duration_seconds_count{mode="WRITE",query="ingest",outcome="committed"}')).toBe(1);
    expect(moved('diplograph_http_responses_total{status="200"}')).toBeGreaterThanOrEqual(5);
    expect(after.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect([...after.keys()].some((name) => name.startsWith('nodejs_eventloop_lag_p99_seconds'))).toBe(true);

    const ingestLine = logLines().find((entry) => entry.event === 'ingest' && entry.briefingId === briefing.briefing.id)!;
    expect(ingestLine).toMatchObject({ briefingStatus: 'CREATED', relationsCreated: created });
    const requestLine = logLines().find((entry) => entry.requestId === ingestLine.requestId && entry.msg === 'request')!;
    expect(requestLine).toMatchObject({ keyId: editorId, operationName: 'IngestProbe', operationType: 'mutation', status: 200 });
  });
});
