import { describe, expect, it } from 'vitest';
import { draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/**
 * A departure asked for and a wrongful deed told by its object (structure.json departureNouns, misdeedObjects), one
 * case per sentence of tests/fixtures/rule-sentences/departures-2026-12-06.txt, read with its stored CoreNLP parse.
 */
const NAME = 'departures-2026-12-06';

describe('departures asked for and deeds told by their object (real parses)', () => {
  const relations = relationLines(draftOfRuleSentences(NAME));

  it('a withdrawal asked for is asked of whoever is to withdraw: "demanding the immediate withdrawal of Argentine forces"', () => {
    expect(relations).toContain('UN Security Council REQUESTED Argentina');
    expect(relations).toContain('Emmanuel Macron REQUESTED Russia');
    expect(relations).toContain('Kenya REQUESTED Uganda');
  });

  it("opening fire or launching an attack, told by another side, accuses the doer; told of one's own troops, it does not", () => {
    expect(relations).toContain('Vietnamese Foreign Ministry ACCUSED China');
    expect(relations).toContain('Eritrea ACCUSED Djibouti');
    expect(relations.filter((r) => r.startsWith('Thailand ACCUSED'))).toEqual([]);
  });
});
