import { describe, expect, it } from 'vitest';
import { Classifier, DEFAULT_TRAIN_OPTIONS, train, type TrainingExample } from '../../../../src/extract/learned/model.js';

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

  it('learns what the dense vector says, and needs one to score', () => {
    const model = train(examples);
    expect(model.dense).toHaveLength(3);
    expect(model.dense![0]).toHaveLength(3);
    const classifier = new Classifier(model);
    expect(classifier.readsDense).toBe(true);
    expect(classifier.probabilities(['bias'], Float32Array.from([1, 0, 0.5]))[0]).toBeGreaterThan(0.8);
    expect(classifier.probabilities(['bias'], Float32Array.from([0, 1, 0.5]))[1]).toBeGreaterThan(0.8);
    expect(() => classifier.probabilities(['bias'])).toThrow(/dense vector of 3/);
  });

  it('refuses examples of mixed dense lengths; a model of sparse features alone has none', () => {
    expect(() => train([...examples, { features: ['bias'], label: 'NONE' }])).toThrow(/same length/);
    expect(new Classifier(train(toyExamples())).readsDense).toBe(false);
  });
});
