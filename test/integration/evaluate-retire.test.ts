// evaluate-model's worker threads end without taking the process down. onnxruntime's `run` and
// `loadModel` are synchronous native calls on the worker's thread; `Worker.terminate()` during one
// aborts the whole process ("terminate called after throwing an instance of 'Napi::Error'"), which
// CI once saw as a vitest fork dying. Here the model is heavy enough that the other workers are
// inside `run` when a failure in a later chunk stops the pass. With `terminate()` in place of
// retire() (src/lib/self-worker.ts) this file's fork aborts, every time in 3 tries.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import action from '../../src/actions/evaluate-model.js';
import { evaluate } from '../../src/model/evaluate.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { DataError } from '../../src/errors.js';
import { encodeModel } from '../../src/model/onnx-writer.js';
import { inputsFor, normal, rng, tempDir } from '../helpers.js';

const FEATURES = 10;
const WIDTH = 1024;

/** A regression MLP, 10 -> 1024 -> 1024 -> 1 with ReLUs: about 1 M multiply-adds a row. */
function heavyModel(dir: string): string {
  const r = rng(3);
  const weights = (rows: number, cols: number) => Float32Array.from({ length: rows * cols }, () => normal(r) / Math.sqrt(rows));
  const path = join(dir, 'mlp.onnx');
  writeFileSync(
    path,
    encodeModel({
      irVersion: 7,
      opsets: [['', 13]],
      producerName: 'modelgate-test',
      producerVersion: '0',
      graph: {
        name: 'mlp',
        nodes: [
          { opType: 'MatMul', name: 'l1', inputs: ['x', 'w1'], outputs: ['h1'] },
          { opType: 'Relu', name: 'r1', inputs: ['h1'], outputs: ['a1'] },
          { opType: 'MatMul', name: 'l2', inputs: ['a1', 'w2'], outputs: ['h2'] },
          { opType: 'Relu', name: 'r2', inputs: ['h2'], outputs: ['a2'] },
          { opType: 'MatMul', name: 'l3', inputs: ['a2', 'w3'], outputs: ['y'] },
        ],
        initializers: [
          { name: 'w1', elemType: 1, dims: [FEATURES, WIDTH], values: weights(FEATURES, WIDTH) },
          { name: 'w2', elemType: 1, dims: [WIDTH, WIDTH], values: weights(WIDTH, WIDTH) },
          { name: 'w3', elemType: 1, dims: [WIDTH, 1], values: weights(WIDTH, 1) },
        ],
        inputs: [{ name: 'x', elemType: 1, shape: ['N', FEATURES] }],
        outputs: [{ name: 'y', elemType: 1, shape: ['N', 1] }],
      },
    }),
  );
  return path;
}

/** `n` rows of 10 features and a target; row `bad` (0-based) has a word for a number. */
function data(dir: string, n: number, bad: number): string {
  const r = rng(7);
  const out = [[...Array.from({ length: FEATURES }, (_, j) => `f${j}`), 'target', 'note'].join(',')];
  for (let i = 0; i < n; i++) {
    const cells = Array.from({ length: FEATURES }, () => normal(r).toFixed(4));
    if (i === bad) cells[3] = 'abc';
    out.push([...cells, (10 * r()).toFixed(3), 'x'].join(','));
  }
  const path = join(dir, `data-${bad}.csv`);
  writeFileSync(path, out.join('\n') + '\n');
  return path;
}

async function evaluateWith(dir: string, model: string, file: string) {
  const config = action.parse(inputsFor('evaluate-model', { out: join(dir, 'evaluation.json'), model, data: file, label: 'target', task: 'regression', ignore: 'note', 'batch-size': '128', bootstrap: '100' }));
  const log = memoryLogger();
  const result = await evaluate({ ...config, workers: 3, chunkBytes: 16 * 1024 }, log).catch((e: unknown) => e);
  return { result, log: log.lines.join('\n') };
}

describe('evaluate-model stops its worker threads while they run onnxruntime', () => {
  const dir = tempDir();
  const model = heavyModel(dir);

  it('a failure in a later chunk: the other workers are inside run, and the process lives on to report the line', async () => {
    for (let round = 0; round < 3; round++) {
      const file = data(dir, 4000, 1500 + 200 * round);
      const { result, log } = await evaluateWith(dir, model, file);
      expect(log).toMatch(/in \d+ chunks on 3 worker threads/);
      expect(log).toMatch(/again in one sequential pass: an error at bytes/);
      expect(result).toBeInstanceOf(DataError);
      expect((result as DataError).line).toBe(1502 + 200 * round);
    }
  });

});
