import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from './support/graph.js';
import { startTestServer } from './support/http.js';

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
    expect(deep.body.errors![0]).toMatchObject({ message: 'Query is nested 17 levels deep; the limit is 14.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const date = await server.post('{ actor(id: "russia") { relations(since: "21/12/2015") { totalCount } } }');
    expect(date.body.errors![0]!.message).toMatch(/YYYY-MM-DD/);
  });
});
