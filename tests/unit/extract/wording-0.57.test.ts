import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

const lines = (id: string) => relationLines(draftOfDevelopmentBriefing(id));

describe('wordings of the 0.57.0 round', () => {
  it('reads "The Council", written with a capital after the body was named in full, as that body', () => {
    // "The Council condemned the air strikes carried out by the national armed forces of Côte d'Ivoire …"
    const ivoryCoast = lines('ivory-coast-arms-embargo-security-council-2004-11-15');
    expect(ivoryCoast).toContain('UN Security Council CRITICIZED Ivory Coast');
    expect(ivoryCoast).not.toContain('France REQUESTED Ivory Coast');
    // "The Council called upon all States to refrain from providing the Government of Portugal with …"
    const guinea = lines('guinea-conakry-invasion-portugal-resolution-290-security-council-summary-1970-12-08');
    expect(guinea).toContain('UN Security Council REQUESTED Portugal');
    expect(guinea).not.toContain('France REQUESTED Portugal');
  });

  it('leaves a possessive "the Union\'s" to its speaker: the stand he voices is his', () => {
    // "European Council President Charles Michel voiced the Union's solidarity with Spain."
    expect(lines('ceuta-ghali-spain-morocco-explainer-2021-06-02')).toContain('Charles Michel SUPPORTED Spain');
    // "… Ahmed Aboul Gheit, affirmed the League's solidarity with Somalia …"
    expect(lines('somalia-ethiopia-mou-sonna-2024-01-07')).toContain('Ahmed Aboul Gheit SUPPORTED Somalia');
  });

  it('reads the parties or the provisional authorities "in" a state, when called on, as that state', () => {
    // "The Foreign Ministry called on all parties in Kyrgyzstan to stop the violence …"
    expect(lines('osh-clashes-medvedev-otunbayeva-kremlin-readout-2010-06-12')).toContain('Russian Foreign Ministry REQUESTED Kyrgyzstan');
    // "She called on the interim authorities in Kigali to halt the killings …"
    expect(lines('rwanda-unamir-resolution-912-security-council-1994-04-21')).toContain('Madeleine Albright REQUESTED Rwanda');
  });
});
