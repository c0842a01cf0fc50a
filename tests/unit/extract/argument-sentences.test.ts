import { describe, expect, it } from 'vitest';
import type { CombineMode } from '../../../src/extract/extract-briefing.js';
import { draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/** Arguments a step away from their predicate, on short sentences written for them (real stored parses). */
const read = (combine?: CombineMode): string[] => relationLines(draftOfRuleSentences('arguments-2026-12-01', combine));

describe('arguments a step away from their predicate (real parses)', () => {
  const surface = read('surface');
  const structure = read('structure');
  const combined = read();

  it('"called on the United Nations Security Council to convene": the addressee CoreNLP makes the subject of the marked clause', () => {
    expect(surface).not.toContain('Luiz Inacio Lula da Silva REQUESTED UN Security Council');
    expect(structure).toContain('Luiz Inacio Lula da Silva REQUESTED UN Security Council');
    expect(combined).toContain('Luiz Inacio Lula da Silva REQUESTED UN Security Council');
  });

  it('"The Government of Ghana calls upon Togo": a state noun whose "of" phrase names a state is that state, whatever a chain says', () => {
    expect(structure).toContain('Ghana REQUESTED Togo');
    expect(combined).toContain('Ghana REQUESTED Togo');
    expect(combined.filter((r) => r.endsWith('REQUESTED Togo'))).toEqual(['Ghana REQUESTED Togo']);
  });

  it('where the parse confirms a clause the surface rules read, its coordinated arguments join it: "flew to Kyiv and Moscow"', () => {
    expect(surface).toContain('Karl Nehammer VISITED Ukraine');
    expect(surface).not.toContain('Karl Nehammer VISITED Russia');
    expect(combined).toContain('Karl Nehammer VISITED Ukraine');
    expect(combined).toContain('Karl Nehammer VISITED Russia');
  });

  it('coordinated places the surface rules read stay as they were: "travelled to Riyadh and Abu Dhabi"', () => {
    expect(combined).toContain('Abdel Fattah el-Sisi VISITED Saudi Arabia');
    expect(combined).toContain('Abdel Fattah el-Sisi VISITED United Arab Emirates');
  });
});
