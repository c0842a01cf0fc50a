import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../src/review/extraction/extraction-pool.js';
import { briefingFactory } from './support/briefing-factory.js';
import { graphqlClient, openTestDatabase, SEED_BRIEFING_ID, uniquePrefix } from './support/graph.js';

// Surface rules in a worker: the texts here are about ids, not extraction quality, and no CoreNLP service is started.
const extraction = new ExtractionPool({ workers: 1, queue: 10, timeoutMs: 60_000, parser: { kind: 'surface' } });
const { db } = openTestDatabase();
const execute = graphqlClient(db, extraction);
afterAll(async () => {
  await extraction.close();
  await db.close();
});

const INGEST = `mutation($input: BriefingInput!, $replace: Boolean) { ingestBriefing(input: $input, replace: $replace) {
  briefingStatus evidenceRetracted relationsRetracted { id source { id } target { id } relation { id mentions } } } }`;
const INGEST_TEXT = `mutation($input: BriefingTextInput!) { ingestBriefingText(input: $input) { briefingStatus briefing { id text } } }`;

/** The evidence a briefing holds, as (relation, quote) pairs: what an overwrite would lose. */
async function evidenceOf(briefingId: string): Promise<string[]> {
  const result = await db.driver.executeQuery('MATCH (e:Evidence)-[:FROM]->(:Briefing {id: $id}) RETURN e.relationId + " " + e.quote AS item ORDER BY item', {
    id: briefingId,
  });
  return result.records.map((record) => record.get('item') as string);
}

async function actorRow(id: string) {
  const result = await db.driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.kind AS kind, a.aliases AS aliases', { id });
  return result.records[0]?.toObject();
}

