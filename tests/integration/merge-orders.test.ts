import { afterAll, describe, expect, it } from 'vitest';
import { hiddenCountMismatches } from './support/hidden-counts.js';
import { pairCountMismatches } from './support/pair-counts.js';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { applySchema } from '../../src/db/migrate.js';
import { ResolutionRepository } from '../../src/graph/resolution/resolution-repository.js';
import type { BriefingFileInput } from '../../src/ingest/briefing-format.js';
import { briefingFactory } from './support/briefing-factory.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';
import { expectedStatements, inconsistentRelations, resolveThrough, statementLine, storedStatements } from './support/statements.js';

/**
 * Merge, re-ingest, correct and unmerge in every order (24 permutations) over small briefings.
 * After every step the graph is compared with what the briefings themselves say, recomputed
 * independently: each statement on the actors the merges in force make of the actors it names,
 * each actor known by exactly the names its briefings give it, each briefing's contributions
 * complete. A statement lost, left on the wrong actor or an alias left stale fails the step.
 */
const { db } = openTestDatabase();
const execute = graphqlClient(db);
const resolution = new ResolutionRepository(db);
afterAll(() => db.close());

const OPERATIONS = ['merge', 'ingest', 'correct', 'unmerge'] as const;
type Operation = (typeof OPERATIONS)[number];
const ORDERS_AT_ONCE = 4;
/** Generous: 24 orders of a handful of transactions and queries each, on 2 shared cores (266 s seen under a load of 20). */
const ORDERS_TIMEOUT_MS = 600_000;

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

function scenario(label: string) {
  const make = briefingFactory(uniquePrefix(label));
  const a = make.actor('a', 'Anselm Survivor', 'PERSON', { aliases: ['A. Survivor'] });
  const b = (aliases: string[]) => make.actor('b', 'Bertil Absorbed', 'PERSON', { aliases });
  const c = make.actor('c', 'Cordelia State', 'STATE');
  const d = make.actor('d', 'Dagmar Other');
  const e = make.actor('e', 'Edvin Later');
  const original = make.briefing(
    'one',
    '2024-07-01',
    [a, b(['Bee One']), c, d],
    [
      { source: 'b', type: 'CRITICIZED', target: 'c', sentence: 'Bertil criticized Cordelia.' },
      { source: 'a', type: 'MET', target: 'b', date: '2024-06-30', sentence: 'Anselm met Bertil.' },
      { source: 'd', type: 'PRAISED', target: 'b', sentence: 'Dagmar praised Bertil.' },
      { source: 'b', type: 'VISITED', target: 'c', date: '2024-05', sentence: 'Bertil visited Cordelia in May.' },
    ],
  );
  const corrected = make.briefing(
    'one',
    '2024-07-01',
    [a, b(['Bee Two']), c, d],
    [
      { source: 'b', type: 'CRITICIZED', target: 'c', sentence: 'Bertil criticized Cordelia.' },
      { source: 'a', type: 'MET', target: 'b', date: '2024-06-30', sentence: 'Anselm met Bertil.' },
      { source: 'd', type: 'ACCUSED', target: 'b', sentence: 'Dagmar accused Bertil.' },
    ],
  );
  const other = make.briefing('two', '2024-07-02', [a, c], [{ source: 'a', type: 'VISITED', target: 'c', sentence: 'Anselm visited Cordelia.' }]);
  const late = make.briefing(
    'late',
    '2024-07-03',
    [a, b(['Bee Late']), e],
    [
      { source: 'b', type: 'MET', target: 'e', sentence: 'Bertil met Edvin.' },
      { source: 'a', type: 'PHONED', target: 'b', sentence: 'Anselm phoned Bertil.' },
    ],
  );
  return { make, a: a.id, b: b([]).id, original, corrected, other, late };
}

type Scenario = ReturnType<typeof scenario>;

