import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

describe('wordings of the 0.45.0 round', () => {
  it('a spokesperson whose own words say "The United States condemns …" speaks for it: their "we" is the state\'s', () => {
    // "Vedant Patel, Principal Deputy Spokesperson" (no state in the role); "MR PATEL: … The United States strongly
    // condemns …"; later "We call on the Government of Serbia to lower the alert level …"
    const zvecan = relationLines(draftOfDevelopmentBriefing('zvecan-kfor-clashes-state-department-briefing-transcript-2023-05-30'));
    expect(zvecan).toContain('United States REQUESTED Serbia');
    expect(zvecan).not.toContain('Patel REQUESTED Serbia');
    // "Wang Wenbin: … China firmly opposes and strongly condemns it. We have lodged serious demarches with the Japanese
    // side and urged it to stop the discharge."
    const fukushima = relationLines(draftOfDevelopmentBriefing('fukushima-water-release-seafood-ban-mfa-presser-2023-08-24'));
    expect(fukushima).toContain('China REQUESTED Japan');
    expect(fukushima).not.toContain('Wang Wenbin REQUESTED Japan');
  });

  it('not a state the speaker supposes or reports: "If Peru wants …", "what Madrid calls …", a pronoun, a partner', () => {
    // "WALKER: Peru is free to say what it wants." (Chile's foreign minister): his "We have asked Tokyo …" stays his
    const walker = relationLines(
      draftOfDevelopmentBriefing('fujimori-santiago-arrest-peru-maritime-baselines-law-santiago-radio-interview-transcript-2005-11-09'),
    );
    expect(walker.filter((r) => r.startsWith('Peru REQUESTED'))).toEqual([]);
    // "The FDLR story is a pretext that Kigali brings out every time it wants to justify its presence on our soil."
    const kinshasa = relationLines(draftOfDevelopmentBriefing('karega-expulsion-kinshasa-spokesperson-briefing-2022-10-31'));
    expect(kinshasa.filter((r) => r.startsWith('Rwanda PRAISED') || r.startsWith('Rwanda REJECTED'))).toEqual([]);
    // "The Nicaraguan government recognizes that there is but one China …", said by China's spokesperson
    const managua = relationLines(draftOfDevelopmentBriefing('nicaragua-china-ties-mfa-presser-2021-12-10'));
    expect(managua.filter((r) => r.startsWith('Nicaragua REQUESTED'))).toEqual([]);
  });
});
