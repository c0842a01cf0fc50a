import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * What a reported clause says of someone, read as its speaker's relation to them (docs/extraction.md), on
 * development briefings with their stored CoreNLP parses. Each test fails when its reading is removed.
 */
const relationsOf = (id: string) => relationLines(draftOfDevelopmentBriefing(id));

describe('the speaker of a reported clause and its subject (development briefings, real parses)', () => {
  it('a failing told of someone criticises them: "Lavrov said the United States had failed to deliver on its commitments"', () => {
    expect(relationsOf('karlov-assassination-ankara-2016-12-20')).toContain('Sergei Lavrov CRITICIZED United States');
    // "said Mr Ma had failed to mention Taiwan's democracy"
    expect(relationsOf('ma-xi-singapore-meeting-regional-daily-2015-11-07')).toContain('Tsai Ing-wen CRITICIZED Ma Ying-jeou');
    // "He said Montevideo had refused to share environmental studies"
    expect(relationsOf('pulp-mill-icj-filing-2006-05-05')).toContain('Jorge Taiana CRITICIZED Uruguay');
  });

  it('so is a duty told not done (dutyVerbs): "Mr Butler told the Security Council that Iraq had not cooperated fully"', () => {
    expect(relationsOf('desert-fox-strikes-radio-bulletin-1998-12-17')).toContain('Richard Butler CRITICIZED Iraq');
    // "said that Denmark did not pay its fair share of NATO's costs"
    expect(relationsOf('greenland-frederiksen-trump-readout-2019-08-22')).toContain('Donald Trump CRITICIZED Denmark');
  });
});

describe('a misdeed told in reported speech accuses its doer (misdeedVerbs)', () => {
  it('"Senator Marco Rubio said Iran had \'humiliated\' the United States", "he said Saudi Arabia had forced the resignation"', () => {
    expect(relationsOf('farsi-island-us-sailors-released-feature-2016-01-14')).toContain('Marco Rubio ACCUSED Iran');
    expect(relationsOf('hariri-riyadh-resignation-feature-2017-11-18')).toContain('Hassan Nasrallah ACCUSED Saudi Arabia');
  });
});

describe('a right to act granted in reported speech (entitlementNouns)', () => {
  it.each([
    ['turkey-downs-russian-jet-2015-11-24', 'Obama … said Turkey had a right to defend its territory', 'Barack Obama SUPPORTED Turkey'],
    [
      'angostura-raid-reyes-ecuador-colombia-live-blog-2008-03-03',
      'McCormack says Colombia has the right to defend itself',
      'Sean McCormack SUPPORTED Colombia',
    ],
    [
      'iran-air-655-vincennes-shootdown-wire-1988-07-03',
      'the Foreign Office said American warships in the Gulf had the right to defend themselves',
      'Foreign Office SUPPORTED United States',
    ],
  ])('%s: "%s"', (briefing, _sentence, relation) => {
    expect(relationsOf(briefing)).toContain(relation);
  });

  it('a right claimed by a speaker whose side is not named is no support: "Prime Minister Ahmet Davutoglu said Turkey had every right to protect its borders"', () => {
    expect(relationsOf('turkey-downs-russian-jet-2015-11-24')).not.toContain('Ahmet Davutoglu SUPPORTED Turkey');
  });
});

describe('the blame laid on someone in reported speech (burdenVerbs, burdenNouns)', () => {
  it.each([
    ['cartoons-embassies-world-digest-2006-02-06', 'Jonas Gahr Store, said Damascus bore responsibility for the attack', 'Jonas Gahr Store ACCUSED Syria'],
    [
      'mh17-resolution-2166-security-council-2014-07-21',
      'He said the Ukrainian authorities bore responsibility for the conflict in the east',
      'Vitaly Churkin ACCUSED Ukraine',
    ],
  ])('%s: "%s"', (briefing, _sentence, relation) => {
    expect(relationsOf(briefing)).toContain(relation);
  });
});
