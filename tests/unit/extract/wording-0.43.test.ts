import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

describe('wordings of the 0.43.0 round', () => {
  it('calling on a person is a courtesy visit even with a clause saying when, or told as a gerund', () => {
    // "Dr Mahathir had called on President Soeharto at the palace on Tuesday morning before the session began"
    const bogor = relationLines(draftOfDevelopmentBriefing('apec-bogor-declaration-mahathir-reservations-jakarta-news-agency-wire-1994-11-15'));
    expect(bogor).toContain('Seri Dr Mahathir Mohamad MET Soeharto');
    expect(bogor).not.toContain('Seri Dr Mahathir Mohamad REQUESTED Soeharto');
    // "left for Thimphu last evening after calling on President Ershad at Bangabhaban"
    const saarc = relationLines(draftOfDevelopmentBriefing('saarc-founding-dhaka-summit-dhaka-daily-front-page-1985-12-09'));
    expect(saarc).toContain('Jigme Singye Wangchuck MET Hussain Muhammad Ershad');
    expect(saarc).not.toContain('Jigme Singye Wangchuck REQUESTED Hussain Muhammad Ershad');
  });
});
