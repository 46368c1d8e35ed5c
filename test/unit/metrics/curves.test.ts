// Downsampled ROC and PR curves: every point of the full curve stays within the stated error.
import { describe, expect, it } from 'vitest';
import { binaryCurves } from '../../../src/metrics/curves.js';
import { rng } from '../../helpers.js';

/** The full curves by brute force: one point per distinct threshold, highest first. */
function fullCurves(pos: number[], neg: number[]) {
  const thresholds = [...new Set([...pos, ...neg])].sort((a, b) => b - a);
  const roc: [number, number][] = [[0, 0]];
  const pr: [number, number][] = [[0, 1]];
  for (const t of thresholds) {
    const tp = pos.filter((s) => s >= t).length;
    const fp = neg.filter((s) => s >= t).length;
    roc.push([fp / neg.length, tp / pos.length]);
    pr.push([tp / pos.length, tp / (tp + fp)]);
  }
  return { roc, pr };
}

function within(full: [number, number][], xs: number[], ys: number[], eps: number): number {
  let worst = 0;
  for (const [x, y] of full) {
    let best = Infinity;
    for (let k = 0; k < xs.length; k++) best = Math.min(best, Math.max(Math.abs(x - xs[k]), Math.abs(y - ys[k])));
    worst = Math.max(worst, best);
  }
  expect(worst).toBeLessThanOrEqual(eps + 1e-6);
  return worst;
}

function sample(n: number, seed: number, ties = false) {
  const r = rng(seed);
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < n; i++) {
    const y = r() < 0.3;
    let s = 1 / (1 + Math.exp(-((y ? 1 : -1) * 0.8 + 2 * (r() - 0.5) * 2)));
    if (ties) s = Math.round(s * 20) / 20;
    (y ? pos : neg).push(s);
  }
  return { pos, neg, curves: binaryCurves(Float64Array.from(pos).sort(), Float64Array.from(neg).sort(), { maxError: 0.01 }) };
}

describe('binaryCurves', () => {
  it('keeps every point of the full curves within maxError, with far fewer points', () => {
    const { pos, neg, curves } = sample(3000, 1);
    const full = fullCurves(pos, neg);
    within(full.roc, curves.roc.fpr, curves.roc.tpr, curves.maxError);
    within(full.pr, curves.pr.recall, curves.pr.precision, curves.maxError);
    expect(curves.roc.fpr.length).toBeLessThanOrEqual(2 / 0.01 + 2);
    expect(curves.roc.fpr.length).toBeLessThan(full.roc.length / 5);
    expect([curves.roc.fpr[0], curves.roc.tpr[0], curves.roc.fpr.at(-1), curves.roc.tpr.at(-1)]).toEqual([0, 0, 1, 1]);
    expect([curves.pr.recall[0], curves.pr.precision[0], curves.pr.recall.at(-1)]).toEqual([0, 1, 1]);
  });

  it('handles tied scores as one threshold', () => {
    const { pos, neg, curves } = sample(500, 2, true);
    const full = fullCurves(pos, neg);
    within(full.roc, curves.roc.fpr, curves.roc.tpr, curves.maxError);
    within(full.pr, curves.pr.recall, curves.pr.precision, curves.maxError);
  });

  it('widens the PR tolerance when the curve would keep too many points, and says so', () => {
    const { pos, neg } = sample(3000, 3);
    const c = binaryCurves(Float64Array.from(pos).sort(), Float64Array.from(neg).sort(), { maxError: 0.0001, maxPoints: 50 });
    expect(c.pr.recall.length).toBeLessThanOrEqual(50);
    expect(c.maxError).toBeGreaterThan(0.0001);
    within(fullCurves(pos, neg).pr, c.pr.recall, c.pr.precision, c.maxError);
  });
});
