import { describe, expect, it } from 'vitest';
import { draftOfRuleSentences, relationLines } from '../support/rule-sentences.js';

/**
 * A hostile deed told by someone who is not its doer is their accusation of the doer
 * (src/extract/discourse/reported-accusations.ts), on a short text written for it with its stored CoreNLP parse.
 */
describe('reported deeds accuse their doer (real parses)', () => {
  // (drafted once, outside the tests' time limit: the machine may be busy)
  const draft = draftOfRuleSentences('quotes-accusations-2026-12-01');
  const lines = relationLines(draft);

  it('"Stubb said that Russia had attacked Estonia": Stubb accuses Russia, and the attack stays Russia’s', () => {
    expect(lines).toContain('Alexander Stubb ACCUSED Russia');
    expect(lines).toContain('Russia ATTACKED Estonia');
  });

  it('a denial accuses no one: "Russia said it had attacked no one"', () => {
    expect(lines.filter((l) => l.startsWith('Russia ACCUSED'))).toEqual([]);
  });

  it('the accusation’s evidence is the sentence that tells the deed, at exact offsets', () => {
    const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
    const accused = draft.relations.find((r) => r.type === 'ACCUSED' && nameOf.get(r.source) === 'Alexander Stubb');
    expect(accused?.evidence.quote).toMatch(/^(HELSINKI|"Russia attacked Georgia)/);
    expect((draft.briefing.text ?? '').slice(accused?.evidence.start ?? 0, accused?.evidence.end ?? 0)).toBe(accused?.evidence.quote);
  });
});
