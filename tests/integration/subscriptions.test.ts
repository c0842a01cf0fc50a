import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Keyring } from '../../src/access/keyring.js';
import { briefingFactory } from './support/briefing-factory.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';
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
    const refused = await new Promise<{ code: number }>((resolve) => {
      stranger.on('closed', (event) => resolve(event as { code: number }));
      stranger.subscribe({ query: RELATIONS }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    expect(refused.code).toBe(4403);

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
