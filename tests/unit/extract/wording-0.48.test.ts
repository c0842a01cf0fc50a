import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, roleLines as rolesOfDraft } from './support/rule-sentences.js';

const roleLines = (id: string) => rolesOfDraft(draftOfDevelopmentBriefing(id));

describe('wordings of the 0.48.0 round', () => {
  it('reads what a title is "of the" as a body, whatever kind its name was first given', () => {
    // "Last week the president of the Frente Amplio, General Líber Seregni, accused …" (the party first read as a person)
    expect(roleLines('treaty-of-asuncion-mercosur-gros-espiell-montevideo-radio-morning-interview-transcript-1991-03-27')).toContain(
      'Líber Seregni president of Frente Amplio',
    );
    // "The Russian Federation was represented by the Chairman of the State Duma, Boris Gryzlov."
    expect(roleLines('ukraine-round-table-kwasniewski-readout-2004-11-27')).toContain('Boris Gryzlov Chairman of State Duma');
    // "The delegation included the Secretary-General of the Islamic Conference, Hassan al-Tohamy."
    expect(roleLines('pakistan-recognises-bangladesh-bhutto-islamic-summit-lahore-wire-1974-02-22')).toContain(
      'Hassan al-Tohamy Secretary-General of Islamic Conference',
    );
  });
});
