// The train action's adapter: built-in trainer through the cache (miss, then hit), and the
// command mode's input checks. The cache mechanics themselves are tested in test/unit/train-command
// and against @actions/cache in test/integration/cache-service.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import action from '../../src/actions/train.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { ROOT, inputsFor, tempDir } from '../helpers.js';
import { paramsDiffSection } from '../../src/actions/compare-training.js';

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

  it('records the built-in trainer\'s settings as params, on a miss and on a hit, so the params diff shows what changed (#8 item 15)', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'test/fixtures/models/customers.csv'), join(dir, 'customers.csv'));
    process.chdir(dir);
    const values = { algorithm: 'logistic-regression', data: 'customers.csv', label: 'churned', ignore: 'customer_id', model: 'out/model.onnx', manifest: 'out/a.json' };
    await action.run(action.parse(inputsFor('train', values)), memoryLogger());
    const a = JSON.parse(readFileSync('out/a.json', 'utf8'));
    const rows = readFileSync('customers.csv', 'utf8').trim().split('\n').length - 1;
    expect(a.params).toEqual({
      values: {
        builtin: {
          algorithm: 'logistic-regression', label: 'churned', features: ['age', 'income', 'region', 'plan'], ignore: ['customer_id'], C: 1, 'max-iterations': 1000, tolerance: 1e-4,
          'test-fraction': 0, 'max-categories': 1000, seed: 0, rows: { train: rows, test: 0, 'skipped-no-label': 0 },
          data: { files: 1, sha256: createHash('sha256').update(readFileSync('customers.csv')).digest('hex') },
        },
      },
    });
    const hit = await action.run(action.parse(inputsFor('train', { ...values, manifest: 'out/hit.json' })), memoryLogger());
    expect(hit.outputs['cache-hit']).toBe(true);
    expect(JSON.parse(readFileSync('out/hit.json', 'utf8')).params).toEqual(a.params);
    await action.run(action.parse(inputsFor('train', { ...values, ignore: 'customer_id\nplan', model: 'out/b.onnx', manifest: 'out/b.json' })), memoryLogger());
    const diff = paramsDiffSection('out/b.json', 'out/a.json')!.paramsDiff;
    expect(diff).toEqual([
      { key: 'builtin.features', old: ['age', 'income', 'region', 'plan'], new: ['age', 'income', 'region'] },
      { key: 'builtin.ignore', old: ['customer_id'], new: ['customer_id', 'plan'] },
    ]);
  }, 60_000);

  it('takes max-categories, the input its error advice names (#8 item 16)', async () => {
    const dir = tempDir();
    const lines = ['city,x,y', ...Array.from({ length: 40 }, (_, i) => `c${i % 8},${i},${i % 2}`)];
    writeFileSync(join(dir, 'd.csv'), lines.join('\n') + '\n');
    process.chdir(dir);
    const values = { algorithm: 'logistic-regression', data: 'd.csv', label: 'y', model: 'm.onnx', cache: 'false' };
    const err = await action.run(action.parse(inputsFor('train', { ...values, 'max-categories': '5' })), memoryLogger()).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/column 'city' is categorical with more than 5 distinct values .*raise 'max-categories'/);
    const ok = await action.run(action.parse(inputsFor('train', { ...values, 'max-categories': '8' })), memoryLogger());
    expect(ok.passed).toBe(true);
    expect(() => action.parse(inputsFor('train', { ...values, 'max-categories': '0' }))).toThrow(/max-categories/);
  }, 60_000);

  it('warns when the classification label is identifier-like (every row its own class), not when classes repeat', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 60 }, (_, i) => `${(i * 0.37) % 5},name${i},${i % 3}`);
    writeFileSync(join(dir, 'd.csv'), ['x,name,kind', ...rows].join('\n') + '\n');
    process.chdir(dir);
    const values = { algorithm: 'logistic-regression', data: 'd.csv', model: 'm.onnx', cache: 'false', experiments: 'false' };
    const byName = memoryLogger();
    await action.run(action.parse(inputsFor('train', { ...values, label: 'name' })), byName);
    expect(byName.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      "warning: the label 'name' has 60 distinct values in 60 rows, like an identifier: most classes have a single row to learn from; is 'name' the column you meant, or a number to predict (algorithm linear-regression)?",
    ]);
    const byKind = memoryLogger();
    await action.run(action.parse(inputsFor('train', { ...values, label: 'kind' })), byKind);
    expect(byKind.lines.filter((l) => l.includes('like an identifier'))).toEqual([]);
  }, 60_000);

  it('lists the columns in one line when a name holds a newline or a comma (an error is one line)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.csv'), '"a\nb","c,d",x,y\n1,2,3,0\n4,5,6,1\n');
    process.chdir(dir);
    const values = { algorithm: 'logistic-regression', data: 'd.csv', model: 'm.onnx', cache: 'false', experiments: 'false' };
    const err = await action.run(action.parse(inputsFor('train', { ...values, label: 'nope' })), memoryLogger()).catch((e: Error) => e);
    expect((err as Error).message).toBe(`input 'label': no column 'nope' in d.csv (columns: "a\\nb", "c,d", x, y)`);
    const feat = await action.run(action.parse(inputsFor('train', { ...values, label: 'y', features: 'z' })), memoryLogger()).catch((e: Error) => e);
    expect((feat as Error).message).not.toContain('\n');
  }, 60_000);
});
