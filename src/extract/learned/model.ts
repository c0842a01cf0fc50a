import { z } from 'zod';
import { NONE } from './align.js';

/**
 * A multinomial logistic regression over sparse binary features and, optionally, one dense real-valued vector per example
 * (the sentence encoder's reading of the pair): the learned relation layer's classifier. Training is
 * deterministic (the same examples in the same order give the same weights: a fixed seed shuffles them); the model is plain
 * JSON, committed beside this file and read at extraction time.
 */

export interface TrainingExample {
  features: readonly string[];
  /** Real-valued features, the same length in every example (or absent from all). */
  dense?: Float32Array;
  label: string;
}

export interface TrainOptions {
  /** Passes over the examples. */
  epochs: number;
  /** The step size of the first pass; pass k uses rate / (1 + k * decay). */
  rate: number;
  decay: number;
  /** L2 penalty on the weights a step touches. */
  l2: number;
  /** Features seen in fewer examples than this are dropped (too rare to weigh). */
  minCount: number;
  seed: number;
  /** How much an example of each class weighs in training (absent: 1): below 1 for the none-class, the model says "no relation" less readily. */
  classWeights?: Readonly<Record<string, number>>;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 20, rate: 0.2, decay: 0.3, l2: 1e-4, minCount: 2, seed: 20_261_201 };

/**
 * The weight of a pair of actors that no gold relation joins (the none-class, NONE: about seven in eight training pairs)
 * beside the relations' weight of 1, for the learned layer's first stage (chosen by grouped cross-validation: docs/extraction.md,
 * "The learned relation layer").
 */
export const NONE_CLASS_WEIGHT = 1;

/** How the learned layer's first stage is trained, everywhere it is (the committed model, cross-validation, the reranker's folds). */
export const RELATION_TRAIN_OPTIONS: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, classWeights: { [NONE]: NONE_CLASS_WEIGHT } };

/** Weights smaller than this are not written: they change no decision. */
const WEIGHT_EPSILON = 5e-3;
/** Weights are written with this many decimals. */
const WEIGHT_DECIMALS = 3;

export const linearModelSchema = z.object({
  classes: z.array(z.string()).min(2),
  /** feature → [class index, weight] pairs (absent: zero). */
  weights: z.record(z.string(), z.array(z.tuple([z.number().int(), z.number()]))),
  /** The dense vector's weights: one row per class, one column per dimension (absent: the model reads no dense vector). */
  dense: z.array(z.array(z.number())).optional(),
});
export type LinearModel = z.infer<typeof linearModelSchema>;

/** A model ready to score: weights indexed by feature. */
export class Classifier {
  private readonly index = new Map<string, (readonly [number, number])[]>();

  constructor(readonly model: LinearModel) {
    for (const [feature, pairs] of Object.entries(model.weights)) this.index.set(feature, pairs);
  }

  get classes(): readonly string[] {
    return this.model.classes;
  }

  /** Whether the model reads a dense vector beside the sparse features. */
  get readsDense(): boolean {
    return this.model.dense !== undefined;
  }

  /** The probability of each class (in `classes` order) for these features (and the dense vector, when the model reads one). */
  probabilities(features: readonly string[], dense?: Float32Array): number[] {
    const scores = new Array<number>(this.model.classes.length).fill(0);
    for (const f of features) for (const [c, w] of this.index.get(f) ?? []) scores[c]! += w;
    const rows = this.model.dense;
    if (rows) {
      if (!dense || dense.length !== rows[0]!.length)
        throw new Error(`the relation model reads a dense vector of ${rows[0]!.length} values, given ${dense?.length ?? 'none'}`);
      rows.forEach((row, c) => (scores[c]! += dot(row, dense)));
    }
    return softmax(scores);
  }
}

/** Trains the model on the examples, in their order (shuffled by the seed). Deterministic. */
export function train(examples: readonly TrainingExample[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): LinearModel {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts.entries()]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const featureIndex = new Map(features.map((f, i) => [f, i]));
  const width = classes.length;
  const w = new Float64Array(features.length * width);
  const dimensions = examples[0]?.dense?.length ?? 0;
  if (examples.some((e) => (e.dense?.length ?? 0) !== dimensions))
    throw new Error('train: every example needs a dense vector of the same length, or none does');
  // the dense weights, class-major: d[c * dimensions + k]
  const d = new Float64Array(width * dimensions);
  const encoded = examples.map((e) => ({
    features: [...new Set(e.features.map((f) => featureIndex.get(f)).filter((i): i is number => i !== undefined))],
    dense: e.dense,
    label: classIndex.get(e.label)!,
    weight: options.classWeights?.[e.label] ?? 1,
  }));
  const random = mulberry32(options.seed);
  const order = encoded.map((_, i) => i);
  const scores = new Array<number>(width);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(order, random);
    const rate = options.rate / (1 + epoch * options.decay);
    for (const i of order) {
      const x = encoded[i]!;
      scores.fill(0);
      for (const f of x.features) for (let c = 0; c < width; c += 1) scores[c]! += w[f * width + c]!;
      if (x.dense) for (let c = 0; c < width; c += 1) for (let k = 0; k < dimensions; k += 1) scores[c]! += d[c * dimensions + k]! * x.dense[k]!;
      const p = softmax(scores);
      for (const f of x.features)
        for (let c = 0; c < width; c += 1) {
          const k = f * width + c;
          const gradient = x.weight * (p[c]! - (c === x.label ? 1 : 0)) + options.l2 * w[k]!;
          w[k] = w[k]! - rate * gradient;
        }
      if (x.dense)
        for (let c = 0; c < width; c += 1) {
          const error = x.weight * (p[c]! - (c === x.label ? 1 : 0));
          for (let k = 0; k < dimensions; k += 1) {
            const j = c * dimensions + k;
            d[j] = d[j]! - rate * (error * x.dense[k]! + options.l2 * d[j]!);
          }
        }
    }
  }
  const weights: LinearModel['weights'] = {};
  const scale = 10 ** WEIGHT_DECIMALS;
  features.forEach((f, i) => {
    const pairs: [number, number][] = [];
    for (let c = 0; c < width; c += 1) {
      const v = w[i * width + c]!;
      if (Math.abs(v) >= WEIGHT_EPSILON) pairs.push([c, Math.round(v * scale) / scale]);
    }
    if (pairs.length) weights[f] = pairs;
  });
  if (!dimensions) return { classes, weights };
  const dense = classes.map((_, c) => Array.from(d.subarray(c * dimensions, (c + 1) * dimensions), (v) => Math.round(v * scale) / scale));
  return { classes, weights, dense };
}

function dot(row: readonly number[], vector: Float32Array): number {
  let sum = 0;
  for (let k = 0; k < row.length; k += 1) sum += row[k]! * vector[k]!;
  return sum;
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** A small seeded pseudo-random generator (mulberry32): the same seed, the same shuffles, on every machine. */
function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle(items: number[], random: () => number) {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
