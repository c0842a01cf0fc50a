import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { briefingFactory } from './support/briefing-factory.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';

const { db } = openTestDatabase();
const execute = graphqlClient(db);
afterAll(() => db.close());

/**
 * Issue 11 items 3-5: one default for negated relations everywhere, aggregates that count what
 * happened unless asked otherwise, and the common ground of an actor with itself refused.
 * Every query below has a twin that differs only in the argument under test, so a fixture
 * mistake cannot make both pass.
 */
const make = briefingFactory(uniquePrefix('defaults'));
const id = make.id;
const actors = [
  make.actor('north', 'Northland', 'STATE'),
  make.actor('south', 'Southland', 'STATE'),
  make.actor('east', 'Eastland', 'STATE'),
  make.actor('militia', 'River Militia', 'ARMED_GROUP'),
];

beforeAll(async () => {
  const briefing = make.briefing('one', '2016-03-02', actors, [
    { source: 'north', type: 'MET', target: 'south', date: '2016-03-01', sentence: 'Northland met Southland.' },
    { source: 'north', type: 'MET', target: 'east', date: '2016-03-01', negated: true, sentence: 'Northland did not meet Eastland.' },
    { source: 'south', type: 'MET', target: 'east', date: '2016-03-01', sentence: 'Southland met Eastland.' },
    { source: 'north', type: 'ATTACKED', target: 'militia', date: '2016-02-20', modality: 'DENIED', sentence: 'Northland denied attacking the militia.' },
    { source: 'south', type: 'ATTACKED', target: 'militia', date: '2016-02-21', sentence: 'Southland attacked the militia.' },
    { source: 'east', type: 'ATTACKED', target: 'militia', date: '2016-04-01', modality: 'PLANNED', sentence: 'Eastland will attack the militia.' },
    { source: 'east', type: 'ATTACKED', target: 'militia', date: '2016-02-22', modality: 'REPORTED', sentence: 'Eastland reportedly attacked the militia.' },
    {
      source: 'north',
      type: 'CRITICIZED',
      target: 'militia',
      date: '2016-02-23',
      modality: 'HYPOTHETICAL',
      sentence: 'Northland might criticize the militia.',
    },
  ]);
  await ingestBriefing(db, parseBriefing(briefing, 'defaults'));
});

const ids = (rows: { node: { source: { id: string }; target: { id: string } } }[]) =>
  rows.map((edge) => `${edge.node.source.id}>${edge.node.target.id}`).sort();

describe('negated relations only when asked, the same default everywhere', () => {
  it('Actor.relations leaves "did not meet" out unless negated is given', async () => {
    const { data, errors } = await execute(`{ actor(id: "${id('north')}") {
      byDefault: relations(types: [MET]) { totalCount edges { node { negated source { id } target { id } } } }
      onlyNegated: relations(types: [MET], negated: true) { totalCount }
      both: relations(types: [MET], negated: null) { totalCount } } }`);
    expect(errors).toBeUndefined();
    expect(data!.actor.byDefault.totalCount).toBe(1);
    expect(data!.actor.byDefault.edges.every((edge: any) => edge.node.negated === false)).toBe(true);
    expect(data!.actor.onlyNegated.totalCount).toBe(1);
    expect(data!.actor.both.totalCount).toBe(2);
  });

  it('relations(filter:) too, with or without a filter object', async () => {
    const fields = 'totalCount edges { node { negated source { id } target { id } } }';
    const { data, errors } = await execute(`{
      byDefault: relations(filter: { actorIds: ["${id('east')}"], types: [MET] }) { ${fields} }
      both: relations(filter: { actorIds: ["${id('east')}"], types: [MET], negated: null }) { totalCount }
      noFilter: relations(first: 500, order: NEWEST_FIRST) { edges { node { negated } } } }`);
    expect(errors).toBeUndefined();
    // MET is symmetric: stored once in a fixed direction, so compare the pair, not its order.
    expect(ids(data!.byDefault.edges).map((pair: string) => pair.split('>').sort().join('+'))).toEqual([[id('east'), id('south')].sort().join('+')]);
    expect(data!.both.totalCount).toBe(2);
    expect(data!.noFilter.edges.some((edge: any) => edge.node.negated)).toBe(false);
  });
});

