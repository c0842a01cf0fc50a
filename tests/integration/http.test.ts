import { startStandaloneServer } from '@apollo/server/standalone';
import { afterAll, describe, expect, it } from 'vitest';
import { createApolloServer, createContext } from '../../src/server/create-server.js';
import { openTestDatabase } from './support/graph.js';

const { db } = openTestDatabase();
const server = createApolloServer();
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' }, context: async () => createContext(db) });
afterAll(async () => {
  await server.stop();
  await db.close();
});

const post = async (query: string) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
};

describe('the GraphQL server over HTTP', () => {
  it('answers analysts’ queries at its URL', async () => {
    const { status, body } = await post('{ actor(name: "Wagner") { id aliases } }');
    expect(status).toBe(200);
    expect(body.data.actor).toEqual({ id: 'wagner-group', aliases: expect.arrayContaining(['OSM']) });
  });

  it('refuses queries nested too deep, and bad dates, with a code', async () => {
    let selection = 'name';
    for (let i = 0; i < 4; i += 1) selection = `relations { edges { node { source { ${selection} } } } }`;
    const deep = await post(`{ actor(id: "russia") { ${selection} } }`);
    expect(deep.status).toBe(400);
    expect(deep.body.errors![0]).toMatchObject({ message: 'Query is nested 17 levels deep; the limit is 14.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const date = await post('{ actor(id: "russia") { relations(since: "21/12/2015") { totalCount } } }');
    expect(date.body.errors![0]!.message).toMatch(/YYYY-MM-DD/);
  });
});
