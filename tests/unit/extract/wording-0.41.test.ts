import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

describe('wordings of the 0.41.0 round', () => {
  it('a past perfect coordinated after what a speaker said is the reported clause\'s subject\'s: "said the United States … and had urged both governments"', () => {
    const football = relationLines(draftOfDevelopmentBriefing('football-war-oas-ceasefire-radio-monitoring-1969-07-17'));
    expect(football).toContain('United States REQUESTED Honduras');
    expect(football).toContain('United States REQUESTED El Salvador');
    expect(football).not.toContain('State Department REQUESTED Honduras');
    // "He said Wellington was ready … and had asked Australia, Fiji and Vanuatu to send officers"
    const bougainville = relationLines(draftOfDevelopmentBriefing('bougainville-burnham-truce-port-moresby-daily-1997-10-11'));
    expect(bougainville).toContain('New Zealand REQUESTED Fiji');
    expect(bougainville).not.toContain('Don McKinnon REQUESTED Fiji');
  });

  it('a clause that is an open question tells nothing happened: "declined to say whether Honduras had asked for American help"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('football-war-oas-ceasefire-radio-monitoring-1969-07-17'))).not.toContain(
      'Honduras REQUESTED United States',
    );
    // "It is not clear whether Belarus has formally agreed to host Wagner units"
    expect(relationLines(draftOfDevelopmentBriefing('eurasia-digest-wagner-mutiny-lukashenko-deal-2023-06-25'))).not.toContain(
      'Belarus AGREED_WITH Wagner Group',
    );
  });

  it('the one who calls does what the call is for: "Mubarak telephoned Crown Prince Abdullah and President Saleh to congratulate them"', () => {
    const jeddah = relationLines(draftOfDevelopmentBriefing('jeddah-border-treaty-saudi-yemen-saleh-abdullah-gulf-daily-front-page-2000-06-13'));
    expect(jeddah).toContain('Hosni Mubarak PRAISED Ali Abdullah Saleh');
    expect(jeddah).not.toContain('Ali Abdullah Saleh PRAISED Hosni Mubarak');
    // "Ban Ki-moon … telephoned President Salva Kiir to demand an immediate withdrawal"
    expect(relationLines(draftOfDevelopmentBriefing('heglig-oilfield-sudan-south-sudan-analysis-2012-04-19'))).toContain('Ban Ki-moon REQUESTED Salva Kiir');
  });

  it('"condemned the attack" names who attacked only when an attack told with its target named them', () => {
    // the strikes were told with their targets: "condemned the strikes" criticises their makers
    expect(relationLines(draftOfDevelopmentBriefing('syria-strikes-douma-us-uk-france-live-blog-2018-04-14'))).toContain(
      'Vladimir Putin CRITICIZED United States',
    );
    // no attack on anyone named its maker (a blame is no attack): the condemnation names no one
    expect(relationLines(draftOfDevelopmentBriefing('kabul-indian-embassy-bombing-isi-live-blog-2008-07-07'))).not.toContain('Ban Ki-moon CRITICIZED Pakistan');
    expect(relationLines(draftOfDevelopmentBriefing('zakho-resort-shelling-2022-07-21'))).not.toContain('Kurdistan Regional Government CRITICIZED Iraq');
  });
});
