import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing } from './support/rule-sentences.js';

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
