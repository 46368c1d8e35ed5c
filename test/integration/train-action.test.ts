// The train action's adapter: built-in trainer through the cache (miss, then hit), and the
// command mode's input checks. The cache mechanics themselves are tested in test/unit/train-command
// and against @actions/cache in test/integration/cache-service.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import action from '../../src/actions/train.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { ROOT, inputsFor, tempDir } from '../helpers.js';

const home = process.cwd();
afterEach(() => process.chdir(home));

describe('train action', () => {
  it('trains with the built-in trainer on a miss, restores on a hit, and records the manifest', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'test/fixtures/models/customers.csv'), join(dir, 'customers.csv'));
    process.chdir(dir);
    const values = { algorithm: 'logistic-regression', data: 'customers.csv', label: 'churned', ignore: 'customer_id', model: 'out/model.onnx', manifest: 'out/train-manifest.json' };
    const first = await action.run(action.parse(inputsFor('train', values)), memoryLogger());
    expect(first.outputs['cache-hit']).toBe(false);
    const bytes = readFileSync(join(dir, 'out/model.onnx'));
    const manifest = JSON.parse(readFileSync(join(dir, 'out/train-manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ kind: 'train-manifest', cacheHit: false });
    expect(manifest.command).toContain('modelgate-builtin logistic-regression');
    expect(manifest.inputs.map((i: { path: string }) => i.path)).toEqual(['customers.csv']);
    const second = await action.run(action.parse(inputsFor('train', values)), memoryLogger());
    expect(second.outputs['cache-hit']).toBe(true);
    expect(second.outputs['duration-seconds']).toBe(0);
    expect(readFileSync(join(dir, 'out/model.onnx')).equals(bytes)).toBe(true);
    const seeded = await action.run(action.parse(inputsFor('train', { ...values, seed: '1' })), memoryLogger());
    expect(seeded.outputs['cache-hit']).toBe(false); // the seed is part of the key
  }, 60_000);

  it('names what is missing', () => {
    expect(() => action.parse(inputsFor('train', {}))).toThrow("set 'command' (your training command) or 'algorithm' (a built-in trainer)");
    expect(() => action.parse(inputsFor('train', { command: 'python train.py', inputs: 'src/**' }))).toThrow("input 'outputs' is required");
    expect(() => action.parse(inputsFor('train', { algorithm: 'xgboost' }))).toThrow("input 'algorithm' must be one of logistic-regression, linear-regression");
    expect(() => action.parse(inputsFor('train', { command: 'x', algorithm: 'linear-regression' }))).toThrow('not both');
  });
});
