import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { ActorRepository } from '../../src/graph/actors/actor-repository.js';
import { RelationRepository } from '../../src/graph/relations/relation-repository.js';
import { askedOf } from '../../src/graph/shared/asked-properties.js';
import type { RelationRef } from '../../src/graph/shared/records.js';
import { briefingFactory } from './support/briefing-factory.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';

const { db, statements } = openTestDatabase();
const execute = graphqlClient(db);
afterAll(() => db.close());

/**
 * A fixture built to trap mistakes: the same meeting told from both ends and by two briefings,
 * three separate meetings of one pair, a meeting that did not happen, a planned visit, and two
 * spellings of one minister to merge.
 */
const prefix = uniquePrefix('trap');
const make = briefingFactory(prefix);
const id = make.id;
const actors = {
  alpha: make.actor('alpha', 'Alpha Land', 'STATE'),
  beta: make.actor('beta', 'Beta Land', 'STATE'),
  gamma: make.actor('gamma', 'Gamma Land', 'STATE'),
  anna: make.actor('anna', 'Anna Trapova'),
  boris: make.actor('boris', 'Boris Trapov'),
  shoygu: make.actor('shoygu', 'Sergey Trapshoygu'),
  shoigu: make.actor('shoigu', 'Sergei Trapshoigu'),
};

beforeAll(async () => {
  const briefings = [
    make.briefing('one', '2015-12-02', Object.values(actors), [
      { source: 'anna', type: 'MET', target: 'boris', date: '2015-12-01', sentence: 'Anna met Boris on Tuesday.' },
      { source: 'anna', type: 'MET', target: 'boris', date: '2015-11-10', sentence: 'They had already met on November 10.' },
      { source: 'alpha', type: 'CRITICIZED', target: 'gamma', date: '2015-12-01', sentence: 'Alpha criticized Gamma.' },
      { source: 'beta', type: 'CRITICIZED', target: 'gamma', date: '2015-12-01', sentence: 'Beta criticized Gamma too.' },
      { source: 'anna', type: 'VISITED', target: 'gamma', date: null, modality: 'PLANNED', sentence: 'Anna will visit Gamma.' },
      { source: 'anna', type: 'MET', target: 'alpha', date: '2015-12-01', negated: true, sentence: 'Anna did not meet Alpha’s envoy.' },
      { source: 'shoygu', type: 'PHONED', target: 'boris', date: '2015-12-01', sentence: 'Sergey Trapshoygu phoned Boris.' },
      { source: 'anna', type: 'AFFILIATED_WITH', target: 'alpha', sentence: 'Anna serves Alpha.' },
      { source: 'boris', type: 'AFFILIATED_WITH', target: 'beta', sentence: 'Boris serves Beta.' },
    ]),
    make.briefing('two', '2015-12-03', Object.values(actors), [
      { source: 'boris', type: 'MET', target: 'anna', date: '2015-12-01', modality: 'REPORTED', sentence: 'Boris and Anna met on Tuesday, Beta says.' },
      { source: 'anna', type: 'MET', target: 'boris', date: '2016-01-15', sentence: 'They met again on January 15.' },
      { source: 'alpha', type: 'CRITICIZED', target: 'gamma', date: '2015-12-20', sentence: 'Alpha criticized Gamma again.' },
      { source: 'shoigu', type: 'CRITICIZED', target: 'gamma', date: '2015-12-02', sentence: 'Sergei Trapshoigu criticized Gamma.' },
    ]),
  ];
  for (const briefing of briefings) await ingestBriefing(db, parseBriefing(briefing, briefing.briefing.id));
  const roles = make.briefing('roles', '2018-01-05', [actors.anna, actors.alpha], []);
  roles.briefing.text = 'Anna, Alpha’s defence minister from 2012 to 2017, is now its foreign minister.';
  roles.actors[0] = {
    ...actors.anna,
    roles: [
      {
        title: 'Defense Minister',
        of: id('alpha'),
        from: '2012-05-16',
        to: '2017-05-17',
        evidence: { quote: 'Anna, Alpha’s defence minister from 2012 to 2017' },
      },
      { title: 'Foreign Minister', of: id('alpha'), from: '2017-05-17', evidence: { quote: 'is now its foreign minister' } },
    ],
  };
  await ingestBriefing(db, parseBriefing(roles, 'roles'));
});

