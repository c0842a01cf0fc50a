import { afterAll, describe, expect, it } from 'vitest';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { briefingFactory } from './support/briefing-factory.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';
import { runDataMigration } from '../../src/db/migrate.js';

const { db } = openTestDatabase();
const execute = graphqlClient(db);
afterAll(() => db.close());

/** Evidence of one briefing, counted in the graph itself. */
async function evidenceOf(briefingId: string): Promise<number> {
  const result = await db.driver.executeQuery('MATCH (e:Evidence)-[:FROM]->(:Briefing {id: $briefingId}) RETURN count(e) AS n', { briefingId });
  return Number(result.records[0]!.get('n'));
}

describe('ingest reports tell the truth', () => {
  it('evidenceRetracted counts the pieces of evidence removed, not the relations', async () => {
    const make = briefingFactory(uniquePrefix('retract'));
    const actors = [make.actor('a', 'Anton Retract'), make.actor('b', 'Berta Retract')];
    const first = make.briefing('b', '2024-02-02', actors, [
      { source: 'a', type: 'CRITICIZED', target: 'b', sentence: 'Anton criticized Berta.' },
      { source: 'a', type: 'MET', target: 'b', sentence: 'Anton met Berta in the morning.' },
      { source: 'a', type: 'MET', target: 'b', sentence: 'Anton and Berta met again at lunch.' },
      { source: 'a', type: 'PRAISED', target: 'b', sentence: 'Anton praised Berta.' },
    ]);
    await ingestBriefing(db, parseBriefing(first, 'first'));
    const before = await evidenceOf(make.id('b'));
    const corrected = make.briefing('b', '2024-02-02', actors, [{ source: 'a', type: 'CRITICIZED', target: 'b', sentence: 'Anton criticized Berta.' }]);
    const report = await ingestBriefing(db, parseBriefing(corrected, 'corrected'), { replace: true });
    const after = await evidenceOf(make.id('b'));
    expect([before, after]).toEqual([4, 1]);
    expect(report.evidenceRetracted).toBe(before - after);
    expect(report.briefingStatus).toBe('UPDATED');
  });

  it('a modality-only correction is UPDATED, and the relation shows the new modality', async () => {
    const make = briefingFactory(uniquePrefix('modality'));
    const actors = [make.actor('a', 'Aldo Modality'), make.actor('b', 'Bruna Modality')];
    const sentence = 'Aldo will visit Bruna next week.';
    await ingestBriefing(db, parseBriefing(make.briefing('b', '2024-03-01', actors, [{ source: 'a', type: 'MET', target: 'b', sentence }]), 'first'));
    const report = await ingestBriefing(
      db,
      parseBriefing(make.briefing('b', '2024-03-01', actors, [{ source: 'a', type: 'MET', target: 'b', sentence, modality: 'PLANNED' }]), 'corrected'),
      { replace: true },
    );
    expect(report.briefingStatus).toBe('UPDATED');
    const { data } = await execute(
      `{ actor(id: "${make.id('a')}") { relations(modalities: [PLANNED]) { edges { node { modality evidence { modality } } } } } }`,
    );
    expect(data!.actor.relations.edges).toEqual([{ node: { modality: 'PLANNED', evidence: [{ modality: 'PLANNED' }] } }]);
    const again = await ingestBriefing(
      db,
      parseBriefing(make.briefing('b', '2024-03-01', actors, [{ source: 'a', type: 'MET', target: 'b', sentence, modality: 'PLANNED' }]), 'again'),
    );
    expect(again.briefingStatus).toBe('UNCHANGED');
  });

  it('dropping an actor the briefing only mentioned is UPDATED, and so is a changed title', async () => {
    const make = briefingFactory(uniquePrefix('mention'));
    const actors = [make.actor('a', 'Alma Mention'), make.actor('b', 'Bodo Mention'), make.actor('c', 'Cleo Mention')];
    const relations = [{ source: 'a', type: 'MET' as const, target: 'b', sentence: 'Alma met Bodo.' }];
    await ingestBriefing(db, parseBriefing(make.briefing('b', '2024-04-01', actors, relations), 'first'));
    const dropped = await ingestBriefing(db, parseBriefing(make.briefing('b', '2024-04-01', actors.slice(0, 2), relations), 'dropped'), { replace: true });
    expect(dropped.briefingStatus).toBe('UPDATED');
    const retitled = make.briefing('b', '2024-04-01', actors.slice(0, 2), relations);
    retitled.briefing.title = 'A better title';
    expect((await ingestBriefing(db, parseBriefing(retitled, 'retitled'), { replace: true })).briefingStatus).toBe('UPDATED');
    expect((await ingestBriefing(db, parseBriefing(retitled, 'again'))).briefingStatus).toBe('UNCHANGED');
  });
});

