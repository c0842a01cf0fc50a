import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines, roleLines } from './support/rule-sentences.js';

/** Wordings the 0.39.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.39.0 round', () => {
  it('an outlet named beside a noun that stands for it: "told the Interfax news agency", "told the correspondent of the Middle East News Agency"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('litvinenko-inquiry-putin-probably-approved-tv-transcript-2016-01-21'))).toContain(
      'Interfax PUBLISHED Andrei Lugovoi',
    );
    expect(relationLines(draftOfDevelopmentBriefing('regeni-ambassador-recalled-cairo-rome-wire-2016-04-08'))).toContain('ANSA PUBLISHED Paola Regeni');
    expect(relationLines(draftOfDevelopmentBriefing('sand-war-bamako-ceasefire-hassan-ben-bella-mena-wire-1963-10-31'))).toContain(
      'Middle East News Agency PUBLISHED Algeria',
    );
    // "Speaking to a private TV channel": one channel of many, no outlet the text names
    expect(relationLines(draftOfDevelopmentBriefing('kashmir-article-370-downgrade-2019-08-08')).filter((l) => l.includes(' PUBLISHED '))).toEqual([]);
  });

  it('words put out in an outlet: "writing in the Financial Times", "In a broadcast on Radio Mogadishu, President Mohamed Siad Barre accused"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('cancun-wto-ministerial-collapse-zoellick-amorim-op-ed-former-ambassador-2003-09-24'))).toContain(
      'Financial Times PUBLISHED Robert Zoellick',
    );
    expect(relationLines(draftOfDevelopmentBriefing('balanbale-ethiopia-somalia-border-war-horn-digest-1982-07-27'))).toContain(
      'Radio Mogadishu PUBLISHED Mohamed Siad Barre',
    );
  });

  it('whose words are carried: "Hanoi radio broadcast a statement of the Foreign Ministry", "the text of the Kabul appeal"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('kampuchea-severs-ties-with-hanoi-radio-monitoring-1978-01-03'))).toContain(
      'Hanoi radio PUBLISHED Foreign Ministry of the Socialist Republic of Vietnam',
    );
    expect(relationLines(draftOfDevelopmentBriefing('soviet-intervention-karmal-amin-ousted-kabul-radio-monitoring-1979-12-30'))).toContain(
      'TASS PUBLISHED Afghanistan',
    );
  });

  it('what one wants another to do is asked of them: "Washington wants Syria to comply", "Hamas wants Israel and Egypt to lift the blockade"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('hariri-assassination-scobey-recalled-what-we-know-2005-02-17'))).toContain(
      'United States REQUESTED Syria',
    );
    const gaza = relationLines(draftOfDevelopmentBriefing('gaza-cairo-truce-talks-wire-2014-08-13'));
    expect(gaza).toContain('Hamas REQUESTED Israel');
    expect(gaza).toContain('Hamas REQUESTED Egypt');
    // "said he was 'a lover of democracy' and wanted it to prevail": a pronoun names no one asked
    expect(
      relationLines(draftOfDevelopmentBriefing('bolivia-zuniga-uprising-plaza-murillo-live-blog-2024-06-26')).filter((l) =>
        l.startsWith('Luiz Inácio Lula da Silva REQUESTED'),
      ),
    ).toEqual([]);
  });

  it('a possessive pronoun on a light verb\'s noun is its whole subject\'s: "Kenya and the United States reaffirmed their support for the Federal Government of Somalia"', () => {
    const lines = relationLines(draftOfDevelopmentBriefing('obama-kenya-state-visit-joint-statement-2015-07-26'));
    expect(lines).toContain('Kenya SUPPORTED Federal Government of Somalia');
    expect(lines).toContain('United States SUPPORTED Federal Government of Somalia');
    // "Madrid condemned … and expressed its solidarity with the government and people of Bolivia"
    expect(relationLines(draftOfDevelopmentBriefing('bolivia-zuniga-uprising-plaza-murillo-live-blog-2024-06-26'))).toContain('Spain SUPPORTED Bolivia');
  });

  it('a leader by verb named in apposition, a body\'s chair by office: "Sylvestre Bangui, the former ambassador to France who leads the Oubangui Liberation Front", "who holds the rotating presidency of CELAC"', () => {
    expect(roleLines(draftOfDevelopmentBriefing('bangui-barracuda-dacko-radio-monitoring-1979-09-25'))).toContain(
      'Sylvestre Bangui leader of Oubangui Liberation Front',
    );
    expect(roleLines(draftOfDevelopmentBriefing('bolivia-zuniga-uprising-plaza-murillo-live-blog-2024-06-26'))).toContain(
      'Xiomara Castro chair of Community of Latin American and Caribbean States',
    );
    expect(roleLines(draftOfDevelopmentBriefing('bolivia-venezuela-expel-us-envoys-2008-09-12'))).toContain(
      'Michelle Bachelet chair of Union of South American Nations',
    );
  });

  it('a person serving one state who meets in another\'s capital visits it: "Blaise Compaore … met Camara in Conakry"; an ambassador meets where posted', () => {
    expect(relationLines(draftOfDevelopmentBriefing('africa-brief-guinea-junta-sanctions-niger-suspended-2009-10-30'))).toContain(
      'Blaise Compaore VISITED Guinea',
    );
    expect(relationLines(draftOfDevelopmentBriefing('al-jazeera-journalists-verdict-ngo-release-2014-06-23'))).toContain('John Kerry VISITED Egypt');
    // "Vice Foreign Minister Cho Hyun met Japanese Ambassador Yasumasa Nagamine in Seoul"
    expect(relationLines(draftOfDevelopmentBriefing('radar-lock-on-dispute-seoul-daily-2018-12-25'))).not.toContain('Yasumasa Nagamine VISITED South Korea');
  });
});
