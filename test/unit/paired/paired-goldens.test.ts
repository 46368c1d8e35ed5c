// Golden tests of the paired tests against scipy / statsmodels. The goldens are produced by
// scripts/fixtures/paired_goldens.py (versions in the file's meta); every case is checked with the
// tolerance stated on the function's docstring, or, for Monte Carlo results, with a tolerance
// derived from the resampling error (explained where it is used).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  accuracyMarginTest,
  type Alternative,
  bootstrapConfidenceInterval,
  marginTest,
  mcnemar,
  MCNEMAR_EXACT_BELOW,
  meanDifferenceStatistic,
  pairedAccuracyDifference,
  pairedBootstrap,
  pairedPermutationTest,
  pairedTable,
  type PairedTable,
  tangoScoreTest,
  ttestRel,
  wilcoxon,
} from '../../../src/stats/paired.js';

type Num = number | 'inf' | '-inf' | null;
type Sample = number[] | { lcg: [number, number, number, number, number, number] };
type ByAlt = Record<Alternative, { statistic: Num; pvalue: Num }>;
interface Goldens {
  meta: Record<string, string>;
  mcnemar: ({ b: number; c: number; exact_mpmath?: number } & Record<'exact' | 'chi2_corrected' | 'chi2', { statistic: Num; pvalue: Num }>)[];
  tables: { baseline: string; candidate: string; bothCorrect: number; baselineOnly: number; candidateOnly: number; neitherCorrect: number }[];
  tango: { table: [number, number, number, number]; estimate: number; low: number; high: number; tests: ({ delta0: number; z: Num } & Record<Alternative, number>)[] }[];
  ttest_rel: { name: string; x: Sample; y: Sample; results: ByAlt }[];
  wilcoxon: { name: string; x: Sample; y: Sample; correction: boolean; method: 'exact' | 'asymptotic'; explicit?: 'exact'; results: ByAlt }[];
  permutation: { name: string; x: number[]; y: number[]; results: Record<Alternative, { statistic: number; pvalue: number }> }[];
  permutation_mc: { x: number[]; exact: Record<Alternative, number>; scipy_mc_greater_20000: number }[];
  bootstrap_interval: {
    name: string;
    d: number[];
    distribution: number[];
    confidence: number;
    estimate: number;
    percentile: [number, number];
    basic: [number, number];
    bca: [number, number] | null;
  }[];
  bootstrap: {
    name: string;
    kind: 'continuous' | 'accuracy';
    grid: number;
    resamples: number;
    x: number[] | string;
    y: number[] | string;
    results: Record<'percentile' | 'basic' | 'bca', { low: number; high: number; se_low: number; se_high: number; standard_error: number }>;
    quantiles: { p: number[]; q: number[]; se: number[] };
  }[];
}

const G = JSON.parse(readFileSync(new URL('../../fixtures/paired/paired-goldens.json', import.meta.url), 'utf8')) as Goldens;
const ALTS: Alternative[] = ['two-sided', 'less', 'greater'];

function num(v: Num): number {
  return v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === null ? NaN : v;
}

/** v_i = ((i·a + b) mod m) / m · scale + shift, as the fixture script computes it. */
function sample(s: Sample): Float64Array {
  if (Array.isArray(s)) return Float64Array.from(s);
  const [n, a, b, m, scale, shift] = s.lcg;
  return Float64Array.from({ length: n }, (_, i) => (((i * a + b) % m) / m) * scale + shift);
}

function bitsOf(s: string | number[]): Float64Array {
  return typeof s === 'string' ? Float64Array.from(s, (ch) => (ch === '1' ? 1 : 0)) : Float64Array.from(s);
}

/** Asserts |actual - expected| <= abs + rel·|expected|, naming the case on failure. */
function expectClose(actual: number, expected: number, tol: { rel?: number; abs?: number }, label: string): void {
  if (actual === expected) return;
  const err = Math.abs(actual - expected);
  const bound = (tol.abs ?? 0) + (tol.rel ?? 0) * Math.abs(expected);
  expect(err <= bound, `${label}: got ${actual}, reference ${expected} (|diff| ${err.toExponential(2)} > ${bound.toExponential(2)})`).toBe(true);
}

describe(`goldens from scipy ${G.meta.scipy}, statsmodels ${G.meta.statsmodels}, numpy ${G.meta.numpy}`, () => {
  it('has every section', () => {
    expect(G.mcnemar.length).toBeGreaterThan(10);
    expect(G.wilcoxon.length).toBeGreaterThan(8);
    expect(G.bootstrap.length).toBe(3);
  });
});