describe('a corrected briefing corrects what it says about actors and roles', () => {
  const mutation = `mutation($input: BriefingInput!) { ingestBriefing(input: $input, replace: true) { briefingStatus } }`;

  function setup(label: string) {
    const make = briefingFactory(uniquePrefix(label));
    const ingest = async (briefing: ReturnType<typeof make.briefing>) => {
      const { data, errors } = await execute(mutation, { input: briefing });
      expect(errors).toBeUndefined();
      return data!.ingestBriefing.briefingStatus as string;
    };
    return { make, ingest };
  }

  it('a changed role period, kind and alias replace what the briefing said before', async () => {
    const { make, ingest } = setup('actorfix');
    const sentence = 'Minister Maja Actorfix of the Ruritania Bureau met Nils Actorfix.';
    const build = (opts: { from: string; kind: 'STATE' | 'ORGANIZATION'; aliases: string[] }) => {
      const briefing = make.briefing(
        'b',
        '2016-05-01',
        [
          { ...make.actor('maja', 'Maja Actorfix', 'PERSON', { aliases: opts.aliases }) },
          make.actor('bureau', 'Ruritania Bureau', opts.kind),
          make.actor('nils', 'Nils Actorfix'),
        ],
        [{ source: 'maja', type: 'MET', target: 'nils', sentence }],
      );
      (briefing.actors[0] as any).roles = [
        { title: 'Minister', of: make.id('bureau'), from: opts.from, evidence: { quote: 'Minister Maja Actorfix of the Ruritania Bureau' } },
      ];
      return briefing;
    };
    expect(await ingest(build({ from: '2015-01-01', kind: 'STATE', aliases: ['Majka', 'M. Actorfix'] }))).toBe('CREATED');
    expect(await ingest(build({ from: '2013-01-01', kind: 'ORGANIZATION', aliases: ['M. Actorfix'] }))).toBe('UPDATED');
    const { data } = await execute(`{
      maja: actor(id: "${make.id('maja')}") { aliases roles(at: "2014-01-01") { title from of { id kind } } }
      byOldAlias: actor(name: "Majka") { id }
      byAlias: actor(name: "M. Actorfix") { id }
    }`);
    expect(data!.maja.aliases).toEqual(['M. Actorfix']);
    expect(data!.maja.roles).toEqual([{ title: 'Minister', from: '2013-01-01', of: { id: make.id('bureau'), kind: 'ORGANIZATION' } }]);
    expect(data!.byOldAlias).toBeNull();
    expect(data!.byAlias).toEqual({ id: make.id('maja') });
  });

  it('retracts only this briefing’s statements: another briefing’s alias and kind stay, and a dropped actor goes only when nothing states it', async () => {
    const { make, ingest } = setup('actorkeep');
    const met = { source: 'a', type: 'MET' as const, target: 'b', sentence: 'Ada Actorkeep met Bo Actorkeep.' };
    const one = (extra: ReturnType<typeof make.actor>[], alias: string[]) =>
      make.briefing('one', '2016-06-01', [make.actor('a', 'Ada Actorkeep', 'PERSON', { aliases: alias }), make.actor('b', 'Bo Actorkeep'), ...extra], [met]);
    const onlyHere = make.actor('lone', 'Lone Actorkeep', 'ORGANIZATION');
    const shared = make.actor('shared', 'Shared Actorkeep', 'STATE');
    await ingest(one([onlyHere, shared], ['Ada One']));
    await ingest(
      make.briefing(
        'two',
        '2016-06-02',
        [make.actor('a', 'Ada Actorkeep', 'PERSON', { aliases: ['Ada Two'] }), make.actor('b', 'Bo Actorkeep'), shared],
        [{ source: 'a', type: 'PRAISED', target: 'b', sentence: 'Ada Actorkeep praised Bo Actorkeep.' }],
      ),
    );
    expect(await ingest(one([], []))).toBe('UPDATED');
    const { data } = await execute(`{
      a: actor(id: "${make.id('a')}") { aliases kind }
      lone: actor(id: "${make.id('lone')}") { id }
      shared: actor(id: "${make.id('shared')}") { id kind mentionedIn { id } }
      two: briefing(id: "${make.id('two')}") { contributions { relation { type } } }
    }`);
    expect(data!.a).toEqual({ aliases: ['Ada Two'], kind: 'PERSON' });
    expect(data!.lone).toBeNull();
    expect(data!.shared).toEqual({ id: make.id('shared'), kind: 'STATE', mentionedIn: [{ id: make.id('two') }] });
    expect(data!.two.contributions.map((c: any) => c.relation.type)).toEqual(['PRAISED']);
  });
});

