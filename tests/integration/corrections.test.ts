import { afterAll, describe, expect, it } from 'vitest';
import { ingestBriefing } from '../../src/ingest/apply-briefing.js';
import { parseBriefing } from '../../src/ingest/parse-briefing.js';
import { briefingFactory } from './support/briefing-factory.js';
import { graphqlClient, openTestDatabase, uniquePrefix } from './support/graph.js';

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
    const report = await ingestBriefing(db, parseBriefing(make.briefing('b', '2024-03-01', actors, [{ source: 'a', type: 'MET', target: 'b', sentence, modality: 'PLANNED' }]), 'corrected'), { replace: true });
    expect(report.briefingStatus).toBe('UPDATED');
    const { data } = await execute(`{ actor(id: "${make.id('a')}") { relations(modalities: [PLANNED]) { edges { node { modality evidence { modality } } } } } }`);
    expect(data!.actor.relations.edges).toEqual([{ node: { modality: 'PLANNED', evidence: [{ modality: 'PLANNED' }] } }]);
    const again = await ingestBriefing(db, parseBriefing(make.briefing('b', '2024-03-01', actors, [{ source: 'a', type: 'MET', target: 'b', sentence, modality: 'PLANNED' }]), 'again'));
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
