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

  it("drafts no actor for the wire's own staff named in its credit line", () => {
    // "(Reporting by Lamine Chikhi in Algiers, …; Writing by Samia Nakhoul; Editing by Will Waterman)"
    const names = draftOfDevelopmentBriefing('in-amenas-hostage-assault-cameron-sellal-abe-wire-urgent-series-2013-01-17').actors.map((a) => a.name);
    expect(names).not.toContain('Samia Nakhoul');
    expect(names).not.toContain('Will Waterman');
    expect(names).toContain('David Cameron');
  });

  it('reads a listed person by another of their names, with its initial and "Jr.", as that person', () => {
    // "… welcomed President Joseph R. Biden and President Vladimir Putin …": one of the listed Joe Biden's names
    const actors = draftOfDevelopmentBriefing('geneva-biden-putin-summit-swiss-press-release-2021-06-16').actors;
    expect(actors.map((a) => a.name)).not.toContain('Joseph');
    expect(actors.find((a) => a.name === 'Joe Biden')?.aliases).toContain('Joseph R. Biden');
  });
});
