import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { nerParse } from './ner-parse.js';
import { draftOfDevelopmentBriefing } from '../support/rule-sentences.js';

/** An actor carries the names the text writes for it, so a reader (or an annotation) using them finds it. */
const draft = (text: string) => extractDraft(text, { publishedAt: '2024-03-06', id: 't', title: 't' }, {});

describe('names as the text writes them', () => {
  it('a listed body opening a title is named as written: "The NATO Secretary-General, Jens Stoltenberg"', () => {
    const found = draft("The NATO Secretary-General, Jens Stoltenberg, has offered the alliance's support.").actors;
    const nato = found.find((a) => a.name === 'North Atlantic Treaty Organization');
    expect(nato?.aliases).toContain('NATO');
  });

  it('a head word opening a name counts when "of" and a capitalised word follow: "the Ministry of Foreign Affairs of China"', () => {
    const found = draft('The Ministry of Foreign Affairs of China said on Tuesday that Beijing opposed the visit.').actors;
    const ministry = found.find((a) => a.name.startsWith('Ministry of Foreign Affairs'));
    expect(ministry?.kind).not.toBe('PERSON');
    expect(found.map((a) => a.name)).not.toContain('Foreign Affairs');
  });

  it('a word opening the sentence before "the" is no part of a name: "But the Government", "When the Security Council"', () => {
    const names = (text: string) => draft(text).actors.map((a) => a.name);
    const found = names('But the Russian Government has responded with sarcasm. When the Security Council met, Has the Arab League spoken?');
    expect(found.filter((n) => /^(But|When|Has) /.test(n))).toEqual([]);
    expect(found).toContain('Russia');
    expect(found).toContain('Arab League');
    expect(found.filter((n) => /Security Council/.test(n))).toHaveLength(1);
  });

  it('a titled name read short is completed from its PERSON entity: "Mrs Theresa May" (a month is no name word)', () => {
    const text = 'The Prime Minister (Mrs Theresa May) said Russia was responsible for the attack.';
    const found = extractDraft(
      text,
      { publishedAt: '2018-03-14', id: 't', title: 't' },
      { parse: nerParse(text, { 'Prime Minister': 'TITLE', 'Theresa May': 'PERSON', Russia: 'COUNTRY' }) },
    ).actors.map((a) => a.name);
    expect(found).toContain('Theresa May');
    expect(found).not.toContain('Theresa');
  });

  it('a capital or a listed body naming a document is no actor: "the Vienna Convention", "the UN Charter"', () => {
    const found = draft('Iraq had failed in its obligation under the Vienna Convention and the UN Charter, Sweden said.').actors.map((a) => a.name);
    expect(found).not.toContain('Austria');
    expect(found).not.toContain('United Nations');
    expect(found).toEqual(expect.arrayContaining(['Iraq', 'Sweden']));
    expect(draft('In Vienna, the envoys of Iran and the UN met on Monday.').actors.map((a) => a.name)).toContain('United Nations');
  });

  it('a person named only by one name after an honorific or a title keeps the titled form: "Mr Downer", "President Megawati"', () => {
    const text =
      'Mr Downer has been in contact with Jakarta. President Megawati has not returned my call, but Jens Stoltenberg spoke to Mr Stoltenberg’s aides.';
    const found = extractDraft(
      text,
      { publishedAt: '2001-08-29', id: 't', title: 't' },
      { parse: nerParse(text, { Downer: 'PERSON', Jakarta: 'CITY', Megawati: 'PERSON', 'Jens Stoltenberg': 'PERSON', Stoltenberg: 'PERSON' }) },
    ).actors;
    const aliasesOf = (name: string) => found.find((a) => a.name === name)?.aliases ?? [];
    expect(aliasesOf('Downer')).toContain('Mr Downer');
    expect(aliasesOf('Megawati')).toContain('President Megawati');
    // a person named in full needs no titled surname beside its name
    expect(found.flatMap((a) => a.aliases)).not.toContain('Mr Stoltenberg');
  });

  it('a place fronted before "the" is no part of a body\'s name: "In Moscow the Soviet Defence Ministry"', () => {
    const found = draft(
      'In Moscow the Soviet Defence Ministry said the army had acted. In New York the U.N. Security Council was expected to meet.',
    ).actors.map((a) => a.name);
    expect(found).toContain('Soviet Defence Ministry');
    expect(found.filter((n) => / the /.test(n))).toEqual([]);
    expect(found.filter((n) => /Security Council/.test(n))).toHaveLength(1);
  });

  it('honorifics stacked after a title are no part of the name: "Chief Adviser Professor Muhammad Yunus"', () => {
    const found = draft('The request is the sharpest move yet by the government of Chief Adviser Professor Muhammad Yunus, which has accused Hasina.').actors;
    expect(found.map((a) => a.name)).toContain('Muhammad Yunus');
    expect(found.map((a) => a.name)).not.toContain('Professor Muhammad Yunus');
  });

  it('a title runs on to the title head after it: "Chief Cabinet Secretary Osamu Fujimura", "by the Chief Cabinet Secretary"', () => {
    const found = draft('Chief Cabinet Secretary Osamu Fujimura said the government would consider every option.').actors;
    const fujimura = found.find((a) => a.name === 'Osamu Fujimura');
    expect(fujimura?.roles.map((r) => r.title)).toContain('Chief Cabinet Secretary');
    expect(found.map((a) => a.name).filter((n) => n.includes('Cabinet'))).toEqual([]);
    const bare = draft('The statement was read by the Chief Cabinet Secretary on Tuesday.').actors;
    expect(bare.filter((a) => a.kind === 'PERSON')).toEqual([]);
  });

  it('a demonym after a title is no name: "chief Palestinian negotiator Saeb Erekat"', () => {
    const found = draft('"The aggression must end now," chief Palestinian negotiator Saeb Erekat told reporters.').actors;
    expect(found.map((a) => a.name)).not.toContain('Palestinian');
    expect(found.map((a) => a.name)).toContain('Saeb Erekat');
  });

  it('a person named by title words only is nobody: "The Chief Minister, Fabian Picardo, accused Madrid"', () => {
    const text = 'The Chief Minister, Fabian Picardo, yesterday accused Madrid of using the border as a weapon.';
    const found = extractDraft(
      text,
      { publishedAt: '2013-08-12', id: 't', title: 't' },
      { parse: nerParse(text, { 'Chief Minister': 'TITLE', 'Fabian Picardo': 'PERSON', Madrid: 'CITY' }) },
    );
    const names = found.actors.map((a) => a.name);
    expect(names).not.toContain('Minister');
    expect(names).toContain('Fabian Picardo');
    expect(found.relations.map((r) => r.source)).not.toContain('minister');
  });

  it('a mission is named with the city it sits in, and known without it: "the Indian High Commission in Dhaka"', () => {
    const found = draft('A note verbale had been sent to the Indian High Commission in Dhaka, the adviser said.').actors;
    const mission = found.find((a) => a.name === 'Indian High Commission in Dhaka');
    expect(mission?.aliases).toContain('Indian High Commission');
    expect(found.map((a) => a.name)).not.toContain('Indian High Commission');
  });

  it('a word before a PERSON entity that is no title is the first word of the name: "Minister for Defence, Win Bakri Daki"', () => {
    const text = "Papua New Guinea's Minister for Defence, Win Bakri Daki, signed the agreement.\nHis Excellency Samdech Hun Manet attended the talks.";
    const found = extractDraft(
      text,
      { publishedAt: '2023-05-22', id: 't', title: 't' },
      { parse: nerParse(text, { 'Bakri Daki': 'PERSON', 'Samdech Hun Manet': 'PERSON' }) },
    ).actors.map((a) => a.name);
    expect(found).toContain('Win Bakri Daki');
    expect(found).not.toContain('Bakri Daki');
    // an honorific of address stays out of the name
    expect(found.filter((n) => n.includes('Excellency'))).toEqual([]);
  });
});

