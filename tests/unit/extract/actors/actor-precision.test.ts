import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { nerParse } from './ner-parse.js';
import { draftOfDevelopmentBriefing } from '../support/rule-sentences.js';

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

  it('a name after a vessel noun is a vessel, no actor: "the French frigate La Fayette"', () => {
    const found = names('Greece said the French frigate La Fayette had joined its navy in the eastern Mediterranean.');
    expect(found).not.toContain('La Fayette');
    expect(found).toContain('Greece');
  });

  it('a capital named with its article is not named without it: "received Hague in Moscow" is William Hague, not the Netherlands', () => {
    const draft = extractDraft(
      'Foreign Secretary William Hague flew to Moscow. On Monday, Foreign Minister Sergei Lavrov received Hague in Moscow. The court in The Hague ruled on Friday.',
      { publishedAt: '2012-05-30', id: 't', title: 't' },
      {},
    );
    const hosted = draft.relations.filter((r) => r.type === 'HOSTED' || r.type === 'MET').map((r) => r.target);
    expect(hosted).not.toContain('netherlands');
    expect(hosted).toContain(draft.actors.find((a) => a.name === 'William Hague')?.id);
  });

  it('a participle opening the sentence is no part of a body\'s name: "Briefing the Council …"', () => {
    const found = names('The Security Council met on Monday.\nBriefing the Council on Tuesday, the envoy said the truce held.');
    expect(found).not.toContain('Briefing the Council');
    expect(found.filter((n) => /Council/.test(n))).toHaveLength(1);
  });
});

describe('a "person" every mention of which is an ORGANIZATION entity', () => {
  it('is a body: "the conservative New Democracy party"', () => {
    const text = 'Tsipras survived a motion brought by the conservative New Democracy party on Saturday.';
    const tagged = extractDraft(
      text,
      { publishedAt: '2024-03-06', id: 't', title: 't' },
      { parse: nerParse(text, { Tsipras: 'PERSON', 'New Democracy': 'ORGANIZATION' }) },
    );
    expect(tagged.actors.find((a) => a.name === 'New Democracy')?.kind).toBe('ORGANIZATION');
  });

  it('an honorific before a title addresses the office and names nobody: "With permission, Mr Speaker, I will update the House"', () => {
    for (const id of ['skripal-salisbury-commons-statement-2018-03-14', 'rushdie-iran-ambassadors-commons-statement-1998-10-20']) {
      const actors = draftOfDevelopmentBriefing(id).actors.map((a) => a.name);
      expect(actors).not.toContain('Speaker');
      expect(actors.length).toBeGreaterThan(3);
    }
  });

  it('a plural title names no person: "It called upon States to take cooperative action"', () => {
    for (const id of ['dprk-nuclear-test-resolution-1718-security-council-2006-10-14', 'brioni-declaration-ec-troika-statement-1991-07-08']) {
      const actors = draftOfDevelopmentBriefing(id).actors.map((a) => a.name);
      expect(actors).not.toContain('States');
      expect(actors.length).toBeGreaterThan(2);
    }
  });
});
