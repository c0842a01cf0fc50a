import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMBINE_MODES, extractBriefing, type CombineMode } from '../extract/extract-briefing.js';
import { loadEnv, PROJECT_ROOT } from '../config/env.js';
import { serviceParser, StoredParses } from '../nlp/parser.js';
import { demonymMap } from '../eval/demonyms.js';
import { parseGold } from '../eval/gold.js';
import { formatReport } from '../eval/report.js';
import { addCounts, f1, precision, recall, scoreBriefing, type Counts, type FileScore } from '../eval/score.js';
import { bootstrapIntervals, type BriefingCounts } from '../eval/interval.js';
import { goldRelationFacts } from '../eval/miss-facts.js';
import { formatMissTable, tabulateMisses, type BriefingMisses } from '../eval/miss-report.js';
import { missedIndices } from '../eval/missed.js';
import { runCommand, UsageError } from './run-cli.js';

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

interface EvalOptions {
  verbose: boolean;
  combine: CombineMode | undefined;
  minConfidence: number;
  /** Also sort every missed required gold relation into a category (src/eval/misses.ts). */
  misses: boolean;
  /** Also print the 95% bootstrap interval of the relation figures over the briefings (src/eval/interval.ts). */
  interval: boolean;
  /** Write each briefing's relation counts to this JSON file (for `npm run eval:compare`). */
  countsFile: string | undefined;
}

async function evaluate(targets: readonly string[], { verbose, combine, minConfidence, misses, interval, countsFile }: EvalOptions): Promise<number> {
  // stored parses of the development briefings first, then the parse cache, then the CoreNLP service
  const parser = serviceParser(loadEnv(), {
    stored: [new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses'))],
    cache: true,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const files = (await Promise.all((targets.length ? targets : [DEFAULT_DIR]).map(texts))).flat();
  const demonyms = demonymMap();
  const scores: FileScore[] = [];
  const missed: BriefingMisses[] = [];
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
    const meta = { publishedAt: gold.briefing.publishedAt, id: gold.briefing.id, title: gold.briefing.title ?? gold.briefing.id };
    const draft = await extractBriefing(text, meta, { parser, ...(combine ? { combine } : {}) });
    // what the draft proposes without its review tier: the relations a reviewer would see first left out
    const proposed = minConfidence > 0 ? { ...draft, relations: draft.relations.filter((r) => r.confidence >= minConfidence) } : draft;
    const score = scoreBriefing(proposed, gold, { demonyms });
    scores.push(score);
    if (misses) {
      const relations = goldRelationFacts(text, await parser.parse(text, meta.publishedAt), gold, meta);
      missed.push({
        id: gold.briefing.id,
        relations,
        missed: missedIndices(
          relations.map((r) => r.relation),
          score.falseNegatives,
        ),
      });
    }
  }
  if (!scores.length) {
    process.stderr.write(`eval: no briefing with a .gold.json found in ${targets.join(', ') || DEFAULT_DIR}\n`);
    return 1;
  }
  process.stdout.write(`${formatReport(scores, verbose && !misses)}\n`);
  if (misses) process.stdout.write(`\n${formatMissTable(tabulateMisses(missed), verbose)}\n`);
  const counts: BriefingCounts[] = scores.map((s) => ({ id: s.id, ...s.relations }));
  if (interval) process.stdout.write(`\n${formatIntervals(counts)}\n`);
  if (countsFile) await writeFile(countsFile, `${JSON.stringify(counts, null, 1)}\n`);
  return 0;
}

/** The relation figures' 95% bootstrap intervals over the briefings, one line. */
function formatIntervals(counts: BriefingCounts[]): string {
  const { precision: p, recall: r, f1: f } = bootstrapIntervals(counts);
  const range = (x: { low: number; high: number }) => `${x.low.toFixed(2)}–${x.high.toFixed(2)}`;
  const all = counts.reduce<Counts>(addCounts, { tp: 0, fp: 0, fn: 0 });
  return (
    `relations, 95% bootstrap interval over ${counts.length} briefings (2,000 resamples, seed 1): ` +
    `P ${precision(all).toFixed(2)} (${range(p)}), R ${recall(all).toFixed(2)} (${range(r)}), F1 ${f1(all).toFixed(2)} (${range(f)})`
  );
}

const isCombineMode = (value: string): value is CombineMode => (COMBINE_MODES as readonly string[]).includes(value);

runCommand(
  {
    name: 'eval',
    usage: '[<folder|briefing.txt>...] [--combine <mode>] [--min-confidence <0..1>] [--misses] [--interval] [--counts <file.json>] [--verbose]',
    summary: 'Scores the extractor on every *.txt with a *.gold.json beside it, in the files or folders given (default: seeds/).',
    options: {
      combine: { type: 'string', description: `how the extractor's relation finders are combined: ${COMBINE_MODES.join(', ')}` },
      'min-confidence': { type: 'string', description: 'score only the relations of at least this confidence (the draft without a review tier below it)' },
      misses: {
        type: 'boolean',
        description: "sort every missed required gold relation into a category of why (src/eval/misses.ts; the default combine mode's reading)",
      },
      interval: { type: 'boolean', description: "the relation figures' 95% bootstrap interval over the briefings (how much a set this size can say)" },
      counts: { type: 'string', description: "write each briefing's relation counts to this JSON file (compare two versions with npm run eval:compare)" },
      verbose: { type: 'boolean', short: 'v', description: 'per briefing, every missed and extra actor and relation, and each date that differs' },
    },
  },
  async ({ values, positionals }) => {
    const combine = values.combine;
    if (combine !== undefined && !isCombineMode(combine)) throw new UsageError(`eval: --combine must be one of ${COMBINE_MODES.join(', ')}`);
    const minConfidence = values['min-confidence'] === undefined ? 0 : Number(values['min-confidence']);
    if (!(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError('eval: --min-confidence must be a number from 0 to 1');
    return evaluate(positionals, {
      verbose: values.verbose === true,
      combine,
      minConfidence,
      misses: values.misses === true,
      interval: values.interval === true,
      countsFile: values.counts,
    });
  },
);
