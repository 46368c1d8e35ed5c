// The TypeScript half of bench/experiments: bundled by bench.mjs into one ESM file.
//   runner.mjs overhead <project> <rounds>   train and evaluate-model steps with tracking on and
//                                             off, interleaved, in one process: per-step times
//   runner.mjs generate <dir> <count>        <count> run records in a folder store

import { mkdirSync } from 'node:fs';

import evaluate from '../../src/actions/evaluate-model.js';
import train from '../../src/actions/train.js';
import { newRunId, type RunRecord } from '../../src/experiments/record.js';
import { FolderRunStore } from '../../src/experiments/store.js';
import { Inputs, defaultsOf, mapSource } from '../../src/lib/inputs.js';
import { memoryLogger } from '../../src/lib/logger.js';

const [mode, a, b] = process.argv.slice(2);

const inputs = (action: string, values: Record<string, string>) => new Inputs(mapSource(values, defaultsOf(action)));

async function overhead(project: string, rounds: number) {
  process.chdir(project);
  const trainValues = { algorithm: 'logistic-regression', data: 'customers.csv', label: 'churned', ignore: 'customer_id', model: 'model.onnx' };
  const evalValues = { model: 'model.onnx', data: 'customers.csv', label: 'churned', out: 'out/evaluation.json', bootstrap: '200' };
  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  // Warm-up: the first training (a miss), onnxruntime loaded, code paths compiled.
  for (const experiments of ['false', '.modelgate/runs']) {
    await train.run(train.parse(inputs('train', { ...trainValues, experiments })), memoryLogger());
    await evaluate.run(evaluate.parse(inputs('evaluate-model', { ...evalValues, experiments })), memoryLogger());
  }
  const out: Record<string, number[]> = { trainOff: [], trainOn: [], evalOff: [], evalOn: [] };
  for (let i = 0; i < rounds; i++) {
    // Alternate which side goes first, so drift in the machine's load falls on both.
    const order = i % 2 ? ['on', 'off'] : ['off', 'on'];
    for (const side of order) {
      const experiments = side === 'on' ? '.modelgate/runs' : 'false';
      out[side === 'on' ? 'trainOn' : 'trainOff'].push(await time(() => train.run(train.parse(inputs('train', { ...trainValues, experiments })), memoryLogger())));
      out[side === 'on' ? 'evalOn' : 'evalOff'].push(await time(() => evaluate.run(evaluate.parse(inputs('evaluate-model', { ...evalValues, experiments })), memoryLogger())));
    }
  }
  const runs = (await new FolderRunStore('.modelgate/runs').list()).length;
  process.stdout.write(JSON.stringify({ ...out, runs }) + '\n');
}

async function generate(dir: string, count: number) {
  mkdirSync(dir, { recursive: true });
  const store = new FolderRunStore(dir);
  const t0 = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i++) {
    const at = new Date(t0 + i * 60_000);
    const C = [0.01, 0.1, 1, 10][i % 4];
    const auc = 0.7 + ((i * 7919) % 1000) / 5000;
    const run: RunRecord = {
      kind: 'experiment-run',
      schemaVersion: 1,
      id: newRunId(at),
      source: i % 2 ? 'evaluate-model' : 'train',
      createdAt: at.toISOString(),
      durationMs: 1000 + (i % 500),
      git: { commit: (i % 16).toString(16).repeat(40), branch: ['main', 'tune-c', 'features'][i % 3], dirty: false },
      pullRequest: i % 3 ? (i % 40) + 1 : null,
      runUrl: null,
      params: { algorithm: 'logistic-regression', label: 'churned', C, 'max-iterations': 1000, tolerance: 0.0001, seed: i % 5, features: '["age","income","region","plan"]' },
      metrics: { roc_auc: { value: auc, ci: [auc - 0.03, auc + 0.03] }, accuracy: { value: auc - 0.1, ci: [auc - 0.14, auc - 0.06] }, log_loss: { value: 0.6 - auc / 4, ci: [0.4, 0.5] } },
      confidence: 0.95,
      data: { sha256: 'd'.repeat(64), rows: 1000 },
      model: { sha256: (i % 256).toString(16).padStart(2, '0').repeat(32) },
      evaluation: null,
      predictions: null,
      cacheHit: i % 4 === 0,
      key: null,
      sweep: null,
      trainRun: null,
    };
    await store.put(run);
  }
}

if (mode === 'overhead') await overhead(a, Number(b));
else if (mode === 'generate') await generate(a, Number(b));
else {
  process.stderr.write('usage: runner.mjs overhead <project> <rounds> | generate <dir> <count>\n');
  process.exit(2);
}
