import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

const lines = (id: string) => relationLines(draftOfDevelopmentBriefing(id));

describe('wordings of the 0.54.0 round', () => {
  it('reads "the <demonym> leader" as the one holder of a leading office of that state named before', () => {
    // "… during which the Chinese leader urged Washington to support China's entry …", after "President Jiang Zemin"
    const apec = lines('apec-bogor-declaration-mahathir-reservations-jakarta-news-agency-wire-1994-11-15');
    expect(apec).toContain('Jiang Zemin REQUESTED United States');
    expect(apec).not.toContain('China REQUESTED United States');
    // "Saakashvili accepted the plan after late-night talks with the French leader", after "President Nicolas Sarkozy"
    expect(lines('georgia-ceasefire-2008-08-13')).toContain('Mikheil Saakashvili NEGOTIATED_WITH Nicolas Sarkozy');
  });
});
