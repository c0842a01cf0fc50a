import { describe, expect, it } from 'vitest';
import { operativePart } from '../../../../src/extract/discourse/operative-issuer.js';
import {
  draftOfDevelopmentBriefing,
  draftOfRuleSentences,
  readingOfDevelopmentBriefing,
  relationLines,
  storedDevelopmentBriefing,
} from '../support/rule-sentences.js';

/** What a draft says each relation's source did, with its date: "<source> <TYPE> <target> <date>". */
function datedLines(draft: ReturnType<typeof draftOfRuleSentences>): string[] {
  const lines = relationLines(draft);
  return draft.relations.map((r, i) => `${lines[i]} ${r.date}`);
}

describe('the adopting body of a communiqué or resolution is the subject of its numbered operative paragraphs', () => {
  it('a resolution: the body its opening names ("The Security Council,"), past preambular paragraphs, on the day its heading names', () => {
    const lines = datedLines(draftOfRuleSentences('operative-2026-12-04'));
    expect(lines).toContain('UN Security Council REQUESTED Mali 2026-12-04');
    expect(lines).toContain('UN Security Council REQUESTED Algeria 2026-12-04');
    expect(lines).toContain('UN Security Council REQUESTED Mauritania 2026-12-04');
    expect(lines).toContain("UN Security Council CRITICIZED Jama'at Nusrat al-Islam wal-Muslimin 2026-12-04");
  });

  it('an AU communiqué: the council that "adopted the following decision", on the day of its meeting (not a day a paragraph names)', () => {
    const lines = datedLines(draftOfDevelopmentBriefing('burkina-rsp-coup-au-psc-communique-2015-09-18'));
    const council = 'Peace and Security Council of the African Union';
    expect(lines).toContain(`${council} REQUESTED RSP 2015-09-18`);
    expect(lines).toContain(`${council} THREATENED RSP 2015-09-18`);
    expect(lines).toContain(`${council} REQUESTED UN Security Council 2015-09-18`);
    expect(lines).toContain(`${council} PRAISED Mohamed Ibn Chambas 2015-09-18`);
  });

  it('the evidence of each is its paragraph’s own sentence, without the number', () => {
    const draft = draftOfRuleSentences('operative-2026-12-04');
    const quotes = draft.relations.map((r) => r.evidence.quote);
    expect(quotes).toContain('Demands that Mali release the detained journalists without delay;');
  });

  it('is nobody in a text without operative paragraphs', () => {
    const id = 'al-udeid-strike-ceasefire-amiri-diwan-readouts-2025-06-24';
    const { text, parse } = storedDevelopmentBriefing(id);
    const { reading } = readingOfDevelopmentBriefing(id);
    expect(operativePart(text, parse, reading.spans, (a) => reading.registry.resolve(a))).toBeNull();
    expect(reading.discourse.operative).toBeNull();
  });
});
