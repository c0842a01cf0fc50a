import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from '../support/rule-sentences.js';

/**
 * Actors and their affiliations the rules used to miss, on development briefings read with their stored CoreNLP
 * parses (no service needed). Each test fails when its rule is removed.
 */
const draftOf = draftOfDevelopmentBriefing;

/** "person -> body" for every role with `of`. */
function affiliations(id: string): string[] {
  const draft = draftOf(id);
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  return draft.actors.flatMap((a) => a.roles.flatMap((r) => (r.of ? [`${a.name} -> ${nameOf.get(r.of)}`] : [])));
}

describe('roles whose mention runs over the title (development briefings, real parses)', () => {
  it('a possessive role noun in apposition, read with the name as one mention: "led by its Secretary-General, Stanislav Zas"', () => {
    expect(affiliations('armenia-azerbaijan-border-readout-2022-09-13')).toContain('Stanislav Zas -> Collective Security Treaty Organization');
    expect(affiliations('dail-backstop-leaders-questions-2018-11-14')).toContain('Arlene Foster -> Democratic Unionist Party');
  });
});

describe('officials, officers and agents of a body (development briefings, real parses)', () => {
  it('"a senior Hamas official", "a veteran FBI counter-intelligence agent": the role noun names the body it serves', () => {
    expect(affiliations('gaza-cairo-truce-talks-wire-2014-08-13')).toContain('Moussa Abu Marzouk -> Hamas');
    expect(affiliations('hanssen-spy-expulsions-moscow-wire-2001-03-23')).toContain('Robert Hanssen -> Federal Bureau of Investigation');
  });

  it('"Nabil Abu Rudeina, an adviser to Arafat": staff serve whom they are "to"', () => {
    expect(affiliations('beirut-summit-arab-peace-initiative-mideast-digest-2002-03-28')).toContain('Nabil Abu Rudeina -> Yasser Arafat');
    expect(affiliations('europe-digest-georgia-agents-bill-2023-03-09')).toContain('Mykhailo Podolyak -> Volodymyr Zelensky');
  });
});

describe('owners and organs read from the context (development briefings, real parses)', () => {
  it('a capitalised common noun inside a body’s name names the owner: "Georgian Dream\'s chairman, Irakli Kobakhidze"', () => {
    expect(affiliations('europe-digest-georgia-agents-bill-2023-03-09')).toContain('Irakli Kobakhidze -> Georgian Dream party');
  });

  it('a place opening the sentence gives a bare organ its state over a body of that phrase named before: "In Moscow, foreign ministry spokeswoman Maria Zakharova"', () => {
    const found = affiliations('europe-digest-ryanair-minsk-2021-05-25');
    expect(found).toContain('Maria Zakharova -> Russian foreign ministry');
    expect(found).toContain('Russian foreign ministry -> Russia');
    expect(found).not.toContain('Maria Zakharova -> Belarusian foreign ministry');
  });
});

describe('names of bodies read whole (development briefings, real parses)', () => {
  const names = (id: string) => draftOf(id).actors.map((a) => a.name);
  it('a body’s name runs on over "for the", "of the": "the National Council for the Safeguard of the Homeland"', () => {
    expect(names('niger-ecowas-standby-2023-08-11')).toContain('National Council for the Safeguard of the Homeland');
    expect(names('niger-ecowas-standby-2023-08-11')).not.toContain('National Council');
    expect(names('nicaragua-oas-resolution-state-media-2018-07-19')).toContain('Permanent Council of the Organization of American States');
  });

  it('a body’s head word ends its name: "The Economic Community of Central African States", "the Reinforced Ad Hoc Verification Mechanism"', () => {
    const kinds = new Map(draftOf('car-seleka-bangui-wire-2013-03-25').actors.map((a) => [a.name, a.kind]));
    expect(kinds.get('Economic Community of Central African States')).toBe('ORGANIZATION');
    expect(kinds.has('Economic Community')).toBe(false);
    expect(names('drc-rwanda-luanda-ceasefire-communique-2024-07-31')).toContain('Reinforced Ad Hoc Verification Mechanism');
  });

  it('an acronym is the body whose name the entities make whole only after the scan: "the TPLF" beside "The Tigray People\'s Liberation Front"', () => {
    const draft = draftOf('world-digest-tigray-peru-ivory-coast-2020-11-10');
    expect(draft.actors.find((a) => a.name === "Tigray People's Liberation Front")?.aliases).toContain('TPLF');
    expect(draft.actors.map((a) => a.name)).not.toContain('TPLF');
  });

  it('not a title’s or a state’s: "Ambassador of the Russian Federation" is no body, "of the Islamic Republic of Iran" no part of one', () => {
    for (const id of ['nicaragua-oas-resolution-state-media-2018-07-19', 'saudi-iran-beijing-irna-2023-03-11']) {
      expect(names(id).filter((n) => /^(Ambassador|Secretary|Director|Chairman|President) of the /.test(n) || / of the Islamic Republic/.test(n))).toEqual([]);
    }
  });
});

