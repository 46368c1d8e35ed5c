// Golden tests of the drift statistics against scipy/numpy. The goldens are produced by
// scripts/fixtures/drift_goldens.py (scipy and numpy versions in the file's meta); every case is
// checked with the tolerance stated on the function's docstring.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chi2Sf, gammaincc, kolmogorovSf, kstwoSf, logGamma, normalCdf, normalSf, smirnov2Sf, smirnovSf } from '../../../src/stats/distributions.js';
import { chisquare, histogramBinEdges, histogramCounts, jensenShannonDistance, ks2samp, KS_EXACT_MAX_N, psi, wassersteinDistance } from '../../../src/stats/drift.js';

type Sample = number[] | { gen: [number, number, number] };
type KsMethod = 'auto' | 'exact' | 'asymp';
interface Goldens {
  meta: { scipy: string; numpy: string };
  ks2samp: { name: string; x: Sample; y: Sample; results: Partial<Record<KsMethod, { statistic: number; pvalue: number; fellBackToAsymp: boolean }>> }[];
  kstwo_sf: [number, number, number][];
  kstwobign_sf: [number, number][];
  smirnov_sf: [number, number, number][];
  chi2_sf: [number, number, number][];
  gammaln: [number, number][];
  norm: [number, number, number][];
  chisquare: { name: string; f_obs: number[]; f_exp: number[] | null; statistic: number; pvalue: number }[];
  wasserstein: { name: string; u: number[]; v: number[]; u_weights?: number[]; v_weights?: number[]; distance: number }[];
  jensenshannon: { name: string; p: number[]; q: number[]; base?: number; distance: number }[];
  psi: { name: string; ref: number[]; cur: number[]; psi: number }[];
  histogram: { name: string; parts: number[][]; bins: 'sturges' | number; edges: number[]; count_values: number[][] | null; counts: number[][] }[];
  evidently_binned: { name: string; ref: number[]; cur: number[]; psi: number; jensenshannon: number; jensenshannon_base2: number }[];
}

const G = JSON.parse(readFileSync(new URL('../../fixtures/stats/drift-goldens.json', import.meta.url), 'utf8')) as Goldens;

/** i * scale + shift for i < n: the large regular samples, computed as numpy does. */
function sample(s: Sample): ArrayLike<number> {
  if (Array.isArray(s)) return s;
  const [n, scale, shift] = s.gen;
  return Float64Array.from({ length: n }, (_, i) => i * scale + shift);
}

/** Asserts |actual - expected| <= abs + rel·|expected|, naming the case on failure. */
function expectClose(actual: number, expected: number, tol: { rel: number; abs?: number }, label: string): void {
  const err = Math.abs(actual - expected);
  const bound = (tol.abs ?? 0) + tol.rel * Math.abs(expected);
  expect(err <= bound || actual === expected, `${label}: got ${actual}, scipy ${expected} (|diff| ${err.toExponential(2)} > ${bound.toExponential(2)})`).toBe(true);
}

/** Below this scipy returns subnormal numbers that we may round to 0; no p-value test cares. */
const TINY = 1e-300;

describe('ks2samp against scipy.stats.ks_2samp', () => {
  it(`uses goldens from scipy ${G.meta.scipy} / numpy ${G.meta.numpy}`, () => {
    expect(G.ks2samp.length).toBeGreaterThan(15);
  });

  for (const c of G.ks2samp) {
    for (const [method, want] of Object.entries(c.results) as [KsMethod, NonNullable<(typeof c.results)[KsMethod]>][]) {
      it(`${c.name}, method=${method}`, () => {
        const x = sample(c.x);
        const y = sample(c.y);
        const got = ks2samp(x, y, { method });
        // scipy's resolved method: 'auto' is exact up to MAX_AUTO_N; 'exact' may fall back.
        const n = Math.max(x.length, y.length);
        const scipyMethod = method === 'asymp' || want.fellBackToAsymp || (method === 'auto' && n > KS_EXACT_MAX_N) ? 'asymp' : 'exact';
        expectClose(got.statistic, want.statistic, { rel: 1e-12 }, 'statistic');
        if (c.name.includes('beyond work cap') && method === 'auto') {
          // Our 'auto' caps the lattice work; it departs from scipy only where p < 1e-60.
          expect(got.method).toBe('asymp');
          expect(want.pvalue).toBeLessThan(1e-60);
          expectClose(got.pvalue, want.pvalue, { rel: 0, abs: 1e-60 }, 'pvalue');
          return;
        }
        expect(got.method).toBe(scipyMethod);
        expectClose(got.pvalue, want.pvalue, { rel: got.method === 'exact' ? 1e-11 : 1e-12, abs: TINY }, 'pvalue');
      });
    }
  }
});

