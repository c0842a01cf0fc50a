import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';

/** Things that are not actors, and two names of one body, on the surface rules alone. */
const names = (text: string) => extractDraft(text, { publishedAt: '2024-03-06', id: 't', title: 't' }, {}).actors.map((a) => a.name);

describe('actor precision', () => {
  it('an auxiliary opening a question is no part of a name: "Has Washington responded?"', () => {
    const found = names('QUESTION: Has Washington asked Japan to reconsider the export controls?');
    expect(found).not.toContain('Has Washington');
    expect(found).toContain('United States');
  });

  it('a city or a region named as a place is no actor: "flew to New York", "across West Africa"', () => {
    const found = names('Foreign Minister Ahmet Davutoglu, who flew to New York, told the Council that Israel had violated the law.');
    expect(found).not.toContain('New York');
    expect(names('ECOWAS troops are deployed across West Africa, the bloc said.')).not.toContain('West Africa');
  });

  it('a participle opening the sentence is no part of a body\'s name: "Briefing the Council …"', () => {
    const found = names('The Security Council met on Monday.\nBriefing the Council on Tuesday, the envoy said the truce held.');
    expect(found).not.toContain('Briefing the Council');
    expect(found.filter((n) => /Council/.test(n))).toHaveLength(1);
  });
});
