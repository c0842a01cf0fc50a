import { seededRandom } from '../random/seeded-random.js';
import { addCounts, f1, precision, recall, type Counts } from './score.js';

/**
 * How sure a held-out figure is. A set of 15 briefings is a small sample of the texts the extractor will meet, and its
 * figures move by several points with which 15 were written; a bootstrap over briefings (resampling whole briefings with
 * replacement, the figures micro-averaged as the report does) says by how much, and a paired bootstrap says whether
 * two versions measured on the same briefings differ by more than the sample. Seeded, so a report is reproducible. Pure.
 */

/** One briefing's relation counts, by id (as `npm run eval -- --counts <file>` writes them). */
export interface BriefingCounts extends Counts {
  id: string;
}

export interface Interval {
  low: number;
  high: number;
}

export interface BootstrapOptions {
  /** Resamples drawn (2,000 by default). */
  resamples?: number;
  /** Share of the resampled figures the interval holds (0.95 by default). */
  level?: number;
  /** Seed of the resampling (1 by default). */
  seed?: number;
}

export interface FigureIntervals {
  precision: Interval;
  recall: Interval;
  f1: Interval;
}

/** The percentile interval of sorted values holding `level` of them. */
function percentiles(values: number[], level: number): Interval {
  const sorted = [...values].sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)))]!;
  return { low: at(tail), high: at(1 - tail) };
}

/** Resampled index sets: `resamples` draws of n briefings with replacement. */
function draws(n: number, { resamples = 2000, seed = 1 }: BootstrapOptions): number[][] {
  if (n === 0) throw new Error('bootstrap: no briefings to resample');
  if (!Number.isInteger(resamples) || resamples < 1) throw new Error(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  const random = seededRandom(seed);
  return Array.from({ length: resamples }, () => Array.from({ length: n }, () => Math.floor(random() * n)));
}

const total = (counts: readonly Counts[], picks: number[]): Counts => picks.reduce((sum, i) => addCounts(sum, counts[i]!), { tp: 0, fp: 0, fn: 0 });

/** The interval of precision, recall and F1 over briefings resampled with replacement. */
export function bootstrapIntervals(counts: readonly Counts[], options: BootstrapOptions = {}): FigureIntervals {
  const level = options.level ?? 0.95;
  const totals = draws(counts.length, options).map((picks) => total(counts, picks));
  return {
    precision: percentiles(totals.map(precision), level),
    recall: percentiles(totals.map(recall), level),
    f1: percentiles(totals.map(f1), level),
  };
}

export interface PairedDifference {
  /** The briefings both sets of counts score. */
  briefings: number;
  /** F1 of the second minus F1 of the first, on all the shared briefings. */
  difference: number;
  interval: Interval;
  /** Share of resamples in which the second's F1 is not above the first's (a one-sided bootstrap p-value). */
  notBetter: number;
}

/**
 * The F1 difference between two versions measured on the same briefings, with its interval: each resample draws the
 * same briefings for both, so what the briefings share (a hard text is hard for both) cancels out.
 */
export function pairedF1Difference(first: readonly BriefingCounts[], second: readonly BriefingCounts[], options: BootstrapOptions = {}): PairedDifference {
  const other = new Map(second.map((c) => [c.id, c]));
  const a = first.filter((c) => other.has(c.id));
  const b = a.map((c) => other.get(c.id)!);
  const all = a.map((_, i) => i);
  const differences = draws(a.length, options).map((picks) => f1(total(b, picks)) - f1(total(a, picks)));
  return {
    briefings: a.length,
    difference: f1(total(b, all)) - f1(total(a, all)),
    interval: percentiles(differences, options.level ?? 0.95),
    notBetter: differences.filter((d) => d <= 0).length / differences.length,
  };
}