describe('mcnemar against statsmodels.stats.contingency_tables.mcnemar', () => {
  for (const c of G.mcnemar) {
    it(`b=${c.b}, c=${c.c}`, () => {
      const exact = mcnemar(c.b, c.c, { exact: true });
      expect(exact.method).toBe('exact');
      expect(exact.statistic).toBe(num(c.exact.statistic));
      expectClose(exact.pvalue, num(c.exact.pvalue), { rel: 1e-12 }, 'exact p');
      if (c.exact_mpmath !== undefined) expectClose(exact.pvalue, c.exact_mpmath, { rel: 1e-12 }, 'exact p vs mpmath');
      const corrected = mcnemar(c.b, c.c, { exact: false });
      const plain = mcnemar(c.b, c.c, { exact: false, correction: false });
      if (c.b + c.c === 0) {
        // statsmodels divides by zero here (see the fixture's note); no discordant pair is no evidence.
        expect([corrected.pvalue, plain.pvalue, corrected.statistic, plain.statistic]).toEqual([1, 1, 0, 0]);
      } else {
        expectClose(corrected.statistic, num(c.chi2_corrected.statistic), { rel: 1e-14 }, 'corrected X²');
        expectClose(corrected.pvalue, num(c.chi2_corrected.pvalue), { rel: 1e-12 }, 'corrected p');
        expectClose(plain.statistic, num(c.chi2.statistic), { rel: 1e-14 }, 'X²');
        expectClose(plain.pvalue, num(c.chi2.pvalue), { rel: 1e-12 }, 'p');
      }
      const auto = mcnemar(c.b, c.c);
      expect(auto).toEqual(c.b + c.c < MCNEMAR_EXACT_BELOW ? exact : corrected);
    });
  }

  it('builds the discordant counts from correctness vectors', () => {
    for (const t of G.tables) {
      const base = Array.from(t.baseline, (ch) => ch === '1');
      const cand = Uint8Array.from(t.candidate, (ch) => (ch === '1' ? 1 : 0));
      const got = pairedTable(base, cand);
      expect(got).toEqual({ bothCorrect: t.bothCorrect, baselineOnly: t.baselineOnly, candidateOnly: t.candidateOnly, neitherCorrect: t.neitherCorrect, n: base.length });
    }
  });

  it('validates its arguments by name', () => {
    expect(() => mcnemar(-1, 3)).toThrow(/mcnemar: b must be an integer/);
    expect(() => mcnemar(2, 1.5)).toThrow(/mcnemar: c must be an integer/);
    expect(() => mcnemar(2, 1, { exact: 'yes' as never })).toThrow(/exact must be/);
    expect(() => pairedTable([1, 0], [1])).toThrow(/same length/);
    expect(() => pairedTable([1, 2], [1, 0])).toThrow(/baselineCorrect\[1\] must be a boolean or 0\/1/);
  });
});

function tableOf([both, nB, nC, neither]: [number, number, number, number]): PairedTable {
  return { bothCorrect: both, baselineOnly: nB, candidateOnly: nC, neitherCorrect: neither, n: both + nB + nC + neither };
}

describe("Tango's score interval and test against an independent implementation", () => {
  // The reference solves the likelihood equation for the restricted MLE numerically (Brent) and
  // the interval ends by Brent on the score statistic: independent of our closed form and bisection.
  for (const c of G.tango) {
    it(`table ${c.table.join('/')}`, () => {
      const t = tableOf(c.table);
      const r = pairedAccuracyDifference(t);
      expect(r.estimate).toBe(c.estimate);
      expectClose(r.confidenceInterval.low, c.low, { abs: 1e-9 }, 'low');
      expectClose(r.confidenceInterval.high, c.high, { abs: 1e-9 }, 'high');
      expect(r.confidenceInterval.low).toBeLessThanOrEqual(r.estimate);
      expect(r.confidenceInterval.high).toBeGreaterThanOrEqual(r.estimate);
      for (const test of c.tests) {
        for (const alt of ALTS) {
          const got = tangoScoreTest(t, { delta0: test.delta0, alternative: alt });
          expectClose(got.statistic, num(test.z), { rel: 1e-9 }, `z at ${test.delta0}`);
          expectClose(got.pvalue, test[alt], { rel: 1e-8 }, `p ${alt} at ${test.delta0}`);
        }
        if (test.delta0 < 0) {
          const m = accuracyMarginTest(t, -test.delta0);
          expectClose(m.pvalueNonInferiority, test.greater, { rel: 1e-8 }, 'non-inferiority p');
          expectClose(m.pvalueRegression, test.less, { rel: 1e-8 }, 'regression p');
        }
      }
    });
  }

  it('is defined without discordant pairs and at the boundary', () => {
    const none = pairedAccuracyDifference(tableOf([10, 0, 0, 0]));
    expect(none.confidenceInterval.low).toBeCloseTo(-none.confidenceInterval.high, 12);
    expect(none.confidenceInterval.high).toBeGreaterThan(0);
    expect(tangoScoreTest(tableOf([10, 0, 0, 0]), { alternative: 'greater' }).pvalue).toBe(1);
    expect(pairedAccuracyDifference(tableOf([0, 3, 0, 0])).confidenceInterval.low).toBe(-1);
    expect(pairedAccuracyDifference(tableOf([0, 0, 4, 0])).confidenceInterval.high).toBe(1);
    // 10 identical rows do not prove non-inferiority within one point.
    expect(accuracyMarginTest(tableOf([10, 0, 0, 0]), 0.01).pvalueNonInferiority).toBeGreaterThan(0.3);
  });
});

