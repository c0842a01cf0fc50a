import { describe, expect, it } from 'vitest';
import { Classifier, DEFAULT_TRAIN_OPTIONS, train, type TrainingExample } from '../../../../src/extract/learned/model.js';
import { neighbourFeatures } from '../../../../src/extract/learned/neighbours.js';

/** A toy problem whose answer is known: the trigger word decides the class, other features are noise. */
function toyExamples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  const noise = ['n1', 'n2', 'n3', 'n4'];
  for (let i = 0; i < 60; i += 1) {
    const extra = [noise[i % 4]!, noise[(i * 3) % 4]!];
    out.push({ features: ['bias', 'top=condemn', ...extra], label: 'CRITICIZED' });
    out.push({ features: ['bias', 'top=meet', ...extra], label: 'MET' });
    out.push({ features: ['bias', 'top=say', ...extra], label: 'NONE' });
  }
  return out;
}

describe('the linear relation model', () => {
  it('learns which features decide the class, with probabilities that sum to 1', () => {
    const classifier = new Classifier(train(toyExamples()));
    expect([...classifier.classes]).toEqual(['CRITICIZED', 'MET', 'NONE']);
    const p = classifier.probabilities(['bias', 'top=condemn', 'n2']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(p[0]).toBeGreaterThan(0.9);
    expect(classifier.probabilities(['bias', 'top=meet'])[1]).toBeGreaterThan(0.9);
    // a feature never seen in training changes nothing
    expect(classifier.probabilities(['bias', 'top=say', 'unseen'])).toEqual(classifier.probabilities(['bias', 'top=say']));
  });

  it('drops features rarer than the minimum count', () => {
    const model = train([...toyExamples(), { features: ['bias', 'once'], label: 'MET' }]);
    expect(model.weights.once).toBeUndefined();
    expect(model.weights['top=condemn']).toBeDefined();
  });

  it('is deterministic: the same examples give the same weights; another seed another shuffle', () => {
    const examples = toyExamples();
    expect(train(examples)).toEqual(train(examples));
    const other = train(examples, { ...DEFAULT_TRAIN_OPTIONS, seed: 7 });
    expect(other.classes).toEqual(train(examples).classes);
  });
});

describe('the linear relation model with a dense vector', () => {
  /** The class is written only in the dense vector (its first component for CRITICIZED, its second for MET): the sparse features are noise. */
  const examples: TrainingExample[] = [];
  for (let i = 0; i < 90; i += 1) {
    const jitter = ((i * 7) % 10) / 100;
    const label = ['CRITICIZED', 'MET', 'NONE'][i % 3]!;
    const dense = Float32Array.from([label === 'CRITICIZED' ? 1 : jitter, label === 'MET' ? 1 : jitter, 0.5]);
    examples.push({ features: ['bias', `n${i % 4}`], dense, label });
  }

  it('weighing its dimensions, learns what the dense vector says, and needs one to score', () => {
    const model = train(examples, { ...DEFAULT_TRAIN_OPTIONS, neighbours: null });
    expect(model.dense).toHaveLength(3);
    expect(model.dense![0]).toHaveLength(3);
    const classifier = new Classifier(model);
    expect(classifier.readsDense).toBe(true);
    expect(classifier.probabilities(['bias'], Float32Array.from([1, 0, 0.5]))[0]).toBeGreaterThan(0.8);
    expect(classifier.probabilities(['bias'], Float32Array.from([0, 1, 0.5]))[1]).toBeGreaterThan(0.8);
    expect(() => classifier.probabilities(['bias'])).toThrow(/dense vector of 3/);
  });

  it('refuses examples of mixed dense lengths; a model of sparse features alone has none', () => {
    expect(() => train([...examples, { features: ['bias'], label: 'NONE' }], { ...DEFAULT_TRAIN_OPTIONS, neighbours: null })).toThrow(/same length/);
    expect(new Classifier(train(toyExamples())).readsDense).toBe(false);
  });
});

describe('nearest-neighbour features over dense vectors', () => {
  const unit = (...xs: number[]) => {
    const v = Float32Array.from(xs);
    const n = Math.hypot(...xs);
    return v.map((x) => x / n);
  };

  it('fire for the relation types of the nearest training vectors, by similarity bucket, never from the example’s own briefing', () => {
    const prototypes = [
      { vector: unit(1, 0, 0), label: 'CRITICIZED', group: 'a' },
      { vector: unit(0, 1, 0), label: 'MET', group: 'b' },
    ];
    // cos 0.95 to CRITICIZED, 0.31 to MET
    const close = unit(1, 0.33, 0);
    expect(neighbourFeatures(close, prototypes)).toEqual([
      'near=CRITICIZED@0.6',
      'near=CRITICIZED@0.7',
      'near=CRITICIZED@0.8',
      'near=CRITICIZED@0.9',
      'nearest=CRITICIZED@0.6',
      'nearest=CRITICIZED@0.7',
      'nearest=CRITICIZED@0.8',
      'nearest=CRITICIZED@0.9',
    ]);
    // leaving out briefing a, only MET is left, and it is not near
    expect(neighbourFeatures(close, prototypes, 'a')).toEqual([]);
  });

  it('survive the model file: the stored prototypes give the same features', () => {
    const examples: TrainingExample[] = [];
    for (let i = 0; i < 60; i += 1) {
      const label = ['CRITICIZED', 'MET', 'NONE'][i % 3]!;
      const dense = label === 'CRITICIZED' ? unit(1, 0.01 * (i % 5), 0.1) : label === 'MET' ? unit(0.01 * (i % 5), 1, 0.1) : unit(0.1, 0.1, 1);
      examples.push({ features: ['bias'], dense, group: `briefing-${i % 6}`, label });
    }
    const model = train(examples);
    expect(model.prototypes?.labels.filter((l) => l === 'NONE')).toEqual([]);
    expect(model.prototypes?.labels).toHaveLength(40);
    const classifier = new Classifier(JSON.parse(JSON.stringify(model)) as typeof model);
    expect(classifier.readsDense).toBe(true);
    const p = classifier.probabilities(['bias'], unit(1, 0.02, 0.1));
    expect(p[classifier.classes.indexOf('CRITICIZED')]).toBeGreaterThan(0.6);
    expect(() => classifier.probabilities(['bias'])).toThrow(/vector of a pair/);
  });
});
