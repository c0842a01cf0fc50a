import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.37.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.37.0 round', () => {
  it('a deed told by a verb is what its noun later names: "Indonesia executed …" … "Amnesty International condemned the executions"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('bali-nine-executions-grigson-recalled-jakarta-wire-2015-04-29'))).toContain(
      'Amnesty International CRITICIZED Indonesia',
    );
  });
  it('an owner that names no actor leaves the voice to the light verb\'s subject: "Charles Michel voiced the Union\'s solidarity with Spain"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('ceuta-ghali-spain-morocco-explainer-2021-06-02'))).toContain('Charles Michel SUPPORTED Spain');
  });
  it('affirming, conveying, reiterating an event noun tells it: "Ahmed Aboul Gheit affirmed the League\'s solidarity with Somalia"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('somalia-ethiopia-mou-sonna-2024-01-07'))).toContain('Ahmed Aboul Gheit SUPPORTED Somalia');
    expect(relationLines(draftOfDevelopmentBriefing('kuwait-iraqi-buildup-amir-clinton-call-kuna-readout-1994-10-09'))).toContain(
      'Jaber Al-Ahmad Al-Jaber Al-Sabah PRAISED Bill Clinton',
    );
  });
  it('an invasion or a bombing names its victim by "of": "Russia\'s unprovoked invasion of Ukraine", "the invasion of Kuwait by Iraq"; no invader named, none is guessed', () => {
    expect(relationLines(draftOfDevelopmentBriefing('arctic-council-pause-seven-states-iqaluit-weekly-2022-03-10'))).toContain('Russia ATTACKED Ukraine');
    expect(relationLines(draftOfDevelopmentBriefing('kuwait-invasion-resolution-660-security-council-1990-08-02'))).toContain('Iraq ATTACKED Kuwait');
    // "Libyan officials approached MI6 shortly before the invasion of Iraq"
    expect(relationLines(draftOfDevelopmentBriefing('libya-wmd-renunciation-radio-bulletin-2003-12-19'))).not.toContain('Libya ATTACKED Iraq');
  });
  it('where the parse reads the same word with other parties altogether, its reading stands: "Mubarak telephoned King Fahd of Saudi Arabia and Sheikh Khalifa to urge restraint and offered Egypt\'s good offices"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('qatar-saudi-khafus-clash-abu-musa-gulf-digest-1992-10-03'));
    expect(relations).toContain('Hosni Mubarak REQUESTED Khalifa bin Hamad Al Thani');
    expect(relations.filter((line) => line.endsWith('REQUESTED Egypt'))).toEqual([]);
  });
});
