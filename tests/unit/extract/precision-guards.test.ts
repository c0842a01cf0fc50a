import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/**
 * Precision guards: readings the rules used to propose that are not the relation, on development briefings read with
 * their stored CoreNLP parses (no service needed). Each test fails when its guard is removed.
 */
const relationsOf = (id: string): string[] => relationLines(draftOfDevelopmentBriefing(id));

describe('precision guards (development briefings, real parses)', () => {
  it('whoever would act in a threat’s clause is the threatener’s side: "warned that it would respond if Kosovo Serbs …"', () => {
    const relations = relationsOf('kosovo-serbia-plates-deal-2022-11-24');
    expect(relations).not.toContain('Aleksandar Vucic THREATENED Serbia');
    expect(relations).toContain('Aleksandar Vucic THREATENED Kosovo');
  });

  it('"warned that Moscow would respond … if Washington began deploying": the threatened is Washington, not Moscow', () => {
    const relations = relationsOf('world-digest-khashoggi-inf-2018-10-21');
    expect(relations).not.toContain('Sergei Ryabkov THREATENED Russia');
    expect(relations).toContain('Sergei Ryabkov THREATENED United States');
  });

  it('recalling an envoy is a protest against the host (CRITICIZED), not a sanction', () => {
    const relations = relationsOf('indonesia-australia-tapping-2013-11-21');
    expect(relations).toContain('Indonesia CRITICIZED Australia');
    expect(relations).not.toContain('Indonesia SANCTIONED Australia');
  });

  it('"share" is cooperation only of what one has learnt: "shared information with the CIA", not "share maritime boundaries with"', () => {
    expect(relationsOf('abbottabad-gilani-national-assembly-2011-05-09')).toContain('Inter-Services Intelligence COOPERATED_WITH Central Intelligence Agency');
    const boundaries = relationsOf('san-andres-icj-ruling-pact-of-bogota-analysis-2012-11-30');
    expect(boundaries).not.toContain('Costa Rica COOPERATED_WITH Nicaragua');
    expect(boundaries).not.toContain('Panama COOPERATED_WITH Nicaragua');
  });

  it('an event noun stands for its makers only in a reaction against it: "Armenia welcomed the agreement" praises no one', () => {
    expect(relationsOf('karabakh-moscow-truce-2020-10-10')).not.toContain('Armenia PRAISED Azerbaijan');
    // "welcomed the decision": no guest of a decision's maker
    expect(relationsOf('wto-doha-china-accession-xinhua-2001-11-10')).not.toContain('Mike Moore HOSTED Qatar');
    // "welcomed the agreement": the agreement is no guest, whichever actor the event noun stands for
    expect(relationsOf('comfort-women-agreement-japan-mofa-readout-2015-12-28').filter((r) => r.startsWith('Susan Rice HOSTED'))).toEqual([]);
    expect(relationsOf('lake-albert-ngurdoto-museveni-kabila-eastafrican-weekly-2007-09-10').filter((r) => r.startsWith('Heritage Oil HOSTED'))).toEqual([]);
    // a condemnation or a rejection of the event is one of its makers: "condemned the strikes", "rejected the accusation"
    expect(relationsOf('desert-fox-strikes-radio-bulletin-1998-12-17')).toContain('Boris Yeltsin CRITICIZED United States');
    expect(relationsOf('finland-border-2023-11-29')).toContain('Kremlin REJECTED Finland');
  });

  it('"dismissed" a person or an office removes them and denies nothing; "dismissed the accusation" is a denial', () => {
    expect(relationsOf('fiji-bainimarama-coup-regional-2006-12-06')).not.toContain('Frank Bainimarama DENIED Laisenia Qarase');
    expect(relationsOf('world-digest-khashoggi-inf-2018-10-21')).not.toContain('Salman DENIED General Intelligence Presidency');
    expect(relationsOf('black-sea-grain-2023-09-04')).toContain('Dmitry Peskov DENIED Josep Borrell');
  });

  it('calling on a person with nothing asked of them is a courtesy visit (MET); "called on Jammeh to go" stays a request', () => {
    const ganges = relationsOf('ganges-water-treaty-farakka-wire-1996-12-12');
    expect(ganges).toContain('Sheikh Hasina MET Shankar Dayal Sharma');
    expect(ganges).not.toContain('Sheikh Hasina REQUESTED Shankar Dayal Sharma');
    const summit = relationsOf('inter-korean-summit-sunan-handshake-live-blog-2000-06-13');
    expect(summit).toContain('Kim Dae-jung MET Kim Yong-nam');
    expect(relationsOf('ivory-coast-arms-embargo-security-council-2004-11-15')).toContain('Kofi Annan REQUESTED Laurent Gbagbo');
  });

  it('a "for" naming the visit itself, or part of the host\'s title, asks nothing: "called on Mrs Gandhi for a farewell meeting"', () => {
    const calls = relationLines(draftOfRuleSentences('courtesy-calls-2026-12-04'));
    expect(calls).toContain('Bhutto MET Gandhi');
    expect(calls).toContain('Yuji Miyamoto MET Zhang Yesui');
    expect(calls.filter((r) => / REQUESTED /.test(r))).toEqual(['Kofi Annan REQUESTED Laurent Gbagbo']);
  });

  it('an invitation only asks for its event until the guest accepts: "invited the President to visit Jordan" is no visit', () => {
    expect(relationsOf('jordan-hamzah-sedition-biden-call-readout-2021-04-05')).not.toContain('Joe Biden VISITED Jordan');
    // "He invited Putin to visit China this year for the Belt and Road forum, and Putin accepted."
    expect(relationsOf('xi-moscow-kishida-kyiv-world-digest-2023-03-21')).toContain('Vladimir Putin VISITED China');
  });
});
