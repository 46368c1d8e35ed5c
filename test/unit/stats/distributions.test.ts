// The incomplete-beta family in src/stats/distributions.ts beyond the paired goldens (which cover
// the Student-t tail through ttestRel and the binomial cdf at p = 1/2 through McNemar's exact test):
// closed forms and direct sums that need no fixture.
import { describe, expect, it } from 'vitest';
import { betaincPair, binomCdf, logGamma, normalCdf, normalQuantile, studentTSf } from '../../../src/stats/distributions.js';

function rel(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

describe('binomCdf', () => {
  it('equals the summed pmf for any p', () => {
    for (const [n, p] of [
      [10, 0.3],
      [57, 0.02],
      [200, 0.5],
      [1000, 0.93],
    ]) {
      let cdf = 0;
      for (let k = 0; k < n; k++) {
        cdf += Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p));
        if (cdf > 1e-300) expect(rel(binomCdf(k, n, p), cdf), `n=${n}, p=${p}, k=${k}`).toBeLessThan(1e-10);
      }
    }
  });

  it('handles the ends and rounds k down, as scipy.stats.binom.cdf', () => {
    expect(binomCdf(-1, 10, 0.3)).toBe(0);
    expect(binomCdf(10, 10, 0.3)).toBe(1);
    expect(binomCdf(3.7, 10, 0.3)).toBe(binomCdf(3, 10, 0.3));
    expect(binomCdf(0, 10, 0)).toBe(1);
    expect(binomCdf(9, 10, 1)).toBe(0);
  });
});

describe('studentTSf and betaincPair', () => {
  it('match the closed forms for 1 and 2 degrees of freedom', () => {
    for (const t of [-30, -2.5, -0.1, 0, 0.3, 1, 4, 100]) {
      expect(rel(studentTSf(t, 1), 0.5 - Math.atan(t) / Math.PI), `df=1, t=${t}`).toBeLessThan(1e-12);
      expect(rel(studentTSf(t, 2), 0.5 - t / (2 * Math.sqrt(2 + t * t))), `df=2, t=${t}`).toBeLessThan(1e-12);
    }
    expect(studentTSf(Infinity, 5)).toBe(0);
    expect(studentTSf(-Infinity, 5)).toBe(1);
    expect(studentTSf(NaN, 5)).toBeNaN();
  });

  it('gives I_x(a, 1) = x^a and lower + upper = 1', () => {
    for (const [a, x] of [
      [0.5, 0.2],
      [3, 0.9],
      [40, 0.97],
    ]) {
      const { lower, upper } = betaincPair(a, 1, x, 1 - x);
      expect(rel(lower, x ** a)).toBeLessThan(1e-12);
      expect(lower + upper).toBeCloseTo(1, 15);
    }
  });
});

describe('normalQuantile', () => {
  it('inverts normalCdf', () => {
    for (const p of [1e-300, 1e-20, 1e-5, 0.01, 0.3, 0.5, 0.7, 0.99, 1 - 1e-10]) expect(rel(normalCdf(normalQuantile(p)), p), `p=${p}`).toBeLessThan(1e-12);
  });
});