describe('null distributions against scipy', () => {
  it('kstwo.sf (exact one-sample Kolmogorov), n = 1..2e6 across every branch', () => {
    for (const [n, x, sf] of G.kstwo_sf) expectClose(kstwoSf(n, x), sf, { rel: 5e-12, abs: TINY }, `kstwo.sf(${x}, ${n})`);
  });

  it('kstwobign.sf (Kolmogorov limiting distribution)', () => {
    for (const [x, sf] of G.kstwobign_sf) expectClose(kolmogorovSf(x), sf, { rel: 1e-14, abs: TINY }, `kstwobign.sf(${x})`);
  });

  it('special.smirnov (one-sided one-sample), n = 2..1e6+1', () => {
    for (const [n, x, sf] of G.smirnov_sf) expectClose(smirnovSf(n, x), sf, { rel: 2e-12, abs: TINY }, `smirnov(${n}, ${x})`);
  });

  it('chi2.sf, df = 1..50000 including x ≈ df', () => {
    for (const [x, df, sf] of G.chi2_sf) expectClose(chi2Sf(x, df), sf, { rel: 1e-12, abs: TINY }, `chi2.sf(${x}, ${df})`);
  });

  it('gammaln to 1e-14 absolute (relative for large values)', () => {
    for (const [x, v] of G.gammaln) expectClose(logGamma(x), v, { rel: 1e-14, abs: 1e-14 }, `gammaln(${x})`);
  });

  it('norm.cdf and norm.sf down to 1e-300', () => {
    for (const [x, cdf, sf] of G.norm) {
      expectClose(normalCdf(x), cdf, { rel: 1e-13, abs: TINY }, `norm.cdf(${x})`);
      expectClose(normalSf(x), sf, { rel: 1e-13, abs: TINY }, `norm.sf(${x})`);
    }
  });

  it('edge values', () => {
    expect(kstwoSf(10, 0)).toBe(1);
    expect(kstwoSf(10, 1)).toBe(0);
    expect(kstwoSf(0, 0.5)).toBeNaN();
    expect(kolmogorovSf(0)).toBe(1);
    expect(kolmogorovSf(40)).toBe(0);
    expect(chi2Sf(0, 3)).toBe(1);
    expect(chi2Sf(Infinity, 3)).toBe(0);
    expect(gammaincc(2, 0)).toBe(1);
    expect(smirnov2Sf(10, 12, 0)).toBe(1);
  });
});

