import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * An object told to do something by a to-infinitive is asked it (relations.json 'tellsObjectTo', read by the structural
 * rules): an order, a compulsion, a persuasion. Stored parses of development briefings.
 */
describe('an object told to act by a to-infinitive (REQUESTED)', () => {
  it.each([
    ['guyana-venezuela-argyle-2023-12-15', 'the ICJ had ordered Caracas to refrain from any action', 'International Court of Justice REQUESTED Venezuela'],
    [
      'kozyrev-stockholm-speech-csce-analysis-1992-12-16',
      "the Congress of People's Deputies forced Mr Yeltsin to drop Yegor Gaidar",
      "Congress of People's Deputies REQUESTED Boris Yeltsin",
    ],
    [
      'summit-of-americas-los-angeles-boycott-op-ed-2022-06-07',
      "he persuaded Argentina's Alberto Fernández to attend",
      'Chris Dodd REQUESTED Alberto Fernández',
    ],
    ['abbottabad-gilani-national-assembly-2011-05-09', 'he expected Islamabad to investigate it', 'Barack Obama REQUESTED Pakistan'],
  ])('%s: "%s"', (briefing, _sentence, relation) => {
    expect(relationLines(draftOfDevelopmentBriefing(briefing))).toContain(relation);
  });

  it('instructing one\'s own envoy asks nothing of him: "I have instructed our ambassador in Havana, Roberta Lajous, to return"', () => {
    expect(
      relationLines(draftOfDevelopmentBriefing('cuba-mexico-envoys-sre-press-conference-2004-05-02')).filter((line) =>
        line.endsWith('REQUESTED Roberta Lajous'),
      ),
    ).toEqual([]);
    expect(
      relationLines(draftOfDevelopmentBriefing('taepodong-overflight-chief-cabinet-secretary-press-conference-1998-09-01')).filter((line) =>
        line.endsWith('REQUESTED Owada'),
      ),
    ).toEqual([]);
  });

  it('an order to leave is the expulsion, no request: "The United States on Tuesday ordered 15 Cuban diplomats to leave the country"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('cuba-embassy-health-attacks-expulsions-wire-2017-10-03'));
    expect(relations).toContain('United States EXPELLED Cuba');
    expect(relations).not.toContain('United States REQUESTED Cuba');
  });

  it('a state\'s own organ ordered to act is commanded, not asked: "He ordered the Royal Thai Air Force to fly C-130 transport planes"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('phnom-penh-thai-embassy-riot-bangkok-daily-2003-01-31'));
    expect(relations.filter((r) => r.endsWith('REQUESTED Royal Thai Air Force'))).toEqual([]);
  });

  it('a wish about someone is no demand of them: "the United States still wanted him to face justice"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('liberia-taylor-exile-lagos-daily-2003-08-12'));
    expect(relations).not.toContain('United States REQUESTED Charles Taylor');
  });
});

describe('the person given something, read by CoreNLP as a compound of it', () => {
  it.each([
    ['ecuador-gutierrez-ouster-brazil-asylum-analysis-2005-04-22', 'Brazil, which granted Gutierrez asylum', 'Brazil SUPPORTED Lucio Gutierrez'],
    ['liberia-taylor-exile-lagos-daily-2003-08-12', 'who offered Taylor asylum last month', 'Olusegun Obasanjo SUPPORTED Charles Taylor'],
  ])('%s: "%s"', (briefing, _sentence, relation) => {
    expect(relationLines(draftOfDevelopmentBriefing(briefing))).toContain(relation);
  });
});

describe('a demand put in reported speech with "should" (deonticAux)', () => {
  it.each([
    ['khasavyurt-accord-lebed-maskhadov-feature-1996-09-07', 'said on Tuesday that Kulikov should resign', 'Alexander Lebed REQUESTED Anatoly Kulikov'],
    ['zimbabwe-army-takeover-2017-11-16', 'told reporters in Johannesburg that Mugabe should go', 'Chris Mutsvangwa REQUESTED Robert Mugabe'],
  ])('%s: "%s"', (briefing, _sentence, relation) => {
    expect(relationLines(draftOfDevelopmentBriefing(briefing))).toContain(relation);
  });

  it('what someone should hold is a view, not a demand: "said the Secretary-General … should have the final say over the force"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('somalia-resolution-794-security-council-wire-1992-12-04'));
    expect(relations.filter((r) => r.endsWith('REQUESTED Boutros Boutros-Ghali'))).toEqual([]);
  });
});

describe("an owner named by a possessive of the subjects' own", () => {
  it('is no party: "Saudi Arabia, the United Arab Emirates and Bahrain urged their citizens not to travel to Lebanon"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('saudi-lebanon-army-grant-halted-hezbollah-analysis-2016-02-25'));
    expect(relations.filter((r) => /^(United Arab Emirates|Bahrain) REQUESTED Saudi Arabia$/.test(r))).toEqual([]);
  });
});

describe('a request phrase CoreNLP hangs on the reporting verb sets the clause told (requestNouns)', () => {
  it('"The radio said French police, at the request of Rabat, had questioned relatives …": Rabat asked the police', () => {
    expect(relationLines(draftOfDevelopmentBriefing('marrakesh-asni-attack-visas-border-closed-radio-monitoring-1994-08-29'))).toContain(
      'Morocco REQUESTED French police',
    );
  });
});
