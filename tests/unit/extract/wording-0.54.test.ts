import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

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

  it('reads a wire story as copied from a web page: no byline or credited staff as actors, single quotation marks as quotations', () => {
    // tests/fixtures/rule-sentences/wire-copy-2026-12-07.txt: "By James Landale", "Advertisement", "'We urge China …,' Ms
    // Truss said.", "President Joseph R. Biden, Jr.", "(Reporting by Elizabeth Piper …; Editing by Alex Richardson)"
    const draft = draftOfRuleSentences('wire-copy-2026-12-07');
    const names = draft.actors.map((a) => a.name);
    for (const staff of ['James Landale', 'Elizabeth Piper', 'Alex Richardson', 'Reuters', 'Joseph']) expect(names).not.toContain(staff);
    expect(names).toContain('Joe Biden');
    const relations = relationLines(draft);
    expect(relations).toContain('Liz Truss REQUESTED China');
    expect(relations).toContain('China ACCUSED United Kingdom');
    // "President Joseph R. Biden, Jr. spoke with Prime Minister Fumio Kishida": the subject past its "Jr."
    expect(relations).toContain('Joe Biden PHONED Fumio Kishida');
  });
});
