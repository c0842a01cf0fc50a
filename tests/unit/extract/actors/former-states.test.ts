import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { draftOfDevelopmentBriefing, relationLines } from '../support/rule-sentences.js';

/** A former state (rules/states.json `until`) takes its capital from its successor in texts published before it ended. */
const namesOn = (publishedAt: string, text: string) => extractDraft(text, { publishedAt, id: 't', title: 't' }, {}).actors.map((a) => a.name);

describe('former states', () => {
  const text = 'Moscow condemned the decision, and Bonn said it regretted it.';

  it('in 1986 "Moscow" is the Soviet Union and "Bonn" West Germany', () => {
    const found = namesOn('1986-10-12', text);
    expect(found).toEqual(expect.arrayContaining(['Soviet Union', 'West Germany']));
    expect(found).not.toContain('Russia');
    expect(found).not.toContain('Germany');
  });

  it('in 1995 "Moscow" is Russia and "Bonn", still the seat of government, Germany', () => {
    const found = namesOn('1995-08-10', text);
    expect(found).toEqual(expect.arrayContaining(['Russia', 'Germany']));
    expect(found).not.toContain('Soviet Union');
    expect(found).not.toContain('West Germany');
  });

  it('a former state is still named by its own names after it ended: "the USSR" in 2001', () => {
    expect(namesOn('2001-01-01', 'Putin said the collapse of the USSR was a catastrophe.')).toContain('Soviet Union');
  });

  it('"Bonn had urged President Franjo Tudjman" (1995) is Germany\'s request', () => {
    expect(relationLines(draftOfDevelopmentBriefing('krajina-storm-resolution-1009-security-council-1995-08-10'))).toContain(
      'Germany REQUESTED Franjo Tudjman',
    );
  });
});
