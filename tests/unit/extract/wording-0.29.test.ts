import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.29.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.29.0 round', () => {
  it('a form of address is no name: "His Highness the Amir Sheikh Tamim …", "His Highness stressed", "His Royal Highness the Crown Prince"', () => {
    const readouts = draftOfDevelopmentBriefing('al-udeid-strike-ceasefire-amiri-diwan-readouts-2025-06-24');
    const relations = relationLines(readouts);
    // the name after the form is the mention, and the parse's subject ("Highness") finds it
    expect(relations).toContain('Masoud Pezeshkian PHONED Tamim bin Hamad Al Thani');
    // alone, the form stands for the ruler last named
    expect(relations).toContain('Tamim bin Hamad Al Thani REQUESTED Iran');
    const summit = draftOfDevelopmentBriefing('al-ula-declaration-qatar-gcc-summit-spa-dispatch-2021-01-05');
    const formsAsNames = [...readouts.actors, ...summit.actors].map((a) => a.name).filter((name) => /^(His|Her) /.test(name));
    expect(formsAsNames).toEqual([]);
  });
  it('a meeting wished or offered is an offer to meet: "Abe said he wanted to meet Chinese and South Korean leaders"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('abe-yasukuni-not-welcome-mfa-press-conference-transcript-2013-12-30'));
    expect(relations).toContain('Shinzo Abe AGREED_TO_MEET China');
    expect(relations).not.toContain('Shinzo Abe MET China');
  });
  it('a call told by a teller or in a coordinated clause: the teller and the earlier clause are no parties', () => {
    // "The Kremlin said President Vladimir Putin had spoken by phone with Maduro": the Kremlin tells, it does not call
    expect(relationLines(draftOfDevelopmentBriefing('venezuela-reactions-2019-01-24'))).not.toContain('Kremlin PHONED Vladimir Putin');
    // "The Foreign Office … summoned the Spanish ambassador …, and the Prime Minister, David Cameron, raised the matter
    // with Mariano Rajoy in a phone call": the second clause's subject calls
    const gibraltar = relationLines(draftOfDevelopmentBriefing('gibraltar-border-queues-reef-chronicle-2013-08-12'));
    expect(gibraltar).toContain('David Cameron PHONED Mariano Rajoy');
    expect(gibraltar.filter((line) => line.startsWith('Foreign Office PHONED'))).toEqual([]);
    // "King Salman told Trump in a phone call …": whom one tells is the other party
    expect(relationLines(draftOfDevelopmentBriefing('abraham-accords-analysis-2020-09-16'))).toContain('Salman PHONED Donald Trump');
  });
  it('a stay in a foreign place is a visit: "was in Beirut", "is due in Helsinki" (planned), not "was in contact with"', () => {
    const karabakh = draftOfDevelopmentBriefing('karabakh-four-day-war-moscow-truce-caucasus-weekly-2016-04-08');
    // "Medvedev held talks with Sargsyan in Yerevan on Thursday and is due in Baku today, and Foreign Minister Sergei
    // Lavrov is expected in both capitals": the place named right after the phrase, never a pair of persons
    expect(relationLines(karabakh)).toContain('Dmitry Medvedev VISITED Azerbaijan');
    expect(relationLines(karabakh).filter((line) => line.startsWith('Sergei Lavrov VISITED'))).toEqual([]);
    const helsinki = draftOfDevelopmentBriefing('balticconnector-pipeline-damage-helsinki-live-blog-2023-10-10');
    const name = new Map(helsinki.actors.map((a) => [a.id, a.name]));
    const karis = helsinki.relations.find((r) => name.get(r.source) === 'Alar Karis' && r.type === 'VISITED' && name.get(r.target) === 'Finland');
    expect(karis?.modality).toBe('PLANNED');
    // "Subandrio is due in the Chinese capital this month"
    expect(relationLines(draftOfDevelopmentBriefing('indonesia-quits-un-malaysia-seat-feature-1965-01-09'))).toContain('Subandrio VISITED China');
    // "its Secretary-General, Medina Wesseh, was in contact with both capitals"
    const yenga = relationLines(draftOfDevelopmentBriefing('yenga-border-row-mano-river-freetown-daily-2022-03-15'));
    expect(yenga.filter((line) => line.startsWith('Medina Wesseh VISITED'))).toEqual([]);
  });
  it('a meeting held in the state of one party is a visit there by the party from another state', () => {
    // "Colombian Foreign Minister Alvaro Leyva met Venezuelan Foreign Minister Carlos Faria in Caracas"
    const border = relationLines(draftOfDevelopmentBriefing('venezuela-colombia-border-2022-09-26'));
    expect(border).toContain('Alvaro Leyva VISITED Venezuela');
    expect(border).not.toContain('Carlos Faria VISITED Venezuela');
    // "Kuleba held talks with his Turkish counterpart Hakan Fidan in Kyiv": the guest visits, the host does not
    const grain = relationLines(draftOfDevelopmentBriefing('black-sea-grain-2023-09-04'));
    expect(grain).toContain('Hakan Fidan VISITED Ukraine');
    expect(grain.filter((line) => line.startsWith('Dmytro Kuleba VISITED'))).toEqual([]);
  });
  it('a name the parse hangs on a role noun before it holds the role: "the Hezb-e-Islami leader Gulbuddin Hekmatyar"', () => {
    const kabul = draftOfDevelopmentBriefing('kabul-falls-ghani-leaves-live-blog-2021-08-15');
    const name = new Map(kabul.actors.map((a) => [a.id, a.name]));
    const hekmatyar = kabul.actors.find((a) => a.name === 'Gulbuddin Hekmatyar');
    expect(hekmatyar?.roles.map((r) => `${r.title} of ${r.of ? name.get(r.of) : ''}`)).toContain('leader of Hezb-e-Islami');
  });
  it('a title after a body\'s head word ends the body\'s name: "Foreign Ministry Spokesperson Mao Ning", "European Council President Donald Tusk"', () => {
    // the heading "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference …", which CoreNLP tags as one
    // organisation, names the person who speaks in the "Mao Ning:" turns
    const nauru = draftOfDevelopmentBriefing('nauru-drops-taipei-beijing-mfa-briefing-transcript-2024-01-16');
    expect(nauru.actors.filter((a) => a.name.includes('Spokesperson'))).toEqual([]);
    // "Mao Ning: We deplore the US remarks.": her turn; her "we" is China's, the state her own words speak for
    // ("China strongly deplores and firmly opposes this", 0.45.0's voiced state)
    expect(nauru.actors.map((a) => a.name)).toContain('Mao Ning');
    expect(relationLines(nauru)).toContain('China CRITICIZED United States');
    const digest = draftOfDevelopmentBriefing('south-china-sea-award-seongju-thaad-east-asia-digest-2016-07-14');
    const people = digest.actors.filter((a) => a.kind === 'PERSON').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Donald Tusk', 'Jean-Claude Juncker']));
    expect(relationLines(digest)).toContain('Donald Tusk VISITED China');
    // a title the head word is part of stays whole: "Presidential Press Secretary Natalya Timakova"
    const osh = draftOfDevelopmentBriefing('osh-clashes-medvedev-otunbayeva-kremlin-readout-2010-06-12');
    expect(osh.actors.map((a) => a.name)).not.toContain('Presidential Press');
  });
});
