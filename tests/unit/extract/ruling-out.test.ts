import { describe, expect, it } from 'vitest';
import { draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/**
 * Ruling out an act with someone rejects them ("ruled out any further talks with the Rapid Support Forces"); not
 * ruling it out, or not rejecting something, tells no relation at all; a state's body named after "from" is the body.
 * tests/fixtures/rule-sentences/ruling-out-2026-12-07.txt, read with its stored parse.
 */
describe('ruling out', () => {
  const draft = draftOfRuleSentences('ruling-out-2026-12-07');
  const relations = relationLines(draft);

  it('reads a rejection of whom the act ruled out was with', () => {
    expect(relations).toContain('Abdel Fattah al-Burhan REJECTED Rapid Support Forces');
  });

  it('reads nothing of an act not ruled out, nor of a proposal not rejected', () => {
    expect(relations.filter((r) => r.includes(' REJECTED '))).toEqual(['Abdel Fattah al-Burhan REJECTED Rapid Support Forces']);
  });

  it('names a state’s body after "from" as the body, not the state', () => {
    expect(draft.actors.map((a) => a.name)).toContain('Sudanese foreign ministry');
  });
});
