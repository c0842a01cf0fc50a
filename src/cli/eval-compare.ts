import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { pairedF1Difference, type BriefingCounts } from '../eval/interval.js';
import { runCommand, UsageError } from './run-cli.js';

/**
 * Whether two extractor versions measured on the same briefings differ by more than the sample: the paired bootstrap
 * of their F1 difference over the briefings both count files hold (`npm run eval -- <set> --counts a.json`, then the
 * same set with the other version).
 */
const countsFile = z.array(z.object({ id: z.string().min(1), tp: z.number().int().min(0), fp: z.number().int().min(0), fn: z.number().int().min(0) }).strict());

async function load(file: string): Promise<BriefingCounts[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`eval:compare: ${file} is not a readable JSON file (${(error as Error).message})`);
  }
  const parsed = countsFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`eval:compare: ${file} at ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

runCommand(
  {
    name: 'eval:compare',
    usage: '<first.json> <second.json>',
    summary: 'The F1 difference of the second counts file from the first on their shared briefings, with its 95% paired bootstrap interval.',
    options: {},
  },
  async ({ positionals }) => {
    if (positionals.length !== 2) throw new UsageError('eval:compare: give exactly two counts files (written by npm run eval -- --counts <file>)');
    const [first, second] = await Promise.all(positionals.map(load));
    const result = pairedF1Difference(first!, second!);
    if (!result.briefings) throw new UsageError('eval:compare: the two files share no briefing id');
    const sign = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
    process.stdout.write(
      `F1 difference (second − first) on ${result.briefings} shared briefings: ${sign(result.difference)}, ` +
        `95% paired bootstrap interval ${sign(result.interval.low)} to ${sign(result.interval.high)} (2,000 resamples, seed 1); ` +
        `the second not better in ${(result.notBetter * 100).toFixed(1)}% of resamples\n`,
    );
    return 0;
  },
);
