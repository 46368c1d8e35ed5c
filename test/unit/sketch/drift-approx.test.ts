import { describe, expect, it } from 'vitest';
import { DDSketch } from '../../../src/data/sketch/ddsketch.js';
import { commonBins, commonCells, ksApprox, wassersteinApprox } from '../../../src/data/sketch/drift-approx.js';
import { mulberry32, normal, sample } from './rng.js';

/** Exact two-sample KS statistic sup |F_A - F_B| from the raw samples. */
function exactKs(a: readonly number[], b: readonly number[]): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

/** Exact Wasserstein-1 distance, the integral of |F_A - F_B|, from the raw samples. */
function exactW1(a: readonly number[], b: readonly number[]): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let w = 0;
  let prev = NaN;
  while (i < x.length || j < y.length) {
    const v = Math.min(i < x.length ? x[i]! : Infinity, j < y.length ? y[j]! : Infinity);
    if (prev === prev) w += Math.abs(i / x.length - j / y.length) * (v - prev);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    prev = v;
  }
  return w;
}

const rng = mulberry32(4242);
const cases: Record<string, { a: number[]; b: number[]; opts?: { alpha?: number; maxBuckets?: number } }> = {
  'identical distributions': { a: sample(20_000, () => normal(rng)), b: sample(15_000, () => normal(rng)) },
  'shifted normal': { a: sample(20_000, () => normal(rng, 10, 2)), b: sample(20_000, () => normal(rng, 10.3, 2)) },
  'normal across zero, scaled': { a: sample(20_000, () => normal(rng)), b: sample(10_000, () => normal(rng, 0, 1.3)) },
  'lognormal vs lognormal': { a: sample(30_000, () => Math.exp(normal(rng, 0, 1))), b: sample(30_000, () => Math.exp(normal(rng, 0.1, 1.2))) },
  'zero-inflated counts': {
    a: sample(20_000, () => (rng() < 0.4 ? 0 : Math.floor(Math.exp(normal(rng, 2, 1))))),
    b: sample(20_000, () => (rng() < 0.2 ? 0 : Math.floor(Math.exp(normal(rng, 2, 1))))),
  },
  'disjoint supports': { a: sample(5000, () => -1 - rng()), b: sample(5000, () => 1 + rng()) },
  'coarse alpha': { a: sample(20_000, () => normal(rng, 5, 1)), b: sample(20_000, () => normal(rng, 5.2, 1)), opts: { alpha: 0.05 } },
  'collapsed stores, different windows': {
    a: sample(10_000, () => (rng() < 0.5 ? -1 : 1) * 10 ** (rng() * 20 - 10)),
    b: sample(10_000, () => (rng() < 0.5 ? -1 : 1) * 10 ** (rng() * 16 - 10)),
    opts: { alpha: 0.01, maxBuckets: 128 },
  },
};

function sketches(c: (typeof cases)[string]): [DDSketch, DDSketch] {
  return [new DDSketch(c.opts).addAll(c.a), new DDSketch(c.opts).addAll(c.b)];
}

describe('ksApprox', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`brackets the exact KS statistic: ${name}`, () => {
      const [sa, sb] = sketches(c);
      const exact = exactKs(c.a, c.b);
      const r = ksApprox(sa, sb);
      expect(r.method).toBe('ddsketch-ks-cell-bounds');
      expect(r.lower).toBe(r.statistic);
      expect(r.upper).toBeCloseTo(r.statistic + r.errorBound, 15);
      expect(exact).toBeGreaterThanOrEqual(r.lower - 1e-12);
      expect(exact).toBeLessThanOrEqual(r.upper + 1e-12);
      expect(r.errorBound).toBeLessThanOrEqual(r.maxCellMass + 1e-12);
      expect([r.n1, r.n2]).toEqual([c.a.length, c.b.length]);
      // Where no common cell holds more than 1% of either sample, KS is pinned down to within 1%.
      if (r.maxCellMass < 0.01) expect(r.errorBound).toBeLessThan(0.01);
    });
  }

  it('is symmetric and 0 for a sketch against itself', () => {
    const c = cases['shifted normal']!;
    const [sa, sb] = sketches(c);
    const ab = ksApprox(sa, sb);
    const ba = ksApprox(sb, sa);
    expect(ba.statistic).toBeCloseTo(ab.statistic, 15);
    expect(ba.upper).toBeCloseTo(ab.upper, 15);
    const self = ksApprox(sa, sa);
    expect(self.statistic).toBe(0);
    expect(self.upper).toBeGreaterThan(0); // two samples could still differ inside a bucket
  });

  it('returns NaN for an empty sketch and refuses different alpha', () => {
    expect(ksApprox(new DDSketch(), new DDSketch().addAll([1])).statistic).toBeNaN();
    expect(() => ksApprox(new DDSketch({ alpha: 0.01 }), new DDSketch({ alpha: 0.02 }))).toThrow(/different alpha/);
  });
});