/** Every name each visible actor should go by: all the names and aliases its briefings give, folded. */
function expectedNames(briefings: Iterable<BriefingFileInput>, redirects: ReadonlyMap<string, string>): Record<string, string[]> {
  const names: Record<string, Set<string>> = {};
  for (const file of briefings) {
    for (const actor of file.actors) {
      const id = resolveThrough(redirects, actor.id);
      names[id] ??= new Set();
      for (const name of [actor.name, ...(actor.aliases ?? [])]) names[id].add(name.toLowerCase());
    }
  }
  return Object.fromEntries(Object.entries(names).map(([id, set]) => [id, [...set].sort()]));
}

async function storedNames(prefix: string): Promise<Record<string, string[]>> {
  const result = await db.driver.executeQuery(`MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN a.id AS id, [a.name] + coalesce(a.aliases, []) AS names`, {
    prefix,
  });
  return Object.fromEntries(
    result.records.map((record) => [record.get('id'), [...new Set((record.get('names') as string[]).map((name) => name.toLowerCase()))].sort()]),
  );
}

async function contributionCounts(briefings: Iterable<BriefingFileInput>): Promise<Record<string, number>[]> {
  const files = [...briefings];
  const { data, errors } = await execute(
    `{ ${files.map((file, i) => `b${i}: briefing(id: "${file.briefing.id}") { id contributions { evidence { quote } } }`).join(' ')} }`,
  );
  expect(errors).toBeUndefined();
  const stored = files.map((_, i) => ({ [data![`b${i}`].id]: data![`b${i}`].contributions.length as number }));
  const expected = files.map((file) => ({ [file.briefing.id]: file.relations.length }));
  return [stored, expected].map((list) => Object.assign({}, ...list) as Record<string, number>);
}

/**
 * What the analyst API answers for the scenario's actors, one line per piece of evidence, as
 * storedStatements writes them. A relation between the two merged actors is the survivor's relation
 * with itself while the merge holds: it is in no answer then, and answers again once undone.
 */
async function answeredStatements(s: Scenario): Promise<string[]> {
  const actorIds = ['a', 'b', 'c', 'd', 'e'].map((key) => s.make.id(key));
  const { data, errors } = await execute(
    `query ($actorIds: [ID!]) { relations(filter: { actorIds: $actorIds, negated: null }, first: 500) {
      totalCount edges { node { type source { id } target { id } evidence { quote briefing { id } } } } } }`,
    { actorIds },
  );
  expect(errors).toBeUndefined();
  const nodes = (data!.relations.edges as { node: any }[]).map((edge) => edge.node);
  expect(data!.relations.totalCount).toBe(nodes.length);
  return nodes
    .flatMap((node) =>
      (node.evidence as { quote: string; briefing: { id: string } }[]).map((e) =>
        statementLine(e.briefing.id, e.quote, node.type as string, node.source.id as string, node.target.id as string),
      ),
    )
    .sort();
}

const visible = (lines: string[]) => lines.filter((statement) => !/ \| (\S+) \| \1$/.test(statement));

async function run(s: Scenario, order: readonly Operation[]): Promise<void> {
  const ingest = (file: BriefingFileInput, replace = false) => ingestBriefing(db, parseBriefing(file, file.briefing.id), { replace });
  const current = new Map<string, BriefingFileInput>([
    [s.original.briefing.id, s.original],
    [s.other.briefing.id, s.other],
  ]);
  await ingest(s.original);
  await ingest(s.other);
  const redirects = new Map<string, string>();
  let mergeId: string | null = null;
  const steps: string[] = [];

  for (const operation of order) {
    steps.push(operation);
    if (operation === 'merge') {
      mergeId = (await resolution.merge(s.a, s.b)).id;
      redirects.set(s.b, s.a);
    } else if (operation === 'ingest') {
      // The same briefing again changes nothing, whatever merges happened since it was written.
      expect((await ingest(current.get(s.original.briefing.id)!)).briefingStatus, steps.join(' → ')).toBe('UNCHANGED');
      await ingest(s.late);
      current.set(s.late.briefing.id, s.late);
    } else if (operation === 'correct') {
      expect((await ingest(s.corrected, true)).briefingStatus, steps.join(' → ')).toBe('UPDATED');
      current.set(s.corrected.briefing.id, s.corrected);
    } else if (mergeId) {
      await resolution.unmerge(mergeId);
      redirects.delete(s.b);
    }
    const where = `after ${steps.join(' → ')}`;
    expect(await storedStatements(db, s.make.id('')), where).toEqual(expectedStatements(current.values(), redirects));
    expect(await answeredStatements(s), `${where}: what the API answers`).toEqual(visible(expectedStatements(current.values(), redirects)));
    expect(await storedNames(s.make.id('')), where).toEqual(expectedNames(current.values(), redirects));
    const [stored, expected] = await contributionCounts(current.values());
    expect(stored, where).toEqual(expected);
    expect(await inconsistentRelations(db, s.make.id('')), where).toEqual([]);
    expect((await hiddenCountMismatches(db, s.make.id(''))).mismatches, `${where}: the counts of hidden relations`).toEqual([]);
    expect((await pairCountMismatches(db, s.make.id(''))).mismatches, `${where}: the pairs' counts of their relations`).toEqual([]);
  }
}

