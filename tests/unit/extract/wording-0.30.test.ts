import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.30.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.30.0 round', () => {
  it('a pronoun capitalised after a label is no name: "Reporter: You summoned the Russian Ambassador"', () => {
    const transcript = draftOfDevelopmentBriefing('medvedev-kunashiri-kono-recalled-mofa-press-conference-transcript-2010-11-02');
    expect(transcript.actors.map((a) => a.name)).not.toContain('You');
    expect(relationLines(transcript).filter((line) => line.startsWith('You '))).toEqual([]);
  });
  it('"the two presidents" is the latest pair of persons holding that title, not the latest pair of persons', () => {
    // a joint statement naming Senator Bernie Sanders with Lula before "The two presidents agreed to relaunch …"
    const statement = relationLines(draftOfDevelopmentBriefing('lula-biden-white-house-joint-statement-2023-02-10'));
    expect(statement).toContain('Joe Biden AGREED_WITH Luiz Inácio Lula da Silva');
    expect(statement.filter((line) => line.includes('Bernie Sanders') && line.includes('AGREED_WITH'))).toEqual([]);
  });
  it('the "of" of an invasion is the one it befalls: "condemned the invasion of Kuwait by Iraq" criticises no Kuwait', () => {
    const resolution = relationLines(draftOfDevelopmentBriefing('kuwait-invasion-resolution-660-security-council-1990-08-02'));
    expect(resolution.filter((line) => line.endsWith('CRITICIZED Kuwait'))).toEqual([]);
  });
  it('a guest received in the host\'s state visits it: "Putin receives Topolanek in Moscow"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('russia-ukraine-gas-cutoff-chronology-2009-01-21'))).toContain('Mirek Topolanek VISITED Russia');
  });
  it('a title "of" a state, then the name in apposition, with an honorific and initials: "the High Commissioner of Pakistan, Mr. Abdul Basit", "the Foreign Secretary, Dr. S. Jaishankar,"', () => {
    const answers = draftOfDevelopmentBriefing('jadhav-death-sentence-icj-lok-sabha-questions-2017-07-19');
    expect(answers.actors.map((a) => a.name)).toContain('S. Jaishankar');
    expect(relationLines(answers)).toContain('S. Jaishankar MET Abdul Basit');
    // before a surname already named the honorific goes too
    const tampa = draftOfDevelopmentBriefing('tampa-howard-press-conference-transcript-2001-08-29');
    expect(tampa.actors.map((a) => a.name)).not.toContain('Mr Stoltenberg');
  });
  it('an event only the parse reads is one a later "the agreement", "the accusation" points back to', () => {
    // "Saudi Arabia and Iran agreed to resume relations": the agreement is read by the structural rules alone
    const irna = relationLines(draftOfDevelopmentBriefing('saudi-iran-beijing-irna-2023-03-11'));
    expect(irna).toEqual(expect.arrayContaining(['Iraq PRAISED Iran', 'Oman PRAISED Iran', 'Qatar PRAISED Iran']));
    // "Shevardnadze accused Russia …" then "Russia's Foreign Ministry rejected the accusation."
    expect(relationLines(draftOfDevelopmentBriefing('sukhumi-falls-shevardnadze-wire-1993-09-27'))).toContain(
      'Russian Foreign Ministry REJECTED Eduard Shevardnadze',
    );
  });
  it('a coup told by its verb attacks the one overthrown, and "the takeover" points back to its makers', () => {
    const wire = relationLines(draftOfDevelopmentBriefing('mauritania-generals-depose-abdallahi-nouakchott-wire-2008-08-07'));
    // "army officers led by General Mohamed Ould Abdel Aziz deposed President Sidi Ould Cheikh Abdallahi"
    expect(wire).toContain('Mohamed Ould Abdel Aziz ATTACKED Sidi Ould Cheikh Abdallahi');
    // "The United States condemned the takeover …"
    expect(wire).toContain('United States CRITICIZED Mohamed Ould Abdel Aziz');
    // "Obote, overthrown by Amin in January 1971, …"
    expect(relationLines(draftOfDevelopmentBriefing('kagera-annexation-amin-nyerere-radio-monitoring-1978-11-03'))).toContain(
      'Dr Idi Amin Dada ATTACKED Milton Obote',
    );
  });
  it('a demand in the speaker\'s own words, of another side: "Japan should be prudent", \'"Russia must stop this."\'', () => {
    // a spokesman's answer in a press conference transcript
    const transcript = draftOfDevelopmentBriefing('anti-secession-law-reactions-mfa-press-conference-2005-03-15');
    expect(relationLines(transcript)).toContain('Liu Jianchao REQUESTED Japan');
    const name = new Map(transcript.actors.map((a) => [a.id, a.name]));
    const demand = transcript.relations.find((r) => name.get(r.source) === 'Liu Jianchao' && r.type === 'REQUESTED' && name.get(r.target) === 'Japan');
    // the demand is made, whatever the modal of what it demands
    expect(demand?.modality).toBe('ASSERTED');
    // a quotation standing alone after the minister is introduced
    expect(relationLines(draftOfDevelopmentBriefing('opcw-gru-hack-dutch-defence-briefing-2018-10-04'))).toContain('Ank Bijleveld REQUESTED Russia');
  });
  it('a form of address before a name is no role: "Mr John Hume, leader of the Social Democratic and Labour Party"', () => {
    const report = draftOfDevelopmentBriefing('anglo-irish-agreement-hillsborough-summit-report-1985-11-16');
    const titles = report.actors.flatMap((a) => a.roles.map((r) => r.title.toLowerCase().replace(/\.$/, '')));
    expect(titles.filter((t) => ['mr', 'mrs', 'ms', 'dr', 'sir'].includes(t))).toEqual([]);
    expect(report.actors.find((a) => a.name === 'John Hume')).toBeDefined();
  });
});
