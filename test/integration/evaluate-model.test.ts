// evaluate-model against real ONNX models (made by scripts/fixtures/onnx_models.py from fitted
// scikit-learn models) run by onnxruntime-node: predictions and metrics agree with scikit-learn.
import { readFileSync, existsSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import action from '../../src/actions/evaluate-model.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { ConfigurationError, DataError } from '../../src/errors.js';
import { ROOT, inputsFor, tempDir } from '../helpers.js';
import type { Evaluation } from '../../src/model/evaluate.js';

const MODELS = join(ROOT, 'test/fixtures/models');
const expected = JSON.parse(readFileSync(join(MODELS, 'expected.json'), 'utf8')) as {
  models: Record<string, { task: string; dataset: string; label_column: string; classes?: (string | number)[]; sklearn_metrics: Record<string, number>; expected: Record<string, unknown[]>; output_roles: Record<string, string> }>;
};

async function evaluate(values: Record<string, string>) {
  const dir = tempDir();
  const config = action.parse(inputsFor('evaluate-model', { out: join(dir, 'evaluation.json'), ...values }));
  const result = await action.run(config, memoryLogger());
  const ev = JSON.parse(readFileSync(config.out, 'utf8')) as Evaluation;
  const predictions = readFileSync(ev.predictions!, 'utf8').trim().split('\n');
  return { result, ev, predictions, dir };
}

const SKLEARN_NAME: Record<string, string> = { f1_macro: 'macro_f1' };

describe('evaluate-model on scikit-learn style ONNX exports', () => {
  for (const [file, m] of Object.entries(expected.models)) {
    it(`${file}: predictions and metrics match scikit-learn`, async () => {
      const { ev, predictions } = await evaluate({ model: join(MODELS, file), data: join(MODELS, m.dataset), label: m.label_column });
      expect(ev.task).toBe(m.task);
      const rows = predictions.slice(1).map((l) => l.split(','));
      const header = predictions[0].split(',');
      expect(rows).toHaveLength(ev.rows);
      const exp = m.expected;
      if (m.task === 'binary') {
        const probs = (exp.probabilities as number[][] | undefined)?.map((p) => p[1]) ?? (exp.probability as number[] | undefined) ?? (exp.probabilities_positive as number[]);
        const pos = probs ?? (exp.logit as number[]).map((z) => 1 / (1 + Math.exp(-z)));
        rows.forEach((r, i) => expect(Number(r[header.indexOf('score')])).toBeCloseTo(pos[i], 5));
      } else if (m.task === 'multiclass') {
        const probs = exp.probabilities as number[][];
        rows.forEach((r, i) => probs[i].forEach((p, j) => expect(Number(r[3 + j])).toBeCloseTo(p, 5)));
        const labels = exp.label as (string | number)[];
        rows.forEach((r, i) => expect(r[header.indexOf('prediction')]).toBe(String(labels[i])));
      } else {
        const preds = (exp.prediction ?? exp.variable) as number[];
        rows.forEach((r, i) => expect(Number(r[2]) / preds[i]).toBeCloseTo(1, 5));
      }
      for (const [name, value] of Object.entries(m.sklearn_metrics)) {
        const ours = ev.metrics[SKLEARN_NAME[name] ?? name];
        expect(ours, name).toBeDefined();
        expect(Math.abs(ours.value! - value) / Math.max(1, Math.abs(value)), name).toBeLessThan(1e-5);
        expect(ours.ci![0]).toBeLessThanOrEqual(ours.value!);
        expect(ours.ci![1]).toBeGreaterThanOrEqual(ours.value!);
      }
    });
  }

  it('reads ZipMap outputs by rewriting them to the probability tensor, with the class labels', async () => {
    const { ev } = await evaluate({ model: join(MODELS, 'multiclass_tree_strlabels_zipmap.onnx'), data: join(MODELS, 'iris.csv'), label: 'species' });
    expect(ev.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(ev.tables.confusion!.flat().reduce((a, b) => a + b, 0)).toBe(ev.rows);
  });

  it('computes slices with intervals, pooling rare values into (other)', async () => {
    const { ev } = await evaluate({ model: join(MODELS, 'mixed_columns.onnx'), data: join(MODELS, 'customers.csv'), label: 'churned', 'slice-by': 'region plan', 'min-slice-rows': '30' });
    const region = ev.slices.filter((s) => s.column === 'region');
    expect(region.map((s) => s.value).sort()).toEqual(['(other)', 'east', 'north', 'south', 'west']);
    const other = region.find((s) => s.value === '(other)')!;
    expect(other.metrics).toBeUndefined();
    expect(other.skipped).toContain('central');
    expect(region.filter((s) => s.metrics).reduce((a, s) => a + s.rows, 0) + other.rows).toBe(ev.rows);
    const north = region.find((s) => s.value === 'north')!;
    expect(north.metrics!.accuracy.ci).not.toBeNull();
    expect(ev.slices.filter((s) => s.column === 'plan').map((s) => s.value).sort()).toEqual(['basic', 'pro']);
  });

  it('honours an explicit task (regression given, not inferred)', async () => {
    const { ev } = await evaluate({ model: join(MODELS, 'regression_linear.onnx'), data: join(MODELS, 'diabetes.csv'), label: 'disease_progression', task: 'regression' });
    expect(ev.task).toBe('regression');
    expect(ev.metrics.rmse.value).toBeCloseTo(expected.models['regression_linear.onnx'].sklearn_metrics.rmse, 4);
  });

  it('reports latency and model size', async () => {
    const { ev } = await evaluate({ model: join(MODELS, 'regression_trees.onnx'), data: join(MODELS, 'diabetes.csv'), label: 'disease_progression', 'batch-size': '10' });
    expect(ev.latency.batches).toBe(Math.ceil(ev.rows / 10));
    expect(ev.latency.p50Ms).toBeGreaterThan(0);
    expect(ev.latency.p95Ms).toBeGreaterThanOrEqual(ev.latency.p50Ms);
    expect(ev.latency.rowsPerSecond).toBeGreaterThan(0);
    expect(ev.latency.modelBytes).toBe(readFileSync(join(MODELS, 'regression_trees.onnx')).length);
  });

  it('merges shards into the same numbers as one run', async () => {
    const base = { model: join(MODELS, 'binary_logreg_tensor.onnx'), data: join(MODELS, 'breast_cancer.csv'), label: 'target', 'slice-by': '' };
    const whole = await evaluate(base);
    const dir = tempDir();
    for (const i of [0, 1, 2]) {
      await evaluate({ ...base, shard: `${i}/3`, out: join(dir, `e${i}.json`), predictions: join(dir, `p${i}.csv`) });
    }
    const merged = await evaluate({ merge: join(dir, 'e*.json') });
    expect(merged.ev.rows).toBe(whole.ev.rows);
    expect(merged.ev.metrics).toEqual(whole.ev.metrics);
    expect(merged.ev.tables).toEqual(whole.ev.tables);
    expect(merged.predictions).toEqual(whole.predictions);
    expect(merged.ev.state).toBeUndefined();
  });

  it('explains a mismatch between data and model, listing the model inputs', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.csv'), 'age,income,region,churned\n30,1000,north,1\n');
    await expect(evaluate({ model: join(MODELS, 'mixed_columns.onnx'), data: join(dir, 'd.csv'), label: 'churned' })).rejects.toThrow(
      "the model's inputs are age (float32 [?, 1]), income (float32 [?, 1]), region (string [?, 1]), plan (string [?, 1]); the data has no column 'plan'",
    );
    await expect(evaluate({ model: join(MODELS, 'binary_logreg_tensor.onnx'), data: join(MODELS, 'iris.csv'), label: 'species' })).rejects.toThrow(/takes 30 features; the data gives 4/);
    await expect(evaluate({ model: join(MODELS, 'binary_logreg_tensor.onnx'), data: join(MODELS, 'breast_cancer.csv'), label: 'nope' })).rejects.toThrow(ConfigurationError);
  });

  it('rejects unreadable models and bad cells with one line naming the file, and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'garbage.onnx'), 'definitely not protobuf \u0000\u0001');
    const out = join(dir, 'out.json');
    const err = await evaluate({ model: join(dir, 'garbage.onnx'), data: join(MODELS, 'breast_cancer.csv'), label: 'target', out }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toMatch(new RegExp(`^${join(dir, 'garbage.onnx')}: `));
    copyFileSync(join(MODELS, 'breast_cancer.csv'), join(dir, 'bad.csv'));
    const text = readFileSync(join(dir, 'bad.csv'), 'utf8').split('\n');
    text[5] = text[5].replace(/^[^,]+/, 'oops');
    writeFileSync(join(dir, 'bad.csv'), text.join('\n'));
    await expect(evaluate({ model: join(MODELS, 'binary_logreg_tensor.onnx'), data: join(dir, 'bad.csv'), label: 'target', out })).rejects.toThrow(/'oops' is not a number/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['bad.csv', 'garbage.onnx']);
  });
});
