import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** The sense of "welcome" and "receive" follows the object: a guest is hosted, a decision praised, a thing received is nothing (stored parses). */
describe('guest and thing objects of "welcome" and "receive"', () => {
  it('a person welcomed as a guest is hosted, not praised: "Jiang welcomed Clinton in a ceremony"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('clinton-jiang-beijing-live-press-conference-wire-1998-06-27'));
    expect(relations.filter((r) => /^Jiang Zemin PRAISED Bill Clinton$/.test(r))).toEqual([]);
    expect(relations.some((r) => /^Jiang Zemin (HOSTED|MET) Bill Clinton$/.test(r))).toBe(true);
  });

  it('"Xi Jinping welcomed Duterte with a red-carpet ceremony" is a meeting, not praise', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('duterte-beijing-separation-manila-daily-2016-10-21'));
    expect(relations).not.toContain('Xi Jinping PRAISED Rodrigo Duterte');
    expect(relations.some((r) => /^Xi Jinping (HOSTED|MET) Rodrigo Duterte$/.test(r))).toBe(true);
  });

  it('a thing received is no guest: "did not receive a change in Bratislava’s position"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('komarno-solyom-entry-ban-bajnai-fico-call-readout-2009-08-22'));
    expect(relations.filter((r) => / (HOSTED|MET) Slovakia$/.test(r))).toEqual([]);
  });
});

describe('an invitation that sets a visit, or is accepted (invitationNouns)', () => {
  it.each([
    [
      'anti-secession-law-reactions-mfa-press-conference-2005-03-15',
      'At the invitation of Foreign Minister Li Zhaoxing, US Secretary of State Condoleezza Rice will visit China',
      'Li Zhaoxing INVITED Condoleezza Rice',
    ],
    [
      'agra-summit-jaswant-singh-mea-briefing-2001-07-17',
      'the Prime Minister has accepted the invitation of President Musharraf to visit Pakistan',
      'Pervez Musharraf INVITED Shri Atal Bihari Vajpayee',
    ],
  ])('%s: "%s"', (briefing, _sentence, relation) => {
    expect(relationLines(draftOfDevelopmentBriefing(briefing))).toContain(relation);
  });

  it('a host is not the guest the invitation brought: "at the invitation of Malaysia as Chair of ASEAN, I hosted …"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('putrajaya-thai-cambodia-ceasefire-press-conference-2025-07-28'));
    expect(relations.filter((r) => r.startsWith('Malaysia INVITED') && /anwar/i.test(r))).toEqual([]);
  });
});
