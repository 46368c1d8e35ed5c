// evaluation.json records what was fed to the model (`feed`: mode, tensor input, columns in order),
// so a reader (compare-to-baseline's re-evaluation, monitor, a person) knows the model's inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import action from '../../src/actions/evaluate-model.js';
import { memoryLogger } from '../../src/lib/logger.js';
import type { Evaluation } from '../../src/model/evaluate.js';
import { assertArtifact } from '../../src/schemas/validate.js';
import { ROOT, WEATHER, inputsFor, tempDir } from '../helpers.js';

const MODELS = join(ROOT, 'test/fixtures/models');

async function evaluate(values: Record<string, string>): Promise<Evaluation> {
  const dir = tempDir();
  const config = action.parse(inputsFor('evaluate-model', { out: join(dir, 'evaluation.json'), ...values }));
  await action.run(config, memoryLogger());
  return JSON.parse(readFileSync(config.out, 'utf8')) as Evaluation;
}

const header = (file: string) => readFileSync(file, 'utf8').split('\n', 1)[0].split(',');

describe('evaluation.json: feed', () => {
  it('tensor mode, default features: every column but the label, in data order, and the input name', async () => {
    const data = join(MODELS, 'breast_cancer.csv');
    const ev = await evaluate({ model: join(MODELS, 'binary_logreg_tensor.onnx'), data, label: 'target' });
    expect(ev.feed).toEqual({ mode: 'tensor', input: expect.any(String), features: header(data).filter((c) => c !== 'target') });
    expect(ev.feed!.features).toHaveLength(30);
  });

  it('tensor mode with features: the columns in the order given', async () => {
    const ev = await evaluate({ model: join(WEATHER, 'model.onnx'), data: join(WEATHER, 'data/weather-2015.csv'), label: 'weather', features: 'temp_max\nprecipitation' });
    expect(ev.feed).toEqual({ mode: 'tensor', input: 'input', features: ['temp_max', 'precipitation'] });
  });

  it('columns mode: the model inputs, taken by name (an id column in the data is not among them)', async () => {
    const data = join(MODELS, 'customers.csv');
    const ev = await evaluate({ model: join(MODELS, 'mixed_columns.onnx'), data, label: 'churned' });
    expect(ev.feed!.mode).toBe('columns');
    expect(ev.feed!.input).toBeNull();
    expect(ev.feed!.features.length).toBeGreaterThan(0);
    expect(ev.feed!.features).not.toContain('customer_id');
    expect(ev.feed!.features).not.toContain('churned');
    for (const f of ev.feed!.features) expect(header(data)).toContain(f);
  });

  it('merged shards keep it; the schema refuses a malformed one and accepts an evaluation without it', async () => {
    const dir = tempDir();
    const base = { model: join(WEATHER, 'model.onnx'), data: join(WEATHER, 'data/weather-2015.csv'), label: 'weather', features: 'precipitation\ntemp_max' };
    for (const i of [0, 1]) await evaluate({ ...base, shard: `${i}/2`, out: join(dir, `e${i}.json`), predictions: join(dir, `p${i}.csv`) });
    const merged = await evaluate({ merge: join(dir, 'e*.json') });
    expect(merged.feed).toEqual({ mode: 'tensor', input: 'input', features: ['precipitation', 'temp_max'] });

    const { feed: _feed, ...older } = merged;
    expect(() => assertArtifact('evaluation', older, 'older.json')).not.toThrow();
    expect(() => assertArtifact('evaluation', { ...merged, feed: { mode: 'rows', input: null, features: [] } }, 'bad.json')).toThrow(/bad\.json: not a valid evaluation.*\/feed\/mode/);
    expect(() => assertArtifact('evaluation', { ...merged, feed: { mode: 'tensor', input: 'input' } }, 'bad.json')).toThrow(/\/feed must have required property 'features'/);
  });
});
