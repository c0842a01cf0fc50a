import { describe, expect, it } from 'vitest';
import { draftOfRuleSentences, relationLines } from '../support/rule-sentences.js';

/**
 * Armed groups and movements of the conflicts briefings tell most (Libya, Yemen, Sudan, Afghanistan, the Sahel, Iraq)
 * are listed bodies (rules/organizations.json), found by name and acronym.
 * tests/fixtures/rule-sentences/armed-groups-2026-12-07.txt, read with its stored parse.
 */
describe('armed groups by name', () => {
  it('are found by name and acronym', () => {
    const relations = relationLines(draftOfRuleSentences('armed-groups-2026-12-07'));
    expect(relations).toEqual(
      expect.arrayContaining([
        'Southern Transitional Council ACCUSED Saudi-led coalition',
        'Turkey ATTACKED Libyan National Army',
        'United States ACCUSED Haqqani network',
      ]),
    );
  });
});
