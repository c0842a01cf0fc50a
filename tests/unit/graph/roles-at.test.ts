import { describe, expect, it } from 'vitest';
import { rolesHeldAt } from '../../../src/graph/actors/roles-at.js';

const role = (title: string, from: string | null, to: string | null, firstSeen = '2015-12-22', lastSeen = firstSeen) => ({
  title,
  from,
  to,
  firstSeen,
  lastSeen,
});

describe('roles held on a day', () => {
  const leDrian = [role('Defense Minister', '2012-05-16', '2017-05-17'), role('Foreign Minister', '2017-05-17', '2022-05-20')];

  it('follows the from/to period of dated roles, ends included', () => {
    expect(rolesHeldAt(leDrian, '2015-12-21').map((r) => r.title)).toEqual(['Defense Minister']);
    expect(rolesHeldAt(leDrian, '2019-01-01').map((r) => r.title)).toEqual(['Foreign Minister']);
    expect(rolesHeldAt(leDrian, '2017-05-17').map((r) => r.title)).toEqual(['Defense Minister', 'Foreign Minister']);
    expect(rolesHeldAt(leDrian, '2011-01-01')).toEqual([]);
  });

  it('treats an open end as still held', () => {
    expect(rolesHeldAt([role('President', '2000-05-07', null)], '2025-01-01')).toHaveLength(1);
  });

  it('holds an undated role only within a year of the briefings stating it', () => {
    const undated = [role('Defense Minister', null, null, '2015-12-22', '2016-03-01')];
    expect(rolesHeldAt(undated, '2016-06-01')).toHaveLength(1);
    expect(rolesHeldAt(undated, '2015-01-01')).toHaveLength(1);
    expect(rolesHeldAt(undated, '2018-01-01')).toHaveLength(0);
  });
});
