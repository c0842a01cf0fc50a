import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.28.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.28.0 round', () => {
  it('the teller of a call is no party to it: "The Elysée says Hollande and Sisi have spoken by telephone"', () => {
    const calls = relationLines(draftOfDevelopmentBriefing('egypt-derna-airstrikes-copts-live-blog-2015-02-16')).filter((r) => / PHONED /.test(r));
    expect(calls).toContain('François Hollande PHONED Abdel Fattah al-Sisi');
    expect(calls.filter((r) => r.startsWith('Elys'))).toEqual([]);
  });

  it('"call" with a thing and its name is naming, no call: "Itu Aba, which Taipei calls Taiping Island"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('south-china-sea-award-seongju-thaad-east-asia-digest-2016-07-14'));
    expect(relations.filter((r) => / PHONED /.test(r))).toEqual([]);
  });

  it('subjects of a joint act with a "with" party are not each other\'s: "France and Germany signed an agreement with Russia"', () => {
    const relations = relationLines(draftOfRuleSentences('joint-acts-2026-12-04'));
    expect(relations.filter((r) => / SIGNED_AGREEMENT /.test(r)).sort()).toEqual(['France SIGNED_AGREEMENT Russia', 'Germany SIGNED_AGREEMENT Russia']);
    // (their own company is no other party)
    expect(relations).toContain('Vladimir Putin MET Recep Tayyip Erdoğan');
    const bangladesh = relationLines(draftOfDevelopmentBriefing('india-bangladesh-enclave-swap-modi-dhaka-wire-2015-06-06'));
    expect(bangladesh).not.toContain('Reliance Power SIGNED_AGREEMENT Adani Power');
  });
  it('a state in apposition to another state is the next item of a list: "thanked South Africa, the United Republic of Tanzania and Malawi"', () => {
    const praised = relationLines(draftOfDevelopmentBriefing('monusco-intervention-brigade-resolution-2098-security-council-2013-03-28')).filter((r) =>
      r.startsWith('Gérard Araud PRAISED'),
    );
    expect(praised).toEqual(expect.arrayContaining(['Gérard Araud PRAISED South Africa', 'Gérard Araud PRAISED Tanzania', 'Gérard Araud PRAISED Malawi']));
  });

  it('a definite event noun tells no new event: "announced that the attack was the work of …" gives a later "condemned the attack" no maker from it', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('danghara-cyclists-attack-irpt-blame-tehran-analysis-2018-08-02'));
    expect(relations).not.toContain('Maria Zakharova CRITICIZED Interior Ministry');
  });
  it('the agents of a participle own the thing it describes: "vetoed a Security Council draft, sponsored by the United States, Japan and others"', () => {
    const rejected = relationLines(draftOfDevelopmentBriefing('kal-007-shootdown-sakhalin-veto-feature-1983-09-14')).filter((r) =>
      r.startsWith('Soviet Union REJECTED'),
    );
    expect(rejected).toEqual(expect.arrayContaining(['Soviet Union REJECTED United States', 'Soviet Union REJECTED Japan']));
  });
  it('asking for a meeting of a body asks the body: "asked for an urgent meeting of the Security Council"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('czechoslovakia-occupation-presidium-protest-radio-monitoring-1968-08-22'));
    expect(relations).toEqual(expect.arrayContaining(['United States REQUESTED UN Security Council', 'France REQUESTED UN Security Council']));
    expect(
      relations.filter((r) =>
        /^(United States|United Kingdom|France|Canada|Denmark|Paraguay) MET (United States|United Kingdom|France|Canada|Denmark|Paraguay)$/.test(r),
      ),
    ).toEqual([]);
  });

  it('what a body meets on is no part of its name when it is a state: "a meeting of the Security Council on Myanmar"', () => {
    const draft = draftOfDevelopmentBriefing('rohingya-hasina-ukhia-dhaka-daily-2017-09-12');
    expect(draft.actors.map((a) => a.name)).not.toContain('Security Council on Myanmar');
    expect(relationLines(draft)).toContain('Sweden REQUESTED UN Security Council');
  });
});
