import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { extractDraft } from '../../../src/extract/extract-briefing.js';
import { calibratedConfidence, reviewBelow } from '../../../src/extract/precision/calibration.js';
import type { BriefingFile } from '../../../src/ingest/briefing-format.js';
import { StoredParses } from '../../../src/nlp/parser.js';
import { reviewFirst } from '../../../src/review/review-first.js';

/** Calibrated confidence per rule family (rules/confidence.json) and the review tier `npm run extract` prints. */
const table = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'src', 'extract', 'rules', 'confidence.json'), 'utf8')) as {
  families: Record<string, { from: number; right: number }[]>;
};

describe('calibrated confidence', () => {
  it('is the fraction right of the band a rule score falls in, per family', () => {
    const surface = table.families.surface!;
    expect(calibratedConfidence('surface', 0)).toBe(surface[0]!.right);
    expect(calibratedConfidence('surface', 0.99)).toBe(surface.at(-1)!.right);
    // a score on a band's lower bound belongs to that band
    expect(calibratedConfidence('surface', surface[1]!.from)).toBe(surface[1]!.right);
    expect(calibratedConfidence('structure-noun', 0.3)).toBe(table.families['structure-noun']![0]!.right);
  });

  it('is what every rule relation of a draft carries (a development briefing, real parse)', () => {
    const id = 'gaza-flotilla-raid-digest-2010-06-01';
    const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings', `${id}.txt`), 'utf8');
    const parse = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')).get(text, '2010-06-01');
    const draft = extractDraft(text, { publishedAt: '2010-06-01', id, title: id }, { parse });
    const calibrated = new Set(Object.values(table.families).flatMap((bands) => bands.map((b) => b.right)));
    expect(draft.relations.length).toBeGreaterThan(3);
    for (const r of draft.relations) expect(calibrated).toContain(r.confidence);
  });
});

describe('the review tier', () => {
  const relation = (target: string, confidence: number): BriefingFile['relations'][number] => ({
    source: 'a',
    type: 'CRITICIZED',
    target,
    modality: 'ASSERTED',
    negated: false,
    confidence,
    evidence: { quote: `A criticised ${target.toUpperCase()}.` },
  });
  const draft = {
    briefing: { id: 'x', title: 'x', publishedAt: '2020-01-01' },
    actors: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), kind: 'STATE' as const, aliases: [], roles: [] })),
    relations: [relation('b', 0.9), relation('c', 0.62), relation('d', 0.68)],
  } satisfies BriefingFile;

  it('lists the relations below the threshold, least sure first, and keeps them in the draft', () => {
    const lines = reviewFirst(draft, 0.7);
    expect(lines[0]).toBe('To review first: 2 of 3 relations below confidence 0.7:');
    expect(lines.slice(1)).toEqual(['  0.62  A CRITICIZED C  "A criticised C."', '  0.68  A CRITICIZED D  "A criticised D."']);
    expect(draft.relations).toHaveLength(3);
  });

  it('says so when none is below it, and reads its default threshold from the calibration', () => {
    expect(reviewFirst(draft, 0.5)).toEqual(['No relation below confidence 0.5.']);
    expect(reviewFirst(draft)).toEqual(reviewFirst(draft, reviewBelow()));
  });
});
