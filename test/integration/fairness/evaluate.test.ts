// evaluate-model's `sensitive` with real models: the audit of a model that never sees the column,
// the columns a model takes by name, refusals with one line, and shard merges that equal one run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import action from '../../../src/actions/evaluate-model.js';
import { evaluate } from '../../../src/model/evaluate.js';
import { evaluationMarkdown } from '../../../src/report/evaluation.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { ConfigurationError } from '../../../src/errors.js';
import { ROOT, inputsFor, tempDir } from '../../helpers.js';

const MODELS = join(ROOT, 'test/fixtures/models');

function config(values: Record<string, string>) {
  const dir = tempDir();
  return action.parse(inputsFor('evaluate-model', { out: join(dir, 'evaluation.json'), ...values }));
}

describe('evaluate-model sensitive', () => {
  it('audits a column the tensor model never sees; it rides along in predictions.csv', async () => {
    // breast_cancer.csv plus a made-up group column: the model's 30 features stay its input.
    const dir = tempDir();
    const lines = readFileSync(join(MODELS, 'breast_cancer.csv'), 'utf8').trim().split('\n');
    writeFileSync(join(dir, 'data.csv'), [`${lines[0]},site`, ...lines.slice(1).map((l, i) => `${l},${i % 3 === 0 ? 'north' : 'south'}`)].join('\n') + '\n');
    const ev = await evaluate(config({ model: join(MODELS, 'binary_logreg_tensor.onnx'), data: join(dir, 'data.csv'), label: 'target', sensitive: 'site' }), memoryLogger());
    const f = ev.fairness!.features[0];
    expect(f.name).toBe('site');
    expect(f.groups.map((g) => g.value).sort()).toEqual(['north', 'south']);
    expect(f.groups.reduce((a, g) => a + g.rows, 0)).toBe(ev.rows);
    const header = readFileSync(ev.predictions!, 'utf8').split('\n')[0];
    expect(header.endsWith(',sensitive:site')).toBe(true);
    // The job summary carries the audit.
    const summary = evaluationMarkdown(ev);
    expect(summary).toContain('Fairness');
    expect(summary).toContain('`demographic_parity_difference`');
  });

  it('refuses a sensitive column listed in features, and one missing from the data', async () => {
    const cols = readFileSync(join(MODELS, 'breast_cancer.csv'), 'utf8').split('\n')[0].split(',').filter((c) => c !== 'target');
    await expect(evaluate(config({ model: join(MODELS, 'binary_logreg_tensor.onnx'), data: join(MODELS, 'breast_cancer.csv'), label: 'target', features: cols.join('\n'), sensitive: cols[0] }), memoryLogger())).rejects.toThrow(/sensitive column .* never fed to the model/);
    await expect(evaluate(config({ model: join(MODELS, 'binary_logreg_tensor.onnx'), data: join(MODELS, 'breast_cancer.csv'), label: 'target', sensitive: 'nope' }), memoryLogger())).rejects.toThrow(ConfigurationError);
  });

  it('a model taking the column by name gets it, and the evaluation says so; intersections of two', async () => {
    const ev = await evaluate(config({ model: join(MODELS, 'mixed_columns.onnx'), data: join(MODELS, 'customers.csv'), label: 'churned', sensitive: 'plan\nregion*plan' }), memoryLogger());
    expect(ev.notes.join('; ')).toMatch(/sensitive columns plan, region as inputs by name/);
    const inter = ev.fairness!.features[1];
    expect(inter.columns).toEqual(['region', 'plan']);
    expect(inter.groups.every((g) => g.value.includes(' & ') || g.value === '(other)')).toBe(true);
    expect(inter.pooled.length).toBeGreaterThan(0);
  });

  it('refuses a regression task', async () => {
    const dir = tempDir();
    const lines = readFileSync(join(MODELS, 'diabetes.csv'), 'utf8').trim().split('\n');
    writeFileSync(join(dir, 'data.csv'), [`${lines[0]},site`, ...lines.slice(1).map((l, i) => `${l},${i % 2 ? 'a' : 'b'}`)].join('\n') + '\n');
    await expect(evaluate(config({ model: join(MODELS, 'regression_linear.onnx'), data: join(dir, 'data.csv'), label: 'disease_progression', sensitive: 'site' }), memoryLogger())).rejects.toThrow(/needs a binary task/);
  });

  it('shards merged give the audit of one run', async () => {
    const dir = tempDir();
    const base = { model: join(MODELS, 'mixed_columns.onnx'), data: join(MODELS, 'customers.csv'), label: 'churned', sensitive: 'plan', 'slice-by': 'region' };
    const one = await evaluate(config(base), memoryLogger());
    for (const i of [0, 1]) await evaluate(config({ ...base, shard: `${i}/2`, out: join(dir, `s${i}.json`), predictions: join(dir, `p${i}.csv`) }), memoryLogger());
    const merged = await evaluate(config({ merge: join(dir, 's*.json') }), memoryLogger());
    expect(merged.fairness).toEqual(one.fairness);
    expect(merged.slices).toEqual(one.slices);
  });
});
