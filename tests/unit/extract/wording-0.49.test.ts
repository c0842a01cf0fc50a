import { describe, expect, it } from 'vitest';
import { bracketParty } from '../../../src/extract/actors/parse-roles.js';
import { draftOfDevelopmentBriefing, relationLines, roleLines } from './support/rule-sentences.js';

const draft = (id: string) => draftOfDevelopmentBriefing(id);
const actorNames = (id: string) => draft(id).actors.map((a) => a.name);

describe('wordings of the 0.49.0 round', () => {
  it('reads "Hon" as a form of address, not part of the name', () => {
    // "… said the Hon Stephen Smith MP, Minister for Foreign Affairs"
    const names = actorNames('fiji-expels-batley-canberra-media-release-2009-11-04');
    expect(names).toContain('Stephen Smith');
    expect(names).not.toContain('Hon Stephen Smith');
  });

  it('reads "the <demonym> <office>" as the one holder of that office named before', () => {
    // "Ban Ki-moon called the Gabonese president on Wednesday and urged him to ensure …"
    expect(relationLines(draft('gabon-election-ping-headquarters-raid-yaounde-daily-2016-09-02'))).toContain('Ban Ki-moon REQUESTED Ali Bongo Ondimba');
    // "Mr Ramphal said he would meet the British Foreign Secretary in London later this month"
    expect(relationLines(draft('lusaka-chogm-zimbabwe-plan-thatcher-kaunda-lusaka-state-daily-1979-08-07'))).toContain('Shridath Ramphal MET Lord Carrington');
  });

  it('leaves "the <demonym> ambassador" to the state, as the annotation guide does', () => {
    // "Turkey … since it expelled the Israeli ambassador last week": Israel expelled, not its envoy by name
    const lines = relationLines(draft('cairo-israeli-embassy-storming-wire-2011-09-10'));
    expect(lines).toContain('Turkey EXPELLED Israel');
    expect(lines).not.toContain('Turkey EXPELLED Yitzhak Levanon');
  });

  it("reads a member's party in brackets where NER tagged none", () => {
    expect(roleLines(draft('chernobyl-bonn-demands-information-graphite-fire-dpa-wire-translation-1986-04-30'))).toContain(
      'Hans-Dietrich Genscher member of FDP',
    );
    // "Simon Busuttil (EPP, MT)": the party before a member state's code
    expect(roleLines(draft('lampedusa-tunisian-arrivals-malmstrom-maroni-essid-european-parliament-plenary-debate-summary-2011-04-06'))).toContain(
      'Simon Busuttil member of EPP',
    );
    // "Mr. Gerald Kaufman (Manchester, Gorton, Lab)": an abbreviation spelled out
    expect(roleLines(draft('libyan-peoples-bureau-siege-fletcher-tripoli-ties-broken-commons-debate-summary-1984-05-02'))).toContain(
      'Gerald Kaufman member of Labour',
    );
    // "MIKE DUFFY (OTTAWA):" names a place, no party
    expect(roleLines(draft('polar-sea-northwest-passage-clark-consent-tv-news-script-1985-08-01')).filter((l) => l.startsWith('Mike Duffy member'))).toEqual(
      [],
    );
  });

  it('picks the party out of a bracket by its place and form', () => {
    const abbreviations = new Map([['Lab', 'Labour']]);
    const party = (bracket: string) => bracketParty(bracket.split(/\s+|(?=,)/).filter(Boolean), abbreviations);
    expect(party('Plymouth , Devonport , SDP')).toBe('SDP');
    expect(party('S&D , ES')).toBe('S&D');
    expect(party('GUE/NGL , PT')).toBe('GUE/NGL');
    expect(party('Leeds , East , Lab')).toBe('Labour');
    expect(party('DA')).toBe('DA');
    expect(party('Islington North')).toBeNull();
    expect(party('OTTAWA')).toBeNull();
    expect(party('ANCHOR')).toBeNull();
  });

  it('reads "<body> of <person>" as the body\'s leader', () => {
    // "… that arms the FNLA of Holden Roberto and the Cabinda separatists …"
    expect(roleLines(draft('kolwezi-legion-shaba-mobutu-neto-weekly-1978-05-31'))).toContain('Holden Roberto leader of FNLA');
    // "the opposition Bangladesh Nationalist Party of former Prime Minister Khaleda Zia criticised the treaty"
    expect(roleLines(draft('ganges-water-treaty-farakka-wire-1996-12-12'))).toContain('Khaleda Zia leader of Bangladesh Nationalist Party');
    // "the UNITA rebels of Jonas Savimbi"
    expect(roleLines(draft('new-york-accords-namibia-angola-un-feature-1988-12-23'))).toContain('Jonas Savimbi leader of UNITA');
  });
});
