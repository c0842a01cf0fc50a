import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { extractDraft, LEARNED_MIN_PROBABILITY } from '../../../src/extract/extract-briefing.js';
import { calibratedConfidence, CONFIDENCE_FILE_PATH, confidenceFileSchema, reviewBelow } from '../../../src/extract/precision/calibration.js';
import { DEFAULT_TRAINING_FOLDERS } from '../../../src/extract/learned/training-set.js';
import {
  bandsOf,
  developmentBriefings,
  formatConfidenceFile,
  measureCalibration,
  type CalibrationSample,
} from '../../../src/extract/precision/measure-calibration.js';
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

  it('is what every relation of a draft carries (a development briefing, real parse)', () => {
    const id = 'gaza-flotilla-raid-digest-2010-06-01';
    const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings', `${id}.txt`), 'utf8');
    const parse = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')).get(text, '2010-06-01');
    const draft = extractDraft(text, { publishedAt: '2010-06-01', id, title: id }, { parse });
    const calibrated = new Set(Object.values(table.families).flatMap((bands) => bands.map((b) => b.right)));
    expect(draft.relations.length).toBeGreaterThan(3);
    for (const r of draft.relations) expect(calibrated).toContain(r.confidence);
  }, 60_000); // the first draft of a run loads the rule tables and the model

  it("gives a learned relation added to the rules its family's calibrated confidence, and the learned layer alone its probability", () => {
    // a check-split briefing (the committed model never saw it): the rules read no affiliation of Insulza, the model does
    const id = 'honduras-zelaya-return-2009-07-06';
    const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings', `${id}.txt`), 'utf8');
    const meta = { publishedAt: '2009-07-06', id, title: id };
    const parse = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')).get(text, meta.publishedAt);
    const insulza = (draft: BriefingFile) =>
      draft.relations.find((r) => r.source === 'jose-miguel-insulza' && r.type === 'AFFILIATED_WITH' && r.target === 'organization-of-american-states');
    expect(insulza(extractDraft(text, meta, { parse, combine: 'surface+structure' }))).toBeUndefined();
    const added = insulza(extractDraft(text, meta, { parse }));
    const alone = insulza(extractDraft(text, meta, { parse, combine: 'learned' }));
    expect(alone!.confidence).toBeGreaterThanOrEqual(LEARNED_MIN_PROBABILITY);
    expect(added!.confidence).toBe(calibratedConfidence('learned', alone!.confidence));
    expect(table.families.learned!.map((b) => b.right)).toContain(added!.confidence);
  }, 60_000);
});

/** A committed band is stale when the development data moved its fraction right by more than this, or its count by more than STALE_COUNT_SHARE. */
const STALE_RIGHT = 0.02;
const STALE_COUNT_SHARE = 0.1;

describe('npm run calibrate', () => {
  it("fills each family's bands with the fraction right and the count of the samples in them; an empty band is left out", () => {
    const sample = (family: CalibrationSample['family'], score: number, right: boolean): CalibrationSample => ({ family, score, right });
    const samples = [
      sample('surface', 0.3, false),
      sample('surface', 0.6, true),
      sample('surface', 0.64, false),
      sample('surface', 0.65, true),
      sample('surface', 0.9, true),
      sample('structure-noun', 0.5, true),
      sample('structure-noun', 0.8, false),
      sample('structure-verb', 0.9, true),
      sample('learned', 0.72, false),
      sample('learned', 0.95, true),
      sample('learned', 0.97, false),
    ];
    const bands = bandsOf(samples, {
      surface: [0, 0.55, 0.65],
      'structure-verb': [0, 0.75],
      'structure-noun': [0],
      'structure-dismissal': [0],
      learned: [0, 0.8, 0.9],
    });
    expect(bands.surface).toEqual([
      { from: 0, right: 0, n: 1 },
      { from: 0.55, right: 0.5, n: 2 },
      { from: 0.65, right: 1, n: 2 },
    ]);
    // nothing below 0.75: that band covers every score
    expect(bands['structure-verb']).toEqual([{ from: 0, right: 1, n: 1 }]);
    expect(bands['structure-noun']).toEqual([{ from: 0, right: 0.5, n: 2 }]);
    expect(bands['structure-dismissal']).toEqual([]);
    // nothing between 0.8 and 0.9: that band is left out, its scores take the band below
    expect(bands.learned).toEqual([
      { from: 0, right: 0, n: 1 },
      { from: 0.9, right: 0.5, n: 2 },
    ]);
  });

  it('writes a file the extractor reads back as it was measured', () => {
    const file = confidenceFileSchema.parse(JSON.parse(readFileSync(CONFIDENCE_FILE_PATH, 'utf8')));
    expect(confidenceFileSchema.parse(JSON.parse(formatConfidenceFile(file)))).toEqual(file);
  });

  it('is not stale: the committed confidences are what the development briefings give today (else: npm run retrain)', () => {
    const committed = confidenceFileSchema.parse(JSON.parse(readFileSync(CONFIDENCE_FILE_PATH, 'utf8')));
    const briefings = developmentBriefings(
      DEFAULT_TRAINING_FOLDERS.map((f) => path.join(PROJECT_ROOT, f)),
      new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')),
      PROJECT_ROOT,
    );
    const measured = measureCalibration(briefings, committed);
    expect(measured.measuredOn?.briefings, 'development briefings added or removed: npm run retrain').toBe(committed.measuredOn?.briefings);
    for (const [family, bands] of Object.entries(measured.families)) {
      const was = committed.families[family as keyof typeof committed.families];
      expect(
        bands.map((b) => b.from),
        `${family}'s bands: npm run retrain`,
      ).toEqual(was.map((b) => b.from));
      bands.forEach((b, i) => {
        const c = was[i]!;
        expect(Math.abs(b.right - c.right), `${family} from ${b.from}: right ${b.right}, committed ${c.right}: npm run retrain`).toBeLessThanOrEqual(
          STALE_RIGHT + 1e-9,
        );
        expect(Math.abs(b.n - c.n), `${family} from ${b.from}: ${b.n} relations, committed ${c.n}: npm run retrain`).toBeLessThanOrEqual(
          Math.max(2, STALE_COUNT_SHARE * c.n),
        );
      });
    }
  }, 1_200_000); // five out-of-fold models are trained for the learned family: 150-220 s on a quiet 2-core machine, past 900 s on a loaded one
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
