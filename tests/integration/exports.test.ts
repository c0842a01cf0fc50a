import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import graphology from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { Keyring } from '../../src/access/keyring.js';
import { graphqlClient, openTestDatabase } from './support/graph.js';
import { startToolingServer } from './support/tooling-server.js';

const { MultiDirectedGraph } = graphology as unknown as { MultiDirectedGraph: typeof import('graphology').MultiDirectedGraph };

const { db } = openTestDatabase();
const graphql = graphqlClient(db);
const app = await startToolingServer(db);
const READER_KEY = randomBytes(24).toString('base64url');
const guarded = await startToolingServer(db, { keyring: Keyring.parse(`export-reader:reader:${READER_KEY}`, 'test') });
afterAll(async () => {
  await app.stop();
  await guarded.stop();
  await db.close();
});

const get = async (pathAndQuery: string) => {
  const response = await fetch(new URL(pathAndQuery, app.url));
  return { status: response.status, headers: response.headers, text: await response.text() };
};

/** What the API answers for the same selection: the independent side of each comparison. */
async function apiNeighborhood(variables: Record<string, unknown>) {
  const result = await graphql<{
    neighborhood: { nodes: { id: string }[]; edges: { id: string; type: string; source: { id: string }; target: { id: string } }[] };
  }>(
    `
      query ($actorId: ID!, $since: Date, $types: [RelationType!]) {
        neighborhood(actorId: $actorId, since: $since, types: $types) {
          nodes {
            id
          }
          edges {
            id
            type
            source {
              id
            }
            target {
              id
            }
          }
        }
      }
    `,
    variables,
  );
  const { nodes, edges } = result.data!.neighborhood;
  return { nodes: nodes.map((node) => node.id).sort(), edges: edges.map((edge) => `${edge.id} ${edge.source.id}->${edge.target.id} ${edge.type}`).sort() };
}

function shape(graph: import('graphology').MultiDirectedGraph, typeOf: (attributes: Record<string, unknown>) => unknown) {
  return {
    nodes: graph.nodes().sort(),
    edges: graph.mapEdges((key, attributes, source, target) => `${key} ${source}->${target} ${String(typeOf(attributes))}`).sort(),
  };
}

describe('exports over HTTP', () => {
  it('a neighborhood as GEXF and GraphML holds what the API answers, filters included', async () => {
    const expected = await apiNeighborhood({ actorId: 'sergei-shoigu' });
    expect(expected.edges.length).toBeGreaterThan(2);
    const gexfResponse = await get('/export/gexf?actorId=sergei-shoigu');
    expect(gexfResponse.status).toBe(200);
    expect(gexfResponse.headers.get('content-type')).toContain('application/gexf+xml');
    expect(gexfResponse.headers.get('content-disposition')).toContain('diplograph-sergei-shoigu.gexf');
    expect(shape(gexf.parse(MultiDirectedGraph, gexfResponse.text), (attributes) => attributes.label)).toEqual(expected);

    const filtered = await apiNeighborhood({ actorId: 'sergei-shoigu', types: ['MET', 'HOSTED'], since: '2015-12-01' });
    const graphmlResponse = await get('/export/graphml?actorId=sergei-shoigu&types=MET,HOSTED&since=2015-12-01');
    expect(graphmlResponse.status).toBe(200);
    const parsed = shape(graphml.parse(MultiDirectedGraph, graphmlResponse.text), (attributes) => attributes.type);
    expect(parsed).toEqual(filtered);
    expect(parsed.edges.length).toBeLessThan(expected.edges.length);
  });

  it('paths and the whole graph, filtered like the API', async () => {
    const paths = await graphql<{ paths: { edges: { id: string }[] }[] }>(
      '{ paths(fromId: "jean-yves-le-drian", toId: "vladimir-putin", limit: 2) { edges { id } } }',
    );
    const pathEdgeIds = [...new Set(paths.data!.paths.flatMap((path) => path.edges.map((edge) => edge.id)))].sort();
    const cy = JSON.parse((await get('/export/cytoscape?fromId=jean-yves-le-drian&toId=vladimir-putin&limit=2')).text);
    expect(cy.elements.edges.map((edge: { data: { id: string } }) => edge.data.id).sort()).toEqual(pathEdgeIds);

    const met = await graphql<{ relations: { totalCount: number } }>('{ relations(filter: { types: [MET], negated: false }) { totalCount } }');
    const lines = (await get('/export/plover?scope=graph&types=MET')).text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(met.data!.relations.totalCount);
    expect(new Set(lines.map((line) => line.event_type))).toEqual(new Set(['CONSULT']));
  });

  it('bad parameters answer 400 naming each one', async () => {
    const response = await get('/export/gexf?actorId=russia&since=21/12/2015&types=MET,HUGGED&colour=red');
    expect(response.status).toBe(400);
    const [error] = JSON.parse(response.text).errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/since: must be a day written YYYY-MM-DD/);
    expect(error.message).toMatch(/types\.1:/);
    expect(error.message).toMatch(/unknown parameter colour/);
    expect((await get('/export/pdf?actorId=russia')).status).toBe(400);
    const unknownActor = JSON.parse((await get('/export/gexf?actorId=nobody-at-all')).text);
    expect(unknownActor.errors[0].message).toMatch(/actorId: no actor "nobody-at-all"/);
    expect((await get('/export/gexf?scope=paths&fromId=russia')).text).toMatch(/toId: is required for paths/);
  });
});

describe('exports behind API keys', () => {
  it('need a key when keys are configured, and a reader key is enough', async () => {
    const url = new URL('/export/graphml?actorId=wagner-group', guarded.url);
    const refused = await fetch(url);
    expect(refused.status).toBe(401);
    expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const allowed = await fetch(url, { headers: { authorization: `Bearer ${READER_KEY}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('<node id="wagner-group">');
  });
});

describe('the export command', () => {
  it('writes CSV node and edge tables of a neighborhood', async () => {
    const target = inject('neo4j');
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'diplograph-export-')), 'shoigu');
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/export.ts', 'csv', '--actorId', 'sergei-shoigu', '--out', out],
      { env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database } },
    );
    const expected = await apiNeighborhood({ actorId: 'sergei-shoigu' });
    expect(stderr).toContain(`${out}.edges.csv: ${expected.nodes.length} actors, ${expected.edges.length} relations`);
    const nodeIds = readFileSync(`${out}.nodes.csv`, 'utf8')
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(nodeIds.sort()).toEqual(expected.nodes);
    expect(readFileSync(`${out}.edges.csv`, 'utf8').trimEnd().split('\r\n')).toHaveLength(expected.edges.length + 1);
  });
});
