import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDraft } from '../src/extract/extract-briefing.js';
import { loadRules } from '../src/extract/rules.js';
import { segment } from '../src/extract/segment.js';

/** Timing of the extractor: ms per briefing and sentences per second, on the seed and the fixtures. No assertions. */
const here = path.dirname(fileURLToPath(import.meta.url));
const ROUNDS = 50;
const dirs = [path.resolve(here, '../seeds'), path.resolve(here, '../tests/fixtures/briefings')];
const files = dirs.flatMap((d) => {
  try {
    return readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f));
  } catch {
    return [];
  }
});
let t0 = performance.now();
const rules = loadRules();
console.log(`rules loaded in ${(performance.now() - t0).toFixed(1)} ms`);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const date = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? '2020-01-01';
  const sentences = segment(text, rules).length;
  t0 = performance.now();
  extractDraft(text, { publishedAt: date });
  const first = performance.now() - t0;
  t0 = performance.now();
  for (let i = 0; i < ROUNDS; i += 1) extractDraft(text, { publishedAt: date });
  const ms = (performance.now() - t0) / ROUNDS;
  console.log(
    `${path.basename(file).padEnd(36)} ${String(text.length).padStart(6)} chars ${String(sentences).padStart(4)} sentences  first ${first.toFixed(1)} ms  mean ${ms.toFixed(2)} ms/briefing  ${Math.round((sentences / ms) * 1000)} sentences/s`,
  );
}
