import { afterAll, describe, expect, it } from 'vitest';
import { briefingFactory } from './support/briefing-factory.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';

const { db } = openTestDatabase();
const execute = graphqlClient(db);
afterAll(() => db.close());

describe('partial dates, roles and ties on the seed graph', () => {
  it('a visit of "August 2012" is in no December 2015 window, and in any window overlapping August 2012', async () => {
    const window = (since: string, until: string) =>
      `relations(filter: { types: [VISITED], sourceIds: ["qadri-jamil"], targetIds: ["russia"], since: "${since}", until: "${until}" }) { totalCount edges { node { date datePrecision } } }`;
    const { data, errors } = await execute(
      `{ december: ${window('2015-12-01', '2015-12-31')} lateAugust: ${window('2012-08-20', '2012-09-10')} july: ${window('2012-07-01', '2012-07-31')} }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.december.totalCount).toBe(0);
    expect(data!.lateAugust.edges).toEqual([{ node: { date: '2012-08-01', datePrecision: 'MONTH' } }]);
    expect(data!.july.totalCount).toBe(0);
  });

  it('a window of one type with no actor named finds the month that began before it (its index seeks)', async () => {
    // No actor named: the statement starts from VISITED's date index, where the visit is stored on 2012-08-01.
    const { data, errors } = await execute(
      `{ relations(filter: { types: [VISITED], since: "2012-08-20", until: "2012-09-10" }, first: 100) { edges { node { date datePrecision source { id } target { id } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.relations.edges).toContainEqual({
      node: { date: '2012-08-01', datePrecision: 'MONTH', source: { id: 'qadri-jamil' }, target: { id: 'russia' } },
    });
  });

  it('the denied attack on Wagner falls in October 2015, not on the report day', async () => {
    const { data } = await execute(
      `{ relations(filter: { types: [ATTACKED], targetIds: ["wagner-group"], modalities: [DENIED] }) { edges { node { date datePrecision } } } }`,
    );
    expect(data!.relations.edges).toEqual([{ node: { date: '2015-10-01', datePrecision: 'MONTH' } }]);
  });

  it('a former role has an end, ties are not roles, and the dead hold no command', async () => {
    const { data } = await execute(`{
      jamil2015: actor(id: "qadri-jamil") { roles(at: "2015-12-21") { title } }
      jamil2013: actor(id: "qadri-jamil") { roles(at: "2013-01-01") { title to } }
      hamedani: actor(id: "hassan-hamedani") { roles(at: "2015-12-22") { title } }
      ties: actor(id: "qadri-jamil") { relations(types: [AFFILIATED_WITH], direction: OUT) { edges { node { title target { id } } } } }
    }`);
    expect(data!.jamil2015.roles.map((role: any) => role.title)).toEqual(['head']);
    expect(data!.jamil2013.roles).toContainEqual({ title: 'former member', to: '2013-10-31' });
    expect(data!.hamedani.roles).toEqual([]);
    const untitled = data!.ties.relations.edges.filter((edge: any) => edge.node.title === null).map((edge: any) => edge.node.target.id);
    expect(untitled.sort()).toEqual(['moscow-state-university', 'russia', 'syrian-communist-party']);
  });

  it('the API takes a year or a month as a relation date and answers its precision', async () => {
    const make = briefingFactory(uniquePrefix('partial'));
    const input = make.briefing(
      'b',
      '2016-01-05',
      [make.actor('a', 'Ari Partial'), make.actor('b', 'Bel Partial')],
      [{ source: 'a', type: 'MET', target: 'b', date: '2012', sentence: 'Ari met Bel in 2012.' }],
    );
    const { data, errors } = await execute(`mutation($input: BriefingInput!) { ingestBriefing(input: $input) { relationsCreated { date datePrecision } } }`, {
      input,
    });
    expect(errors).toBeUndefined();
    expect(data!.ingestBriefing.relationsCreated).toEqual([{ date: '2012-01-01', datePrecision: 'YEAR' }]);
    // A window inside that year, by type alone (MET's date index): the year's period overlaps it.
    const within = await execute(
      `{ relations(filter: { types: [MET], since: "2012-06-10", until: "2012-06-20" }, first: 100) { edges { node { date datePrecision source { id } } } } }`,
    );
    expect(within.errors).toBeUndefined();
    expect(within.data!.relations.edges).toContainEqual({ node: { date: '2012-01-01', datePrecision: 'YEAR', source: { id: make.id('a') } } });
    const bad = await execute(`mutation($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }`, {
      input: { ...input, relations: [{ ...input.relations[0], date: '2012-13' }] },
    });
    expect(bad.errors![0]!.extensions!.problems).toContainEqual(expect.objectContaining({ path: 'relations.0.date' }));
  });
});
