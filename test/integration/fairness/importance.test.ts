// Permutation importance through onnxruntime against scikit-learn's permutation_importance on the
// same model (test/fixtures/models/mixed_columns.onnx, whose region and plan are one-hot encoded
// inside the graph) given the same permutations (scripts/fixtures/importance_goldens.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import action from '../../../src/actions/evaluate-model.js';
import { evaluate } from '../../../src/model/evaluate.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { ROOT, inputsFor, tempDir } from '../../helpers.js';

const golden = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/fairness/importance.json'), 'utf8'));
const MODELS = join(ROOT, 'test/fixtures/models');

async function run(metric: 'accuracy' | 'log_loss', permutation?: (r: number) => Uint32Array, seed = 0) {
  const dir = tempDir();
  const config = action.parse(inputsFor('evaluate-model', { model: join(MODELS, golden.model), data: join(MODELS, golden.data), label: golden.label, out: join(dir, 'evaluation.json'), seed: String(seed), importance: 'true', 'importance-metric': metric, 'importance-repeats': String(golden.repeats) }));
  return evaluate({ ...config, importance: { ...config.importance!, permutation } }, memoryLogger());
}

const given = (r: number) => Uint32Array.from(golden.permutations[r] as number[]);

describe('permutation importance against scikit-learn', () => {
  it('log_loss: every feature (one-hot columns permuted as the raw column) equals scikit-learn given the same shuffles', async () => {
    const ev = await run('log_loss', given);
    const g = golden.metrics.log_loss;
    expect(ev.importance!.rows).toBe(golden.permutations[0].length);
    expect(ev.importance!.score).toBeCloseTo(-g.baseline, 5);
    expect(ev.importance!.features.map((f) => f.name).sort()).toEqual([...golden.features].sort());
    for (const f of ev.importance!.features) {
      expect(f.mean, f.name).toBeCloseTo(g.mean[f.name], 5);
      expect(f.std, f.name).toBeCloseTo(g.std[f.name], 5);
      expect(f.low).toBeLessThanOrEqual(f.mean);
      expect(f.high).toBeGreaterThanOrEqual(f.mean);
    }
    // Sorted by mean, descending.
    const means = ev.importance!.features.map((f) => f.mean);
    expect([...means].sort((a, b) => b - a)).toEqual(means);
  });

  it('accuracy (scikit-learn\'s default score) agrees too', async () => {
    const ev = await run('accuracy', given);
    const g = golden.metrics.accuracy;
    expect(ev.importance!.score).toBeCloseTo(g.baseline, 12);
    // float32 inference could flip a row whose probability is within 1e-6 of 0.5 (the fixture's
    // closest is golden.minMarginFromHalf): allow one row in 300 per repeat.
    for (const f of ev.importance!.features) expect(Math.abs(f.mean - g.mean[f.name]), f.name).toBeLessThanOrEqual(1 / 300 + 1e-12);
  });

  it('is seeded: the same seed gives the same importances, another seed other shuffles', async () => {
    const a = await run('log_loss', undefined, 3);
    const b = await run('log_loss', undefined, 3);
    const c = await run('log_loss', undefined, 4);
    expect(b.importance).toEqual(a.importance);
    expect(c.importance!.features).not.toEqual(a.importance!.features);
  });
});

describe('permutation importance on a [N, F] tensor model', () => {
  it('shuffles one column of the tensor at a time: the identity shuffle changes nothing, real shuffles rank the features', async () => {
    const dir = tempDir();
    const config = action.parse(inputsFor('evaluate-model', { model: join(MODELS, 'binary_logreg_tensor.onnx'), data: join(MODELS, 'breast_cancer.csv'), label: 'target', out: join(dir, 'evaluation.json'), importance: 'true', 'importance-metric': 'log_loss', 'importance-repeats': '2', 'importance-max-rows': '100' }));
    const identity = await evaluate({ ...config, importance: { ...config.importance!, permutation: () => Uint32Array.from({ length: 100 }, (_, i) => i) } }, memoryLogger());
    expect(identity.importance!.rows).toBe(100);
    expect(identity.importance!.features).toHaveLength(30);
    for (const f of identity.importance!.features) expect(Math.abs(f.mean)).toBeLessThan(1e-6);
    const real = await evaluate(config, memoryLogger());
    expect(real.importance!.features[0].mean).toBeGreaterThan(0.01);
  });
});