describe('ttestRel against scipy.stats.ttest_rel', () => {
  for (const c of G.ttest_rel) {
    it(c.name, () => {
      const x = sample(c.x);
      const y = sample(c.y);
      const rel = x.length < 1000 ? 1e-12 : 1e-10;
      for (const alt of ALTS) {
        const got = ttestRel(x, y, { alternative: alt });
        const want = c.results[alt];
        expectClose(got.statistic, num(want.statistic), { rel }, `${alt} t`);
        expectClose(got.pvalue, num(want.pvalue), { rel, abs: 1e-300 }, `${alt} p`);
        expect(got.df).toBe(x.length - 1);
      }
    });
  }

  it('gives marginTest the pieces for a t-based non-inferiority test', () => {
    // marginTest(estimate, se, m, {df}) is ttest_rel(x + m, y, alternative='greater'/'less').
    const c = G.ttest_rel.find((t) => t.name === 'n=30 normal')!;
    const x = sample(c.x);
    const y = sample(c.y);
    const r = ttestRel(x, y);
    const m = marginTest(r.estimate, r.standardError, 0.1, { df: r.df });
    const shifted = x.map((v) => v + 0.1);
    expectClose(m.pvalueNonInferiority, ttestRel(shifted, y, { alternative: 'greater' }).pvalue, { rel: 1e-9 }, 'non-inferiority');
    expectClose(m.pvalueRegression, ttestRel(shifted, y, { alternative: 'less' }).pvalue, { rel: 1e-9 }, 'regression');
  });
});

describe('marginTest', () => {
  it('refers z = (estimate + margin) / se to the normal, or to Student t with df', () => {
    const z = marginTest(-0.004, 0.01, 0.02);
    expect(z.statistic).toBeCloseTo(1.6, 14);
    expectClose(z.pvalueNonInferiority, 0.054799291699557974, { rel: 1e-13 }, 'normal sf(1.6)'); // scipy.stats.norm.sf(1.6)
    expectClose(z.pvalueRegression, 1 - 0.054799291699557974, { rel: 1e-13 }, 'normal cdf(1.6)');
    const t = marginTest(-0.004, 0.01, 0.02, { df: 9 });
    expectClose(t.pvalueNonInferiority, 0.07203139942079462, { rel: 1e-12 }, 't sf(1.6, 9)'); // scipy.stats.t.sf(1.6, 9)
  });

  it('treats a zero standard error as certainty, and validates by name', () => {
    expect(marginTest(0, 0, 0.01)).toMatchObject({ pvalueNonInferiority: 0, pvalueRegression: 1 });
    expect(marginTest(-0.02, 0, 0.01)).toMatchObject({ pvalueNonInferiority: 1, pvalueRegression: 0 });
    expect(marginTest(-0.01, 0, 0.01)).toMatchObject({ pvalueNonInferiority: 1, pvalueRegression: 1 });
    expect(() => marginTest(0, -1, 0.01)).toThrow(/marginTest: standardError/);
    expect(() => marginTest(0, 1, -0.01)).toThrow(/marginTest: margin/);
    expect(() => accuracyMarginTest(tableOf([1, 2, 3, 4]), 1)).toThrow(/accuracyMarginTest: margin/);
    expect(() => pairedAccuracyDifference({ ...tableOf([1, 2, 3, 4]), n: 11 })).toThrow(/table.n \(11\) must equal/);
  });
});