describe('merge, re-ingest, correct and unmerge in any order', () => {
  it(
    'never lose or misattribute a statement, a name or a contribution (every order)',
    async () => {
      const orders = permutations(OPERATIONS);
      expect(orders).toHaveLength(24);
      // Each order has its own actors, so a few run at once (they share no lock).
      for (let i = 0; i < orders.length; i += ORDERS_AT_ONCE) {
        await Promise.all(orders.slice(i, i + ORDERS_AT_ONCE).map((order, k) => run(scenario(`order${i + k}`), order)));
      }
    },
    ORDERS_TIMEOUT_MS,
  );

  it('undoes chained merges out of order, leaving no stale alias', async () => {
    const s = scenario('chain');
    const c = s.make.id('c');
    await ingestBriefing(db, parseBriefing(s.original, 'original'));
    await ingestBriefing(db, parseBriefing(s.other, 'other'));
    const first = await resolution.merge(s.a, s.b);
    const second = await resolution.merge(c, s.a);
    const files = [s.original, s.other];
    expect(await storedStatements(db, s.make.id(''))).toEqual(
      expectedStatements(
        files,
        new Map([
          [s.b, s.a],
          [s.a, c],
        ]),
      ),
    );

    await resolution.unmerge(first.id);
    const afterFirst = new Map([[s.a, c]]);
    expect(await storedStatements(db, s.make.id(''))).toEqual(expectedStatements(files, afterFirst));
    expect(await storedNames(s.make.id(''))).toEqual(expectedNames(files, afterFirst));
    expect((await storedNames(s.make.id('')))[c]).not.toContain('bee one');

    await resolution.unmerge(second.id);
    expect(await storedStatements(db, s.make.id(''))).toEqual(expectedStatements(files, new Map()));
    expect(await storedNames(s.make.id(''))).toEqual(expectedNames(files, new Map()));
  });
});