describe('chisquare against scipy.stats.chisquare', () => {
  for (const c of G.chisquare) {
    it(c.name, () => {
      const got = chisquare(c.f_obs, c.f_exp ?? undefined);
      expectClose(got.statistic, c.statistic, { rel: 1e-13 }, 'statistic');
      expectClose(got.pvalue, c.pvalue, { rel: 1e-12, abs: TINY }, 'pvalue');
      expect(got.df).toBe(c.f_obs.length - 1);
    });
  }

  it('an expected 0 with a positive observation gives Infinity and p = 0', () => {
    expect(chisquare([5, 5, 2], [6, 6, 0])).toEqual({ statistic: Infinity, pvalue: 0, df: 2 });
  });

  it('categories empty on both sides are skipped and not counted in df', () => {
    const skipped = chisquare([10, 0, 20, 30], [20, 0, 20, 20]);
    const without = chisquare([10, 20, 30], [20, 20, 20]);
    expect(skipped).toEqual(without);
    expect(without.df).toBe(2);
  });

  it('a single category cannot differ: statistic 0, p = 1', () => {
    expect(chisquare([7], [7])).toEqual({ statistic: 0, pvalue: 1, df: 0 });
  });

  it('rejects invalid input naming the argument', () => {
    expect(() => chisquare([], [])).toThrow(/fObs must not be empty/);
    expect(() => chisquare([1, -1, 2])).toThrow(/fObs\[1\] is negative/);
    expect(() => chisquare([1, NaN])).toThrow(/fObs\[1\] is NaN/);
    expect(() => chisquare([1, 2], [1, 2, 0])).toThrow(/fExp has 3 categories but fObs has 2/);
    expect(() => chisquare([10, 20], [10, 21])).toThrow(/totals of fObs \(30\) and fExp \(31\)/);
    expect(() => chisquare([0, 0], [0, 0])).toThrow(/fObs must have a positive total/);
  });

  it('accepts totals that agree to 1e-8 relative, as scipy does', () => {
    expect(() => chisquare([10, 20], [10, 20 + 2e-7])).not.toThrow();
  });
});

describe('wassersteinDistance against scipy.stats.wasserstein_distance', () => {
  for (const c of G.wasserstein) {
    it(c.name, () => {
      expectClose(wassersteinDistance(c.u, c.v, c.u_weights, c.v_weights), c.distance, { rel: 1e-13, abs: 1e-300 }, 'distance');
      // Symmetric in its two distributions.
      expectClose(wassersteinDistance(c.v, c.u, c.v_weights, c.u_weights), c.distance, { rel: 1e-13, abs: 1e-300 }, 'swapped');
    });
  }

  it('weights scale freely, and unit weights equal no weights', () => {
    const u = [3, 1, 2, 2, 8];
    const v = [0, 5, 4];
    const plain = wassersteinDistance(u, v);
    expectClose(wassersteinDistance(u, v, [1, 1, 1, 1, 1], [2, 2, 2]), plain, { rel: 1e-15 }, 'unit weights');
    expectClose(wassersteinDistance(u, v, [7, 7, 7, 7, 7]), plain, { rel: 1e-15 }, 'scaled weights');
  });

  it('rejects invalid input naming the argument', () => {
    expect(() => wassersteinDistance([], [1])).toThrow(/u must not be empty/);
    expect(() => wassersteinDistance([1], [])).toThrow(/v must not be empty/);
    expect(() => wassersteinDistance([1, NaN], [1])).toThrow(/u\[1\] is NaN/);
    expect(() => wassersteinDistance([1, Infinity], [1])).toThrow(/u\[1\] is not finite/);
    expect(() => wassersteinDistance([1, 2], [1], [1])).toThrow(/uWeights has 1 entries but u has 2/);
    expect(() => wassersteinDistance([1, 2], [1], undefined, [-1])).toThrow(/vWeights\[0\] is negative/);
    expect(() => wassersteinDistance([1, 2], [1], [0, 0])).toThrow(/uWeights must have a positive, finite total/);
  });
});

