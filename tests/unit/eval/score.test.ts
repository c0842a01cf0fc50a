import { describe, expect, it } from 'vitest';
import type { BriefingFile } from '../../../src/ingest/briefing-format.js';
import type { GoldFile } from '../../../src/eval/gold.js';
import { f1, scoreBriefing, strictPrecision, verdictAlone } from '../../../src/eval/score.js';
import { formatReport } from '../../../src/eval/report.js';

const demonyms = new Map([
  ['russian', 'Russia'],
  ['french', 'France'],
]);
const ev = { quote: 'q' };
const actor = (id: string, name: string, kind: 'PERSON' | 'STATE' = 'PERSON', aliases: string[] = [], roles: BriefingFile['actors'][number]['roles'] = []) => ({
  id,
  name,
  kind,
  aliases,
  roles,
});
const relation = (source: string, type: BriefingFile['relations'][number]['type'], target: string, date: string | null = null) => ({
  source,
  type,
  target,
  date,
  modality: 'ASSERTED' as const,
  negated: false,
  confidence: 1,
  evidence: ev,
});
const pred = (actors: BriefingFile['actors'], relations: BriefingFile['relations']): BriefingFile => ({
  briefing: { id: 'b', title: 'b', publishedAt: '2015-12-22' },
  actors,
  relations,
});
const gold = (relations: GoldFile['relations'], actors?: GoldFile['actors']): GoldFile => ({
  briefing: { id: 'b', publishedAt: '2015-12-22' },
  actors: actors ?? [
    { name: 'Sergei Shoigu', type: 'Person', aliases: ['Shoigu'], roles: ['Russian Defense Minister'] },
    { name: 'Jean-Yves Le Drian', type: 'Person', aliases: [], roles: [] },
    { name: 'Russia', type: 'State', aliases: ['Moscow'], roles: [] },
    { name: 'France', type: 'State', aliases: [], roles: [] },
  ],
  relations,
});
const actors = [actor('s', 'Shoigu'), actor('l', 'Jean-Yves LE DRIAN'), actor('r', 'Russia', 'STATE'), actor('f', 'France', 'STATE')];

