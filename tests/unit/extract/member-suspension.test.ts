import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/** "suspend" is SANCTIONED of a member a body suspends from itself: an actor as its object and a "from" after it (stored parses). */
describe('a body suspending a member from itself', () => {
  it('"The Commonwealth suspended Pakistan from its councils" is a sanction of Pakistan', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('pakistan-coup-commonwealth-suspension-wire-1999-10-18'));
    expect(relations.some((r) => /Commonwealth SANCTIONED Pakistan$/.test(r))).toBe(true);
  });

  it('"ECOWAS has suspended Mali from all its decision-making bodies" is a sanction of Mali', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('mali-keita-resigns-ecowas-live-blog-2020-08-19'));
    expect(relations).toContain('Economic Community of West African States SANCTIONED Mali');
  });

  it('a state suspended with no "from": "The African Union suspended Guinea-Bissau on April 17", "the AU, which suspended Sudan on 6 June"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('guinea-bissau-junta-ecowas-sanctions-abidjan-wire-2012-04-30'))).toContain(
      'African Union SANCTIONED Guinea-Bissau',
    );
    expect(relationLines(draftOfDevelopmentBriefing('sudan-transition-2019-07-08'))).toContain('African Union SANCTIONED Sudan');
  });

  it('a member\'s part in the body suspended: "to suspend the participation of the Arab Republic of Egypt", "suspended Guinea\'s membership"', () => {
    const relations = relationLines(draftOfRuleSentences('suspensions-2026-12-04'));
    expect(relations).toContain('African Union SANCTIONED Egypt');
    expect(relations).toContain('Economic Community of West African States SANCTIONED Guinea');
    expect(relations).toContain('Arab League SANCTIONED Syria');
  });
});
