import { describe, expect, it } from 'vitest';
import { draftOfRuleSentences, relationLines } from '../support/rule-sentences.js';

/**
 * A government with a name of its own ("Libya's Government of National Unity", "the Kurdistan Regional Government") is a
 * body, its own actor (docs/annotating.md); a state's government ("Libya's government", "the Government of Sudan") is
 * the state. tests/fixtures/rule-sentences/named-governments-2026-12-07.txt, read with its stored parse.
 */
describe('named governments', () => {
  const draft = draftOfRuleSentences('named-governments-2026-12-07');
  const relations = relationLines(draft);

  it('reads a named government after its state’s possessive as the body, not the state', () => {
    expect(relations).toContain('Government of National Unity REQUESTED UN Security Council');
    expect(relations).toContain('Egypt ACCUSED Government of National Accord');
    expect(relations).not.toContain('Libya REQUESTED UN Security Council');
    expect(relations).not.toContain('Egypt ACCUSED Libya');
  });

  it('keeps a state’s own government the state', () => {
    expect(relations).toContain('Libya ACCUSED Egypt');
    expect(relations).toContain('Sudan ACCUSED Chad');
  });

  it('lets a regional government criticise the state it belongs to', () => {
    expect(relations).toContain('Kurdistan Regional Government CRITICIZED Iraq');
  });
});
