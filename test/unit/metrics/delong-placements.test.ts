// rowPlacements (one radix argsort of all scores, then one walk over tie groups) against the
// definition of DeLong's placements counted pair by pair, bit for bit, on seeded random data with
// many ties, signed zeros and negative scores; and the per-row arrays of the paired tests
// (src/gates/paired-arrays.ts) built once per rows and threshold.
import { describe, expect, it } from 'vitest';
import { rowPlacements } from '../../../src/stats/delong.js';
import { predictions, rowLosses } from '../../../src/gates/paired-arrays.js';
import type { PairedRows } from '../../../src/gates/paired-data.js';
import { createRng } from '../../../src/stats/rng.js';

function bruteForce(labels: Float64Array, scores: Float64Array): { place: Float64Array; auc: number } {
  let m = 0;
  for (const y of labels) m += y;
  const n = labels.length - m;
  const place = new Float64Array(labels.length);
  let twiceU = 0;
  for (let r = 0; r < labels.length; r++) {
    let below = 0;
    let equal = 0;
    let above = 0;
    for (let s = 0; s < labels.length; s++) {
      if (labels[s] === labels[r]) continue;
      if (scores[s] < scores[r]) below++;
      else if (scores[s] === scores[r]) equal++;
      else above++;
    }
    if (labels[r] === 1) {
      place[r] = (below + 0.5 * equal) / n;
      twiceU += 2 * below + equal;
    } else place[r] = (m - (m - above) + 0.5 * equal) / m;
  }
  return { place, auc: twiceU / (2 * m * n) };
}

describe('rowPlacements', () => {
  it.each([
    [50, 3],
    [700, 20],
    [2000, 1e9],
  ])('equals the pairwise counts bit for bit (%i rows, %s distinct levels)', (rows, levels) => {
    const rng = createRng(rows, 1);
    for (let rep = 0; rep < 5; rep++) {
      const labels = new Float64Array(rows);
      const scores = new Float64Array(rows);
      for (let i = 0; i < rows; i++) {
        labels[i] = rng.nextFloat() < 0.3 ? 1 : 0;
        const v = Math.floor(rng.nextFloat() * levels) - levels / 2;
        scores[i] = v === 0 && rng.nextFloat() < 0.5 ? -0 : v / 7;
      }
      labels[0] = 1;
      labels[1] = 0;
      let m = 0;
      for (const y of labels) m += y;
      const got = rowPlacements(labels, scores, m, rows - m);
      const want = bruteForce(labels, scores);
      expect(got.auc).toBe(want.auc);
      expect(Array.from(got.place)).toEqual(Array.from(want.place));
    }
  });
});

describe('paired per-row arrays', () => {
  const rows: PairedRows = { task: 'binary', n: 4, y: Float64Array.of(1, 0, 1, 0), candidate: Float64Array.of(0.9, 0.2, 0.4, 0.6), baseline: Float64Array.of(0.5, 0.5, 0.1, 0.7), slices: new Map() };

  it('thresholds once per rows and threshold', () => {
    const a = predictions(rows, 0.5);
    expect(Array.from(a.candidate)).toEqual([1, 0, 0, 1]);
    expect(Array.from(a.baseline)).toEqual([1, 1, 0, 1]);
    expect(predictions(rows, 0.5)).toBe(a);
    expect(Array.from(predictions(rows, 0.45).baseline)).toEqual([1, 1, 0, 1]);
    expect(Array.from(predictions(rows, 0.65).candidate)).toEqual([1, 0, 0, 0]);
  });

  it('computes the losses of each kind once', () => {
    const b = rowLosses(rows, 'brier_score');
    expect(Array.from(b.candidate).map((x) => Number(x.toFixed(12)))).toEqual([0.01, 0.04, 0.36, 0.36]);
    expect(rowLosses(rows, 'brier_score')).toBe(b);
    expect(rowLosses(rows, 'log_loss').candidate[0]).toBeCloseTo(-Math.log(0.9), 15);
  });
});
