// Seeded simulations of the properties the compare-to-baseline gate relies on: false-alarm rates
// under H0 (two equally good models), the family-wise error rate of Holm's correction, and the
// coverage of Tango's interval. Every simulation is seeded, so each run sees the same numbers; the
// bounds leave room of about 3 simulation standard errors around the nominal level, and the
// comment on each says what the exact or published value is.
import { describe, expect, it } from 'vitest';
import { multipleTesting } from '../../../src/stats/multiple.js';
import {
  accuracyMarginTest,
  mcnemar,
  meanDifferenceStatistic,
  pairedAccuracyDifference,
  pairedBootstrap,
  pairedPermutationTest,
  pairedTable,
  type PairedTable,
  ttestRel,
} from '../../../src/stats/paired.js';
import { createRng, type Xoshiro128 } from '../../../src/stats/rng.js';

/** Per-row correctness of two models: both right with p11, only the baseline p10, only the candidate p01. */
function correctness(rng: Xoshiro128, n: number, p11: number, p10: number, p01: number): [Uint8Array, Uint8Array] {
  const base = new Uint8Array(n);
  const cand = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.nextFloat();
    if (u < p11) base[i] = cand[i] = 1;
    else if (u < p11 + p10) base[i] = 1;
    else if (u < p11 + p10 + p01) cand[i] = 1;
  }
  return [base, cand];
}

/** A paired table drawn directly: Multinomial(n; both, baseline only, candidate only, neither). */
function drawTable(rng: Xoshiro128, n: number, probs: readonly number[]): PairedTable {
  const out = new Float64Array(4);
  rng.multinomial(n, probs, out);
  return { bothCorrect: out[0], baselineOnly: out[1], candidateOnly: out[2], neitherCorrect: out[3], n };
}

// Two equally good models (85% accurate each), 1000 rows, disagreeing on 20% of them.
const H0 = { n: 1000, p11: 0.75, p10: 0.1, p01: 0.1 };

describe('false-alarm rate under H0 (two equally good models), alpha = 0.05', () => {
  it('McNemar (auto: chi-square with continuity correction here) rejects in [0.03, 0.065] of 2000 replications', () => {
    // Exact size of this design, summed over the distribution of b + c: 0.042 (the continuity
    // correction makes McNemar conservative); simulation SE 0.0045.
    const rng = createRng(101);
    const R = 2000;
    let rejected = 0;
    for (let r = 0; r < R; r++) {
      const [base, cand] = correctness(rng, H0.n, H0.p11, H0.p10, H0.p01);
      const t = pairedTable(base, cand);
      if (mcnemar(t.baselineOnly, t.candidateOnly).pvalue <= 0.05) rejected++;
    }
    const rate = rejected / R;
    expect(rate).toBeGreaterThanOrEqual(0.03);
    expect(rate).toBeLessThanOrEqual(0.065);
  });

  it('the paired-bootstrap 95% CI of the accuracy difference (BCa and percentile) excludes 0 in [0.03, 0.065] of 2000 replications', () => {
    // Same replications for both methods; a bootstrap interval of a discrete statistic is close to,
    // not exactly at, its nominal level (observed 0.048 for both with these seeds).
    const rng = createRng(202);
    const R = 2000;
    const rejected = { bca: 0, percentile: 0 };
    for (let r = 0; r < R; r++) {
      const [base, cand] = correctness(rng, H0.n, H0.p11, H0.p10, H0.p01);
      const stat = meanDifferenceStatistic(cand, base);
      for (const method of ['bca', 'percentile'] as const) {
        const ci = pairedBootstrap(stat, H0.n, { resamples: 999, seed: r, method }).confidenceInterval;
        if (ci.low > 0 || ci.high < 0) rejected[method]++;
      }
    }
    for (const rate of [rejected.bca / R, rejected.percentile / R]) {
      expect(rate).toBeGreaterThanOrEqual(0.03);
      expect(rate).toBeLessThanOrEqual(0.065);
    }
  });

  it('the sign-flip permutation test rejects in [0.03, 0.07] of 1000 replications (accuracy rows, and continuous rows)', () => {
    const rng = createRng(303);
    const R = 1000;
    let accuracy = 0;
    let continuous = 0;
    for (let r = 0; r < R; r++) {
      const [base, cand] = correctness(rng, H0.n, H0.p11, H0.p10, H0.p01);
      if (pairedPermutationTest(cand, base, 'mean difference', { resamples: 999, seed: r }).pvalue <= 0.05) accuracy++;
      const d = Float64Array.from({ length: 50 }, () => (rng.nextFloat() - 0.5) ** 3); // symmetric, heavy-tailed
      if (pairedPermutationTest(d, new Float64Array(50), 'mean difference', { resamples: 199, seed: r }).pvalue <= 0.05) continuous++;
    }
    for (const rate of [accuracy / R, continuous / R]) {
      expect(rate).toBeGreaterThanOrEqual(0.03);
      expect(rate).toBeLessThanOrEqual(0.07);
    }
  });
});

