import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.36.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.36.0 round', () => {
  it('an outlet known by name publishes what it is told: "Mr Karega told RFI that …", "Obama told the Spanish-language network Telemundo …"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('karega-expulsion-kinshasa-spokesperson-briefing-2022-10-31'))).toContain(
      'Radio France Internationale PUBLISHED Vincent Karega',
    );
    expect(relationLines(draftOfDevelopmentBriefing('benghazi-stevens-killed-cairo-embassy-abushagur-north-africa-digest-2012-09-13'))).toContain(
      'Telemundo PUBLISHED Barack Obama',
    );
  });
  it('an outlet\'s name is no alias a common phrase can be: "Norway and Russia today signed a treaty" names no RT', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('barents-delimitation-treaty-murmansk-press-release-2010-09-15'));
    expect(relations).toContain('Norway SIGNED_AGREEMENT Russia');
    expect(relations.filter((line) => line.includes(' RT'))).toEqual([]);
  });
  it('what an object is expected to do is asked of it, not done: "his Government expected Libya to cooperate without reservation with the French judge"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('libya-air-arms-embargo-resolution-748-security-council-1992-03-31'));
    expect(relations.filter((line) => line.startsWith('Libya COOPERATED_WITH'))).toEqual([]);
  });
});
