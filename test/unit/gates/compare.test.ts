// compare-to-baseline's decisions, on synthetic paired data with known truth.
import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/gates/compare.js';
import { parseGates } from '../../../src/gates/spec.js';
import { computeMetrics } from '../../../src/model/metrics.js';
import type { Evaluation } from '../../../src/model/evaluate.js';
import type { PairedRows } from '../../../src/gates/paired-data.js';
import { rng, normal } from '../../helpers.js';

function evaluation(y: Float64Array, score: Float64Array, sha = 'd'.repeat(64)): Evaluation {
  const { metrics, tables } = computeMetrics('binary', { classes: ['0', '1'], y: { values: y }, score: { values: score }, proba: { values: new Float64Array() } }, { threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1 });
  return {
    kind: 'evaluation', schemaVersion: 1, task: 'binary', rows: y.length,
    model: { path: 'm.onnx', sha256: sha, bytes: 1 }, data: { sources: ['d.csv'], sha256: 'e'.repeat(64), shard: null },
    label: 'y', classes: ['0', '1'], positiveLabel: '1', threshold: 0.5, confidence: 0.95, bootstrap: { resamples: 200, seed: 1 },
    metrics, tables, slices: [], predictions: null, notes: [],
    latency: { batches: 1, batchSize: 1, p50Ms: 1, p95Ms: 1, p99Ms: 1, perRow: { p50Ms: 1, p95Ms: 1, p99Ms: 1 }, rowsPerSecond: 1, modelBytes: 1, batchMs: [1] },
  };
}

/** Two models scoring the same rows: shared signal, independent noise of their own. */
function pair(n: number, r: () => number, candidateShift = 0): { y: Float64Array; c: Float64Array; b: Float64Array } {
  const y = new Float64Array(n);
  const c = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = r() < 0.5 ? 1 : 0;
    const signal = (y[i] ? 1 : -1) * 1.2 + normal(r);
    const sig = (x: number) => 1 / (1 + Math.exp(-x));
    b[i] = sig(signal + 0.7 * normal(r));
    c[i] = sig(signal + 0.7 * normal(r) - candidateShift * (y[i] ? 1 : -1));
  }
  return { y, c, b };
}

function run(d: { y: Float64Array; c: Float64Array; b: Float64Array }, gates: string, seed = 0) {
  const paired: PairedRows = { task: 'binary', n: d.y.length, y: d.y, candidate: d.c, baseline: d.b, slices: new Map() };
  const { parse } = { parse: (t: string) => parseGates(JSON.parse(t), 'test') };
  return compare({ candidate: evaluation(d.y, d.c, 'c'.repeat(64)), candidatePath: 'c.json', baseline: evaluation(d.y, d.b), baselinePath: 'b.json', paired, spec: parse(gates), confidence: 0.95, correction: 'holm', resamples: 500, seed });
}

const FIVE_GATES = JSON.stringify({ metrics: { accuracy: { 'max-regression': 0 }, roc_auc: { 'max-regression': 0 }, f1: { 'max-regression': 0 }, log_loss: { 'max-regression': 0 }, brier_score: { 'max-regression': 0 } } });

