import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * "The Prime Minister spoke with President Thabo Mbeki": two persons who spoke, no phone named, are told of a call, as
 * the annotations read it (relations.json: the PHONED entry of "speak" marked `persons`); speaking to a broadcaster, to
 * soldiers or during a visit to a country is no call.
 */
describe('speaking with someone is a call between two persons', () => {
  it('"The Prime Minister spoke with President Thabo Mbeki of South Africa" (a readout of calls)', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('aristide-departure-caricom-chair-readout-2004-03-03'));
    expect(relations).toContain('P.J. Patterson PHONED Thabo Mbeki');
  });

  it('the other named by an office and its holder in apposition: "spoke with the Secretary-General of the United Nations, Kofi Annan"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('aristide-departure-caricom-chair-readout-2004-03-03'));
    expect(relations).toContain('P.J. Patterson PHONED Kofi Annan');
    expect(relations).toContain('P.J. Patterson PHONED Colin Powell');
  });

  it('never with a broadcaster, a state or its soldiers', () => {
    const airspace = relationLines(draftOfDevelopmentBriefing('algeria-france-airspace-ambassador-recall-wire-2021-10-03'));
    expect(airspace.filter((line) => line.includes('PHONED') && line.includes('Inter'))).toEqual([]);
    const stockholm = relationLines(draftOfDevelopmentBriefing('hanssen-spy-expulsions-moscow-wire-2001-03-23'));
    expect(stockholm.filter((line) => line.includes('PHONED Sweden'))).toEqual([]);
    const pristina = relationLines(draftOfDevelopmentBriefing('pristina-airport-russian-column-moscow-wire-1999-06-12'));
    expect(pristina.filter((line) => line.includes('PHONED Russia'))).toEqual([]);
  });

  it('a call and what was said in it are two relations: "Rubio spoke to Kagame by phone and urged him", "telephoned Assad to thank him"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('goma-m23-2025-01-30'))).toEqual(
      expect.arrayContaining(['Marco Rubio PHONED Paul Kagame', 'Marco Rubio REQUESTED Paul Kagame']),
    );
    expect(relationLines(draftOfDevelopmentBriefing('grapes-of-wrath-april-understanding-feature-1996-04-27'))).toEqual(
      expect.arrayContaining(['Clinton PRAISED Bashar al-Assad']),
    );
  });

  it('a request with no addressee of its own is made to whom the call was with: "spoke by telephone with Prime Minister Bettino Craxi and asked that the hijackers be handed over"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('achille-lauro-sigonella-standoff-rome-wire-1985-10-11'))).toContain(
      'Ronald Reagan REQUESTED Bettino Craxi',
    );
  });

  it('also when the request names only what is asked: "telephoned King Fahd of Saudi Arabia and Sheikh Khalifa on Friday to urge restraint"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('qatar-saudi-khafus-clash-abu-musa-gulf-digest-1992-10-03'))).toEqual(
      expect.arrayContaining(['Hosni Mubarak REQUESTED Fahd', 'Hosni Mubarak REQUESTED Khalifa bin Hamad Al Thani']),
    );
  });
});

describe('calling someone back or home is a recall, no call', () => {
  it('"had called ambassador Maurizio Massari back to Rome" drafts no PHONED', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('regeni-ambassador-recalled-cairo-rome-wire-2016-04-08'));
    expect(relations.filter((line) => line.includes('PHONED Maurizio Massari'))).toEqual([]);
  });
});

describe('a letter is a call for what it asks', () => {
  it('"wrote to President Ong Teng Cheong of Singapore to ask for clemency": the request is made to whom the letter went', () => {
    expect(relationLines(draftOfDevelopmentBriefing('contemplacion-execution-senate-statement-1995-03-21'))).toContain(
      'Fidel V. Ramos REQUESTED Ong Teng Cheong',
    );
  });

  it('"Rune Rafaelsen, wrote to Putin last year asking him to pardon Berg": "him" is Putin, not the writer', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('frode-berg-spy-swap-kirkenes-feature-2019-11-17'));
    expect(relations).not.toContain('Vladimir Putin REQUESTED Rune Rafaelsen');
  });
});

describe('calling an office is calling its holder', () => {
  it('"Ban Ki-moon called the Gabonese president on Wednesday"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('gabon-election-ping-headquarters-raid-yaounde-daily-2016-09-02'))).toContain(
      'Ban Ki-moon PHONED Ali Bongo Ondimba',
    );
  });
});
