import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/ingest/parse-briefing.js';
import { planBriefing } from '../../../src/ingest/plan.js';
import { relationKey } from '../../../src/graph/ids/relation-key.js';

const base = { date: '2015-12-21', negated: false, title: null };

describe('relation identity', () => {
  it('is the same for both directions of a symmetric type, and differs for a directed one', () => {
    expect(relationKey({ ...base, type: 'MET', source: 'b', target: 'a' })).toEqual(relationKey({ ...base, type: 'MET', source: 'a', target: 'b' }));
    expect(relationKey({ ...base, type: 'MET', source: 'b', target: 'a' })).toMatchObject({ source: 'a', target: 'b' });
    expect(relationKey({ ...base, type: 'CRITICIZED', source: 'b', target: 'a' }).id).not.toBe(
      relationKey({ ...base, type: 'CRITICIZED', source: 'a', target: 'b' }).id,
    );
  });

  it('separates different days, negation and role titles', () => {
    const met = relationKey({ ...base, type: 'MET', source: 'a', target: 'b' }).id;
    expect(relationKey({ ...base, type: 'MET', source: 'a', target: 'b', date: '2015-12-22' }).id).not.toBe(met);
    expect(relationKey({ ...base, type: 'MET', source: 'a', target: 'b', negated: true }).id).not.toBe(met);
    const minister = relationKey({ ...base, type: 'AFFILIATED_WITH', source: 'a', target: 'b', title: 'Defense Minister' }).id;
    expect(relationKey({ ...base, type: 'AFFILIATED_WITH', source: 'a', target: 'b', title: 'Foreign Minister' }).id).not.toBe(minister);
    expect(relationKey({ ...base, type: 'AFFILIATED_WITH', source: 'a', target: 'b', title: 'defense  minister' }).id).toBe(minister);
  });
});

describe('planning a briefing', () => {
  const file = parseBriefing(
    {
      annotator: 'tester',
      briefing: { id: 'b', title: 'B', publishedAt: '2015-12-22', text: 'Shoygu met Le Drian. Le Drian met Shoygu. The French minister.' },
      actors: [
        { id: 'shoygu', name: 'Sergey Shoygu', kind: 'PERSON', aliases: ['Shoygu'] },
        {
          id: 'le-drian',
          name: 'Jean-Yves Le Drian',
          kind: 'PERSON',
          roles: [{ title: 'Defense Minister', of: 'france', evidence: { quote: 'The French minister.' } }],
        },
        { id: 'france', name: 'France', kind: 'STATE' },
      ],
      relations: [
        { source: 'shoygu', type: 'MET', target: 'le-drian', date: '2015-12-21', evidence: { quote: 'Shoygu met Le Drian.' } },
        { source: 'le-drian', type: 'MET', target: 'shoygu', date: '2015-12-21', evidence: { quote: 'Le Drian met Shoygu.', speaker: 'le-drian' } },
      ],
    },
    'test',
  );

  it('maps actors resolved to the graph onto its ids, keeping its name and adding the new spelling as an alias', () => {
    const plan = planBriefing(file, [
      {
        inputId: 'shoygu',
        matchedBy: 'WIKIDATA',
        existing: { id: 'sergei-shoigu', name: 'Sergei Shoigu', kind: 'PERSON', aliases: ['Shoigu'], titles: null, wikidata: 'Q1', externalIds: null },
      },
    ]);
    const shoigu = plan.actors.find((actor) => actor.id === 'sergei-shoigu')!;
    expect(shoigu).toMatchObject({ name: 'Sergei Shoigu', matchedBy: 'WIKIDATA', aliases: ['Shoigu', 'Sergey Shoygu', 'Shoygu'] });
    expect(shoigu.lookupKeys).toEqual(expect.arrayContaining(['sergei shoigu', 'sergey shoygu', 'shoygu']));
    const meetings = plan.relations.filter((relation) => relation.type === 'MET');
    expect(new Set(meetings.map((relation) => relation.id)).size).toBe(1);
    expect(meetings).toHaveLength(2);
    expect(meetings.every((relation) => relation.source === 'jean-yves-le-drian' || relation.source === 'le-drian')).toBe(true);
    expect(meetings[1]!.evidence).toMatchObject({ start: 21, end: 41, speakerId: 'le-drian', extractor: 'tester' });
  });

  it('turns a role held in another actor into an AFFILIATED_WITH relation with its title', () => {
    const plan = planBriefing(file, []);
    expect(plan.relations).toContainEqual(
      expect.objectContaining({ type: 'AFFILIATED_WITH', source: 'le-drian', target: 'france', title: 'Defense Minister' }),
    );
  });

  it('is deterministic: the same file plans the same ids', () => {
    expect(planBriefing(file, [])).toEqual(planBriefing(file, []));
  });
});
