import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** The roles a person's title gives, told by the sentence that names them. */
describe('role evidence', () => {
  it('a title the named entities split off a name is told by the sentence that wrote them together, not the first of the briefing', () => {
    for (const id of [
      'abe-yasukuni-not-welcome-mfa-press-conference-transcript-2013-12-30',
      'angostura-raid-reyes-ecuador-colombia-live-blog-2008-03-03',
      'anglo-irish-agreement-hillsborough-summit-report-1985-11-16',
    ]) {
      const draft = draftOfDevelopmentBriefing(id);
      const persons = draft.actors.filter((a) => a.kind === 'PERSON' && a.roles.length);
      expect(persons.length).toBeGreaterThan(3);
      for (const person of persons)
        for (const role of person.roles) {
          const surnames = [person.name, ...person.aliases].map((n) => n.split(' ').at(-1)!);
          expect(
            surnames.some((s) => role.evidence?.quote.includes(s)),
            `${id}: ${person.name}, ${role.title}: "${role.evidence?.quote}"`,
          ).toBe(true);
        }
    }
  });
});

describe('wordings of the 0.40.0 round', () => {
  it('a state named by its people: "accused the Palestinians of trying to impose a settlement", "We meet the Russians"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('unesco-palestine-admission-funding-cut-wire-2011-10-31'))).toContain('Israel ACCUSED Palestine');
    expect(relationLines(draftOfDevelopmentBriefing('pandor-putin-brics-icc-lady-r-newspaper-interview-2023-07-23'))).toContain('South Africa MET Russia');
    // "the welfare of the Nigerians who live on the peninsula … had asked Yaoundé": people, not the state
    expect(relationLines(draftOfDevelopmentBriefing('bakassi-handover-2008-08-14'))).not.toContain('Nigeria REQUESTED Cameroon');
  });

  it('a person come to a foreign capital visits it: "President Kagame came to Bujumbura for a regional summit", "Dr. Condoleezza Rice, came to New Delhi last week"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('burundi-closes-rwanda-border-red-tabara-regional-radio-bulletin-2024-01-12'))).toContain(
      'Paul Kagame VISITED Burundi',
    );
    expect(relationLines(draftOfDevelopmentBriefing('mumbai-attacks-pakistan-lok-sabha-statement-2008-12-11'))).toContain('Condoleezza Rice VISITED India');
  });

  it('the UN Secretaries-General, the Dalai Lama and the United Arab Republic are known by name, whatever the named entities make of them', () => {
    expect(relationLines(draftOfDevelopmentBriefing('indonesia-quits-un-malaysia-seat-feature-1965-01-09'))).toContain('U Thant REQUESTED Indonesia');
    expect(relationLines(draftOfDevelopmentBriefing('eu-china-summit-postponed-dalai-lama-brussels-weekly-2008-11-28'))).toContain(
      'Nicolas Sarkozy MET Dalai Lama',
    );
    expect(relationLines(draftOfDevelopmentBriefing('kuwait-qasim-claim-british-landing-veto-radio-bulletin-1961-07-08'))).toContain(
      'United Arab Republic SUPPORTED Kuwait',
    );
  });
});
