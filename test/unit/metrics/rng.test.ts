// The seeded generator (src/stats/rng.ts): bit-exact against the C reference of xoshiro128** with
// our SplitMix64 seeding and jump streams (outputs printed by a 40-line C program built from
// Vigna's reference code), and its samplers' distributions (chi-square goodness of fit against
// the exact distributions where it matters; seeded, so each run sees the same statistics).
import { describe, expect, it } from 'vitest';
import { chi2Sf, logGamma } from '../../../src/stats/distributions.js';
import { createRng, MAX_SEED } from '../../../src/stats/rng.js';

/** P-value of Pearson's X² of observed counts against expected ones, pooling bins until each expects >= 20. */
function goodnessOfFit(observed: ArrayLike<number>, expected: ArrayLike<number>): number {
  let stat = 0;
  let df = -1;
  let e = 0;
  let o = 0;
  for (let k = 0; k < expected.length; k++) {
    e += expected[k]!;
    o += observed[k]!;
    if (e >= 20) {
      stat += (o - e) ** 2 / e;
      df++;
      e = 0;
      o = 0;
    }
  }
  return chi2Sf(stat, df);
}

// [seed, stream, first six nextUint32() outputs] from the C reference.
const REFERENCE: [number, number, number[]][] = [
  [0, 0, [3737715805, 2584255861, 2876756834, 3286328325, 1553311962, 1625202774]],
  [0, 1, [3627099225, 346338634, 1796495240, 3319821680, 3325258706, 328727121]],
  [0, 2, [3582410290, 1089420768, 2580459378, 2353880943, 3422563965, 794801724]],
  [42, 0, [1776835114, 4165204688, 17111135, 2317295270, 2792088233, 2554630222]],
  [42, 1, [2449739786, 2605826980, 3103900246, 3575675664, 3003299767, 1915705012]],
  [42, 2, [3773289203, 1396507573, 1840496678, 1471342309, 3098141015, 2109835025]],
  [9007199254740991, 0, [1233166643, 1287031142, 661813442, 2960669951, 2601079046, 1036114921]],
  [9007199254740991, 1, [3307048198, 2476511444, 3558647274, 3282118594, 134690465, 1662562166]],
  [9007199254740991, 2, [3502268305, 1755889337, 1940706259, 256939311, 1892986531, 3350688043]],
];