describe('wilcoxon against scipy.stats.wilcoxon', () => {
  for (const c of G.wilcoxon) {
    it(`${c.name} (${c.method})`, () => {
      const x = sample(c.x);
      const y = sample(c.y);
      for (const alt of ALTS) {
        const got = wilcoxon(x, y, { alternative: alt, correction: c.correction, method: c.explicit ?? 'auto' });
        const want = c.results[alt];
        expect(got.method).toBe(c.method);
        expectClose(got.statistic, num(want.statistic), { rel: 1e-15 }, `${alt} statistic`);
        expectClose(got.pvalue, num(want.pvalue), { rel: c.method === 'exact' ? 1e-14 : 1e-11, abs: 1e-300 }, `${alt} p`);
      }
    });
  }

  it('returns p = 1 when every difference is zero (scipy raises)', () => {
    expect(wilcoxon([1, 2, 3], [1, 2, 3])).toMatchObject({ statistic: 0, pvalue: 1, n: 0 });
  });
});

describe('pairedPermutationTest against scipy.stats.permutation_test (exact enumeration)', () => {
  for (const c of G.permutation) {
    it(c.name, () => {
      for (const alt of ALTS) {
        const got = pairedPermutationTest(c.x, c.y, 'mean difference', { alternative: alt });
        expect(got.exact).toBe(true);
        expect(got.resamples).toBe(2 ** c.x.length);
        expectClose(got.statistic, c.results[alt].statistic, { rel: 1e-14 }, `${alt} statistic`);
        expect(got.pvalue, `${alt} p`).toBe(c.results[alt].pvalue);
      }
    });
  }

  // Monte Carlo: with B patterns the p-value has binomial error sqrt(p(1-p)/B), plus the +1
  // adjustment 1/(B+1). The references are exact p-values by convolution of the integer
  // differences; scipy's own 20000-pattern estimate must pass the same check.
  for (const [i, c] of G.permutation_mc.entries()) {
    it(`Monte Carlo, n=${c.x.length}, agrees with the exact p-value within 4.5 Monte Carlo SE`, () => {
      const B = 20000;
      const y = new Float64Array(c.x.length);
      const bound = (p: number): number => 4.5 * Math.sqrt((p * (1 - p)) / B) + 1 / (B + 1);
      for (const alt of ALTS) {
        const got = pairedPermutationTest(c.x, y, 'mean difference', { alternative: alt, resamples: B, seed: 100 + i });
        expect(got.exact).toBe(false);
        expectClose(got.pvalue, c.exact[alt], { abs: bound(c.exact[alt]) * (alt === 'two-sided' ? 2 : 1) }, alt);
      }
      expectClose(c.scipy_mc_greater_20000, c.exact.greater, { abs: bound(c.exact.greater) }, 'scipy');
    });
  }

  it('checks its arguments by name', () => {
    expect(() => pairedPermutationTest([1, 2], [1], 'mean difference')).toThrow(/same length/);
    expect(() => pairedPermutationTest([1, 2], [1, 2], 'median' as never)).toThrow(/statistic must be 'mean difference'/);
    expect(() => pairedPermutationTest([1, NaN], [1, 2])).toThrow(/x\[1\] is not a finite number/);
  });
});

describe('bootstrap intervals from a given distribution against scipy (percentile, basic, BCa formulas)', () => {
  for (const c of G.bootstrap_interval) {
    it(c.name, () => {
      const stat = meanDifferenceStatistic(c.d, new Float64Array(c.d.length));
      const jackknife = stat.jackknife!();
      const scale = Math.max(...c.distribution.map(Math.abs), 1e-300);
      const tol = { abs: 1e-13 * scale };
      const pct = bootstrapConfidenceInterval(c.distribution, c.estimate, { confidence: c.confidence, method: 'percentile' });
      expectClose(pct.low, c.percentile[0], tol, 'percentile low');
      expectClose(pct.high, c.percentile[1], tol, 'percentile high');
      const basic = bootstrapConfidenceInterval(c.distribution, c.estimate, { confidence: c.confidence, method: 'basic' });
      expectClose(basic.low, c.basic[0], tol, 'basic low');
      expectClose(basic.high, c.basic[1], tol, 'basic high');
      const bca = bootstrapConfidenceInterval(c.distribution, c.estimate, { confidence: c.confidence, method: 'bca', jackknife });
      expectClose(bca.low, c.bca![0], tol, 'bca low');
      expectClose(bca.high, c.bca![1], tol, 'bca high');
    });
  }

  it("requires the jackknife for 'bca'", () => {
    expect(() => bootstrapConfidenceInterval([1, 2, 3], 2, { method: 'bca' })).toThrow(/jackknife/);
  });
});

