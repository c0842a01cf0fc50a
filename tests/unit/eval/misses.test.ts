import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import type { GoldFile } from '../../../src/eval/gold.js';
import { goldRelationFacts, locateEvidence } from '../../../src/eval/miss-facts.js';
import { formatMissTable, tabulateMisses } from '../../../src/eval/miss-report.js';
import { missedIndices } from '../../../src/eval/missed.js';
import { classifyMiss, type MissFacts } from '../../../src/eval/misses.js';
import { StoredParses } from '../../../src/nlp/parser.js';

const base: MissFacts = {
  evidenceFound: true,
  sourceDetected: true,
  targetDetected: true,
  droppedActor: false,
  sourceLinked: true,
  targetLinked: true,
  linkedTogether: true,
  unlinkedHint: null,
  readings: [],
  goldTypes: ['CRITICIZED'],
  path: 'clause-away',
};

describe('classifyMiss: one category per missed gold relation', () => {
  it('takes the first failing step of detection → linking → reading', () => {
    expect(classifyMiss({ ...base, evidenceFound: false }).category).toBe('f');
    expect(classifyMiss({ ...base, targetDetected: false, droppedActor: true })).toEqual({ category: 'a', detail: 'dropped by the entity check' });
    expect(classifyMiss({ ...base, linkedTogether: false, targetLinked: false, unlinkedHint: 'pronoun' })).toEqual({ category: 'b', detail: 'pronoun' });
    expect(classifyMiss({ ...base, linkedTogether: false, targetLinked: false })).toEqual({ category: 'e', detail: 'implicit' });
    expect(classifyMiss({ ...base, linkedTogether: false })).toEqual({ category: 'e', detail: 'cross-sentence' });
    expect(classifyMiss({ ...base, readings: [{ type: 'ACCUSED', sameDirection: true, drafted: true }] })).toEqual({ category: 'c', detail: 'wrong type' });
    expect(classifyMiss({ ...base, readings: [{ type: 'CRITICIZED', sameDirection: false, drafted: true }] })).toEqual({
      category: 'c',
      detail: 'wrong direction',
    });
    expect(classifyMiss({ ...base, readings: [{ type: 'CRITICIZED', sameDirection: true, drafted: false }] })).toEqual({
      category: 'f',
      detail: 'read, then dropped',
    });
    expect(classifyMiss(base)).toEqual({ category: 'd', detail: 'clause-away' });
  });
});

describe('the facts of gold relations, read from a stored parse', () => {
  const name = 'acts-2026-12-01';
  const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'rule-sentences', `${name}.txt`), 'utf8');
  const parse = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')).get(text, '2026-12-01')!;
  const line = (start: string) => text.split('\n').find((l) => l.startsWith(start))!;
  const state = (n: string) => ({ name: n, type: 'STATE', aliases: [], roles: [] });
  const gold: GoldFile = {
    briefing: { id: name, publishedAt: '2026-12-01' },
    actors: [
      ...['Germany', 'Turkey', 'Atlantis', 'Bulgaria', 'Ecuador', 'Japan', 'South Korea', 'Colombia'].map(state),
      { ...state('International Court of Justice'), type: 'ORGANIZATION' },
    ],
    relations: [
      { source: 'Germany', type: 'CRITICIZED', target: 'Turkey', evidence: line('Germany halted') },
      { source: 'Atlantis', type: 'CRITICIZED', target: 'Turkey', evidence: line('Germany halted') },
      { source: 'Germany', type: 'SANCTIONED', target: 'Bulgaria', evidence: line('Moscow stopped') },
      { source: 'Ecuador', type: 'AFFILIATED_WITH', target: 'International Court of Justice', evidence: line('Ecuador sued') },
      { source: 'Colombia', type: 'ACCUSED', target: 'Ecuador', evidence: line('Ecuador sued') },
      { source: 'Japan', type: 'THREATENED', target: 'South Korea', evidence: line('Japan remained'), optional: true },
    ],
  };
  const facts = goldRelationFacts(text, parse, gold, { publishedAt: '2026-12-01', id: name, title: name });

  it('sorts each required relation by what the extractor read of its sentence', () => {
    expect(facts.map((f) => classifyMiss(f.facts))).toEqual([
      // "halted arms exports to Turkey" is read as a sanction: a reading of another type
      { category: 'c', detail: 'wrong type' },
      { category: 'a', detail: 'never detected' },
      // Germany is named elsewhere, not in "Moscow stopped gas deliveries to Bulgaria"
      { category: 'e', detail: 'implicit' },
      // "Ecuador sued Colombia at the International Court of Justice": no rule joins Ecuador and the court
      { category: 'd', detail: 'unknown-trigger' },
      // "Ecuador sued Colombia" is read the other way round
      { category: 'c', detail: 'wrong direction' },
    ]);
    // an optional gold relation is no miss
    expect(facts).toHaveLength(5);
    expect(facts.map((f) => f.candidate)).toEqual([true, false, false, true, true]);
  });

  it('counts only the misses the score reports, and the pair-candidate ceiling over every required relation', () => {
    const missed = missedIndices(
      facts.map((f) => f.relation),
      [{ source: 'Colombia', type: 'ACCUSED', target: 'Ecuador', date: null }],
    );
    expect([...missed]).toEqual([4]);
    const table = tabulateMisses([{ id: name, relations: facts, missed }]);
    expect(table.total).toBe(1);
    expect(table.byCategory.c).toBe(1);
    expect(table.candidates).toBe(3);
    expect(formatMissTable(table)).toContain('3 of 5 required gold relations (60%)');
  });
});

describe('locateEvidence', () => {
  it('finds a quote whose spacing differs from the text, and nothing for a quote not in it', () => {
    const text = 'First line.\nThe Council condemned\nthe strikes.';
    expect(locateEvidence(text, 'The Council condemned the strikes.')).toEqual({ start: 12, end: text.length });
    expect(locateEvidence(text, 'Not there.')).toBeNull();
  });
});
