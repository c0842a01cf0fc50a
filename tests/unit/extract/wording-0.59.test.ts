import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

describe('wordings of the 0.59.0 round', () => {
  it('reads a common noun with a name in apposition as the actor named ("the city\'s mayor, Kazumi Matsui"), not only an envoy noun', () => {
    // "Ms. Whyte Gómez said she would travel to Hiroshima in August at the invitation of the city's mayor, Kazumi Matsui."
    const draft = draftOfDevelopmentBriefing('nuclear-weapons-prohibition-treaty-adopted-netherlands-vote-un-press-release-2017-07-07');
    expect(relationLines(draft)).toContain('Kazumi Matsui INVITED Elayne Whyte Gómez');
  });
});
