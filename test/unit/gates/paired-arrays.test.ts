// The paired tests' per-row arrays (src/gates/paired-arrays.ts) are built once per comparison:
// every metric that needs the thresholded predictions or the per-row losses of the same rows gets
// the same arrays, and the values are those of the formulas.
import { describe, expect, it } from 'vitest';
import { predictions, rowLosses } from '../../../src/gates/paired-arrays.js';
import { pairedEstimate } from '../../../src/gates/paired-metrics.js';
import type { PairedRows } from '../../../src/gates/paired-data.js';

function rows(n: number): PairedRows {
  const y = new Float64Array(n);
  const c = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 3 === 0 ? 1 : 0;
    c[i] = ((i * 7919) % 1000) / 1000;
    b[i] = ((i * 104729) % 1000) / 1000;
  }
  return { task: 'binary', n, y, candidate: c, baseline: b, slices: new Map() };
}

describe('per-row arrays of a comparison', () => {
  it('are made once per rows and threshold, whichever metric asks first', () => {
    const p = rows(500);
    const pred = predictions(p, 0.5);
    const o = { direction: 1 as const, threshold: 0.5, confidence: 0.95, resamples: 200, seed: 0 };
    for (const m of ['accuracy', 'precision', 'recall', 'f1', 'balanced_accuracy']) pairedEstimate(m, p, o);
    expect(predictions(p, 0.5)).toBe(pred);
    expect(predictions(p, 0.3)).not.toBe(pred);
    expect(Array.from(pred.candidate.subarray(0, 5))).toEqual(Array.from(p.candidate.subarray(0, 5), (s) => (s >= 0.5 ? 1 : 0)));
    const losses = rowLosses(p, 'log_loss');
    pairedEstimate('log_loss', p, o);
    expect(rowLosses(p, 'log_loss')).toBe(losses);
    expect(losses.candidate[1]).toBeCloseTo(-Math.log(1 - p.candidate[1]!), 12);
    expect(rowLosses(p, 'brier_score')).toBe(rowLosses(p, 'brier_score'));
    // Other rows (a slice) get their own.
    expect(predictions(rows(500), 0.5)).not.toBe(pred);
  });
});
