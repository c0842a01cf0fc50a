import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../../src/config/env.js';
import { briefingCandidates } from '../../../../src/extract/learned/examples.js';
import { parseGold } from '../../../../src/eval/gold.js';
import { StoredParses } from '../../../../src/nlp/parser.js';

export const store = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses'));

/** A development briefing, its gold, its stored parse, and the candidate pairs the learned layer reads in it. */
export function devBriefing(name: string) {
  const file = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings', `${name}.txt`);
  const text = readFileSync(file, 'utf8');
  const gold = parseGold(JSON.parse(readFileSync(file.replace(/\.txt$/, '.gold.json'), 'utf8')), name);
  const parse = store.get(text, gold.briefing.publishedAt);
  if (!parse) throw new Error(`no stored parse of ${name}`);
  const { reading, resolve, candidates } = briefingCandidates(text, { publishedAt: gold.briefing.publishedAt, id: name }, parse);
  return { text, gold, parse, reading, resolve, candidates };
}
