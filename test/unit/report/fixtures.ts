// Artifacts for the HTML report tests, with hostile names and values everywhere text is shown.
import { computeMetrics } from '../../../src/model/metrics.js';
import type { Evaluation } from '../../../src/model/evaluate.js';
import type { DataReport } from '../../../src/data/validate.js';
import type { Comparison } from '../../../src/gates/compare.js';
import { rng } from '../../helpers.js';

export const EVIL = `<script>alert("x")</script><img src=x onerror=alert(1)>"'&`;

export function binaryEvaluation(n: number, seed: number, sliceValues: string[] = []): Evaluation {
  const r = rng(seed);
  const y = new Float64Array(n);
  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = r() < 0.4 ? 1 : 0;
    s[i] = 1 / (1 + Math.exp(-((y[i] ? 1 : -1) + 2 * (r() - 0.5) * 2)));
  }
  const { metrics, tables } = computeMetrics('binary', { classes: ['0', '1'], y: { values: y }, score: { values: s }, proba: { values: new Float64Array() } }, { threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1 });
  return {
    kind: 'evaluation', schemaVersion: 1, task: 'binary', rows: n,
    model: { path: `m${EVIL}.onnx`, sha256: 'a'.repeat(64), bytes: 1 }, data: { sources: ['d.csv'], sha256: 'b'.repeat(64), shard: null },
    label: 'y', classes: [`no${EVIL}`, 'yes'], positiveLabel: 'yes', threshold: 0.5, confidence: 0.95, bootstrap: { resamples: 200, seed: 1 },
    metrics, tables, slices: sliceValues.map((v) => ({ column: `region${EVIL}`, value: v, rows: 100, metrics })), predictions: null, notes: [],
    latency: { batches: 1, batchSize: 1, p50Ms: 1, p95Ms: 1, p99Ms: 1, perRow: { p50Ms: 1, p95Ms: 1, p99Ms: 1 }, rowsPerSecond: 1, modelBytes: 1, batchMs: [1] },
  } as Evaluation;
}

export function hostileDataReport(): DataReport {
  const col = (name: string, numeric: boolean) => ({
    name, type: numeric ? 'number' : 'string', count: 100, nulls: 0, distinct: 3, distinctExact: true, min: numeric ? 0 : null, max: numeric ? 10 : null, mean: null, std: null, quantiles: null,
    histogram: numeric ? { edges: [0, 5, 10], counts: [40, 60] } : null, topValues: numeric ? [] : [{ value: EVIL, count: 60 }, { value: 'b', count: 40 }],
  });
  return {
    kind: 'data-report', schemaVersion: 1, passed: false, failOn: 'any', sources: ['d.csv'], format: 'csv', shard: null, schema: null, rows: 100,
    columns: [col(`num${EVIL}`, true), col(`cat${EVIL}`, false)],
    violations: { count: 1, byRule: { type: 1 }, samples: [{ row: 1, line: 2, column: `num${EVIL}`, rule: 'type', message: `'${EVIL}' is not a number`, file: `d${EVIL}.csv` }] },
    reference: { source: `ref${EVIL}.csv`, kind: 'dataset', rows: 100 },
    drift: [
      { column: `num${EVIL}`, kind: 'numeric', test: 'ks', statistic: 0.5, pValue: 0.001, threshold: 0.05, drifted: true, method: 'exact', referenceCount: 100, currentCount: 100, moved: [], explanation: EVIL, histogram: { edges: [0, 5, 10], reference: [70, 30], current: [40, 60] } },
      { column: `cat${EVIL}`, kind: 'categorical', test: 'psi', statistic: 0.5, threshold: 0.2, drifted: true, method: 'exact', referenceCount: 100, currentCount: 100, moved: [{ label: EVIL, reference: 0.2, current: 0.6 }], explanation: EVIL },
    ],
    driftSkipped: [], datasetDrift: null, schemaDrift: null,
  } as DataReport;
}

export function hostileComparison(): Comparison {
  return {
    kind: 'comparison', schemaVersion: 1, passed: false, verdict: `1 gate failed ${EVIL}`, policy: 'detect-regression', confidence: 0.95, correction: 'holm', paired: true, pairing: 'paired', rows: 100,
    candidate: { path: 'c', model: 'c', data: 'd' }, baseline: { path: 'b', model: 'b', data: 'd' },
    gates: [
      { metric: 'accuracy', rule: 'max-regression 0.01', baseline: 0.8, candidate: 0.78, delta: -0.02, ci: [-0.03, -0.011], pValue: 0.01, adjustedPValue: 0.02, test: 'McNemar', passed: false, reason: EVIL },
      { metric: 'roc_auc', slice: { column: EVIL, value: EVIL }, rule: 'max-regression 1%', baseline: 0.8, candidate: 0.81, delta: 0.01, ci: [-0.01, 0.03], pValue: 0.5, adjustedPValue: 0.5, test: 'DeLong', passed: true, reason: 'ok' },
    ],
    metrics: [], notes: [EVIL],
  } as Comparison;
}

