import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines, roleLines } from './support/rule-sentences.js';

/** Wordings the 0.38.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.38.0 round', () => {
  it('a body a person owns is the person\'s movement: "Lange\'s Labour Party", "Son Sann\'s Khmer People\'s National Liberation Front"', () => {
    expect(roleLines(draftOfDevelopmentBriefing('nz-anzus-suspension-lange-shultz-magazine-1986-08-25'))).toContainEqual(
      expect.stringMatching(/^David Lange .* of Labour Party$/),
    );
    expect(roleLines(draftOfDevelopmentBriefing('jakarta-informal-meeting-bogor-alatas-cambodia-think-tank-commentary-1988-08-05'))).toContainEqual(
      expect.stringMatching(/^Son Sann .* of Khmer People's National Liberation Front$/),
    );
  });
  it('a party in brackets right after a member\'s name is the member\'s: "Shri Vijay Kumar Malhotra (BJP)", "Mr. Jagmeet Singh (Burnaby South, NDP):"; a wire credit is no party', () => {
    const lokSabha = draftOfDevelopmentBriefing('iraq-war-resolution-deplores-us-action-lok-sabha-debate-summary-2003-04-09');
    expect(roleLines(lokSabha)).toContainEqual(expect.stringMatching(/Malhotra member of BJP$/));
    expect(roleLines(draftOfDevelopmentBriefing('canada-india-nijjar-commons-2023-09-18'))).toContainEqual(
      expect.stringMatching(/^Jagmeet Singh member of (NDP|New Democratic Party)$/),
    );
    // "NOUAKCHOTT, Aug 7 (Reuters) - …": a credit after a dateline names nobody's party
    expect(
      roleLines(draftOfDevelopmentBriefing('mauritania-generals-depose-abdallahi-nouakchott-wire-2008-08-07')).filter((l) => l.includes('member of')),
    ).toEqual([]);
  });
  it('a person back from a foreign capital was there: "had just returned from Tehran", "came back from Havana"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('morocco-iran-ties-cut-hezbollah-polisario-rabat-wire-2018-05-02'))).toContain(
      'Nasser Bourita VISITED Iran',
    );
    expect(relationLines(draftOfDevelopmentBriefing('panama-canal-treaties-torrijos-carter-press-conference-1977-08-23'))).toContain('Church VISITED Cuba');
    // "ordered the chief Russian military representative at NATO headquarters in Brussels to return to Moscow": a
    // return home is no visit
    expect(relationLines(draftOfDevelopmentBriefing('kosovo-strikes-itar-tass-1999-03-25')).filter((l) => l.endsWith('VISITED Russia'))).toEqual([]);
  });
  it('ordering or approving sanctions imposes them: "President Reagan on Friday ordered economic sanctions against Panama"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('panama-noriega-canal-payments-escrow-sanctions-wire-1988-03-11'))).toContain('Reagan SANCTIONED Panama');
  });
  it('a message of congratulations or solidarity sent is what it says: "sent messages of congratulations to Shiina and Lee", "sent a message of solidarity to Mr Landsbergis"', () => {
    const rusk = relationLines(draftOfDevelopmentBriefing('japan-south-korea-basic-treaty-signed-tokyo-wire-1965-06-22'));
    expect(rusk).toContain('Dean Rusk PRAISED Etsusaburo Shiina');
    expect(rusk).toContain('Dean Rusk PRAISED Lee Tong-won');
    expect(relationLines(draftOfDevelopmentBriefing('vilnius-tv-tower-radio-bulletin-1991-01-13'))).toContain('Lech Walesa SUPPORTED Vytautas Landsbergis');
  });
});