describe('scoreBriefing', () => {
  it('matches actors by folded name or alias', () => {
    const score = scoreBriefing(pred([...actors, actor('x', 'Nobody')], []), gold([]), { demonyms });
    expect(score.actors).toEqual({ tp: 4, fp: 1, fn: 0 });
  });

  it('matches symmetric types either way, and asymmetric ones only one way', () => {
    const g = gold([
      { source: 'Sergei Shoigu', type: 'MET', target: 'Jean-Yves Le Drian', date: '2015-12-21' },
      { source: 'Sergei Shoigu', type: 'INVITED', target: 'Jean-Yves Le Drian', date: null },
    ]);
    const score = scoreBriefing(pred(actors, [relation('l', 'MET', 's', '2015-12-21'), relation('l', 'INVITED', 's')]), g, { demonyms });
    expect(score.relations).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.datesCorrect).toBe(1);
  });

  it('accepts alt_types and alt_targets', () => {
    const g = gold([{ source: 'Russia', type: 'MET', target: 'France', alt_types: ['NEGOTIATED_WITH'], alt_targets: ['Jean-Yves Le Drian'] }]);
    const score = scoreBriefing(pred(actors, [relation('r', 'NEGOTIATED_WITH', 'l')]), g, { demonyms });
    expect(score.relations).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts optional gold relations neither for nor against', () => {
    const g = gold([{ source: 'Russia', type: 'CRITICIZED', target: 'France', optional: true }]);
    expect(scoreBriefing(pred(actors, [relation('r', 'CRITICIZED', 'f')]), g, { demonyms }).relations).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(scoreBriefing(pred(actors, []), g, { demonyms }).relations).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('counts a proposal that matched only an optional gold relation apart, and strict precision counts it wrong', () => {
    const g = gold([
      { source: 'Russia', type: 'CRITICIZED', target: 'France', optional: true },
      { source: 'Russia', type: 'MET', target: 'France' },
      { source: 'Sergei Shoigu', type: 'AFFILIATED_WITH', target: 'Russia', optional: true },
    ]);
    // one right, one wrong, one on an optional relation, a duplicate of the right one, and a role's implied affiliation on an optional one
    const withRole = [actor('s', 'Shoigu', 'PERSON', [], [{ title: 'Defense Minister', of: 'r' }]), ...actors.slice(1)];
    const proposed = [relation('r', 'MET', 'f'), relation('f', 'MET', 'r'), relation('r', 'THREATENED', 'f'), relation('r', 'CRITICIZED', 'f')];
    const score = scoreBriefing(pred(withRole, proposed), g, { demonyms });
    expect(score.relations).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.neutral).toBe(3);
    expect(score.optionalOnly).toBe(1);
    expect(strictPrecision(score.relations, score.optionalOnly)).toBeCloseTo(1 / 3);
    expect(formatReport([score])).toMatch(
      /strict relation precision 0\.33: the 1 proposed relations that matched only an optional gold relation counted wrong \(1\/2\)/,
    );
  });

  it('counts affiliations implied by role titles neither for nor against, unless the gold states them', () => {
    const withRole = [actor('s', 'Shoigu', 'PERSON', [], [{ title: 'Defense Minister', of: 'r' }]), ...actors.slice(1)];
    expect(scoreBriefing(pred(withRole, [relation('s', 'AFFILIATED_WITH', 'r')]), gold([]), { demonyms }).relations).toEqual({ tp: 0, fp: 0, fn: 0 });
    const stated = gold([{ source: 'Sergei Shoigu', type: 'AFFILIATED_WITH', target: 'Russia' }]);
    expect(scoreBriefing(pred(withRole, []), stated, { demonyms }).relations).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('prints a table with a total', () => {
    const score = scoreBriefing(pred(actors, []), gold([]), { demonyms });
    expect(f1(score.actors)).toBe(1);
    expect(formatReport([score])).toMatch(/TOTAL/);
  });
});

describe('verdictAlone (what the reranker learns from)', () => {
  const g = gold([
    { source: 'Russia', type: 'CRITICIZED', target: 'France', optional: true },
    { source: 'Russia', type: 'MET', target: 'France' },
    { source: 'Sergei Shoigu', type: 'INVITED', target: 'Jean-Yves Le Drian' },
  ]);
  const named = (id: string) => {
    const a = actors.find((x) => x.id === id)!;
    return { name: a.name, aliases: a.aliases };
  };
  const cases: [string, BriefingFile['relations'][number]['type'], string][] = [
    ['r', 'MET', 'f'],
    ['f', 'MET', 'r'],
    ['r', 'CRITICIZED', 'f'],
    ['r', 'THREATENED', 'f'],
    ['s', 'INVITED', 'l'],
    ['l', 'INVITED', 's'],
    ['s', 'AFFILIATED_WITH', 'r'],
    ['s', 'MET', 'f'],
  ];

  it('gives each relation the verdict scoreBriefing gives it alone in a draft of its two actors', () => {
    const judge = verdictAlone(g, { demonyms });
    const verdicts = cases.map(([s, type, t]) => {
      const alone = scoreBriefing(pred([actors.find((a) => a.id === s)!, actors.find((a) => a.id === t)!], [relation(s, type, t)]), g, { demonyms });
      const expected = alone.relations.tp ? 'right' : alone.relations.fp ? 'wrong' : 'neutral';
      const verdict = judge(named(s), type, named(t));
      expect(verdict, `${s} ${type} ${t}`).toBe(expected);
      return verdict;
    });
    // the symmetric MET either way round, the optional one and the role-implied affiliation neither, the rest wrong
    expect(verdicts).toEqual(['right', 'right', 'neutral', 'wrong', 'right', 'wrong', 'neutral', 'wrong']);
  });
});
