import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, roleLines as rolesOfDraft } from './support/rule-sentences.js';

const roleLines = (id: string) => rolesOfDraft(draftOfDevelopmentBriefing(id));

describe('wordings of the 0.47.0 round: memberships told beside a name', () => {
  it('reads a body whose mention holds only the end of its name as the whole name beside a role', () => {
    // "… Morgan Tsvangirai, the leader of the Movement for Democratic Change, who won …" (the mention: "Democratic Change")
    expect(roleLines('zimbabwe-sanctions-veto-mbeki-feature-2008-07-13')).toContain('Morgan Tsvangirai leader of Movement for Democratic Change');
  });

  it('reads a title compounded between a body and a name, and a body possessing a name', () => {
    // "Labour leader Tony Blair accused …", "VMRO-DPMNE leader Nikola Gruevski …", "But Labour's Andy Burnham told her …"
    expect(roleLines('bse-beef-ban-major-non-cooperation-brussels-policy-newsletter-1996-05-24')).toContain('Tony Blair leader of Labour');
    expect(roleLines('skopje-parliament-storming-live-blog-2017-04-27')).toContain('Nikola Gruevski leader of VMRO-DPMNE');
    expect(roleLines('litvinenko-inquiry-putin-probably-approved-tv-transcript-2016-01-21')).toContain('Andy Burnham member of Labour');
  });

  it('reads hyphenated titles and words before the body ("the chairman of the main opposition …")', () => {
    // "the secretary-general of the Organization of American States, Luis Almagro, said …" (after "the announcement",
    // an event noun standing for Hernández, which is no name the role could belong to)
    const honduras = roleLines('honduras-tse-hernandez-declared-oas-new-vote-live-blog-2017-12-18');
    expect(honduras).toContain('Luis Almagro secretary-general of Organization of American States');
    expect(honduras.filter((line) => line.startsWith('Juan Orlando Hernández '))).toEqual([]);
    expect(roleLines('sismik-crisis-ozal-london-papandreou-nea-makri-ankara-agency-wire-translation-1987-03-28')).toContain(
      'Erdal Inonu chairman of Social Democratic Populist Party',
    );
    // "killing Raul Reyes, the Revolutionary Armed Forces of Colombia's second-in-command, and …"
    expect(roleLines('andes-crisis-2008-03-05')).toContain('Raul Reyes second-in-command of Revolutionary Armed Forces of Colombia');
  });

  it("reads a body led, chaired or headed by a person, but not by a possessor's relative", () => {
    // "… the Democratic Revolutionary Council (CDR), led by Acheikh Ibn Oumar, …"
    expect(roleLines('maaten-al-sarra-raid-libyan-bomber-downed-ndjamena-french-wire-1987-09-08')).toContain(
      'Acheikh Ibn Oumar leader of Democratic Revolutionary Council',
    );
    // "… the Presidential Council, chaired by Mohamed al-Menfi, which asked …"
    expect(roleLines('libya-mangoush-cohen-rome-meeting-foreign-ministry-statement-2023-08-29')).toContain('Mohamed al-Menfi chair of Presidential Council');
    // "… the mediation of the East African Community led by Ugandan President Yoweri Museveni": beside his state's office
    expect(roleLines('burundi-maprobu-96-hours-consent-au-psc-communique-news-2015-12-19')).toContain('Yoweri Museveni leader of East African Community');
    // "… the Rally of Forces for Change led by Deby's nephew Timan Erdimi": not Deby's
    expect(
      roleLines('chad-ndjamena-rebel-offensive-deby-live-blog-2008-02-03').filter(
        (line) => line.startsWith('Idriss Deby ') && line.endsWith(' of Rally of Forces for Change'),
      ),
    ).toEqual([]);
  });
});
