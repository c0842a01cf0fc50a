import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/env.js';
import { parseGold } from '../../src/eval/gold.js';
import { scoreBriefing } from '../../src/eval/score.js';
import { loadRules } from '../../src/extract/rules.js';
import { foldName } from '../../src/graph/names/fold.js';
import { loadBriefingFile } from '../../src/ingest/parse-briefing.js';

/** The default graph must hold every actor and relation the seed briefing states. */
describe('the seed annotation', () => {
  it('covers every actor and every relation of the hand annotation beside the briefing', async () => {
    const seed = await loadBriefingFile(path.join(PROJECT_ROOT, 'seeds', 'syria-daily-2015-12-22.json'));
    const goldPath = path.join(PROJECT_ROOT, '..', 'shared', 'briefings', 'syria-daily-2015-12-22.gold.json');
    const gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);
    const demonyms = new Map<string, string>();
    for (const state of loadRules().states.values()) for (const demonym of state.demonyms) demonyms.set(foldName(demonym), state.name);
    const score = scoreBriefing(seed, gold, { demonyms });
    expect(score.missedActors).toEqual([]);
    expect(score.falseNegatives).toEqual([]);
    expect(score.datesCorrect).toBe(score.datesTotal);
    expect(seed.briefing.text).toBe(readFileSync(path.join(PROJECT_ROOT, '..', 'shared', 'briefings', 'syria-daily-2015-12-22.txt'), 'utf8'));
  });
});
