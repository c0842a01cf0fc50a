import { describe, expect, it } from 'vitest';
import { exactNameQuery, searchQuery } from '../../../src/graph/actors/lucene.js';
import { evidenceTextQuery } from '../../../src/graph/relations/relation-repository.js';
import { groupByDay } from '../../../src/graph/stats/timeline.js';

describe('timeline grouping', () => {
  it('groups date-ordered relations by day and says when a day comes only from reports', () => {
    const days = groupByDay([
      { id: 'a', source: 'x', target: 'y', day: '2015-12-20', dated: true },
      { id: 'b', source: 'x', target: 'z', day: '2015-12-21', dated: false },
      { id: 'c', source: 'x', target: 'y', day: '2015-12-21', dated: true },
      { id: 'd', source: 'x', target: 'y', day: '2015-12-22', dated: false },
    ]);
    expect(days.map((day) => [day.date, day.relations.map((r) => r.id), day.dateFromReport])).toEqual([
      ['2015-12-20', ['a'], false],
      ['2015-12-21', ['b', 'c'], false],
      ['2015-12-22', ['d'], true],
    ]);
  });

  it('gives a relation dated to a month or a year its own entry spanning that period, after the entry of its first day', () => {
    const days = groupByDay([
      { id: 'a', source: 'x', target: 'y', day: '2012-08-01', dayEnd: '2012-08-01', precision: 'DAY', dated: true },
      { id: 'b', source: 'x', target: 'y', day: '2012-08-01', dayEnd: '2012-08-31', precision: 'MONTH', dated: true },
      { id: 'c', source: 'x', target: 'z', day: '2012-08-01', dayEnd: '2012-08-31', precision: 'MONTH', dated: true },
      { id: 'd', source: 'x', target: 'y', day: '2012-08-20', dayEnd: '2012-08-20', precision: 'DAY', dated: true },
    ]);
    expect(days.map((day) => [day.date, day.dateEnd, day.datePrecision, day.relations.map((r) => r.id)])).toEqual([
      ['2012-08-01', '2012-08-01', 'DAY', ['a']],
      ['2012-08-01', '2012-08-31', 'MONTH', ['b', 'c']],
      ['2012-08-20', '2012-08-20', 'DAY', ['d']],
    ]);
  });
});

describe('full-text queries', () => {
  it('neutralises Lucene syntax in user input', () => {
    expect(exactNameQuery('Le Drian" OR name:*')).toBe('"le drian or name"');
    // Lucene's AND becomes the word "and", a stop word: it only raises the score.
    expect(searchQuery('Shoygu AND (x')).toBe('+(shoygu OR shoygu* OR shoygu~1) and +(x OR x*)');
    expect(searchQuery('the')).toBe('+(the OR the*)');
    expect(evidenceTextQuery('Russia’s bombing')).toBe('+russia +s +bombing');
    expect(evidenceTextQuery("Russia's bombing")).toBe('+russia +s +bombing');
    expect(searchQuery('  ')).toBeNull();
    expect(evidenceTextQuery('Deconfliction talks!')).toBe('+deconfliction +talks');
  });
});
