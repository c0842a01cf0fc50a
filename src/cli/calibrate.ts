import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';
import { CONFIDENCE_FILE_PATH, confidenceFileSchema } from '../extract/precision/calibration.js';
import { developmentBriefings, formatConfidenceFile, measureCalibration } from '../extract/precision/measure-calibration.js';
import { DEFAULT_TRAINING_FOLDERS } from '../extract/learned/training-set.js';
import { StoredParses } from '../nlp/parser.js';
import { runCommand } from './run-cli.js';

/**
 * `npm run calibrate -- [folders or files]`: runs the rules on the development briefings (default tests/fixtures/briefings
 * and seeds, the check split excepted, with their stored parses), measures per rule family and band of rule score what
 * fraction the gold bears out, and rewrites src/extract/rules/confidence.json (its band bounds and review threshold kept).
 */

function calibrate(targets: readonly string[]): number {
  const folders = (targets.length ? targets : DEFAULT_TRAINING_FOLDERS).map((f) => path.resolve(PROJECT_ROOT, f));
  const briefings = developmentBriefings(folders, new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')), PROJECT_ROOT);
  if (!briefings.length) {
    process.stderr.write(`calibrate: no annotated briefing in ${folders.join(', ')}\n`);
    return 1;
  }
  const current = confidenceFileSchema.parse(JSON.parse(readFileSync(CONFIDENCE_FILE_PATH, 'utf8')));
  const measured = measureCalibration(briefings, current);
  writeFileSync(CONFIDENCE_FILE_PATH, formatConfidenceFile(measured));
  const lines = Object.entries(measured.families).map(
    ([family, bands]) => `  ${family.padEnd(20)} ${bands.map((b) => `≥${b.from.toFixed(2)}: ${b.right.toFixed(2)} (${b.n})`).join('  ')}`,
  );
  process.stdout.write(
    `calibrated on ${measured.measuredOn?.relations ?? 0} rule and learned readings of ${briefings.length} briefings (check split excepted) → ${path.relative(PROJECT_ROOT, CONFIDENCE_FILE_PATH)}\n${lines.join('\n')}\n`,
  );
  return 0;
}

runCommand(
  {
    name: 'calibrate',
    usage: '[<folder|briefing.txt>...]',
    summary:
      "Measures each rule family's confidence per band of rule score on the annotated development briefings (check split excepted) and rewrites src/extract/rules/confidence.json.",
    options: {},
  },
  async ({ positionals }) => calibrate(positionals),
);
