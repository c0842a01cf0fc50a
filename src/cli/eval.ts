import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../text/fold.js';
import { COMBINE_MODES, extractBriefing, type CombineMode } from '../extract/extract-briefing.js';
import { loadEnv, PROJECT_ROOT } from '../config/env.js';
import { serviceParser, StoredParses } from '../nlp/parser.js';
import { loadRules } from '../extract/rules.js';
import { parseGold } from '../eval/gold.js';
import { formatReport } from '../eval/report.js';
import { scoreBriefing, type FileScore } from '../eval/score.js';

/** Scores the extractor on every `*.txt` with a `*.gold.json` beside it, in the given files or folders. */
const DEFAULT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

async function texts(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  return (await readdir(target))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(target, f));
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const targets = argv.filter((a) => !a.startsWith('-'));
  const combineArg = argv.find((a) => a.startsWith('--combine='))?.slice('--combine='.length);
  if (combineArg !== undefined && !COMBINE_MODES.includes(combineArg as CombineMode)) throw new Error(`--combine must be one of ${COMBINE_MODES.join(', ')}`);
  const combine = combineArg as CombineMode | undefined;
  // stored parses of the development briefings first, then the parse cache, then the CoreNLP service
  const parser = serviceParser(loadEnv(), {
    stored: [new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses'))],
    cache: true,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const files = (await Promise.all((targets.length ? targets : [DEFAULT_DIR]).map(texts))).flat();
  const rules = loadRules();
  const demonyms = new Map<string, string>();
  for (const s of rules.states.values()) for (const d of s.demonyms) demonyms.set(foldName(d), s.name);
  const scores: FileScore[] = [];
  for (const file of files) {
    const goldPath = file.replace(/\.txt$/, '.gold.json');
    let goldRaw: string;
    try {
      goldRaw = await readFile(goldPath, 'utf8');
    } catch {
      continue;
    }
    const gold = parseGold(JSON.parse(goldRaw), goldPath);
    const text = await readFile(file, 'utf8');
    const draft = await extractBriefing(
      text,
      { publishedAt: gold.briefing.publishedAt, id: gold.briefing.id, title: gold.briefing.title ?? gold.briefing.id },
      { parser, ...(combine ? { combine } : {}) },
    );
    scores.push(scoreBriefing(draft, gold, { demonyms }));
  }
  if (!scores.length) {
    process.stderr.write(`eval: no briefing with a .gold.json found in ${targets.join(', ') || DEFAULT_DIR}\n`);
    return 1;
  }
  process.stdout.write(`${formatReport(scores, verbose)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
