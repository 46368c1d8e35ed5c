// Seeded simulation: the 95% bootstrap intervals of the fairness differences and ratios cover the
// true value 93-97% of the time. Two groups (800 and 600 rows) drawn from known confusion-cell
// probabilities, so every measure's truth is known in closed form.
import { describe, expect, it } from 'vitest';
import { measureIntervals, measuresOf, MEASURES } from '../../../src/fairness/measures.js';
import { createRng } from '../../../src/stats/rng.js';

// Cell probabilities [tn, fp, fn, tp] per group: group A selects 45%, group B 30%; the TPR gap
// (0.8 vs 0.6) is clearly larger than the FPR gap (0.2 vs 0.1) and the FPR ratio (0.5) clearly
// smaller than the TPR ratio (0.75), so no worst case is a tie (a tie biases a max or min upward).
const P = [
  [0.5 * 0.8, 0.5 * 0.2, 0.5 * 0.2, 0.5 * 0.8],
  [0.6 * 0.9, 0.6 * 0.1, 0.4 * 0.4, 0.4 * 0.6],
];
const SIZES = [800, 600];

describe('coverage of fairness intervals', () => {
  it('95% intervals cover 93-97% of 1000 replications', () => {
    const truth = measuresOf(P.flatMap((p) => p), 2);
    const rng = createRng(20261206);
    const reps = 1000;
    const hits = new Array(MEASURES.length).fill(0);
    const cells = new Float64Array(8);
    for (let r = 0; r < reps; r++) {
      for (let g = 0; g < 2; g++) rng.multinomial(SIZES[g], P[g], cells.subarray(4 * g, 4 * g + 4));
      const cis = measureIntervals(cells, 2, rng, 500, 0.95);
      MEASURES.forEach((m, i) => {
        const ci = cis[i];
        if (ci && ci[0] <= truth[m].value && truth[m].value <= ci[1]) hits[i]++;
      });
    }
    const coverage = Object.fromEntries(MEASURES.map((m, i) => [m, hits[i] / reps]));
    console.log('coverage of 95% fairness intervals:', coverage);
    for (const m of MEASURES) {
      expect(coverage[m], m).toBeGreaterThanOrEqual(0.93);
      expect(coverage[m], m).toBeLessThanOrEqual(0.97);
    }
  });
});