describe('jensenShannonDistance against scipy.spatial.distance.jensenshannon', () => {
  for (const c of G.jensenshannon) {
    it(c.name, () => {
      expectClose(jensenShannonDistance(c.p, c.q, c.base), c.distance, { rel: 1e-13, abs: 1e-300 }, 'distance');
    });
  }

  it('is 0 for proportional vectors and sqrt(ln 2) (1 in base 2) for disjoint supports', () => {
    expect(jensenShannonDistance([1, 2, 3], [2, 4, 6])).toBe(0);
    expectClose(jensenShannonDistance([1, 0], [0, 1]), Math.sqrt(Math.LN2), { rel: 1e-15 }, 'disjoint');
    expectClose(jensenShannonDistance([1, 0], [0, 1], 2), 1, { rel: 1e-15 }, 'disjoint base 2');
  });

  it('returns 0, not NaN, when the divergence rounds below zero (scipy gives nan here)', () => {
    const d = jensenShannonDistance([0.25, 0.25, 0.25, 0.25], [0.25 + 1e-9, 0.25 - 1e-9, 0.25, 0.25]);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d).toBeLessThan(1e-8);
  });

  it('rejects invalid input naming the argument', () => {
    expect(() => jensenShannonDistance([], [])).toThrow(/p must not be empty/);
    expect(() => jensenShannonDistance([1, 2], [1])).toThrow(/p has 2 entries but q has 1/);
    expect(() => jensenShannonDistance([1, 2], [1, -2])).toThrow(/q\[1\] is negative/);
    expect(() => jensenShannonDistance([0, 0], [1, 2])).toThrow(/p must have a positive total/);
    expect(() => jensenShannonDistance([1, 2], [1, 2], 1)).toThrow(/base must be a positive number other than 1/);
  });
});

describe('psi (Evidently rule for empty bins)', () => {
  for (const c of G.psi) {
    it(c.name, () => {
      expectClose(psi(c.ref, c.cur), c.psi, { rel: 1e-13, abs: 1e-300 }, 'psi');
    });
  }

  it('replaces a zero share by 0.0001', () => {
    const r = [0, 0.5, 0.5];
    const c = [0.2, 0.4, 0.4];
    const want = (0.2 - 0.0001) * Math.log(0.2 / 0.0001) + 2 * (0.4 - 0.5) * Math.log(0.4 / 0.5);
    expectClose(psi(r, c), want, { rel: 1e-14 }, 'psi');
  });

  it('is zero for identical shares and does not mutate its inputs', () => {
    const r = [0, 0.3, 0.7];
    expect(psi(r, [0, 0.3, 0.7])).toBe(0);
    expect(r).toEqual([0, 0.3, 0.7]);
  });

  it('rejects invalid input naming the argument', () => {
    expect(() => psi([0.5, 0.5], [1])).toThrow(/refShares has 2 entries but curShares has 1/);
    expect(() => psi([0.5, -0.5], [0.5, 0.5])).toThrow(/refShares\[1\] is negative/);
    expect(() => psi([0.5, 0.5], [0, 0])).toThrow(/curShares must have a positive share/);
  });
});

describe('histogramBinEdges / histogramCounts against numpy', () => {
  for (const c of G.histogram) {
    it(c.name, () => {
      const edges = histogramBinEdges(c.parts.length === 1 ? c.parts[0] : c.parts, c.bins);
      expect(Array.from(edges)).toEqual(c.edges); // bit-identical, as np.linspace
      const countValues = c.count_values ?? [c.parts.flat()];
      countValues.forEach((v, i) => expect(Array.from(histogramCounts(v, edges))).toEqual(c.counts[i]));
    });
  }

  it('pools several arrays exactly as their concatenation', () => {
    const a = [0.5, 3, 9.25];
    const b = [-2, 4.5];
    expect(histogramBinEdges([a, b])).toEqual(histogramBinEdges([...a, ...b]));
  });

  it('rejects invalid input naming the argument', () => {
    expect(() => histogramBinEdges([1, NaN])).toThrow(/values\[1\] is NaN/);
    expect(() => histogramBinEdges([1, Infinity])).toThrow(/not finite/);
    expect(() => histogramBinEdges([1, 2], 0)).toThrow(/bins must be 'sturges' or a positive integer/);
    expect(() => histogramCounts([1], [0])).toThrow(/edges must have at least 2 entries/);
    expect(() => histogramCounts([1], [0, 2, 1])).toThrow(/edges must increase monotonically/);
    expect(() => histogramCounts([NaN], [0, 1])).toThrow(/values\[0\] is NaN/);
  });
});

