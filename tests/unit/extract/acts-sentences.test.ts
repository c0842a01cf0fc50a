import { describe, expect, it } from 'vitest';
import { draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/**
 * Wording told as acts (relations.json), one family per sentence of tests/fixtures/rule-sentences/acts-2026-12-01.txt,
 * read with its stored CoreNLP parse: halting supplies to an actor sanctions it, indicting, prosecuting or suing
 * accuses, a person visiting a person meets them, being in contact with an actor cooperates with it. Each expected relation needs its family's entry: remove it and the
 * test fails.
 */
const NAME = 'acts-2026-12-01';

describe('wording told as acts (real parses)', () => {
  const combined = relationLines(draftOfRuleSentences(NAME));
  const structure = relationLines(draftOfRuleSentences(NAME, 'structure'));

  it('halting exports or deliveries to an actor sanctions it: "halted arms exports to Turkey", "stopped gas deliveries to Bulgaria"', () => {
    for (const relations of [combined, structure]) {
      expect(relations).toContain('Germany SANCTIONED Turkey');
      expect(relations).toContain('Russia SANCTIONED Bulgaria');
    }
  });

  it('indicting, prosecuting or suing someone accuses them, active or passive: "indicted Omar al-Bashir", "was prosecuted by the ICC", "sued Colombia"', () => {
    for (const relations of [combined, structure]) {
      expect(relations).toContain('International Criminal Court ACCUSED Omar al-Bashir');
      expect(relations).toContain('International Criminal Court ACCUSED Uhuru Kenyatta');
      expect(relations).toContain('Ecuador ACCUSED Colombia');
    }
  });

  it('being in contact or in touch with an actor is cooperation; losing contact is not', () => {
    expect(combined).toContain('Japan COOPERATED_WITH South Korea');
    expect(combined).toContain('Norway COOPERATED_WITH Colombia');
    expect(combined.filter((r) => r.includes('Mali'))).toEqual([]);
  });

  it('a person visiting a person meets them: "Scholz visited President Macron in Paris"', () => {
    expect(combined).toContain('Olaf Scholz MET Emmanuel Macron');
    expect(combined).not.toContain('Olaf Scholz VISITED Emmanuel Macron');
  });
});