describe('pairedBootstrap against scipy.stats.bootstrap(paired=True), in distribution', () => {
  // Both sides use 20000 resamples. An endpoint at the p-quantile of the bootstrap distribution has
  // Monte Carlo standard error se = sqrt(p(1-p)/B) / f(q_p) (f from the spacing of scipy's
  // distribution, in the fixture); ours and scipy's are independent, so their difference has
  // standard error √2·se. We allow 5 of those (a seeded, deterministic check; a false failure
  // would have probability ~6e-7 per endpoint), plus one grid step for the discrete accuracy
  // difference. The standard error (sd of the distribution) gets 5·√2/√(2B) = 3.5% relative.
  for (const [i, c] of G.bootstrap.entries()) {
    it(c.name, () => {
      const x = bitsOf(c.x);
      const y = bitsOf(c.y);
      const stat = meanDifferenceStatistic(x, y);
      expect(stat.discreteMean === undefined).toBe(c.kind === 'continuous');
      for (const method of ['percentile', 'basic', 'bca'] as const) {
        const want = c.results[method];
        const got = pairedBootstrap(stat, x.length, { resamples: c.resamples, seed: 1000 + i, method });
        expectClose(got.confidenceInterval.low, want.low, { abs: 5 * Math.SQRT2 * want.se_low + c.grid }, `${method} low`);
        expectClose(got.confidenceInterval.high, want.high, { abs: 5 * Math.SQRT2 * want.se_high + c.grid }, `${method} high`);
        expectClose(got.standardError, want.standard_error, { rel: 5 / Math.sqrt(c.resamples) }, `${method} standard error`);
        if (method === 'percentile') {
          const sorted = Float64Array.from(got.bootstrapDistribution).sort();
          c.quantiles.p.forEach((p, k) => {
            const h = (sorted.length - 1) * p;
            const q = sorted[Math.floor(h)] + (h - Math.floor(h)) * (sorted[Math.ceil(h)] - sorted[Math.floor(h)]);
            expectClose(q, c.quantiles.q[k], { abs: 5 * Math.SQRT2 * c.quantiles.se[k] + c.grid }, `quantile ${p}`);
          });
        }
      }
    });
  }

  it('agrees between the row-count path and the category path (same statistic, O(n) vs O(1) per resample)', () => {
    const c = G.bootstrap.find((b) => b.kind === 'accuracy')!;
    const x = bitsOf(c.x);
    const y = bitsOf(c.y);
    const fast = pairedBootstrap(meanDifferenceStatistic(x, y), x.length, { resamples: 20000, seed: 5, method: 'percentile' });
    const { evaluate } = meanDifferenceStatistic(x, y);
    const slow = pairedBootstrap(evaluate, x.length, { resamples: 20000, seed: 6, method: 'percentile' });
    const se = c.results.percentile.se_low;
    expectClose(fast.confidenceInterval.low, slow.confidenceInterval.low, { abs: 5 * Math.SQRT2 * se + c.grid }, 'low');
    expectClose(fast.confidenceInterval.high, slow.confidenceInterval.high, { abs: 5 * Math.SQRT2 * c.results.percentile.se_high + c.grid }, 'high');
    expectClose(fast.standardError, slow.standardError, { rel: 5 / Math.sqrt(20000) }, 'standard error');
  });

  it('computes the BCa jackknife itself for a plain function', () => {
    const c = G.bootstrap[1];
    const x = bitsOf(c.x);
    const y = bitsOf(c.y);
    const stat = meanDifferenceStatistic(x, y);
    const a = pairedBootstrap(stat, x.length, { resamples: 2000, seed: 3 });
    const b = pairedBootstrap(stat.evaluate, x.length, { resamples: 2000, seed: 3 });
    expect(b.bootstrapDistribution).toEqual(a.bootstrapDistribution);
    expectClose(b.confidenceInterval.low, a.confidenceInterval.low, { abs: 1e-12 }, 'low');
    expectClose(b.confidenceInterval.high, a.confidenceInterval.high, { abs: 1e-12 }, 'high');
  });

  it('is reproducible by seed and validates its options', () => {
    const stat = meanDifferenceStatistic([1, 0, 1, 1, 0.5], [0, 0, 1, 0.2, 1]);
    const a = pairedBootstrap(stat, 5, { resamples: 50, seed: 9 });
    expect(pairedBootstrap(stat, 5, { resamples: 50, seed: 9 })).toEqual(a);
    expect(() => pairedBootstrap(stat, 5, { confidence: 95 })).toThrow(/confidence must be a number in \(0, 1\)/);
    expect(() => pairedBootstrap(stat, 5, { method: 'BCa' as never })).toThrow(/method must be/);
    expect(() => pairedBootstrap(stat, 1)).toThrow(/n must be an integer/);
  });
});
