import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/env.js';
import { parseGold } from '../../src/eval/gold.js';
import { scoreBriefing } from '../../src/eval/score.js';
import { loadRules } from '../../src/extract/rules.js';
import { foldName } from '../../src/text/fold.js';
import { loadBriefingFile } from '../../src/ingest/parse-briefing.js';
import { briefingFilesIn } from '../../src/ingest/seed.js';

/** The default graph must hold every actor and relation the seed briefing states. */
describe('the seed annotation', () => {
  it('covers every actor and every relation of the hand annotation beside the briefing', async () => {
    const seed = await loadBriefingFile(path.join(PROJECT_ROOT, 'seeds', 'syria-daily-2015-12-22.json'));
    const goldPath = path.join(PROJECT_ROOT, 'seeds', 'syria-daily-2015-12-22.gold.json');
    const gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);
    const demonyms = new Map<string, string>();
    for (const state of loadRules().states.values()) for (const demonym of state.demonyms) demonyms.set(foldName(demonym), state.name);
    const score = scoreBriefing(seed, gold, { demonyms });
    expect(score.missedActors).toEqual([]);
    expect(score.falseNegatives).toEqual([]);
    expect(score.datesCorrect).toBe(score.datesTotal);
  });
});

/** A relative path literal ('../../shared/x', or path.join(ROOT, '..', 'shared')) that leads outside the clone. */
function escapesRepository(file: string): boolean {
  const text = readFileSync(file, 'utf8');
  const relative = [...text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)].map((match) => path.resolve(path.dirname(file), match[1]!));
  const fromRoot = [...text.matchAll(/PROJECT_ROOT,\s*'\.\.'/g)].map(() => path.resolve(PROJECT_ROOT, '..'));
  return [...relative, ...fromRoot].some((target) => path.relative(PROJECT_ROOT, target).startsWith('..'));
}

describe('a clone that stands alone', () => {
  it('keeps the gold annotation beside the seed without loading it as a briefing', async () => {
    const files = await briefingFilesIn(path.join(PROJECT_ROOT, 'seeds'));
    expect(files.map((file) => path.basename(file))).toEqual(['syria-daily-2015-12-22.json']);
  });

  it('reads nothing from outside the repository at run or test time', () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) visit(full);
        else if (/\.(ts|js|sh)$/.test(entry.name) && full !== fileURLToPath(import.meta.url) && escapesRepository(full)) offenders.push(full);
      }
    };
    for (const dir of ['src', 'tests', 'bench', '.ci']) visit(path.join(PROJECT_ROOT, dir));
    expect(offenders).toEqual([]);
  });
});
