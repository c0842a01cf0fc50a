import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from './support/graph.js';
import { startTestServer } from './support/http.js';

const ALLOWED = 'https://analysts.example.org';
const OTHER = 'https://elsewhere.example.net';

const { db } = openTestDatabase();
const server = await startTestServer(db, { corsOrigins: [ALLOWED] });
afterAll(async () => {
  await server.stop();
  await db.close();
});

const preflight = (origin: string) =>
  server.request({
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
const post = (origin: string) => server.post('{ actor(id: "russia") { name } }', undefined, { origin });

describe('CORS by allow-list', () => {
  it('echoes an allowed origin on the preflight and on the request, never "*"', async () => {
    const allowedPreflight = await preflight(ALLOWED);
    expect(allowedPreflight.status).toBe(204);
    expect(allowedPreflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowedPreflight.headers.get('access-control-allow-methods')).toMatch(/\bPOST\b/);
    const allowedPost = await post(ALLOWED);
    expect(allowedPost.body.data.actor.name).toBe('Russia');
    expect(allowedPost.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives another origin no CORS header: its preflight is refused with a code', async () => {
    const otherPreflight = await preflight(OTHER);
    expect(otherPreflight.status).toBe(403);
    expect(otherPreflight.body.errors?.[0]?.extensions.code).toBe('CORS_ORIGIN_NOT_ALLOWED');
    expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(otherPreflight.headers.get('access-control-allow-methods')).toBeNull();
    const otherPost = await post(OTHER);
    expect(otherPost.headers.get('access-control-allow-origin')).toBeNull();
    expect(otherPost.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