const relationsOf = async (actorId: string, args = '') => {
  const { data, errors } = await execute(
    `{ actor(id: "${actorId}") { relations${args} { totalCount edges { node { id type date modality negated mentions source { id } target { id } } } } } }`,
  );
  expect(errors).toBeUndefined();
  return data!.actor.relations as { totalCount: number; edges: { node: any }[] };
};

describe('the analyst API on a fixture built to trap mistakes', () => {
  it('keeps one symmetric meeting told from both ends by two briefings, with two mentions', async () => {
    const meetings = await relationsOf(id('anna'), '(types: [MET], negated: false)');
    const onTuesday = meetings.edges.filter((edge) => edge.node.date === '2015-12-01');
    expect(onTuesday).toHaveLength(1);
    expect(onTuesday[0]!.node).toMatchObject({ mentions: 2, modality: 'ASSERTED' });
    const { data } = await execute(`{ relation(id: "${onTuesday[0]!.node.id}") { evidence { modality briefing { id } } } }`);
    expect(data!.relation.evidence).toEqual([
      { modality: 'ASSERTED', briefing: { id: id('one') } },
      { modality: 'REPORTED', briefing: { id: id('two') } },
    ]);
    const fromBoris = await relationsOf(id('boris'), '(types: [MET], direction: OUT)');
    expect(fromBoris.totalCount).toBe(3);
  });

  it('counts three separate meetings of one pair as three, per month', async () => {
    const { data } = await execute(`{ dyad(a: "${id('anna')}", b: "${id('boris')}", types: [MET]) { total months { month type aToB bToA } } }`);
    expect(data!.dyad.total).toBe(3);
    expect(data!.dyad.months).toEqual([
      { month: '2015-11', type: 'MET', aToB: 1, bToA: 0 },
      { month: '2015-12', type: 'MET', aToB: 1, bToA: 0 },
      { month: '2016-01', type: 'MET', aToB: 1, bToA: 0 },
    ]);
    const { data: counts } = await execute(`{ actorRelationCounts(actorId: "${id('anna')}") { type direction count } }`);
    expect(counts!.actorRelationCounts).toContainEqual({ type: 'MET', direction: 'BOTH', count: 3 });
  });

  it('answers a dyad of an unknown actor with null and a pair with no relations with none, whatever of the actors is asked', async () => {
    const query = (b: string, actors: string) => `{ dyad(a: "${id('anna')}", b: "${b}", types: [MET]) { total ${actors} } }`;
    for (const actors of ['', 'a { id } b { id }', 'a { id name } b { name }']) {
      expect((await execute(query('nobody-by-that-id', actors))).data!.dyad).toBeNull();
      const none = (await execute(query(id('alpha'), actors))).data!.dyad;
      expect(none.total).toBe(0);
    }
    const { data } = await execute(query(id('boris'), 'a { id name } b { id name kind }'));
    expect(data!.dyad).toMatchObject({ total: 3, a: { id: id('anna'), name: 'Anna Trapova' }, b: { id: id('boris'), kind: 'PERSON' } });
    // one statement when no more of the actors than their ids is asked, the actors beside it when more is
    statements.length = 0;
    await execute(query(id('boris'), 'a { id } b { id }'));
    expect(statements).toEqual(['stats/dyad']);
    statements.length = 0;
    await execute(query(id('boris'), 'a { name }'));
    expect([...statements].sort()).toEqual(['actors/by-ids', 'stats/dyad']);
  });

  it('stores "did not meet" as negated, never as a meeting', async () => {
    const negated = await relationsOf(id('alpha'), '(types: [MET], negated: true)');
    expect(negated.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ negated: true, type: 'MET' })]);
    const happened = await relationsOf(id('alpha'), '(types: [MET], negated: false)');
    expect(happened.totalCount).toBe(0);
    const { data } = await execute(
      `{ actorRelationCounts(actorId: "${id('alpha')}") { type count } paths(fromId: "${id('anna')}", toId: "${id('alpha')}", types: [MET]) { length } }`,
    );
    expect(data!.actorRelationCounts.find((row: any) => row.type === 'MET')).toBeUndefined();
    expect(data!.paths).toEqual([]);
  });

  it('filters by modality: the planned visit is planned', async () => {
    const planned = await relationsOf(id('anna'), '(modalities: [PLANNED])');
    expect(planned.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ type: 'VISITED', modality: 'PLANNED' })]);
    const { data } = await execute(`{ neighborhood(actorId: "${id('anna')}", modalities: [ASSERTED]) { nodes { id } } }`);
    expect(data!.neighborhood.nodes.map((node: any) => node.id)).not.toContain(id('gamma'));
  });

  it('filters relations by any mix of fields, sorted by date, paginated with a total', async () => {
    const query = `query($after: String) { relations(filter: { types: [CRITICIZED, MET], actorIds: ["${id('gamma')}", "${id('anna')}"], since: "2015-12-01", until: "2015-12-31", negated: false }, first: 2, after: $after) {
      totalCount edges { node { type date } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await execute(query)).data!.relations;
    expect(first.totalCount).toBe(5);
    const second = (await execute(query, { after: first.pageInfo.endCursor })).data!.relations;
    const third = (await execute(query, { after: second.pageInfo.endCursor })).data!.relations;
    const dates = [...first.edges, ...second.edges, ...third.edges].map((edge: any) => edge.node.date);
    expect(dates).toHaveLength(5);
    expect(dates).toEqual([...dates].sort());
    expect(third.pageInfo.hasNextPage).toBe(false);
    const { data: text } = await execute(`{ relations(filter: { text: "again", sourceKinds: [STATE] }) { totalCount } }`);
    expect(text!.relations.totalCount).toBe(1);
    const { data: fromBoris } = await execute(`{ relations(filter: { sourceIds: ["${id('boris')}"], targetIds: ["${id('anna')}"] }) { totalCount } }`);
    expect(fromBoris!.relations.totalCount).toBe(3);
    const { data: byBriefing } = await execute(`{ relations(filter: { briefingId: "${id('two')}" }) { totalCount } }`);
    expect(byBriefing!.relations.totalCount).toBe(4);
  });

  it('ranks who criticized a target most in a window', async () => {
    const { data } = await execute(
      `{ topActors(type: CRITICIZED, targetId: "${id('gamma')}", since: "2015-01-01", until: "2015-12-31") { actor { id } count } }`,
    );
    expect(data!.topActors).toEqual([
      { actor: { id: id('alpha') }, count: 2 },
      { actor: { id: id('beta') }, count: 1 },
      { actor: { id: id('shoigu') }, count: 1 },
    ]);
  });

  it('finds common ground, and a timeline grouped by day', async () => {
    const { data } = await execute(`{ commonGround(a: "${id('alpha')}", b: "${id('beta')}") { actor { id } withA { type } withB { type } }
      timeline(actorId: "${id('anna')}", negated: false, until: "2016-12-31") { date dateFromReport relations { type } } }`);
    expect(data!.commonGround).toEqual([
      { actor: { id: id('gamma') }, withA: [{ type: 'CRITICIZED' }, { type: 'CRITICIZED' }], withB: [{ type: 'CRITICIZED' }] },
    ]);
    const days = data!.timeline.map((day: any) => day.date);
    expect(days).toEqual(['2015-11-10', '2015-12-01', '2015-12-02', '2016-01-15']);
    expect(data!.timeline.find((day: any) => day.date === '2015-12-02').dateFromReport).toBe(true);
  });

  it('shows the graph as it stood in a window, in neighborhoods and paths', async () => {
    const { data } = await execute(`{ n: neighborhood(actorId: "${id('anna')}", types: [MET], since: "2016-01-01") { nodes { id } edges { date } }
      p: paths(fromId: "${id('anna')}", toId: "${id('gamma')}", until: "2015-11-30") { length } }`);
    expect(data!.n.edges).toEqual([{ date: '2016-01-15' }]);
    expect(data!.p).toEqual([]);
  });

  it('gives k shortest paths and can exclude actors and types', async () => {
    const { data } = await execute(`{ all: paths(fromId: "${id('anna')}", toId: "${id('beta')}", limit: 5, maxDepth: 3) { length nodes { id } }
      noBoris: paths(fromId: "${id('anna')}", toId: "${id('beta')}", excludeActorIds: ["${id('boris')}"], maxDepth: 3) { nodes { id } }
      noAffiliation: paths(fromId: "${id('anna')}", toId: "${id('beta')}", excludeTypes: [AFFILIATED_WITH], maxDepth: 3) { nodes { id } } }`);
    expect(data!.all.length).toBeGreaterThan(1);
    expect(data!.all[0].length).toBe(2);
    expect(data!.noBoris.every((path: any) => !path.nodes.some((node: any) => node.id === id('boris')))).toBe(true);
    expect(data!.noBoris.length).toBeGreaterThan(0);
    expect(data!.noAffiliation.every((path: any) => path.nodes.length > 0)).toBe(true);
  });

  it('shows what a briefing contributed and what it corroborated', async () => {
    const { data } = await execute(`{ briefing(id: "${id('two')}") { contributions { corroborates relation { type date } alsoIn { id } } } }`);
    const corroborated = data!.briefing.contributions.filter((c: any) => c.corroborates);
    expect(corroborated).toEqual([{ corroborates: true, relation: { type: 'MET', date: '2015-12-01' }, alsoIn: [{ id: id('one') }] }]);
    expect(data!.briefing.contributions).toHaveLength(4);
  });

  it('answers what an actor was on a given day', async () => {
    const { data } = await execute(`{ actor(id: "${id('anna')}") {
      in2015: roles(at: "2015-12-21") { title of { id } from to }
      in2019: roles(at: "2019-03-01") { title }
      all: roles { title } } }`);
    expect(data!.actor.in2015).toEqual([{ title: 'Defense Minister', of: { id: id('alpha') }, from: '2012-05-16', to: '2017-05-17' }]);
    expect(data!.actor.in2019).toEqual([{ title: 'Foreign Minister' }]);
    expect(data!.actor.all.map((role: any) => role.title)).toEqual(['Defense Minister', 'Foreign Minister']);
  });

  it('suggests, merges and unmerges duplicate actors, keeping evidence', async () => {
    const { data } = await execute(`{ sameAsSuggestions(limit: 500) { a { id } b { id } reason } }`);
    expect(data!.sameAsSuggestions).toContainEqual({ a: { id: id('shoigu') }, b: { id: id('shoygu') }, reason: 'TRANSLITERATION' });

    const merged = await execute(
      `mutation { mergeActors(survivorId: "${id('shoigu')}", absorbedId: "${id('shoygu')}") { id absorbedId survivor { id aliases } } }`,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeActors.survivor.aliases).toContain('Sergey Trapshoygu');
    const after = await relationsOf(id('shoigu'));
    expect(after.edges.map((edge) => edge.node.type).sort()).toEqual(['CRITICIZED', 'PHONED']);
    const { data: gone } = await execute(`{ actor(id: "${id('shoygu')}") { id } byName: actor(name: "Sergey Trapshoygu") { id } }`);
    expect(gone).toEqual({ actor: null, byName: { id: id('shoigu') } });
    const phoned = after.edges.find((edge) => edge.node.type === 'PHONED')!.node;
    const { data: evidence } = await execute(`{ relation(id: "${phoned.id}") { evidence { quote briefing { id } } } }`);
    expect(evidence!.relation.evidence).toEqual([{ quote: 'Sergey Trapshoygu phoned Boris.', briefing: { id: id('one') } }]);

    const undone = await execute(`mutation { unmergeActors(mergeId: "${merged.data!.mergeActors.id}") { id name } }`);
    expect(undone.data!.unmergeActors).toEqual({ id: id('shoygu'), name: 'Sergey Trapshoygu' });
    expect((await relationsOf(id('shoigu'))).edges.map((edge) => edge.node.type)).toEqual(['CRITICIZED']);
    expect((await relationsOf(id('shoygu'))).edges.map((edge) => edge.node.type)).toEqual(['PHONED']);
    const { data: survivor } = await execute(`{ actor(id: "${id('shoigu')}") { aliases } merges: actorMerges(first: 200) { id undoneAt } }`);
    expect(survivor!.actor.aliases).not.toContain('Sergey Trapshoygu');
    expect(survivor!.merges.find((merge: any) => merge.id === merged.data!.mergeActors.id).undoneAt).not.toBeNull();
  });

  it('answers a page of relations, their actors included, from the statements that found them', async () => {
    const fields = 'id type date modality negated mentions firstSeen source { id name kind aliases } target { id name kind aliases }';
    statements.length = 0;
    const page = await execute(`{ actor(id: "${id('anna')}") { relations(first: 50, negated: null) { edges { node { ${fields} } } } } }`);
    expect(page.errors).toBeUndefined();
    // The actor found by its page's statement (a page of every type: the any-type statement); no statement of its own,
    // none to hydrate the relations or their actors.
    expect(statements).toEqual(['actors/relations-page-any-type']);
    // The actor's record from that statement answers its fields as its own lookup does.
    const withName = `{ actor(id: "${id('anna')}") { id name kind aliases titles relations(types: [MET], first: 1) { totalCount } } }`;
    statements.length = 0;
    const named = await execute(withName);
    expect(statements).toEqual(['actors/relations-page']);
    expect(named.data!.actor).toMatchObject((await execute(`{ actor(id: "${id('anna')}") { id name kind aliases titles } }`)).data!.actor);
    // Fields with statements of their own (roles): the actor is looked up beside the page, not after it.
    statements.length = 0;
    await execute(`{ actor(id: "${id('anna')}") { roles { title } relations(first: 1) { totalCount } } }`);
    expect([...statements].sort()).toEqual(['actors/by-ids', 'actors/relations-page-any-type', 'actors/roles']);
    // No actor by that id: no page, and null.
    const missing = await execute(`{ actor(id: "${id('nobody')}") { id relations(first: 1) { totalCount } } }`);
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.actor).toBeNull();
    const edges = page.data!.actor.relations.edges.map((edge: any) => edge.node);
    expect(edges.length).toBeGreaterThanOrEqual(5);
    // Each relation as the one-relation lookup (its ref, then relations/by-refs) answers it.
    for (const edge of edges) {
      const { data } = await execute(`{ relation(id: "${edge.id}") { ${fields} } }`);
      expect(data!.relation).toEqual(edge);
    }

    statements.length = 0;
    const around = await execute(`{ neighborhood(actorId: "${id('anna')}", depth: 2) { nodes { id } edges { ${fields} } } }`);
    expect(around.errors).toBeUndefined();
    expect(statements).not.toContain('relations/by-refs');
    for (const edge of around.data!.neighborhood.edges.slice(0, 3)) {
      expect((await execute(`{ relation(id: "${edge.id}") { ${fields} } }`)).data!.relation).toEqual(edge);
    }
  });

  it('reads only the properties of relations and actors a request asks for, the same values as whole records', async () => {
    const asked = askedOf(new Set(['date', 'negated', 'name']));
    // Each ref as the statement gave it whole, cut to what was asked: the same relations, in the same order.
    const cut = (refs: RelationRef[]) =>
      refs.map(({ record, ends, ...ref }) => ({
        ...ref,
        record: { id: record!.id, type: record!.type, source: record!.source, target: record!.target, date: record!.date, negated: record!.negated },
        ends: ends!.map((actor) => ({ id: actor.id, name: actor.name })),
      }));
    const actors = new ActorRepository(db);
    const request = { key: 'page', actorId: id('anna'), direction: 'BOTH' as const, withTotal: true, negated: null, offset: 0, first: 50 };
    for (const types of [undefined, ['MET', 'VISITED'] as const]) {
      const whole = (await actors.relationsPages([{ ...request, types }])).get('page')!;
      const narrow = (await actors.relationsPages([{ ...request, types, asked }])).get('page')!;
      expect(whole.page.length, String(types)).toBeGreaterThanOrEqual(3);
      expect(narrow).toEqual({ ...whole, page: cut(whole.page) });
    }
    const relations = new RelationRepository(db);
    const filter = { actorIds: [id('gamma')] };
    const whole = await relations.filter(filter, false, { offset: 0, first: 50 });
    expect(whole.page.length).toBeGreaterThanOrEqual(3);
    expect(await relations.filter(filter, false, { offset: 0, first: 50 }, asked)).toEqual({ ...whole, page: cut(whole.page) });

    // Through GraphQL, the actors a page primes answer every field the request shows of them, on any end.
    const { data, errors } = await execute(
      `{ actor(id: "${id('anna')}") { relations(negated: null) { edges { node { id date source { name kind } target { aliases wikidata } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const edges = data!.actor.relations.edges.map((edge: any) => edge.node);
    expect(edges.length).toBeGreaterThanOrEqual(5);
    for (const edge of edges) {
      const { data: one } = await execute(`{ relation(id: "${edge.id}") { id date source { name kind } target { aliases wikidata } } }`);
      expect(one!.relation).toEqual(edge);
    }
  });

  it('answers paths, commonGround and a neighborhood with the properties asked for, the same values as whole records', async () => {
    const edge = 'id date modality negated source { id name kind } target { id aliases wikidata }';
    const cases = [
      // A path's actors are its edges' ends: one statement, nothing read after.
      {
        query: `{ found: paths(fromId: "${id('anna')}", toId: "${id('beta')}", limit: 5, maxDepth: 3) { nodes { id name titles } edges { ${edge} } } }`,
        sent: ['paths/shortest'],
      },
      // The common neighbours and the relations with each, their ends included: one statement.
      {
        query: `{ found: commonGround(a: "${id('alpha')}", b: "${id('beta')}") { actor { id name kind } withA { ${edge} } withB { ${edge} } } }`,
        sent: ['stats/common-ground'],
      },
      { query: `{ found: neighborhood(actorId: "${id('anna')}", depth: 2, negated: null) { nodes { id name kind } edges { ${edge} } } }` },
    ];
    for (const { query, sent } of cases) {
      statements.length = 0;
      const { data, errors } = await execute(query);
      expect(errors, query).toBeUndefined();
      if (sent) expect(statements, query).toEqual(sent);
      const found = [data!.found].flat() as {
        nodes?: { id: string }[];
        actor?: { id: string };
        edges?: { id: string }[];
        withA?: { id: string }[];
        withB?: { id: string }[];
      }[];
      const edges = found.flatMap((one) => [...(one.edges ?? []), ...(one.withA ?? []), ...(one.withB ?? [])]);
      const nodes = found.flatMap((one) => [...(one.nodes ?? []), ...(one.actor ? [one.actor] : [])]);
      expect(edges.length, query).toBeGreaterThanOrEqual(3);
      // Each relation and actor as the one-relation and one-actor lookups (whole records) answer it.
      for (const relation of edges) expect((await execute(`{ relation(id: "${relation.id}") { ${edge} } }`)).data!.relation, query).toEqual(relation);
      for (const node of nodes) {
        const fields = Object.keys(node).join(' ');
        expect((await execute(`{ actor(id: "${node.id}") { ${fields} } }`)).data!.actor, query).toEqual(node);
      }
    }
  });

  it('hydrates actors and relations with the properties asked for alone, the same values as whole records', async () => {
    const asked = askedOf(new Set(['date', 'name']));
    const repository = new ActorRepository(db);
    const ids = [id('anna'), id('gamma')];
    const whole = await repository.byIds(ids);
    const narrow = await repository.byIds(ids, asked);
    expect([...narrow.values()]).toEqual([...whole.values()].map((actor) => ({ id: actor.id, name: actor.name })));
    const relations = new RelationRepository(db);
    const { page } = await relations.filter({ actorIds: [id('gamma')] }, false, { offset: 0, first: 5 });
    const refs = page.map(({ id: relationId, type, source, target }) => ({ id: relationId, type, source, target }));
    const wholeRelations = await relations.byRefs(refs);
    expect([...(await relations.byRefs(refs, asked)).values()]).toEqual(
      [...wholeRelations.values()].map(({ id: relationId, type, source, target, date }) => ({ id: relationId, type, source, target, date })),
    );
  });

  it('answers topActors, commonGround and searchActors from their one statement, their actors included', async () => {
    const fields = 'id name kind aliases wikidata externalIds titles';
    const cases = [
      { statement: 'stats/top-actors', query: `{ found: topActors(type: CRITICIZED, targetId: "${id('gamma')}") { actor { ${fields} } } }` },
      { statement: 'stats/common-ground', query: `{ found: commonGround(a: "${id('alpha')}", b: "${id('beta')}") { actor { ${fields} } } }` },
      { statement: 'actors/search', query: `{ found: searchActors(query: "Trapova") { edges { actor: node { ${fields} } } } }` },
    ];
    for (const { statement, query } of cases) {
      statements.length = 0;
      const { data, errors } = await execute(query);
      expect(errors, query).toBeUndefined();
      // No second statement for the actors (actors/by-ids).
      expect(statements, query).toEqual([statement]);
      const rows: { actor: Record<string, unknown> }[] = Array.isArray(data!.found) ? data!.found : data!.found.edges;
      expect(rows.length, query).toBeGreaterThan(0);
      // Each actor as the one-actor lookup (actors/by-ids) answers it.
      for (const { actor } of rows) expect((await execute(`{ actor(id: "${actor.id as string}") { ${fields} } }`)).data!.actor).toEqual(actor);
    }
  });

  it('answers a nested request in a bounded number of round trips, whatever the row count', async () => {
    // One statement per loader per level of the query: this shape has 12 such (loader, level) pairs.
    const NESTED_BOUND = 12;
    const nested = (actorId: string) => `{ actor(id: "${actorId}") { relations { edges { node { type source { name relations { edges { node {
      target { name } evidence { quote speaker { name } briefing { title } } } } } } target { name } evidence { quote briefing { id } } } } } } }`;
    for (const actorId of [id('anna'), id('gamma'), id('beta')]) {
      statements.length = 0;
      const { errors } = await execute(nested(actorId));
      expect(errors).toBeUndefined();
      expect(statements.length).toBeLessThanOrEqual(NESTED_BOUND);
    }
    statements.length = 0;
    const { data } = await execute(
      `{ relations(filter: { briefingId: "${id('one')}" }) { edges { node { source { id relations { edges { node { target { name } } } } } } } } }`,
    );
    const sources = new Set(data!.relations.edges.map((edge: any) => edge.node.source.id));
    expect(sources.size).toBeGreaterThanOrEqual(4);
    expect(statements.filter((name) => name === 'actors/relations-page-any-type')).toHaveLength(1);
    // filter, hydrate, sources, their relation pages (one statement for all), hydrate, targets.
    expect(statements.length).toBeLessThanOrEqual(6);
  });
});