describe('aggregates count what happened unless modalities say otherwise', () => {
  it('topActors leaves out a denied and a planned attack, and counts them when asked', async () => {
    const { data, errors } = await execute(`{
      byDefault: topActors(type: ATTACKED, targetId: "${id('militia')}") { actor { id } count }
      denied: topActors(type: ATTACKED, targetId: "${id('militia')}", modalities: [DENIED]) { actor { id } count }
      all: topActors(type: ATTACKED, targetId: "${id('militia')}", modalities: null) { actor { id } count }
      fromEast: topActors(type: ATTACKED, sourceId: "${id('east')}") { actor { id } count } }`);
    expect(errors).toBeUndefined();
    expect(data!.byDefault).toEqual([
      { actor: { id: id('east') }, count: 1 },
      { actor: { id: id('south') }, count: 1 },
    ]);
    expect(data!.denied).toEqual([{ actor: { id: id('north') }, count: 1 }]);
    expect(data!.all).toEqual([
      { actor: { id: id('east') }, count: 2 },
      { actor: { id: id('north') }, count: 1 },
      { actor: { id: id('south') }, count: 1 },
    ]);
    expect(data!.fromEast).toEqual([{ actor: { id: id('militia') }, count: 1 }]);
  });

  it('actorRelationCounts and dyad too', async () => {
    const { data, errors } = await execute(`{
      counts: actorRelationCounts(actorId: "${id('militia')}") { type direction count }
      countsPlanned: actorRelationCounts(actorId: "${id('militia')}", modalities: [PLANNED, HYPOTHETICAL]) { type direction count }
      dyad(a: "${id('north')}", b: "${id('militia')}") { total }
      dyadDenied: dyad(a: "${id('north')}", b: "${id('militia')}", modalities: [DENIED]) { total months { month type aToB bToA } } }`);
    expect(errors).toBeUndefined();
    expect(data!.counts).toEqual([{ type: 'ATTACKED', direction: 'IN', count: 2 }]);
    expect(data!.countsPlanned).toEqual([
      { type: 'ATTACKED', direction: 'IN', count: 1 },
      { type: 'CRITICIZED', direction: 'IN', count: 1 },
    ]);
    expect(data!.dyad.total).toBe(0);
    expect(data!.dyadDenied).toEqual({ total: 1, months: [{ month: '2016-02', type: 'ATTACKED', aToB: 1, bToA: 0 }] });
  });

  it('commonGround counts what happened by default', async () => {
    const { data, errors } = await execute(`{
      byDefault: commonGround(a: "${id('north')}", b: "${id('east')}") { actor { id } withA { type } withB { type } }
      any: commonGround(a: "${id('north')}", b: "${id('east')}", modalities: null) { actor { id } withA { type } withB { type } } }`);
    expect(errors).toBeUndefined();
    // North's only relation with the militia that happened is none (denied, hypothetical).
    expect(data!.byDefault).toEqual([{ actor: { id: id('south') }, withA: [{ type: 'MET' }], withB: [{ type: 'MET' }] }]);
    expect(data!.any).toEqual([
      { actor: { id: id('militia') }, withA: [{ type: 'ATTACKED' }, { type: 'CRITICIZED' }], withB: [{ type: 'ATTACKED' }, { type: 'ATTACKED' }] },
      { actor: { id: id('south') }, withA: [{ type: 'MET' }], withB: [{ type: 'MET' }] },
    ]);
  });
});

describe('commonGround of an actor with itself', () => {
  it('is an input error naming the argument', async () => {
    const { data, errors } = await execute(`{ commonGround(a: "${id('south')}", b: "${id('south')}") { actor { id } } }`);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'b' });
    expect(errors![0]!.message).toMatch(/^b: /);
  });
});
