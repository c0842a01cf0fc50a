import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.31.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.31.0 round', () => {
  it('a title\'s plural after a count is no name: "The two Presidents agreed …"', () => {
    const readout = draftOfDevelopmentBriefing('mar-a-lago-trump-xi-white-house-readout-2017-04-07');
    expect(readout.actors.map((a) => a.name)).not.toContain('Presidents');
    expect(relationLines(readout)).toContain('Donald Trump AGREED_WITH Xi Jinping');
  });
  it('"They" after a pair phrase as the subject before it is the pair: "the two Presidents expressed grave concern … They called on …"', () => {
    const relations = relationLines(draftOfRuleSentences('they-pairs-2026-12-05'));
    expect(relations).toEqual(expect.arrayContaining(['Barack Obama REQUESTED Salva Kiir', 'Uhuru Kenyatta REQUESTED Salva Kiir']));
  });
  it('"both sides" read as a pair that is not two states, while two states dominate the section, are those two states', () => {
    // the Yenga border row: "Liberia's Foreign Minister, Dee-Maxwell Saah Kemayah, urged both sides to show restraint."
    const daily = relationLines(draftOfDevelopmentBriefing('yenga-border-row-mano-river-freetown-daily-2022-03-15'));
    expect(daily).toEqual(expect.arrayContaining(['Dee-Maxwell Saah Kemayah REQUESTED Guinea', 'Dee-Maxwell Saah Kemayah REQUESTED Sierra Leone']));
    expect(daily.filter((line) => line.startsWith('Dee-Maxwell Saah Kemayah REQUESTED Mohamed Lamine Sylla'))).toEqual([]);
    // and with no pair read at all: "Malaysia, which claims several reefs …, called on both sides to exercise restraint."
    const wire = relationLines(draftOfDevelopmentBriefing('johnson-reef-spratly-clash-vietnam-china-bangkok-wire-1988-03-16'));
    expect(wire).toEqual(expect.arrayContaining(['Malaysia REQUESTED China', 'Malaysia REQUESTED Vietnam']));
  });
  it('a designation or a listing sanctions: "added Huawei Technologies … to a trade blacklist", "designated the TPLF a terrorist organisation"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('asia-digest-manila-canada-garbage-2019-05-17'))).toContain(
      'US Commerce Department SANCTIONED Huawei Technologies',
    );
    expect(relationLines(draftOfRuleSentences('designations-2026-12-05'))).toEqual(
      expect.arrayContaining(["Parliament SANCTIONED Tigray People's Liberation Front", 'Mike Pompeo SANCTIONED Cuba']),
    );
  });
  it('an office of a person\'s is one of the state he serves: "His foreign minister, Muhamed Sacirbey"', () => {
    // Izetbegovic is read as representative of Bosnia and Herzegovina; "His" is his
    const sacirbey = draftOfDevelopmentBriefing('dayton-proximity-talks-feature-1995-11-22').actors.find((a) => a.name === 'Muhamed Sacirbey');
    expect(sacirbey?.roles.map((r) => `${r.title} of ${r.of}`)).toContain('foreign minister of bosnia-and-herzegovina');
  });
  it('a group named by its count is one side of an earlier event: "The foreign ministers of A, B, C and D called on Caracas …" then "the four governments"', () => {
    const accused = ['Brazil', 'Argentina', 'Paraguay', 'Uruguay'].map((state) => `Samuel Moncada ACCUSED ${state}`);
    // read by the surface rules
    expect(relationLines(draftOfRuleSentences('group-sides-2026-12-05'))).toEqual(expect.arrayContaining(accused));
    // and where only the parse reads the first event (", meeting at the Bandeirantes Palace," between subject and verb)
    expect(relationLines(draftOfDevelopmentBriefing('americas-digest-mercosur-suspends-venezuela-2017-08-06'))).toEqual(expect.arrayContaining(accused));
  });
  it('a counted phrase with no event of that many parties is the latest list of that many: "Mr Macron, … Angela Merkel and … Theresa May said …. The three leaders urged …"', () => {
    const newsletter = relationLines(draftOfDevelopmentBriefing('jcpoa-us-withdrawal-kiswah-strike-morning-newsletter-2018-05-09'));
    expect(newsletter).toEqual(
      expect.arrayContaining(['Emmanuel Macron REQUESTED United States', 'Angela Merkel REQUESTED United States', 'Theresa May REQUESTED United States']),
    );
    // not a headline's list: "US, Japan and South Korea Pledge …" then "… and the three leaders agreed to hold annual trilateral summits"
    const wire = relationLines(draftOfDevelopmentBriefing('camp-david-2023-08-19'));
    expect(wire).toContain('Joe Biden AGREED_WITH Fumio Kishida');
    expect(wire.filter((line) => line.startsWith('United States AGREED_WITH'))).toEqual([]);
  });
  it('a bare "the ministers" is the body whose members the section named so: "ASEAN foreign ministers … decided …. The ministers asked …"', () => {
    const daily = relationLines(draftOfDevelopmentBriefing('cambodia-asean-admission-delayed-bangkok-daily-1997-07-11'));
    expect(daily).toEqual(
      expect.arrayContaining([
        'Association of Southeast Asian Nations REQUESTED Ali Alatas',
        'Association of Southeast Asian Nations REQUESTED Domingo Siazon',
      ]),
    );
  });
  it("a coreference chain's representative far further on names no actor: 'The Vatican … asked the government' is not the next item's \"Peru's government\"", () => {
    const digest = relationLines(draftOfDevelopmentBriefing('americas-digest-mercosur-suspends-venezuela-2017-08-06'));
    expect(digest.filter((line) => line.startsWith('Vatican ') && line.endsWith(' Peru'))).toEqual([]);
  });
  it('a place attacked that names no one attacks the state it is in: "Ethiopian jets struck the airport in Asmara"', () => {
    const analysis = draftOfDevelopmentBriefing('badme-ethiopia-eritrea-air-war-analysis-1998-06-12');
    const name = new Map(analysis.actors.map((a) => [a.id, a.name]));
    const strike = analysis.relations.find((r) => r.evidence.quote.includes('struck the airport in Asmara'));
    expect(strike && `${name.get(strike.source)} ${strike.type} ${name.get(strike.target)}`).toBe('Ethiopia ATTACKED Eritrea');
  });
  it('a role "at" a body is one in it: "Sharon Bar-li, deputy director-general for Africa at Israel\'s foreign ministry"', () => {
    const analysis = draftOfDevelopmentBriefing('au-summit-israeli-envoy-ejected-analysis-2023-02-21');
    const name = new Map(analysis.actors.map((a) => [a.id, a.name]));
    const barLi = analysis.actors.find((a) => a.name === 'Sharon Bar-li');
    expect(barLi?.roles.map((r) => r.of && name.get(r.of))).toContain('Israeli foreign ministry');
  });
  it('more ministries are a state\'s own bodies: "Canada\'s environment ministry said …"', () => {
    const digest = draftOfDevelopmentBriefing('asia-digest-manila-canada-garbage-2019-05-17');
    expect(digest.actors.map((a) => a.name)).toContain('Canadian environment ministry');
  });
  it("disapproval expressed over another's deed criticises its maker: 'had expressed its \"deep regret\" over the Iranian action'", () => {
    expect(relationLines(draftOfDevelopmentBriefing('tunbs-abu-musa-iran-landing-radio-monitoring-1971-12-02'))).toContain('Kuwait CRITICIZED Iran');
  });
  it('names a common noun singles out stand for it: "thanked the friendly countries, in particular France", "the attacks by armed groups, especially al-Shabaab"', () => {
    expect(relationLines(draftOfRuleSentences('singled-out-2026-12-05'))).toEqual(
      expect.arrayContaining(['Chad PRAISED France', 'Kenya CRITICIZED al-Shabaab', 'Somalia PRAISED Japan', 'Somalia PRAISED Norway']),
    );
  });
  it('talks ended were held: "Malawi and Tanzania ended two days of talks in Mzuzu"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('africa-digest-lake-nyasa-gambia-executions-2012-08-28'))).toContain('Malawi NEGOTIATED_WITH Tanzania');
  });
});