describe('a listed person written with a middle initial', () => {
  const person = (text: string, entities: Record<string, string>, name: string) =>
    extractDraft(text, { publishedAt: '2023-05-22', id: 't', title: 't' }, { parse: nerParse(text, entities) }).actors.find((a) => a.name === name);

  it.each([
    [
      'a listed name read by its surname: "Secretary Antony J. Blinken met"',
      'Secretary Antony J. Blinken met today with Prime Minister James Marape.',
      'Antony J. Blinken',
      'Antony Blinken',
    ],
    [
      'a listed name read in two pieces: "President Donald J. Trump welcomed"',
      'President Donald J. Trump welcomed President Xi Jinping to Mar-a-Lago.',
      'Donald J. Trump',
      'Donald Trump',
    ],
  ])('%s keeps the written name among its names', (_shape, text, written, listed) => {
    const found = person(text, { [written]: 'PERSON', 'James Marape': 'PERSON', 'Xi Jinping': 'PERSON' }, listed);
    expect(found?.aliases).toContain(written);
  });

  it('a name with no initial adds none: "Secretary Antony Blinken met"', () => {
    const found = person(
      'Secretary Antony Blinken met today with Prime Minister James Marape.',
      { 'Antony Blinken': 'PERSON', 'James Marape': 'PERSON' },
      'Antony Blinken',
    );
    expect(found?.aliases.filter((a) => /\b\p{Lu}\./u.test(a))).toEqual([]);
  });

  it('a listed person the text never names in full keeps the titled surname it writes: "Foreign Minister Lavrov" for the listed Sergei Lavrov', () => {
    const draftOf = draftOfDevelopmentBriefing('geneva-chemical-weapons-framework-kerry-lavrov-press-conference-2013-09-14');
    const lavrov = draftOf.actors.find((a) => a.name === 'Sergei Lavrov');
    expect(lavrov?.aliases).toContain('Foreign Minister Lavrov');
  });

  it('a listed person the text names in full gains no titled alias: "Vladimir Putin" then "President Putin"', () => {
    const found = draft('Vladimir Putin spoke to reporters on Monday. President Putin said Moscow would respond.').actors;
    const putin = found.find((a) => a.name === 'Vladimir Putin');
    expect(putin).toBeDefined();
    expect(putin?.aliases).not.toContain('President Putin');
  });
});
