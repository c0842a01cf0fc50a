import { describe, expect, it } from 'vitest';
import { draftOfRuleSentences, relationLines } from '../support/rule-sentences.js';

/**
 * The person a document's heading names speaks its unattributed first person (src/extract/discourse/heading-speaker.ts),
 * on short texts written for it (tests/fixtures/rule-sentences/quotes-*.txt) with their stored CoreNLP parses.
 */
describe('the heading speaker of a press conference or a statement (real parses)', () => {
  // (drafted once, outside the tests' time limit: the machine may be busy)
  const draft = draftOfRuleSentences('quotes-presser-2026-12-01');
  const statement = relationLines(draftOfRuleSentences('quotes-statement-2026-12-01'));

  it('answers labelled "A:" are the spokesperson the heading names: "We urge Norway …"', () => {
    expect(relationLines(draft)).toContain('Lena Karlsson REQUESTED Norway');
    const requested = draft.relations.find((r) => r.type === 'REQUESTED');
    // evidence: the relation's own sentence, at exact offsets
    expect(requested?.evidence.quote).toBe('We urge Norway to respect the agreement and stop sending vessels into the area.');
    expect((draft.briefing.text ?? '').slice(requested?.evidence.start ?? 0, requested?.evidence.end ?? 0)).toBe(requested?.evidence.quote);
  });

  it('"I" and "we" of an unlabelled statement are its author; a quotation stays its own speaker’s', () => {
    expect(statement).toContain('Karin Holm CRITICIZED Russia');
    expect(statement.filter((l) => l.startsWith('Karin Holm ') && !l.endsWith(' Russia') && !l.includes('AFFILIATED_WITH'))).toEqual([]);
  });
});