describe("Evidently's binned PSI and Jensen-Shannon on numeric columns", () => {
  for (const c of G.evidently_binned) {
    it(c.name, () => {
      const edges = histogramBinEdges([c.ref, c.cur]);
      const r = Array.from(histogramCounts(c.ref, edges), (k) => k / c.ref.length);
      const q = Array.from(histogramCounts(c.cur, edges), (k) => k / c.cur.length);
      expectClose(psi(r, q), c.psi, { rel: 1e-13 }, 'psi');
      expectClose(jensenShannonDistance(r, q), c.jensenshannon, { rel: 1e-13 }, 'js');
      expectClose(jensenShannonDistance(r, q, 2), c.jensenshannon_base2, { rel: 1e-13 }, 'js base 2');
    });
  }
});

describe('ks2samp edge cases and input handling', () => {
  it('identical samples: statistic 0, p-value 1 with every method', () => {
    const x = [3, 1, 2, 5, 4, 4];
    for (const method of ['auto', 'exact', 'asymp'] as const) {
      const r = ks2samp(x, [...x].reverse(), { method });
      expect(r.statistic).toBe(0);
      expect(r.pvalue).toBe(1);
    }
  });

  it('disjoint samples: statistic 1 and the exact p-value 2 / C(n1+n2, n1)', () => {
    const r = ks2samp([1, 2, 3], [10, 11, 12, 13]);
    expect(r).toMatchObject({ statistic: 1, method: 'exact' });
    expectClose(r.pvalue, 2 / 35, { rel: 1e-15 }, 'pvalue');
  });

  it('does not mutate its inputs and accepts typed arrays', () => {
    const x = [5, 1, 4, 2];
    const y = new Float64Array([9, 0, 3]);
    ks2samp(x, y);
    expect(x).toEqual([5, 1, 4, 2]);
    expect(Array.from(y)).toEqual([9, 0, 3]);
  });

  it('is symmetric in its samples', () => {
    const x = [0.1, 0.4, 0.35, 0.8, 0.9, 1.2, -0.3];
    const y = [0.5, 0.55, 1.1, 1.3, 1.7];
    expect(ks2samp(x, y)).toEqual(ks2samp(y, x));
    expect(ks2samp(x, y, { method: 'asymp' })).toEqual(ks2samp(y, x, { method: 'asymp' }));
  });

  it('handles infinities like any other value', () => {
    expect(ks2samp([-Infinity, 0, 1], [0, 1, Infinity]).statistic).toBeCloseTo(1 / 3, 15);
  });

  it("'auto' goes asymptotic above 10000 values, and exact stays cheap at 10000 even for disjoint samples", () => {
    const big = Float64Array.from({ length: 10001 }, (_, i) => i);
    expect(ks2samp(big, [1, 2, 3]).method).toBe('asymp');
    const a = Float64Array.from({ length: 10000 }, (_, i) => i);
    const b = Float64Array.from({ length: 9999 }, (_, i) => 1e6 + i);
    const t = performance.now();
    const r = ks2samp(a, b);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(r).toMatchObject({ statistic: 1, pvalue: 0 });
  });

  it('rejects empty samples, NaN and unknown methods, naming the argument', () => {
    expect(() => ks2samp([], [1])).toThrow(/ks2samp: x must not be empty/);
    expect(() => ks2samp([1], [])).toThrow(/ks2samp: y must not be empty/);
    expect(() => ks2samp([1, 2, NaN], [1])).toThrow(/ks2samp: x\[2\] is NaN/);
    expect(() => ks2samp([1], new Float64Array([NaN]))).toThrow(/ks2samp: y\[0\] is NaN/);
    expect(() => ks2samp([1, null as unknown as number], [1])).toThrow(/ks2samp: x\[1\] is not a number \(null\)/);
    expect(() => ks2samp([1], [2], { method: 'approx' as 'auto' })).toThrow(/method must be 'auto', 'exact' or 'asymp'/);
  });
});