describe('ranks and honorifics before a name (development briefings, real parses)', () => {
  it('a naval rank is a title: "Commodore Frank Bainimarama", later "Commodore Bainimarama", is one person named without it', () => {
    const names = draftOf('fiji-bainimarama-coup-regional-2006-12-06').actors.map((a) => a.name);
    expect(names).toContain('Frank Bainimarama');
    expect(names.filter((n) => n.startsWith('Commodore'))).toEqual([]);
  });

  it('a title-to-be is a title: "Prime Minister-designate Ariel Henry" is Ariel Henry, not part of another title', () => {
    const people = draftOf('haiti-moise-assassination-readouts-2021-07-12').actors;
    expect(people.find((a) => a.name === 'Ariel Henry')?.roles.map((r) => r.title)).toContain('Prime Minister-designate');
    expect(people.flatMap((a) => a.roles.map((r) => r.title)).filter((t) => t.includes('Ariel Henry'))).toEqual([]);
  });

  it('an honorific between a title and a name is no part of the name: "President Ratu Josefa Iloilo"', () => {
    const names = draftOf('fiji-bainimarama-coup-regional-2006-12-06').actors.map((a) => a.name);
    expect(names).toContain('Josefa Iloilo');
    expect(names).not.toContain('Ratu Josefa Iloilo');
  });

  it('a capitalised article opening a sentence is no part of a body\'s name: "A Foreign Ministry spokesman", "An International Monetary Fund mission"', () => {
    const swedish = draftOf('gui-minhai-tucholsky-prize-beijing-stockholm-feature-2019-12-10').actors.map((a) => a.name);
    expect(swedish).not.toContain('A Foreign Ministry');
    expect(swedish).toContain('Foreign Ministry');
    const icelandic = draftOf('icesave-anti-terror-freeze-analysis-2008-10-10').actors.map((a) => a.name);
    expect(icelandic).not.toContain('An International Monetary Fund');
    expect(icelandic).toContain('International Monetary Fund');
  });

  it('an honorific opening a name in apposition is no part of it: "his Foreign Minister, Mr Zulfikar Ali Bhutto,"', () => {
    const names = draftOf('swaran-singh-tashkent-declaration-interview-1966-01-18').actors.map((a) => a.name);
    expect(names).toContain('Zulfikar Ali Bhutto');
    expect(names).not.toContain('Mr Zulfikar Ali Bhutto');
  });

  it('a Malay honorific before a name is no actor of its own: "Dato\' Saifuddin" is Saifuddin Abdullah', () => {
    const id = 'pedoman-vessel-port-limits-singapore-mfa-spokesperson-transcript-2019-01-10';
    expect(draftOf(id).actors.map((a) => a.name)).not.toContain('Dato');
    expect(relationLines(draftOf(id))).not.toContain('Vivian Balakrishnan MET Dato');
  });
});

describe("an official text's own Government (development briefings, real parses)", () => {
  it('"The Government of the Republic of Vanuatu announces …", then "The Government expresses its deep gratitude to Mr Chan": Vanuatu', () => {
    const relations = relationLines(draftOf('santo-rebellion-png-troops-port-vila-statement-1980-08-18'));
    expect(relations).toContain('Vanuatu PRAISED Julius Chan');
    expect(relations).toContain('Vanuatu REJECTED Jimmy Stevens');
  });
});