describe('overwrites are explicit', () => {
  it('refuses an empty re-ingest of the seed briefing without replace, leaving all its evidence', async () => {
    const before = await evidenceOf(SEED_BRIEFING_ID);
    expect(before.length).toBeGreaterThan(30);
    const input = { briefing: { id: SEED_BRIEFING_ID, title: 'x', publishedAt: '2015-12-22' }, actors: [], relations: [] };
    const { data, errors } = await execute(INGEST, { input });
    expect(data).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'briefing.id', wouldRetractEvidence: before.length });
    expect(errors![0]!.message).toMatch(/already exists with different content; ingest again with replace/);
    expect(await evidenceOf(SEED_BRIEFING_ID)).toEqual(before);
  });

  it('replaces a briefing only with replace: true, reporting what it retracts, audited as REPLACE', async () => {
    const make = briefingFactory(uniquePrefix('replace'));
    const actors = [make.actor('a', 'Alma Replace'), make.actor('b', 'Bruno Replace'), make.actor('c', 'Carla Replace')];
    const original = make.briefing('b', '2024-07-01', actors, [
      { source: 'a', type: 'MET', target: 'b', sentence: 'Alma met Bruno.' },
      { source: 'a', type: 'CRITICIZED', target: 'c', sentence: 'Alma criticized Carla.' },
    ]);
    const other = make.briefing('other', '2024-07-02', actors, [{ source: 'a', type: 'MET', target: 'b', sentence: 'Alma met Bruno.' }]);
    expect((await execute(INGEST, { input: original })).data!.ingestBriefing.briefingStatus).toBe('CREATED');
    expect((await execute(INGEST, { input: other })).data!.ingestBriefing.briefingStatus).toBe('CREATED');
    const stored = await evidenceOf(make.id('b'));

    const corrected = make.briefing('b', '2024-07-01', actors, [{ source: 'a', type: 'CRITICIZED', target: 'c', sentence: 'Alma criticized Carla.' }]);
    const refused = await execute(INGEST, { input: corrected });
    // The text changed, so the criticism's evidence moves (new offsets): both pieces go, one comes.
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', wouldRetractEvidence: 2, wouldAddEvidence: 1 });
    expect(refused.errors![0]!.message).toMatch(/would retract 2 pieces of evidence from 2 relations and add 1/);
    expect(await evidenceOf(make.id('b'))).toEqual(stored);
    expect((await execute(INGEST, { input: corrected, replace: false })).errors![0]!.extensions!.code).toBe('CONFLICT');

    const replaced = (await execute(INGEST, { input: corrected, replace: true })).data!.ingestBriefing;
    expect(replaced.briefingStatus).toBe('UPDATED');
    expect(replaced.evidenceRetracted).toBe(2);
    // The meeting is still held up by the other briefing: it stays, with one mention.
    expect(replaced.relationsRetracted).toContainEqual({
      id: expect.any(String),
      source: { id: make.id('a') },
      target: { id: make.id('b') },
      relation: { id: expect.any(String), mentions: 1 },
    });
    expect(replaced.relationsRetracted).toHaveLength(2);
    expect(await evidenceOf(make.id('b'))).toEqual(stored.filter((item) => item.endsWith('criticized Carla.')));
    // The same content again is no overwrite: no replace needed, nothing changes.
    expect((await execute(INGEST, { input: corrected })).data!.ingestBriefing.briefingStatus).toBe('UNCHANGED');
    const trail = await execute(`{ auditTrail(subject: "${make.id('b')}") { edges { node { action by } } } }`);
    expect(trail.data!.auditTrail.edges.map((edge: any) => edge.node.action)).toEqual(['REPLACE', 'INGEST']);
  });

  it('ingestBriefingText without an id never replaces another briefing, and the same text lands on the same id', async () => {
    const prefix = uniquePrefix('textid');
    const texts = ['Russia criticized Germany over the pipeline.', 'Germany praised Russia for the talks.', 'Russia met Germany in Minsk.'];
    const titles = [`${prefix} Russia & Germany`, `${prefix} Russia & Germany`, `${prefix} Russia / Germany`];
    const ids: string[] = [];
    for (const [index, text] of texts.entries()) {
      const { data, errors } = await execute(INGEST_TEXT, { input: { text, publishedAt: '2024-08-01', title: titles[index] } });
      expect(errors).toBeUndefined();
      expect(data!.ingestBriefingText.briefingStatus).toBe('CREATED');
      expect(data!.ingestBriefingText.briefing.text).toBe(text);
      ids.push(data!.ingestBriefingText.briefing.id);
    }
    expect(new Set(ids).size).toBe(3);
    for (const [index, id] of ids.entries()) {
      const stored = await db.driver.executeQuery('MATCH (b:Briefing {id: $id}) RETURN b.text AS text', { id });
      expect(stored.records[0]!.get('text')).toBe(texts[index]);
    }
    const again = await execute(INGEST_TEXT, { input: { text: texts[1], publishedAt: '2024-08-01', title: titles[1] } });
    expect(again.data!.ingestBriefingText).toMatchObject({ briefingStatus: 'UNCHANGED', briefing: { id: ids[1] } });
  });

  it('ingestBriefingText with an existing id and another text needs replace', async () => {
    const id = uniquePrefix('textreplace');
    const first = await execute(INGEST_TEXT, { input: { id, text: 'Russia criticized Germany.', publishedAt: '2024-08-02' } });
    expect(first.data!.ingestBriefingText.briefingStatus).toBe('CREATED');
    const other = await execute(INGEST_TEXT, { input: { id, text: 'Germany praised Russia.', publishedAt: '2024-08-02' } });
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'briefing.id' });
    const replaced = await execute(
      `mutation($input: BriefingTextInput!) { ingestBriefingText(input: $input, replace: true) { briefingStatus briefing { text } } }`,
      { input: { id, text: 'Germany praised Russia.', publishedAt: '2024-08-02' } },
    );
    expect(replaced.data!.ingestBriefingText).toEqual({ briefingStatus: 'UPDATED', briefing: { text: 'Germany praised Russia.' } });
  });

  it('an input actor whose id exists as another actor is a conflict, not a new alias', async () => {
    // The test's own state (never the seed's russia: other tests in this store read it).
    const make = briefingFactory(uniquePrefix('actorconflict'));
    const state = make.actor('state', 'Rurikia', 'STATE', { aliases: ['Moscovy'] });
    const founding = make.briefing(
      'a',
      '2024-08-31',
      [state, make.actor('y', 'Yuri Conflict')],
      [{ source: 'y', type: 'VISITED', target: 'state', sentence: 'Yuri visited Rurikia.' }],
    );
    expect((await execute(INGEST, { input: founding })).data!.ingestBriefing.briefingStatus).toBe('CREATED');
    const stateBefore = await actorRow(state.id);
    const input = make.briefing(
      'b',
      '2024-09-01',
      [{ id: state.id, name: 'Acme Corp', kind: 'ORGANIZATION', aliases: [] }, make.actor('x', 'Xena Conflict')],
      [{ source: 'x', type: 'PRAISED', target: 'state', sentence: 'Xena praised Acme Corp.' }],
    );
    const { errors } = await execute(INGEST, { input });
    expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'actors.0.id', existingName: 'Rurikia', existingKind: 'STATE' });
    expect(await actorRow(state.id)).toEqual(stateBefore);
    expect(await actorRow(make.id('x'))).toBeUndefined();
    // A spelling the actor goes by, or another name of the same kind, still matches as before.
    const known = make.briefing(
      'c',
      '2024-09-01',
      [{ id: state.id, name: 'Moscovy', kind: 'ORGANIZATION', aliases: [] }, make.actor('x', 'Xena Conflict')],
      [{ source: 'x', type: 'PRAISED', target: 'state', sentence: 'Xena praised Moscovy.' }],
    );
    expect((await execute(INGEST, { input: known })).errors).toBeUndefined();
    expect((await actorRow(state.id))!.name).toBe('Rurikia');
  });
});