describe('upgrading a store written before actor statements', () => {
  it('takes each mentioning briefing to state what the actor shows, and a correction then retracts it', async () => {
    const make = briefingFactory(uniquePrefix('legacy'));
    const [a, b] = [make.id('a'), make.id('b')];
    await db.driver.executeQuery(
      `CREATE (x:Actor {id: $a, name: 'Lea Legacy', kind: 'STATE', aliases: ['Old Lea'], titles: []})
       CREATE (y:Actor {id: $b, name: 'Max Legacy', kind: 'PERSON', aliases: [], titles: []})
       CREATE (x)-[:AFFILIATED_WITH {id: $r, title: 'Envoy', from: date('2010-01-01'), modality: 'ASSERTED', negated: false, mentions: 1}]->(y)
       CREATE (brief:Briefing {id: $briefing, title: 'Legacy', publishedAt: date('2012-01-01'), text: 'Envoy Lea Legacy met Max Legacy.'})
       CREATE (brief)-[:MENTIONS]->(x), (brief)-[:MENTIONS]->(y)
       CREATE (:Evidence {id: $e, relationId: $r, relationType: 'AFFILIATED_WITH', sourceId: $a, targetId: $b, quote: 'Envoy Lea Legacy', modality: 'ASSERTED'})-[:FROM]->(brief)`,
      { a, b, r: make.id('r'), e: make.id('e'), briefing: make.id('b') },
    );
    await runDataMigration(db, 'migrations/002-actor-statements');
    await runDataMigration(db, 'migrations/003-evidence-stated-facts');
    const statements = await db.driver.executeQuery(
      'MATCH (s:ActorStatement {briefingId: $briefing}) RETURN s.actorId AS actor, s.aliases AS aliases, s.kind AS kind ORDER BY actor',
      {
        briefing: make.id('b'),
      },
    );
    expect(statements.records.map((record) => record.toObject())).toEqual([
      { actor: a, aliases: ['Old Lea'], kind: 'STATE' },
      { actor: b, aliases: [], kind: 'PERSON' },
    ]);
    const evidence = await db.driver.executeQuery('MATCH (e:Evidence {id: $e}) RETURN toString(e.from) AS from, e.statedSourceId AS stated', {
      e: make.id('e'),
    });
    expect(evidence.records[0]!.toObject()).toEqual({ from: '2010-01-01', stated: a });
    // The briefing re-ingested as it really is: Lea is a person with no alias; the old statement is replaced.
    const corrected = make.briefing(
      'b',
      '2012-01-01',
      [make.actor('a', 'Lea Legacy'), make.actor('b', 'Max Legacy')],
      [{ source: 'a', type: 'MET', target: 'b', sentence: 'Envoy Lea Legacy met Max Legacy.' }],
    );
    await ingestBriefing(db, parseBriefing(corrected, 'corrected'), { replace: true });
    const { data } = await execute(`{ actor(id: "${a}") { kind aliases relations { totalCount } } }`);
    expect(data!.actor).toEqual({ kind: 'PERSON', aliases: [], relations: { totalCount: 1 } });
  });
});
