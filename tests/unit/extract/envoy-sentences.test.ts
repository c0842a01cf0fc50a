import { describe, expect, it } from 'vitest';
import type { CombineMode } from '../../../src/extract/extract-briefing.js';
import { draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/** Persons named by their mandate alone (`envoyNouns` in rules/structure.json), on short sentences written for them (real stored parses). */
const read = (combine?: CombineMode): string[] => relationLines(draftOfRuleSentences('envoys-2026-12-01', combine));

describe('persons named by their mandate alone stand for whom they are "of" (real parses)', () => {
  const structure = read('structure');
  const combined = read();

  it('as agents: "The representatives of Norway and Iceland urged Denmark"', () => {
    expect(structure).toContain('Norway REQUESTED Denmark');
    expect(structure).toContain('Iceland REQUESTED Denmark');
  });

  it('as patients, each conjunct: "hosted the leaders of India, Australia and the United States"', () => {
    for (const relations of [structure, combined]) {
      expect(relations).toContain('Fumio Kishida HOSTED India');
      expect(relations).toContain('Fumio Kishida HOSTED Australia');
      expect(relations).toContain('Fumio Kishida HOSTED United States');
    }
  });
});