describe('wassersteinApprox', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`brackets the exact Wasserstein-1 distance: ${name}`, () => {
      const [sa, sb] = sketches(c);
      const exact = exactW1(c.a, c.b);
      const r = wassersteinApprox(sa, sb);
      const tol = 1e-9 * (exact + r.errorBound);
      expect(exact).toBeGreaterThanOrEqual(r.lower - tol);
      expect(exact).toBeLessThanOrEqual(r.upper + tol);
      if (!sa.collapsed && !sb.collapsed) {
        // The bound is about alpha (E|A| + E|B|).
        const alpha = sa.alpha;
        const meanAbs = (xs: number[]) => xs.reduce((t, x) => t + Math.abs(x), 0) / xs.length;
        expect(r.errorBound).toBeLessThanOrEqual(((alpha * (1 + alpha)) / (1 - alpha)) * (meanAbs(c.a) + meanAbs(c.b)) * (1 + 1e-9));
        expect(Math.abs(r.statistic - exact)).toBeLessThanOrEqual(r.errorBound);
      }
    });
  }

  it('is 0 for a sketch against itself', () => {
    const [sa] = sketches(cases['lognormal vs lognormal']!);
    expect(wassersteinApprox(sa, sa).statistic).toBe(0);
  });
});

describe('commonBins', () => {
  /** Assigns raw values to bins by edges: bin i holds (edges[i], edges[i+1]], the first bin also its lower edge. */
  function binCounts(xs: readonly number[], edges: readonly number[]): number[] {
    const counts = new Array<number>(edges.length - 1).fill(0);
    for (const x of xs) {
      let i = 0;
      while (i < counts.length - 1 && x > edges[i + 1]!) i++;
      counts[i]!++;
    }
    return counts;
  }

  for (const name of ['shifted normal', 'zero-inflated counts', 'lognormal vs lognormal', 'disjoint supports']) {
    it(`gives exact shares on bucket-boundary bins: ${name}`, () => {
      const c = cases[name]!;
      const [sa, sb] = sketches(c);
      const bins = commonBins(sa, sb, { bins: 10 });
      const k = bins.countsA.length;
      expect(bins.edges).toHaveLength(k + 1);
      expect(k).toBeGreaterThan(1);
      expect(k).toBeLessThanOrEqual(10);
      for (let i = 0; i < k; i++) expect(bins.edges[i]!).toBeLessThanOrEqual(bins.edges[i + 1]!);
      expect(bins.edges[0]).toBe(Math.min(sa.min, sb.min));
      expect(bins.edges[k]).toBe(Math.max(sa.max, sb.max));
      expect(bins.countsA.reduce((t, x) => t + x, 0)).toBe(c.a.length);
      expect(bins.countsB.reduce((t, x) => t + x, 0)).toBe(c.b.length);
      expect(bins.sharesA.reduce((t, x) => t + x, 0)).toBeCloseTo(1, 12);
      expect(bins.sharesB.reduce((t, x) => t + x, 0)).toBeCloseTo(1, 12);
      expect(binCounts(c.a, bins.edges)).toEqual(bins.countsA);
      expect(binCounts(c.b, bins.edges)).toEqual(bins.countsB);
    });
  }

  it('puts about 1/bins of the reference in each bin when no cell is too heavy', () => {
    const c = cases['shifted normal']!;
    const [sa, sb] = sketches(c);
    const bins = commonBins(sa, sb, { bins: 10 });
    expect(bins.sharesA).toHaveLength(10);
    const ks = ksApprox(sa, sb);
    for (const s of bins.sharesA) expect(Math.abs(s - 0.1)).toBeLessThanOrEqual(ks.maxCellMass + 1e-12);
  });

  it("'finest' gives one bin per common cell", () => {
    const [sa, sb] = sketches(cases['normal across zero, scaled']!);
    const bins = commonBins(sa, sb, { strategy: 'finest' });
    const cells = commonCells(sa, sb);
    expect(bins.countsA).toEqual(cells.map((c) => c.countA));
    expect(bins.countsB).toEqual(cells.map((c) => c.countB));
  });

  it('handles empty sketches', () => {
    expect(commonBins(new DDSketch(), new DDSketch())).toEqual({ edges: [], countsA: [], countsB: [], sharesA: [], sharesB: [] });
    const one = commonBins(new DDSketch(), new DDSketch().addAll([1, 2, 3, 4]), { bins: 2 });
    expect(one.countsB.reduce((t, x) => t + x, 0)).toBe(4);
    expect(one.sharesA.every((s) => s === 0)).toBe(true);
  });
});
