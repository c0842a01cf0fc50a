import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/observability/logger.js';
import { MAX_LABEL_VALUES, Metrics } from '../../../src/observability/metrics.js';
import { prettyStream } from '../../../src/observability/pretty.js';
import { requestIdFrom } from '../../../src/observability/request-id.js';

describe('request ids', () => {
  it('keeps a sane incoming X-Request-Id and replaces anything else with a UUID', () => {
    expect(requestIdFrom({ 'x-request-id': 'lb-7f3a:0042.1' })).toBe('lb-7f3a:0042.1');
    for (const bad of ['', 'has space', 'x'.repeat(129), 'semi;colon', 'new\nline']) {
      expect(requestIdFrom({ 'x-request-id': bad })).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(requestIdFrom({})).not.toBe(requestIdFrom({}));
  });
});

describe('metric labels chosen by clients', () => {
  it(`keeps at most ${MAX_LABEL_VALUES} operation names and files the rest, and malformed names, under "other"`, async () => {
    const metrics = new Metrics();
    for (let i = 0; i < MAX_LABEL_VALUES + 50; i++) metrics.graphqlRequest(`Op${i}`, 'query', 0.01);
    metrics.graphqlRequest('bad name"}', 'query', 0.01);
    const text = await metrics.scrape();
    const names = new Set([...text.matchAll(/diplograph_graphql_request_duration_seconds_count\{operation="([^"]*)"/g)].map((match) => match[1]));
    expect(names.size).toBe(MAX_LABEL_VALUES + 1);
    expect(text).toContain('diplograph_graphql_request_duration_seconds_count{operation="other",type="query"} 51');
  });
});

describe('logger', () => {
  it('censors secrets nested in logged objects and pretty-prints on request', async () => {
    const out = new PassThrough();
    const pretty = new PassThrough();
    createLogger('info', out).info({ headers: { authorization: 'Bearer k' }, nested: { apiKey: 'k2', password: 'p' }, keyId: 'ana' }, 'hello');
    const line = JSON.parse((out.read() as Buffer).toString('utf8')) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', msg: 'hello', keyId: 'ana', headers: '[redacted]', nested: { apiKey: '[redacted]', password: '[redacted]' } });
    createLogger('info', prettyStream(pretty)).info({ keyId: 'ana', status: 200 }, 'request');
    await new Promise((resolve) => setImmediate(resolve));
    expect((pretty.read() as Buffer).toString('utf8')).toMatch(/^\d{4}-\d\d-\d\dT\S+ INFO request keyId=ana status=200\n$/);
  });
});