describe('merges that cannot be undone say why, and change nothing', () => {
  const unmergeError = async (mergeId: string) => {
    const { data, errors } = await execute(`mutation { unmergeActors(mergeId: "${mergeId}") { id } }`);
    expect(data).toBeNull();
    return errors?.map((error) => ({ code: error.extensions?.code, argument: error.extensions?.argument, message: error.message }));
  };
  const inForce = async (mergeId: string) => {
    const result = await db.driver.executeQuery(
      'MATCH (m:MergeRecord {id: $mergeId}) RETURN m.undoneAt IS NULL AS inForce',
      { mergeId },
      { database: db.name },
    );
    return result.records[0]?.get('inForce') as boolean;
  };

  it('refuses to undo a merge whose absorbed actor no briefing states any more, until one does', async () => {
    const s = scenario('unstated');
    const ingest = (file: BriefingFileInput, replace = false) => ingestBriefing(db, parseBriefing(file, file.briefing.id), { replace });
    await ingest(s.original);
    await ingest(s.other);
    const merge = await resolution.merge(s.a, s.b);
    // The only briefing naming b is corrected: it no longer names b at all.
    const withoutB = s.make.briefing(
      'one',
      '2024-07-01',
      [s.make.actor('a', 'Anselm Survivor', 'PERSON', { aliases: ['A. Survivor'] }), s.make.actor('c', 'Cordelia State', 'STATE')],
      [{ source: 'a', type: 'VISITED', target: 'c', sentence: 'Anselm visited Cordelia.' }],
    );
    await ingest(withoutB, true);
    const files = [withoutB, s.other];
    const before = await storedStatements(db, s.make.id(''));
    expect(before).toEqual(expectedStatements(files, new Map([[s.b, s.a]])));

    expect(await unmergeError(merge.id)).toEqual([
      {
        code: 'BAD_USER_INPUT',
        argument: 'mergeId',
        message: expect.stringMatching(/no briefing states "Bertil Absorbed" .* any more.*stays in force/) as string,
      },
    ]);
    expect(await inForce(merge.id)).toBe(true);
    expect(await storedStatements(db, s.make.id(''))).toEqual(before);
    expect(await storedNames(s.make.id(''))).toEqual(expectedNames(files, new Map([[s.b, s.a]])));

    // Once a briefing names b again (it lands on a while merged), the merge can be undone and b comes back with it.
    await ingest(s.late);
    const { data, errors } = await execute(`mutation { unmergeActors(mergeId: "${merge.id}") { id name aliases } }`);
    expect(errors).toBeUndefined();
    expect(data!.unmergeActors).toEqual({ id: s.b, name: 'Bertil Absorbed', aliases: ['Bee Late'] });
    expect(await storedStatements(db, s.make.id(''))).toEqual(expectedStatements([...files, s.late], new Map()));
  });

  it('starts on a store with a merge of the release that rewrote the graph, and refuses to undo that merge', async () => {
    const s = scenario('rewritten');
    await ingestBriefing(db, parseBriefing(s.original, 'original'));
    await ingestBriefing(db, parseBriefing(s.other, 'other'));
    const merge = await resolution.merge(s.a, s.b);
    // What that release left: a snapshot on the record, no base actors, the absorbed node deleted
    // and the relations between the two deleted with it.
    await db.driver.executeQuery(
      `MATCH (m:MergeRecord {id: $mergeId}) SET m.snapshot = '{"survivor":{},"absorbed":{},"movedTo":[]}'
       WITH m MATCH (s:ActorStatement) WHERE s.actorId STARTS WITH $prefix REMOVE s.baseActorId
       WITH DISTINCT m MATCH (e:Evidence) WHERE e.sourceId STARTS WITH $prefix REMOVE e.baseSourceId, e.baseTargetId, e.baseSpeakerId
       WITH DISTINCT m MATCH (x:AbsorbedActor {id: $b}) DETACH DELETE x
       WITH DISTINCT m MATCH (a:Actor {id: $a})-[r]->(a) DELETE r`,
      { mergeId: merge.id, prefix: s.make.id(''), a: s.a, b: s.b },
      { database: db.name },
    );
    await applySchema(db); // what `npm start` runs first
    const { data, errors } = await execute(`{ actor(id: "${s.a}") { aliases relations { totalCount } } actorMerges(first: 200) { id undoneAt } }`);
    expect(errors).toBeUndefined();
    expect(data!.actor.aliases).toContain('Bertil Absorbed');
    expect(data!.actorMerges).toContainEqual({ id: merge.id, undoneAt: null });
    // A briefing naming the absorbed id still lands on the survivor.
    await ingestBriefing(db, parseBriefing(s.late, 'late'));
    const stored = await storedStatements(db, s.make.id(''));
    const late = (lines: string[]) => lines.filter((line) => line.startsWith(s.late.briefing.id));
    expect(late(stored)).toEqual(late(expectedStatements([s.late], new Map([[s.b, s.a]]))));

    expect(await unmergeError(merge.id)).toEqual([
      {
        code: 'BAD_USER_INPUT',
        argument: 'mergeId',
        message: expect.stringMatching(/made by a release before merges were redirects.*stays in force/) as string,
      },
    ]);
    expect(await inForce(merge.id)).toBe(true);
    expect(await storedStatements(db, s.make.id(''))).toEqual(stored);
  });
});
