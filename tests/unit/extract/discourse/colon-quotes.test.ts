import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, readingOfDevelopmentBriefing, relationLines } from '../support/rule-sentences.js';

/**
 * A quotation CoreNLP attributes to nobody, introduced by a sentence ending in a colon, is spoken by that sentence's
 * subject (src/extract/discourse/colon-quotes.ts): its "we" is theirs. On stored parses of development briefings.
 */
function quotationsOf(id: string) {
  const { text, reading } = readingOfDevelopmentBriefing(id);
  return (reading.discourse.quotations ?? []).map((q) => ({ speaker: reading.registry.resolve(q.speaker).name, opens: text.slice(q.start, q.start + 16) }));
}

describe('the speaker of a quotation introduced by a colon (real parses)', () => {
  const caricom = 'caricom-dominican-citizenship-ruling-chair-statement-2013-11-27';

  it('"The Chair of the Conference …, the Honourable Kamla Persad-Bissessar, …, made the following statement …:" speaks the quotation', () => {
    expect(quotationsOf(caricom)).toEqual([{ speaker: 'Honourable Kamla Persad-Bissessar', opens: '"The Community i' }]);
  });

  it('its "We call on the Government of the Dominican Republic" is hers', () => {
    const draft = draftOfDevelopmentBriefing(caricom);
    expect(relationLines(draft)).toContain('Honourable Kamla Persad-Bissessar REQUESTED Dominican Republic');
    const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
    const requested = draft.relations.find((r) => r.type === 'REQUESTED' && nameOf.get(r.target) === 'Dominican Republic');
    expect(requested?.evidence.quote).toContain('We call on the Government of the Dominican Republic');
  });

  it('a quotation CoreNLP attributes is left to the speaker it names, even after a colon', () => {
    // "Government Spokesman Steffen Seibert issued the following statement today:" then the quotation, which
    // CoreNLP attributes to Seibert itself: no turn of the colon's subject is added over it.
    expect(quotationsOf('navalny-novichok-berlin-government-statement-2020-09-02')).toEqual([]);
  });
});