describe('xoshiro128** with SplitMix64 seeding', () => {
  it.each(REFERENCE)('seed %s stream %s matches the C reference', (seed, stream, expected) => {
    const rng = createRng(seed, stream);
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual(expected);
  });

  it('rejects seeds that are not integers in [0, 2^53 - 1]', () => {
    expect(() => createRng(-1)).toThrow(RangeError);
    expect(() => createRng(1.5)).toThrow(RangeError);
    expect(() => createRng(MAX_SEED + 1)).toThrow(RangeError);
    expect(() => createRng(0, -1)).toThrow(RangeError);
  });

  it('fillUniformInts is the same stream as uniformInt and stays in range', () => {
    const a = createRng(7);
    const b = createRng(7);
    const out = new Uint32Array(10000);
    a.fillUniformInts(out, 37);
    const again = Uint32Array.from(out, () => b.uniformInt(37));
    expect(out).toEqual(again);
    expect(Math.max(...out)).toBe(36);
    expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('fillUint32 is the same stream as nextUint32, into unsigned or int32 words', () => {
    const a = createRng(13);
    const b = createRng(13);
    const u = new Uint32Array(5);
    const s = new Int32Array(5);
    a.fillUint32(u);
    a.fillUint32(s);
    expect(Array.from(u)).toEqual(Array.from({ length: 5 }, () => b.nextUint32()));
    expect(Array.from(s)).toEqual(Array.from({ length: 5 }, () => b.nextUint32() | 0));
    expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('countUniformDraws counts uniform draws, including for n above 2^21', () => {
    const rng = createRng(7);
    for (const n of [3, 1000, 2_200_001]) {
      const counts = new Uint32Array(n);
      const draws = n > 1e6 ? 2 * n : 200 * n;
      rng.countUniformDraws(counts, draws);
      let total = 0;
      for (const c of counts) total += c;
      expect(total).toBe(draws);
      if (n <= 1000) expect(goodnessOfFit(counts, new Float64Array(n).fill(draws / n))).toBeGreaterThan(0.001);
      else {
        // 2 draws per cell on average: the histogram of the cell counts is ~Poisson(2)
        const hist = new Float64Array(20);
        for (const c of counts) hist[Math.min(19, c)]!++;
        const expected = Float64Array.from({ length: 20 }, (_, k) => n * Math.exp(k * Math.log(2) - 2 - logGamma(k + 1)));
        expect(goodnessOfFit(hist, expected)).toBeGreaterThan(0.001);
      }
    }
    const big = Array.from({ length: 2000 }, () => rng.uniformInt(4_000_000_000));
    expect(Math.max(...big)).toBeLessThan(4_000_000_000);
    expect(Math.max(...big)).toBeGreaterThan(3_900_000_000);
  });

  it('uniformInt is uniform (chi-square over 10 cells, 100k draws)', () => {
    const rng = createRng(11);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100000; i++) counts[rng.uniformInt(10)]!++;
    const chi2 = counts.reduce((s, c) => s + (c - 10000) ** 2 / 10000, 0);
    expect(chi2).toBeLessThan(27.9); // 0.999 quantile of chi-square(9)
  });

  it('nextFloat lies in [0, 1) with mean 1/2', () => {
    const rng = createRng(3);
    let s = 0;
    let inRange = true;
    for (let i = 0; i < 100000; i++) {
      const u = rng.nextFloat();
      inRange &&= u >= 0 && u < 1;
      s += u;
    }
    expect(inRange).toBe(true);
    expect(Math.abs(s / 100000 - 0.5)).toBeLessThan(0.005);
  });

  it('normal() has mean 0 and variance 1', () => {
    const rng = createRng(5);
    let s = 0;
    let s2 = 0;
    const n = 200000;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.01);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.015);
  });
});

describe('binomial and multinomial samplers', () => {
  // Inversion (n·p < 10) and BTRD (n·p >= 10, including huge n), p on both sides of 1/2.
  it.each([
    [5, 0.3],
    [40, 0.1],
    [100, 0.5],
    [1000, 0.02],
    [1000, 0.97],
    [1_000_000, 0.3],
    [2_000_000_000, 1e-6],
  ])('Binomial(%s, %s) has the right mean and variance', (n, p) => {
    const rng = createRng(n);
    const draws = 40000;
    let s = 0;
    let s2 = 0;
    let valid = true;
    for (let i = 0; i < draws; i++) {
      const k = rng.binomial(n, p);
      valid &&= Number.isInteger(k) && k >= 0 && k <= n;
      s += k;
      s2 += k * k;
    }
    expect(valid).toBe(true);
    const mean = s / draws;
    const variance = s2 / draws - mean * mean;
    const trueVar = n * p * (1 - p);
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(trueVar / draws));
    expect(Math.abs(variance / trueVar - 1)).toBeLessThan(0.05);
  });

  it('Binomial(60, 0.25) matches the exact pmf (chi-square)', () => {
    const n = 60;
    const p = 0.25;
    const rng = createRng(99);
    const draws = 200000;
    const counts = new Array<number>(n + 1).fill(0);
    for (let i = 0; i < draws; i++) counts[rng.binomial(n, p)]!++;
    let logc = 0;
    let chi2 = 0;
    let cells = 0;
    let pooled = 0;
    let pooledExp = 0;
    for (let k = 0; k <= n; k++) {
      if (k > 0) logc += Math.log((n - k + 1) / k);
      const e = draws * Math.exp(logc + k * Math.log(p) + (n - k) * Math.log(1 - p));
      if (e < 20) {
        pooled += counts[k]!;
        pooledExp += e;
        continue;
      }
      chi2 += (counts[k]! - e) ** 2 / e;
      cells++;
    }
    chi2 += (pooled - pooledExp) ** 2 / pooledExp;
    expect(chi2).toBeLessThan(cells + 4 * Math.sqrt(2 * cells)); // far in the upper tail
  });

  it('Binomial(n, p) matches the exact pmf in every regime (chi-square)', () => {
    const rng = createRng(99);
    // inversion, inversion with small p, BTRD, BTRD at p = 1/2, p > 1/2 by symmetry, BTRD with huge n
    for (const [n, p] of [
      [20, 0.3],
      [1000, 0.003],
      [200, 0.07],
      [50, 0.5],
      [30, 0.9],
      [1_000_000, 0.1],
    ] as const) {
      const N = 50_000;
      const observed = new Float64Array(n + 1);
      for (let i = 0; i < N; i++) observed[rng.binomial(n, p)]!++;
      const expected = Float64Array.from({ length: n + 1 }, (_, k) => N * Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p)));
      expect(goodnessOfFit(observed, expected), `n=${n}, p=${p}`).toBeGreaterThan(0.001);
    }
    expect(rng.binomial(0, 0.3)).toBe(0);
    expect(rng.binomial(10, 0)).toBe(0);
    expect(rng.binomial(10, 1)).toBe(10);
  });

  it('multinomial counts sum to n and have the right means', () => {
    const rng = createRng(1);
    const probs = [5, 0, 3, 2];
    const out = new Float64Array(4);
    const sums = new Float64Array(4);
    for (let i = 0; i < 5000; i++) {
      rng.multinomial(1000, probs, out);
      expect(out.reduce((a, b) => a + b, 0)).toBe(1000);
      expect(out[1]).toBe(0);
      for (let k = 0; k < 4; k++) sums[k] += out[k]!;
    }
    expect(Math.abs(sums[0]! / 5000 - 500)).toBeLessThan(1.5);
    expect(Math.abs(sums[2]! / 5000 - 300)).toBeLessThan(1.5);
  });
});
