import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, readingOfDevelopmentBriefing, relationLines } from '../support/rule-sentences.js';

/**
 * "the President" alone stands for the one person named before it who holds that office
 * (src/extract/discourse/title-anaphors.ts), on stored parses of development briefings.
 */
/** Every actor span of a development briefing whose words are a bare title after "the", as "<words> => <actor>". */
function titleSpans(id: string): string[] {
  const { text, reading } = readingOfDevelopmentBriefing(id);
  return reading.spans
    .map((s) => ({ words: text.slice(s.start, s.end), actor: reading.registry.resolve(s.actor).name }))
    .filter((s) => /^the (president|prime minister|king)$/i.test(s.words))
    .map((s) => `${s.words} => ${s.actor}`);
}

describe('a title alone for the one person holding that office (real parses)', () => {
  const barents = 'barents-delimitation-treaty-murmansk-press-release-2010-09-15';

  it('"The Prime Minister invited the President to visit Norway" after "President Dmitry Medvedev": the President is Medvedev', () => {
    expect(titleSpans(barents)).toContain('the President => Dmitry Medvedev');
    expect(relationLines(draftOfDevelopmentBriefing(barents))).toContain('Jens Stoltenberg INVITED Dmitry Medvedev');
  });

  it('two presidents named before (a readout of the Élysée after Presidents Traoré and Ouattara): "the President" stays unread', () => {
    expect(titleSpans('mali-serval-elysee-readout-2013-01-12')).toEqual([]);
  });
});
