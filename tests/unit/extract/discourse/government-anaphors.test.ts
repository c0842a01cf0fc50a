import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, readingOfDevelopmentBriefing, relationLines } from '../support/rule-sentences.js';

/**
 * "the government", "the authorities" with no government named before (src/extract/actors/anaphora.ts): the state of
 * the seat named after it, of the place the sentence opens with, or the state the speaker serves (development
 * briefings, stored parses).
 */
/** What each "the government" / "the authorities" of a development briefing is resolved to, with its sentence. */
function governmentReadings(id: string): { sentence: string; actor: string }[] {
  const { text, reading } = readingOfDevelopmentBriefing(id);
  return reading.spans
    .filter((span) => /^the (government|authorities)$/i.test(text.slice(span.start, span.end)))
    .map((span) => ({
      sentence: reading.sentences.find((s) => s.start <= span.start && span.end <= s.end)!.text,
      actor: reading.registry.resolve(span.actor).name,
    }));
}

describe('"the government" for a state', () => {
  it('is the state whose seat is named after it: "urged the government in Moroni", "called on the government in Havana"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('anjouan-landing-bacar-mayotte-radio-bulletin-2008-03-26'))).toContain('South Africa REQUESTED Comoros');
    expect(relationLines(draftOfDevelopmentBriefing('americas-digest-cuba-protests-peru-count-2021-07-13'))).toContain('Joe Biden REQUESTED Cuba');
  });

  it('is the state of the place the sentence opens with: "In Belgrade, the government declared a state of war" (1999: Yugoslavia)', () => {
    const readings = governmentReadings('kosovo-strikes-itar-tass-1999-03-25');
    expect(readings.find((r) => r.sentence.startsWith('In Belgrade'))?.actor).toBe('Yugoslavia');
  });

  it('an appeal to it is addressed to the state the section is about: "ECOWAS … urged the authorities to restore the electoral calendar"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('senegal-election-postponement-op-ed-2024-02-12'))).toContain(
      'Economic Community of West African States REQUESTED Senegal',
    );
    expect(
      relationLines(draftOfDevelopmentBriefing('skopje-parliament-storming-live-blog-2017-04-27')).some((r) =>
        /^Jens Stoltenberg REQUESTED (North )?Macedonia$/.test(r),
      ),
    ).toBe(true);
  });

  it('is the speaker’s own state: "Mongolia’s Foreign Minister Tsend Munkh-Orgil said the government regrets"', () => {
    const readings = governmentReadings('mongolia-dalai-lama-china-ulaanbaatar-daily-2016-12-21');
    expect(readings.find((r) => r.sentence.includes('Munkh-Orgil said the government'))?.actor).toBe('Mongolia');
  });
});

describe('"the Kremlin"', () => {
  it('is the Russian presidency it names, never the state named last: "Mahamat Deby has visited the Kremlin this year" after France', () => {
    const { text, reading } = readingOfDevelopmentBriefing('chad-ends-french-defence-pact-editorial-2024-12-02');
    const kremlin = reading.spans.filter((span) => /Kremlin/.test(text.slice(span.start, span.end))).map((span) => reading.registry.resolve(span.actor));
    expect(kremlin.length).toBeGreaterThan(0);
    for (const actor of kremlin) expect(actor.roles.map((r) => r.of && reading.registry.resolve(r.of).name)).toContain('Russia');
    expect(relationLines(draftOfDevelopmentBriefing('chad-ends-french-defence-pact-editorial-2024-12-02'))).not.toContain('Mahamat Deby VISITED France');
  });
});
