import { describe, expect, it } from 'vitest';
import type { CombineMode } from '../../../src/extract/extract-briefing.js';
import { draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/**
 * Wording added to the lexicons in the 0.10 round (relations.json), one family per sentence of
 * tests/fixtures/rule-sentences/wording-2026-12-01.txt, read with its stored CoreNLP parse. Each expected relation needs
 * its family's entry: remove the entry and its test fails.
 */
const NAME = 'wording-2026-12-01';
const read = (combine?: CombineMode): string[] => relationLines(draftOfRuleSentences(NAME, combine));

describe('wording lexicons of the 0.10 round on short sentences (real parses)', () => {
  const combined = read();
  const structure = read('structure');

  it('firing or shooting at someone with no weapon named: "fired at a British tanker", "shot at Pakistani soldiers"', () => {
    expect(combined).toContain('Iran ATTACKED United Kingdom');
    expect(combined).toContain('Afghanistan ATTACKED Pakistan');
  });

  it('helping, and granting asylum: "helped Finland with border patrols", "granted asylum to Julian Assange"', () => {
    for (const relations of [combined, structure]) {
      expect(relations).toContain('Sweden SUPPORTED Finland');
      expect(relations).toContain('Ecuador SUPPORTED Julian Assange');
    }
  });

  it('calling someone by name is a phone call: "Macron called Scholz on Sunday"', () => {
    for (const relations of [combined, structure]) expect(relations).toContain('Emmanuel Macron PHONED Olaf Scholz');
  });

  it('calling someone something, or calling on someone, is no phone call', () => {
    expect(combined.filter((r) => r.includes('PHONED') && !r.startsWith('Emmanuel Macron'))).toEqual([]);
    expect(combined).toContain('Germany REQUESTED Russia');
  });

  it('envoys recalled "for consultations" are no talks between the states recalling them', () => {
    for (const relations of [combined, structure]) expect(relations.filter((r) => r.includes('NEGOTIATED_WITH'))).toEqual([]);
  });

  it('an order to go is an expulsion: "ordered the American ambassador to leave", "gave Ambassador Duddy 72 hours to leave"', () => {
    for (const relations of [combined, structure]) {
      expect(relations).toContain('Venezuela EXPELLED United States');
      expect(relations).toContain('Hugo Chavez EXPELLED Patrick Duddy');
    }
  });

  it('an order to do anything else is no expulsion: "ordered the Turkish ambassador to attend a meeting"', () => {
    expect(combined.filter((r) => r.startsWith('Egypt EXPELLED'))).toEqual([]);
  });
});
