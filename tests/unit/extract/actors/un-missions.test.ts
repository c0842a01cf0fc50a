import { describe, expect, it } from 'vitest';
import { draftOfRuleSentences, relationLines } from '../support/rule-sentences.js';

/**
 * United Nations and African Union missions are listed bodies (rules/organizations.json), known by their names and
 * acronyms ("UNAMA", "UNMISS", "MINUSMA"), not read as the United Nations or as an unknown name.
 * tests/fixtures/rule-sentences/un-missions-2026-12-07.txt, read with its stored parse.
 */
describe('UN missions', () => {
  it('are their own actors, by full name and by acronym', () => {
    const relations = relationLines(draftOfRuleSentences('un-missions-2026-12-07'));
    expect(relations).toEqual(
      expect.arrayContaining([
        'United Nations Assistance Mission in Afghanistan CRITICIZED Taliban',
        "United Nations Mission in South Sudan ACCUSED South Sudan People's Defence Forces",
        'Abdoulaye Diop ACCUSED United Nations Multidimensional Integrated Stabilization Mission in Mali',
      ]),
    );
  });
});
