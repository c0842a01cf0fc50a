import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/config/env.js';
import { FEATURE_VERSION } from '../../../../src/extract/learned/features.js';
import { RELATION_MODEL_FILE, relationModelFileSchema } from '../../../../src/extract/learned/relation-model.js';
import { checkSplit, readAnnotated, trainingHash } from '../../../../src/extract/learned/training-set.js';
import { store } from './support.js';

/** Reading every development briefing and its stored parse takes about 5 s on a quiet machine, vitest's default limit. */
const READ_ALL_BRIEFINGS_MS = 120_000;

/**
 * The committed model must be the one `npm run train:relations` makes of its training briefings with today's feature code:
 * same feature version, same hash of the briefings' texts, gold and parses. A briefing moved into the development folder
 * (tests/fixtures/briefings) is found there.
 */
describe('the committed relation model', () => {
  const model = relationModelFileSchema.parse(JSON.parse(readFileSync(RELATION_MODEL_FILE, 'utf8')));

  it('was trained with the current feature code', () => {
    expect(model.featureVersion, 'features changed: npm run retrain').toBe(FEATURE_VERSION);
  });

  it(
    'was trained on the briefings as they are now (else: npm run retrain)',
    () => {
      const files = model.trainedOn.map(({ folder, file }) => {
        const recorded = path.join(PROJECT_ROOT, folder, file);
        return existsSync(recorded) ? recorded : path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings', file);
      });
      const briefings = readAnnotated(files, store, PROJECT_ROOT);
      expect(trainingHash(briefings, FEATURE_VERSION), 'training data changed: npm run retrain').toBe(model.trainingHash);
    },
    READ_ALL_BRIEFINGS_MS,
  );

  it('never saw a briefing of the check split', () => {
    const excluded = checkSplit();
    expect(excluded.size).toBeGreaterThanOrEqual(10);
    expect(model.trainedOn.filter((t) => excluded.has(path.basename(t.file, '.txt')))).toEqual([]);
  });

  it('never saw a briefing of a blind set (tests/fixtures/heldout, heldout-next), by folder or by name', () => {
    const blind = new Set(
      ['heldout', 'heldout-next']
        .map((name) => path.join(PROJECT_ROOT, 'tests', 'fixtures', name))
        .filter((dir) => existsSync(dir))
        .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt'))),
    );
    expect(blind.size).toBeGreaterThan(0);
    expect(model.trainedOn.filter((t) => blind.has(t.file) || t.folder.includes('heldout'))).toEqual([]);
  });
});
