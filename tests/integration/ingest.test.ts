import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/env.js';
import { ingestBriefing, ingestInTransaction } from '../../src/ingest/apply-briefing.js';
import { BriefingFileError } from '../../src/ingest/briefing-errors.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { seedFiles } from '../../src/ingest/seed.js';
import { briefingFactory } from './support/briefing-factory.js';
import { graphqlClient, openTestDatabase, SEED_BRIEFING_ID, uniquePrefix } from './support/graph.js';

const { db } = openTestDatabase();
const execute = graphqlClient(db);
afterAll(() => db.close());

/** Everything in the graph whose id carries the prefix: actors, briefings, relations, evidence. */
async function footprint(prefix: string) {
  const rows = await db.driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $prefix OR n.relationId IS NOT NULL AND n.sourceId STARTS WITH $prefix
     WITH collect(n) AS nodes
     OPTIONAL MATCH (a:Actor)-[r:!PAIR]->(:Actor) WHERE a.id STARTS WITH $prefix
     RETURN size(nodes) AS nodes, count(r) AS relations, collect(r.mentions) AS mentions`,
    { prefix },
  );
  const record = rows.records[0]!;
  return { nodes: Number(record.get('nodes')), relations: Number(record.get('relations')), mentions: record.get('mentions').map(Number) };
}

async function seedFootprint() {
  const rows = await db.driver.executeQuery(
    `MATCH (b:Briefing {id: $id})
     OPTIONAL MATCH (b)-[:MENTIONS]->(a:Actor)
     WITH b, count(a) AS actors
     OPTIONAL MATCH (e:Evidence)-[:FROM]->(b)
     WITH b, actors, count(e) AS evidence, collect(e.relationId) AS relationIds
     RETURN actors, evidence, size(relationIds) AS relations,
            COUNT { MATCH (x:Actor) WHERE x.id IN ['sergei-shoigu', 'russia', 'wagner-group'] } AS keyActors`,
    { id: SEED_BRIEFING_ID },
  );
  return rows.records[0]!.toObject();
}

describe('ingesting briefings', () => {
  it('re-seeding the seed briefing changes nothing', async () => {
    const before = await seedFootprint();
    const [outcome] = await seedFiles(db, [path.join(PROJECT_ROOT, 'seeds', `${SEED_BRIEFING_ID}.json`)]);
    expect(outcome!.error).toBeUndefined();
    expect(outcome!.report!.briefingStatus).toBe('UNCHANGED');
    expect(outcome!.report!.relationsCreated).toHaveLength(0);
    expect(outcome!.report!.evidenceAdded).toBe(0);
    expect(outcome!.report!.actors.every((actor) => actor.status === 'MATCHED')).toBe(true);
    expect(await seedFootprint()).toEqual(before);
  });

  it('rejects bad briefing files naming the file and the field, writing nothing', async () => {
    const fixtures = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'bad-briefings');
    const outcomes = await seedFiles(db, [
      path.join(fixtures, 'not-json.json'),
      path.join(fixtures, 'missing-title.json'),
      path.join(fixtures, 'unknown-type.json'),
      path.join(fixtures, 'undefined-actor.json'),
    ]);
    const messages = outcomes.map((outcome) => outcome.error?.message ?? '');
    expect(messages[0]).toMatch(/not-json\.json: is not valid JSON/);
    expect(messages[1]).toMatch(/missing-title\.json: briefing\.title:/);
    expect(messages[2]).toMatch(/unknown-type\.json: relations\.0\.type:/);
    expect(messages[3]).toMatch(/undefined-actor\.json: relations\.0\.target: names actor "nobody-known"/);
    const { data } = await execute(`{ a: briefing(id: "bad-missing-title") { id } b: briefing(id: "bad-unknown-type") { id }
      c: briefing(id: "bad-undefined-actor") { id } d: actor(id: "bad-fixture-actor") { id } }`);
    expect(data).toEqual({ a: null, b: null, c: null, d: null });
  });

  it('writes a briefing all or nothing: a failure inside the transaction leaves no trace', async () => {
    const prefix = uniquePrefix('atomic');
    const make = briefingFactory(prefix);
    const file = parseBriefing(
      make.briefing(
        'b',
        '2024-03-02',
        [make.actor('x', 'Xavier Atomic'), make.actor('y', 'Yolanda Atomic')],
        [{ source: 'x', type: 'MET', target: 'y', date: '2024-03-01', sentence: 'Xavier met Yolanda on Friday.' }],
      ),
      'test',
    );
    await expect(
      db.writeTransaction(async (tx) => {
        await ingestInTransaction(tx, file);
        throw new Error('power cut after the last statement');
      }, 'atomic test'),
    ).rejects.toThrow('power cut');
    expect(await footprint(prefix)).toEqual({ nodes: 0, relations: 0, mentions: [] });
  });

  it('rejects a bad ingestBriefing input with the field named, and the graph unchanged', async () => {
    const prefix = uniquePrefix('badinput');
    const make = briefingFactory(prefix);
    const input = make.briefing(
      'b',
      '2024-01-10',
      [make.actor('a', 'Anna Badinput')],
      [{ source: 'a', type: 'CRITICIZED', target: 'ghost', sentence: 'Anna criticized the ghost.' }],
    );
    const { errors } = await execute(`mutation($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }`, { input });
    expect(errors![0]!.extensions!.code).toBe('BAD_BRIEFING');
    expect(errors![0]!.extensions!.problems).toContainEqual(expect.objectContaining({ path: 'relations.0.target' }));
    const misquoted = make.briefing(
      'c',
      '2024-01-10',
      [make.actor('a', 'Anna Badinput'), make.actor('b', 'Boris Badinput')],
      [{ source: 'a', type: 'CRITICIZED', target: 'b', sentence: 'Anna criticized Boris.' }],
    );
    (misquoted.relations[0]!.evidence as { quote: string }).quote = 'A sentence the text does not hold.';
    const { errors: quoteErrors } = await execute(`mutation($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }`, {
      input: misquoted,
    });
    expect(quoteErrors![0]!.extensions!.problems).toContainEqual(expect.objectContaining({ path: 'relations.0.evidence.quote' }));
    expect(await footprint(prefix)).toEqual({ nodes: 0, relations: 0, mentions: [] });
  });

  it('ingestBriefing reports what it created, then that nothing changed', async () => {
    const prefix = uniquePrefix('mutation');
    const make = briefingFactory(prefix);
    const input = make.briefing(
      'b',
      '2024-05-02',
      [make.actor('p', 'Paula Mutation'), make.actor('q', 'Quentin Mutation')],
      [{ source: 'p', type: 'PHONED', target: 'q', date: '2024-05-01', sentence: 'Paula phoned Quentin on Wednesday.' }],
    );
    const mutation = `mutation($input: BriefingInput!) { ingestBriefing(input: $input) {
      briefingStatus briefing { id } actors { inputId status matchedBy actor { id } }
      relationsCreated { type date evidence { quote start end extractor } } relationsCorroborated { id } relationsUnchanged evidenceAdded } }`;
    const first = await execute(mutation, { input });
    expect(first.errors).toBeUndefined();
    const created = first.data!.ingestBriefing;
    expect(created.briefingStatus).toBe('CREATED');
    expect(created.actors.map((actor: any) => actor.status)).toEqual(['CREATED', 'CREATED']);
    expect(created.relationsCreated).toEqual([
      { type: 'PHONED', date: '2024-05-01', evidence: [{ quote: 'Paula phoned Quentin on Wednesday.', start: 0, end: 34, extractor: 'test-factory' }] },
    ]);
    const before = await footprint(prefix);
    expect(before).toMatchObject({ relations: 1, mentions: [1] });
    const again = (await execute(mutation, { input })).data!.ingestBriefing;
    expect(again).toMatchObject({ briefingStatus: 'UNCHANGED', relationsCreated: [], relationsUnchanged: 1, evidenceAdded: 0 });
    expect(again.actors.map((actor: any) => actor.matchedBy)).toEqual(['ID', 'ID']);
    expect(await footprint(prefix)).toEqual(before);
  });

  it('re-ingesting a corrected briefing replaces what it stated before', async () => {
    const prefix = uniquePrefix('correct');
    const make = briefingFactory(prefix);
    const actors = [make.actor('a', 'Arno Correct'), make.actor('b', 'Bea Correct')];
    await ingestBriefing(
      db,
      parseBriefing(make.briefing('b', '2024-02-02', actors, [{ source: 'a', type: 'PRAISED', target: 'b', sentence: 'Arno praised Bea.' }]), 'first'),
    );
    const report = await ingestBriefing(
      db,
      parseBriefing(
        make.briefing('b', '2024-02-02', actors, [{ source: 'a', type: 'CRITICIZED', target: 'b', sentence: 'Arno criticized Bea.' }]),
        'corrected',
      ),
      { replace: true },
    );
    expect(report).toMatchObject({ briefingStatus: 'UPDATED', evidenceAdded: 1, evidenceRetracted: 1 });
    const { data } = await execute(`{ actor(id: "${make.id('a')}") { relations { edges { node { type } } } } }`);
    expect(data!.actor.relations.edges.map((edge: any) => edge.node.type)).toEqual(['CRITICIZED']);
  });

  it('matches an actor of a new briefing to an existing one by Wikidata QID', async () => {
    const prefix = uniquePrefix('qid');
    const make = briefingFactory(prefix);
    const qid = `Q9${Math.floor(Math.random() * 1e9)}`;
    await ingestBriefing(
      db,
      parseBriefing(
        make.briefing(
          'one',
          '2024-06-01',
          [make.actor('shoigu', 'Sergei Qidtest', 'PERSON', { wikidata: qid }), make.actor('x', 'Xena Qidtest')],
          [{ source: 'shoigu', type: 'MET', target: 'x', date: '2024-05-30', sentence: 'Sergei met Xena.' }],
        ),
        'one',
      ),
    );
    const report = await ingestBriefing(
      db,
      parseBriefing(
        make.briefing(
          'two',
          '2024-06-02',
          [make.actor('shoygu', 'Sergey Qidtest', 'PERSON', { wikidata: qid }), make.actor('x', 'Xena Qidtest')],
          [{ source: 'x', type: 'MET', target: 'shoygu', date: '2024-05-30', sentence: 'Xena met Sergey on Thursday.' }],
        ),
        'two',
      ),
    );
    expect(report.actors.find((actor) => actor.inputId === make.id('shoygu'))).toMatchObject({ id: make.id('shoigu'), matchedBy: 'WIKIDATA' });
    expect(report.relationsCorroborated).toHaveLength(1);
    const { data } = await execute(
      `{ actor(name: "Sergey Qidtest") { id aliases relations(types: [MET]) { totalCount edges { node { mentions firstSeen lastSeen evidence { briefing { id } } } } } } }`,
    );
    expect(data!.actor.id).toBe(make.id('shoigu'));
    expect(data!.actor.aliases).toContain('Sergey Qidtest');
    expect(data!.actor.relations.totalCount).toBe(1);
    expect(data!.actor.relations.edges[0].node).toMatchObject({ mentions: 2, firstSeen: '2024-06-01', lastSeen: '2024-06-02' });
  });

  it('rejects a file whose evidence offsets do not hold the quote', () => {
    const prefix = uniquePrefix('offsets');
    const make = briefingFactory(prefix);
    const input = make.briefing(
      'b',
      '2024-01-01',
      [make.actor('a', 'A Offsets'), make.actor('b', 'B Offsets')],
      [{ source: 'a', type: 'MET', target: 'b', sentence: 'A met B.' }],
    );
    Object.assign(input.relations[0]!.evidence, { start: 2, end: 9 });
    expect(() => parseBriefing(input, 'offsets.json')).toThrow(BriefingFileError);
    expect(() => parseBriefing(input, 'offsets.json')).toThrow(/offsets\.json: relations\.0\.evidence\.start: offsets 2–9/);
  });
});