describe('compare-to-baseline decisions', () => {
  it('A/A: two equally good models fail at most 1 - confidence of the time with Holm over 5 gates', () => {
    const r = rng(11);
    const reps = 400;
    let failures = 0;
    for (let k = 0; k < reps; k++) if (run(pair(1000, r), FIVE_GATES, k).passed === false) failures++;
    const rate = failures / reps;
    // Family-wise error of one-sided tests at 0.05 after Holm: <= 0.05; 2.3 binomial SEs of slack for 400 replications.
    expect(rate).toBeLessThanOrEqual(0.05 + 2.3 * Math.sqrt((0.05 * 0.95) / reps));
  }, 60_000);

  it('catches a true 2-point accuracy regression on 10,000 rows', () => {
    const r = rng(12);
    let caught = 0;
    const reps = 20;
    let trueDelta = 0;
    for (let k = 0; k < reps; k++) {
      const d = pair(10_000, r, 0.09);
      const res = run(d, JSON.stringify({ metrics: { accuracy: { 'max-regression': 0.005 } } }), k);
      trueDelta += res.gates[0].delta! / reps;
      if (res.passed === false) caught++;
    }
    expect(trueDelta).toBeLessThan(-0.015);
    expect(trueDelta).toBeGreaterThan(-0.03);
    expect(caught / reps).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('proves non-inferiority only with enough data, and says when a set is too small', () => {
    const small = run(pair(300, rng(3)), JSON.stringify({ policy: 'prove-non-inferiority', metrics: { accuracy: { 'max-regression': 0.01 } } }));
    expect(small.passed).toBe(false);
    expect(small.gates[0].reason).toMatch(/not shown/);
    const detect = run(pair(300, rng(3)), JSON.stringify({ metrics: { accuracy: { 'max-regression': 0.01 } } }));
    expect(detect.gates[0].underpowered).toBe(true);
    expect(detect.gates[0].reason).toMatch(/this set of 300 rows resolves ±\d+\.\d points/);
    const big = run(pair(40_000, rng(4)), JSON.stringify({ policy: 'prove-non-inferiority', metrics: { accuracy: { 'max-regression': 0.02 } } }));
    expect(big.passed).toBe(true);
  }, 60_000);

  it('reports no verdict without gates, and only absolute gates without a baseline', () => {
    const d = pair(500, rng(5));
    const none = run(d, '{}');
    expect(none.passed).toBeNull();
    expect(none.notes.join(' ')).toContain('no gates configured');
    const first = compare({ candidate: evaluation(d.y, d.c), candidatePath: 'c.json', spec: parseGates({ metrics: { accuracy: { 'max-regression': 0.01, min: 0.99 } } }, 't'), confidence: 0.95, correction: 'holm', resamples: 200, seed: 0 });
    expect(first.baseline).toBeNull();
    const [rel, abs] = first.gates;
    expect(rel.passed).toBe(true);
    expect(rel.reason).toContain('no baseline yet (first model)');
    expect(abs.passed).toBe(false); // accuracy is far below 0.99
    expect(first.notes.join(' ')).toContain('only absolute gates');
  });

  it('fails a gate whose metric is missing on one side, saying so', () => {
    const d = pair(500, rng(6));
    const c = evaluation(d.y, d.c);
    delete (c.metrics as Record<string, unknown>).roc_auc;
    const res = compare({ candidate: c, candidatePath: 'c.json', baseline: evaluation(d.y, d.b), baselinePath: 'b.json', spec: parseGates({ metrics: { roc_auc: { 'max-regression': 0.01 } } }, 't'), confidence: 0.95, correction: 'holm', resamples: 200, seed: 0 });
    expect(res.gates[0]).toMatchObject({ passed: false });
    expect(res.gates[0].reason).toContain('missing on the candidate');
  });

  it('pairs latency by batch: a candidate 30% slower fails, an equally fast one passes', () => {
    const r = rng(9);
    const d = pair(500, r);
    const base = Array.from({ length: 60 }, () => 2 + r());
    const withLatency = (e: Evaluation, ms: number[]) => ({ ...e, latency: { ...e.latency, batchMs: ms, p50Ms: 0, p95Ms: 0 } });
    const spec = parseGates({ metrics: { latency_p95_ms: { 'max-regression': 0.1 } } }, 't');
    const run2 = (ms: number[]) =>
      compare({ candidate: withLatency(evaluation(d.y, d.c), ms), candidatePath: 'c', baseline: withLatency(evaluation(d.y, d.b), base), baselinePath: 'b', spec, confidence: 0.95, correction: 'holm', resamples: 500, seed: 0 });
    const slow = run2(base.map((x) => x * 1.3 + 0.05 * r()));
    expect(slow.gates[0]).toMatchObject({ passed: false, test: expect.stringContaining('Wilcoxon signed-rank on 60 per-batch') });
    expect(slow.gates[0].delta!).toBeGreaterThan(0.5);
    expect(slow.gates[0].ci![0]).toBeGreaterThan(0);
    const same = run2(base.map((x) => x + 0.02 * (r() - 0.5)));
    expect(same.gates[0].passed).toBe(true);
  });

  it('rejects gate files with unknown metrics or rules, naming the key', () => {
    expect(() => parseGates({ metrics: { acuracy: { min: 0.9 } } }, 'gates.yml')).toThrow(/gates\.yml: metrics: unknown metric 'acuracy'; metrics: accuracy, /);
    expect(() => parseGates({ metrics: { accuracy: { 'max-regresion': 1 } } }, 'gates.yml')).toThrow("gates.yml: metrics.accuracy: unknown key 'max-regresion'");
    expect(() => parseGates({ policy: 'yolo' }, 'gates.yml')).toThrow('gates.yml: policy: must be one of detect-regression, prove-non-inferiority');
    const spec = parseGates({ metrics: { roc_auc: { 'max-regression': '1%' } }, slices: { region: { recall: { 'max-regression': 0.02 } } } }, 'g');
    expect(spec.gates).toEqual([
      { metric: 'roc_auc', rule: 'max-regression', amount: { value: 0.01, percent: true }, text: 'max-regression 1%', sliceColumn: undefined },
      { metric: 'recall', rule: 'max-regression', amount: { value: 0.02, percent: false }, text: 'max-regression 0.02', sliceColumn: 'region' },
    ]);
  });
});
