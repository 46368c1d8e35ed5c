// Files a registration needs: a model file and a valid evaluation.json, written to a temp dir.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers.js';

/** A real evaluation.json from the committed fixtures, if any; else a minimal valid one. */
export function evaluationJson(dataSha = 'a'.repeat(64), accuracy = 0.9): Record<string, unknown> {
  return {
    kind: 'evaluation',
    schemaVersion: 1,
    task: 'binary',
    rows: 100,
    model: { path: 'model.onnx', sha256: 'b'.repeat(64) },
    data: { sources: ['data.csv'], sha256: dataSha },
    label: 'y',
    confidence: 0.95,
    metrics: { accuracy: { value: accuracy, ci: [accuracy - 0.05, accuracy + 0.05] } },
    slices: [],
    latency: { p50Ms: 1, p95Ms: 2, rowsPerSecond: 1000 },
    predictions: 'predictions.csv',
  };
}

export function modelFiles(seed: string, extra: Record<string, string> = {}): { dir: string; model: string; evaluation: string } {
  const dir = tempDir('mg-reg-');
  const model = join(dir, 'model.onnx');
  writeFileSync(model, `not really onnx, but bytes: ${seed}\n`.repeat(100));
  const evaluation = join(dir, 'evaluation.json');
  writeFileSync(evaluation, JSON.stringify(evaluationJson()));
  for (const [k, v] of Object.entries(extra)) writeFileSync(join(dir, k), v);
  return { dir, model, evaluation };
}

export const onnxFixture = (): string => {
  const dir = join(ROOT, 'test/fixtures/models');
  const f = readdirSync(dir).find((n) => n.endsWith('.onnx'));
  return join(dir, f!);
};
export const read = (p: string) => readFileSync(p);
