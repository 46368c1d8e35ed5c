// The seeded generator behind the resampling tests: reproducible streams, unbiased bounded
// integers, and exact binomial / multinomial variates (chi-square goodness of fit against the
// exact distributions; seeded, so each run sees the same statistics).
import { describe, expect, it } from 'vitest';
import { chi2Sf, logGamma } from '../../../src/stats/distributions.js';
import { PairedRng } from '../../../src/stats/paired-rng.js';

/** Pearson's X² of observed counts against expected ones, pooling bins until each expects >= 20. */
function goodnessOfFit(observed: ArrayLike<number>, expected: ArrayLike<number>): number {
  let stat = 0;
  let df = -1;
  let e = 0;
  let o = 0;
  for (let k = 0; k < expected.length; k++) {
    e += expected[k];
    o += observed[k];
    if (e >= 20) {
      stat += (o - e) ** 2 / e;
      df++;
      e = 0;
      o = 0;
    }
  }
  return chi2Sf(stat, df);
}

describe('PairedRng', () => {
  it('is reproducible by seed and differs between seeds', () => {
    const a = new PairedRng(12345);
    const b = new PairedRng(12345);
    const c = new PairedRng(12346);
    const sa = Array.from({ length: 8 }, () => a.nextUint32());
    expect(Array.from({ length: 8 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.nextUint32())).not.toEqual(sa);
    expect(() => new PairedRng(-1)).toThrow(/seed/);
    expect(() => new PairedRng(1.5)).toThrow(/seed/);
  });

  it('draws bounded integers uniformly, including for n above 2^21 (fillCounts)', () => {
    const rng = new PairedRng(7);
    for (const n of [3, 1000, 2_200_001]) {
      const counts = new Uint32Array(n);
      const draws = n > 1e6 ? 2 * n : 200 * n;
      rng.fillCounts(counts, draws);
      let total = 0;
      for (const c of counts) total += c;
      expect(total).toBe(draws);
      if (n <= 1000) expect(goodnessOfFit(counts, new Float64Array(n).fill(draws / n))).toBeGreaterThan(0.001);
      else {
        // 2 draws per cell on average: the histogram of the cell counts is ~Poisson(2)
        const hist = new Float64Array(20);
        for (const c of counts) hist[Math.min(19, c)]++;
        const expected = Float64Array.from({ length: 20 }, (_, k) => n * Math.exp(k * Math.log(2) - 2 - logGamma(k + 1)));
        expect(goodnessOfFit(hist, expected)).toBeGreaterThan(0.001);
      }
    }
    const big = Array.from({ length: 2000 }, () => rng.nextBelow(4_000_000_000));
    expect(Math.max(...big)).toBeLessThan(4_000_000_000);
    expect(Math.max(...big)).toBeGreaterThan(3_900_000_000);
  });

  it('draws Binomial(n, p) with the exact distribution (inversion and BTRS regimes)', () => {
    const rng = new PairedRng(99);
    for (const [n, p] of [
      [20, 0.3],
      [1000, 0.003],
      [200, 0.07],
      [50, 0.5],
      [30, 0.9],
      [1_000_000, 0.1],
    ]) {
      const N = 50_000;
      const observed = new Float64Array(n + 1);
      for (let i = 0; i < N; i++) observed[rng.nextBinomial(n, p)]++;
      const expected = Float64Array.from({ length: n + 1 }, (_, k) => N * Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p)));
      expect(goodnessOfFit(observed, expected), `n=${n}, p=${p}`).toBeGreaterThan(0.001);
    }
    expect(rng.nextBinomial(0, 0.3)).toBe(0);
    expect(rng.nextBinomial(10, 0)).toBe(0);
    expect(rng.nextBinomial(10, 1)).toBe(10);
  });

  it('draws multinomial totals that sum to the draws, with the right means', () => {
    const rng = new PairedRng(5);
    const sizes = [600, 0, 300, 100];
    const out = new Float64Array(4);
    const sum = new Float64Array(4);
    for (let r = 0; r < 2000; r++) {
      rng.fillMultinomial(1000, sizes, out);
      expect(out[0] + out[1] + out[2] + out[3]).toBe(1000);
      for (let k = 0; k < 4; k++) sum[k] += out[k];
    }
    expect(sum[1]).toBe(0);
    // means within 4 SE: sd of Bin(1000, p) / sqrt(2000)
    for (const [k, p] of [[0, 0.6], [2, 0.3], [3, 0.1]]) expect(Math.abs(sum[k] / 2000 - 1000 * p)).toBeLessThan(4 * Math.sqrt((1000 * p * (1 - p)) / 2000));
  });
});
