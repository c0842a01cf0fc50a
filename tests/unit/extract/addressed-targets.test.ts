import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * Targets a sentence names only as what is asked for or as the one an event befalls (src/extract/precision/patients.ts,
 * complement-targets.ts), on development briefings with their stored CoreNLP parses. Each test fails when its guard is
 * removed (the relation comes back) or when it drops the request to its addressee in the same briefing.
 */
describe('the target of a request or a judgement is its addressee, not an actor of what is asked (real parses)', () => {
  it('the one whose release is demanded is not the one asked: "called for the release of Keita", "demanded the immediate release of Protasevich"', () => {
    const mali = relationLines(draftOfDevelopmentBriefing('mali-keita-resigns-ecowas-live-blog-2020-08-19'));
    expect(mali).not.toContain('Antonio Guterres REQUESTED Ibrahim Boubacar Keita');
    expect(mali).toContain('France REQUESTED UN Security Council');
    const minsk = relationLines(draftOfDevelopmentBriefing('europe-digest-ryanair-minsk-2021-05-25'));
    expect(minsk).not.toContain('European Union REQUESTED Roman Protasevich');
    expect(minsk).toContain('Sviatlana Tsikhanouskaya REQUESTED European Union');
  });

  it('an actor inside the infinitive asked for is not the one asked: "urged Arab governments not to isolate Assad"', () => {
    const league = relationLines(draftOfDevelopmentBriefing('arab-league-suspends-syria-cairo-wire-2011-11-12'));
    expect(league).not.toContain('Russia REQUESTED Bashar al-Assad');
    // "He urged the Syrian army not to take part in the killing of civilians": the addressee is kept
    expect(league).toContain('Hamad bin Jassim al-Thani REQUESTED Syrian army');
    const moscow = relationLines(draftOfDevelopmentBriefing('moscow-summit-cancelled-snowden-white-house-statement-2013-08-07'));
    expect(moscow).not.toContain('John McCain REQUESTED Russia');
  });
});
