import { afterAll, describe, expect, it } from 'vitest';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { ResolutionRepository } from '../../src/graph/resolution/resolution-repository.js';
import type { BriefingFileInput } from '../../src/ingest/briefing-format.js';
import { briefingFactory, type FactoryActor } from './support/briefing-factory.js';
import { openTestDatabase, uniquePrefix } from './support/graph.js';
import { duplicateRelations, expectedStatements, inconsistentRelations, storedStatements } from './support/statements.js';

/**
 * Races run for real on the suite's Neo4j: many ingests at once over shared actors, and merges and
 * unmerges racing ingests of the actors they move. No timing is asserted: only that every ingest
 * lands, nothing is duplicated and no statement or alias is lost.
 */
const { db } = openTestDatabase();
const resolution = new ResolutionRepository(db);
afterAll(() => db.close());

const CONCURRENT_INGESTS = 32;
const SHARED_ACTORS = 8;
const ACTORS_PER_BRIEFING = 4;
const MERGE_ROUNDS = 3;
const INGESTS_PER_ROUND = 6;
/** Generous: 32 transactions queue on the same actors' locks on 2 shared cores. */
const RACE_TIMEOUT_MS = 240_000;

/** Which shared actors briefing i names: a sliding window, so every pair of neighbours overlaps. */
const namedBy = (i: number) => Array.from({ length: ACTORS_PER_BRIEFING }, (_, k) => (i + k) % SHARED_ACTORS);

describe('concurrent ingests over shared actors', () => {
  it(
    `${CONCURRENT_INGESTS} overlapping ingests at once: none fails, nothing is duplicated, no alias is lost`,
    async () => {
      const prefix = uniquePrefix('race');
      const make = briefingFactory(prefix);
      const shared = (n: number, i: number) => make.actor(`s${n}`, `Shared Racer ${n}`, 'PERSON', { aliases: [`Racer ${n} as told by ${i}`] });
      const briefings: BriefingFileInput[] = Array.from({ length: CONCURRENT_INGESTS }, (_, i) => {
        const named = namedBy(i);
        return make.briefing(
          `b${i}`,
          '2024-05-01',
          named.map((n) => shared(n, i)),
          named.slice(1).map((n, k) => ({
            // The same meeting (same pair, same day) is stated by several briefings: they corroborate one relation.
            source: `s${named[k]}`,
            type: 'MET' as const,
            target: `s${n}`,
            date: '2024-04-30',
            sentence: `Briefing ${i} says racers ${named[k]} and ${n} met.`,
          })),
        );
      });

      const outcomes = await Promise.allSettled(briefings.map((briefing, i) => ingestBriefing(db, parseBriefing(briefing, `b${i}`))));
      const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [String(outcome.reason)] : []));
      expect(failures).toEqual([]);

      expect(await storedStatements(db, prefix)).toEqual(expectedStatements(briefings, new Map()));
      expect(await duplicateRelations(db, prefix)).toEqual([]);
      expect(await inconsistentRelations(db, prefix)).toEqual([]);
      const actors = await db.driver.executeQuery(`MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN a.id AS id, a.aliases AS aliases ORDER BY id`, {
        prefix,
      });
      expect(actors.records.map((record) => record.get('id'))).toEqual(Array.from({ length: SHARED_ACTORS }, (_, n) => make.id(`s${n}`)));
      for (const record of actors.records) {
        const n = Number((record.get('id') as string).slice(-1));
        const told = briefings.flatMap((_, i) => (namedBy(i).includes(n) ? [`Racer ${n} as told by ${i}`] : []));
        expect([...(record.get('aliases') as string[])].sort(), record.get('id')).toEqual(told.sort());
      }
    },
    RACE_TIMEOUT_MS,
  );
});

describe('merges and unmerges racing ingests of the actors they move', () => {
  it(
    `never lose or misattribute a statement (${MERGE_ROUNDS} rounds)`,
    async () => {
      for (let round = 0; round < MERGE_ROUNDS; round += 1) {
        const prefix = uniquePrefix(`mrace${round}`);
        const make = briefingFactory(prefix);
        const survivor = make.actor('a', 'Alfa Survivor');
        const absorbed = make.actor('b', 'Bravo Absorbed', 'PERSON', { aliases: ['B. Absorbed'] });
        const others: FactoryActor[] = Array.from({ length: 4 }, (_, n) => make.actor(`o${n}`, `Other Racer ${n}`));
        const briefingOf = (key: string, n: number) =>
          make.briefing(
            key,
            '2024-06-01',
            [survivor, absorbed, others[n % others.length]!],
            [
              { source: 'b', type: 'CRITICIZED', target: `o${n % others.length}`, sentence: `In ${key}, Bravo criticized racer ${n}.` },
              { source: 'a', type: 'PRAISED', target: 'b', sentence: `In ${key}, Alfa praised Bravo.` },
            ],
          );
        const ingest = (briefing: BriefingFileInput) => ingestBriefing(db, parseBriefing(briefing, briefing.briefing.id));
        const briefings = new Map<string, BriefingFileInput>();
        const add = (briefing: BriefingFileInput) => briefings.set(briefing.briefing.id, briefing);

        add(briefingOf('base', 0));
        await ingest(briefings.get(make.id('base'))!);

        const during = Array.from({ length: INGESTS_PER_ROUND }, (_, n) => briefingOf(`m${n}`, n));
        during.forEach(add);
        const [merged, ...ingested] = await Promise.allSettled([resolution.merge(survivor.id, absorbed.id), ...during.map(ingest)]);
        expect([merged, ...ingested].filter((outcome) => outcome.status === 'rejected')).toEqual([]);
        const redirects = new Map([[absorbed.id, survivor.id]]);
        expect(await storedStatements(db, prefix), `round ${round}, merged`).toEqual(expectedStatements(briefings.values(), redirects));

        const after = Array.from({ length: INGESTS_PER_ROUND }, (_, n) => briefingOf(`u${n}`, n + 1));
        after.forEach(add);
        const mergeId = (merged as PromiseFulfilledResult<{ id: string }>).value.id;
        const [unmerged, ...later] = await Promise.allSettled([resolution.unmerge(mergeId), ...after.map(ingest)]);
        expect([unmerged, ...later].filter((outcome) => outcome.status === 'rejected')).toEqual([]);
        expect(await storedStatements(db, prefix), `round ${round}, unmerged`).toEqual(expectedStatements(briefings.values(), new Map()));
        expect(await duplicateRelations(db, prefix)).toEqual([]);
        expect(await inconsistentRelations(db, prefix)).toEqual([]);
      }
    },
    RACE_TIMEOUT_MS,
  );
});
