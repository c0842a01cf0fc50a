import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * An outlet carrying an actor's words is PUBLISHED from the outlet to the speaker (src/extract/structure/publications.ts),
 * read on development briefings with their stored CoreNLP parses.
 */
describe("an outlet publishing someone's words", () => {
  it('"Blinken told CNN", "Chen told The Associated Press": the outlet told is the publisher', () => {
    expect(relationLines(draftOfDevelopmentBriefing('kabul-falls-ghani-leaves-live-blog-2021-08-15'))).toContain('CNN PUBLISHED Antony Blinken');
    expect(relationLines(draftOfDevelopmentBriefing('chen-guangcheng-embassy-departure-wire-2012-05-02'))).toContain(
      'Associated Press PUBLISHED Chen Guangcheng',
    );
  });

  it('"In an interview broadcast live by CNN, Carter said", "In a statement read on state television VTV, Gil said": the outlet carrying it', () => {
    expect(relationLines(draftOfDevelopmentBriefing('carter-pyongyang-summit-offer-wire-1994-06-18'))).toContain('CNN PUBLISHED Jimmy Carter');
    expect(relationLines(draftOfDevelopmentBriefing('venezuela-expels-seven-envoys-wire-2024-07-30'))).toContain('VTV PUBLISHED Yvan Gil');
  });

  it('"Speaking to the state broadcaster MNB on Tuesday evening, the minister said": the outlet spoken to', () => {
    const id = 'mongolia-dalai-lama-china-ulaanbaatar-daily-2016-12-21';
    expect(relationLines(draftOfDevelopmentBriefing(id))).toContain('MNB PUBLISHED Tsend Munkh-Orgil');
  });

  it('a name holding a media word is an outlet: "Maduro told Venezuelan state television", "Djotodia told Radio France Internationale"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('guyana-venezuela-argyle-2023-12-15'))).toContain('Venezuelan state television PUBLISHED Nicolas Maduro');
    expect(relationLines(draftOfDevelopmentBriefing('car-seleka-bangui-wire-2013-03-25'))).toContain('Radio France Internationale PUBLISHED Michel Djotodia');
  });

  it('no outlet, no publication: "told reporters", "told a news conference" publish nothing; every publisher is an outlet', () => {
    for (const id of ['kabul-falls-ghani-leaves-live-blog-2021-08-15', 'chen-guangcheng-embassy-departure-wire-2012-05-02']) {
      const draft = draftOfDevelopmentBriefing(id);
      const kindOf = new Map(draft.actors.map((a) => [a.id, a.kind]));
      const publishers = draft.relations.filter((r) => r.type === 'PUBLISHED').map((r) => kindOf.get(r.source));
      expect(publishers.length).toBeGreaterThan(0);
      expect(publishers.filter((kind) => kind !== 'MEDIA')).toEqual([]);
    }
  });

  it('speaking to an outlet by phone is an interview, no call: "Chen told The Associated Press by phone"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('chen-guangcheng-embassy-departure-wire-2012-05-02'))).not.toContain(
      'Chen Guangcheng PHONED Associated Press',
    );
  });
});
