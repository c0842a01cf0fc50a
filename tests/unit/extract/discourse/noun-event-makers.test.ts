import { describe, expect, it } from 'vitest';
import { eventNounTargets, nounEventMakers, nounEventWords } from '../../../../src/extract/discourse/noun-event-makers.js';
import { loadRules } from '../../../../src/extract/rules.js';
import { draftOfDevelopmentBriefing, relationLines, storedDevelopmentBriefing } from '../support/rule-sentences.js';

/**
 * Who made the event a noun names, read from the parse (src/extract/discourse/noun-event-makers.ts), on development
 * briefings with their stored parses: the words each event noun's makers are named by.
 */
function makersByNoun(id: string): Map<string, string[]> {
  const { text, parse } = storedDevelopmentBriefing(id);
  const events = nounEventMakers(parse, nounEventWords(loadRules().cues))(0, text.length);
  const byNoun = new Map<string, string[]>();
  for (const e of events) byNoun.set(e.noun, [...(byNoun.get(e.noun) ?? []), ...e.makers.map((m) => text.slice(m.start, m.end))]);
  return byNoun;
}

describe('the makers of an event a noun names', () => {
  it('are the subject of the speech verb the noun frames, through what a common noun is "of": "In a declaration issued at the summit, the heads of government of the United States, Japan, … said"', () => {
    const makers = makersByNoun('g7-arch-summit-china-declaration-paris-daily-1989-07-16').get('declaration') ?? [];
    expect(makers).toEqual(expect.arrayContaining(['States', 'Japan', 'Germany', 'France', 'Britain', 'Italy', 'Canada']));
  });

  it('are the subject of the clause a participle making it hangs from: "Unanimously adopting resolution 1718, the Council decided"', () => {
    expect(makersByNoun('dprk-nuclear-test-resolution-1718-security-council-2006-10-14').get('resolution')).toEqual(['Council']);
  });

  it('are its "by", and its "of" only for a noun that takes its maker so: "the invasion of Kuwait by Iraq" (not Kuwait), "the offer of the Islamic Republic of Iran"', () => {
    expect(makersByNoun('kuwait-invasion-resolution-660-security-council-1990-08-02').get('invasion')).toEqual(['Iraq']);
    expect(makersByNoun('pahalgam-indus-waters-foreign-office-briefing-2025-04-25').get('offer')).toEqual(['Republic']);
  });
});

/** The sentences whose "the resolution" a verb or noun acts on, in a development briefing (stored parse). */
function resolutionTargetSentences(id: string): string[] {
  const { text, parse } = storedDevelopmentBriefing(id);
  const targets = eventNounTargets(parse, nounEventWords(loadRules().cues));
  return parse.sentences
    .filter((s) => s.tokens.some((t) => t.word === 'resolution' && targets.has(t.start)))
    .map((s) => text.slice(s.tokens[0]!.start, s.tokens.at(-1)!.end));
}

describe('"the resolution" for its makers', () => {
  const nuclear = 'south-asia-nuclear-tests-resolution-1172-security-council-1998-06-06';

  it('stands for them where it is acted on, not as a subject: "rejected the resolution", not "The resolution endorsed the joint communiqué"', () => {
    const sentences = resolutionTargetSentences(nuclear);
    expect(sentences.some((s) => s.includes('rejected the resolution as'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('The resolution endorsed'))).toBe(false);
  });

  it('a rejection of it rejects the body that adopted it: "Sri Lanka\'s government has said it rejects the resolution", "Kamalesh Sharma, rejected the resolution"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('sri-lanka-unhrc-vote-lok-sabha-statement-2012-03-23'))).toContain(
      'Sri Lanka REJECTED United Nations Human Rights Council',
    );
    expect(relationLines(draftOfDevelopmentBriefing(nuclear))).toContain('Kamalesh Sharma REJECTED UN Security Council');
  });
});