describe('multiple testing over 5 independent null tests (paired t-tests on 20 rows), 4000 replications', () => {
  it('Holm keeps the family-wise error rate <= 0.05 + 2.33 SE; BH (= Simes under the global null) too', () => {
    // Exact values: Holm ≈ 1 - 0.99^5 = 0.049, BH = 0.05; SE = sqrt(0.05·0.95/4000) = 0.0034.
    const rng = createRng(404);
    const R = 4000;
    let holm = 0;
    let bh = 0;
    const p = new Float64Array(5);
    for (let r = 0; r < R; r++) {
      for (let k = 0; k < 5; k++) {
        const x = Float64Array.from({ length: 20 }, () => rng.nextFloat() + rng.nextFloat() + rng.nextFloat());
        const y = Float64Array.from({ length: 20 }, () => rng.nextFloat() + rng.nextFloat() + rng.nextFloat());
        p[k] = ttestRel(x, y).pvalue;
      }
      if (multipleTesting(p, 'holm', 0.05).reject.some(Boolean)) holm++;
      if (multipleTesting(p, 'bh', 0.05).reject.some(Boolean)) bh++;
    }
    const bound = 0.05 + 2.33 * Math.sqrt((0.05 * 0.95) / R);
    expect(holm / R).toBeLessThanOrEqual(bound);
    expect(bh / R).toBeLessThanOrEqual(bound);
    expect(holm / R).toBeGreaterThan(0.035); // and it is not vacuous
  });
});

describe("Tango's score interval and the margin test", () => {
  // Coverage of the 95% interval over 4000 tables per design (SE 0.0034). With many discordant
  // pairs it is close to nominal; with few it is conservative (Agresti and Min 2005).
  const designs: [string, number, number[], [number, number]][] = [
    ['150 rows, delta = -0.03', 150, [0.8, 0.06, 0.03, 0.11], [0.935, 0.965]],
    ['1000 rows, delta = -0.01', 1000, [0.75, 0.1, 0.09, 0.06], [0.935, 0.965]],
    ['40 rows, delta = +0.1', 40, [0.5, 0.1, 0.2, 0.2], [0.93, 0.97]],
    ['60 rows, 4% discordant', 60, [0.9, 0.02, 0.02, 0.06], [0.935, 0.99]],
  ];
  for (const [name, n, probs, [lo, hi]] of designs) {
    it(`covers delta in [${lo}, ${hi}] of replications: ${name}`, () => {
      const rng = createRng(505 + n);
      const delta = probs[2] - probs[1];
      const R = 4000;
      let covered = 0;
      for (let r = 0; r < R; r++) {
        const ci = pairedAccuracyDifference(drawTable(rng, n, probs)).confidenceInterval;
        if (ci.low <= delta && delta <= ci.high) covered++;
      }
      expect(covered / R).toBeGreaterThanOrEqual(lo);
      expect(covered / R).toBeLessThanOrEqual(hi);
    });
  }

  it('the non-inferiority p-value has size ~0.05 at delta = -margin, and power beyond it', () => {
    const rng = createRng(606);
    const R = 4000;
    let atMargin = 0;
    let better = 0;
    for (let r = 0; r < R; r++) {
      // delta = 0.05 - 0.07 = -0.02 = -margin: H0 of non-inferiority holds (boundary)
      if (accuracyMarginTest(drawTable(rng, 500, [0.8, 0.07, 0.05, 0.08]), 0.02).pvalueNonInferiority <= 0.05) atMargin++;
      // delta = +0.01 > -margin: non-inferior
      if (accuracyMarginTest(drawTable(rng, 2000, [0.8, 0.05, 0.06, 0.09]), 0.02).pvalueNonInferiority <= 0.05) better++;
    }
    expect(atMargin / R).toBeGreaterThanOrEqual(0.035);
    expect(atMargin / R).toBeLessThanOrEqual(0.065);
    expect(better / R).toBeGreaterThan(0.9);
  });
});
