import { describe, expect, it } from 'vitest';
import { Moments } from '../../../src/data/sketch/moments.js';
import { mulberry32, normal, sample } from './rng.js';

/** Neumaier-compensated sum, as an exact-enough reference. */
function fsum(xs: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

/** Two-pass reference: mean, M2, min, max. */
function twoPass(xs: readonly number[]): { mean: number; m2: number; min: number; max: number } {
  const mean = fsum(xs) / xs.length;
  const m2 = fsum(xs.map((x) => (x - mean) * (x - mean)));
  return { mean, m2, min: Math.min(...xs), max: Math.max(...xs) };
}

function rel(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);
}

const rng = mulberry32(12345);
const datasets: Record<string, number[]> = {
  'standard normal': sample(100_000, () => normal(rng)),
  'normal with a large offset': sample(100_000, () => normal(rng, 1e6, 3)),
  uniform: sample(50_000, () => rng() * 100 - 20),
  'heavy tailed': sample(50_000, () => Math.exp(normal(rng, 0, 2))),
};

describe('Moments', () => {
  for (const [name, xs] of Object.entries(datasets)) {
    it(`matches a two-pass computation on ${name} data`, () => {
      const m = new Moments().addAll(xs);
      const ref = twoPass(xs);
      expect(m.count).toBe(xs.length);
      expect(rel(m.mean, ref.mean)).toBeLessThan(1e-12);
      expect(rel(m.m2, ref.m2)).toBeLessThan(1e-12);
      expect(rel(m.std(), Math.sqrt(ref.m2 / xs.length))).toBeLessThan(1e-12);
      expect(rel(m.sampleStd(), Math.sqrt(ref.m2 / (xs.length - 1)))).toBeLessThan(1e-12);
      expect(m.min).toBe(ref.min);
      expect(m.max).toBe(ref.max);
      expect(m.sum).toBe(fsum(xs));
    });

    it(`merge(A, B) equals moments(A + B) on ${name} data`, () => {
      for (const cut of [1, 37, Math.floor(xs.length / 3), xs.length - 1]) {
        const a = new Moments().addAll(xs.slice(0, cut));
        const b = new Moments().addAll(xs.slice(cut));
        const whole = new Moments().addAll(xs);
        const merged = a.clone().merge(b);
        expect(merged.count).toBe(whole.count);
        expect(rel(merged.mean, whole.mean)).toBeLessThan(1e-12);
        expect(rel(merged.m2, whole.m2)).toBeLessThan(1e-12);
        expect(merged.min).toBe(whole.min);
        expect(merged.max).toBe(whole.max);
        expect(rel(merged.sum, whole.sum)).toBeLessThan(1e-15);
        // Merging is symmetric.
        const other = b.clone().merge(a);
        expect(rel(other.mean, whole.mean)).toBeLessThan(1e-12);
        expect(rel(other.m2, whole.m2)).toBeLessThan(1e-12);
      }
    });
  }

  it('merges many shards like one pass', () => {
    const xs = datasets['normal with a large offset']!;
    const shards: Moments[] = [];
    for (let i = 0; i < xs.length; i += 997) shards.push(new Moments().addAll(xs.slice(i, i + 997)));
    const merged = shards.reduce((acc, s) => acc.merge(s), new Moments());
    const whole = new Moments().addAll(xs);
    expect(merged.count).toBe(whole.count);
    expect(rel(merged.mean, whole.mean)).toBeLessThan(1e-12);
    expect(rel(merged.m2, whole.m2)).toBeLessThan(1e-12);
    expect(merged.sum).toBe(fsum(xs));
  });

  it('merges shards with very different means (the between-shard term dominates M2)', () => {
    const r = mulberry32(5);
    const a = sample(10_000, () => normal(r, 0, 1));
    const b = sample(3_000, () => normal(r, 1000, 2));
    const c = sample(7_000, () => normal(r, -500, 0.5));
    const merged = new Moments().addAll(a).merge(new Moments().addAll(b)).merge(new Moments().addAll(c));
    const ref = twoPass([...a, ...b, ...c]);
    expect(rel(merged.mean, ref.mean)).toBeLessThan(1e-12);
    expect(rel(merged.m2, ref.m2)).toBeLessThan(1e-12);
    const whole = new Moments().addAll([...a, ...b, ...c]);
    expect(rel(merged.m2, whole.m2)).toBeLessThan(1e-12);
  });

  it('handles empty and single-value summaries', () => {
    const empty = new Moments();
    expect(empty.count).toBe(0);
    expect(empty.std()).toBeNaN();
    expect(empty.sampleStd()).toBeNaN();
    const one = new Moments();
    one.add(4);
    expect(one.std()).toBe(0);
    expect(one.sampleStd()).toBeNaN();
    expect(one.mean).toBe(4);
    expect(new Moments().merge(one).toJSON()).toEqual(one.toJSON());
    expect(one.clone().merge(empty).toJSON()).toEqual(one.toJSON());
    const two = new Moments().addAll([1, 3]);
    expect(two.std()).toBe(1);
    expect(two.sampleStd()).toBeCloseTo(Math.SQRT2, 15);
  });

  it('keeps the sum exact where naive summation does not', () => {
    const m = new Moments().addAll([1e16, 1, -1e16, 1]);
    expect(m.sum).toBe(2);
  });

  it('rejects non-finite values', () => {
    const m = new Moments();
    expect(() => m.add(NaN)).toThrow(RangeError);
    expect(() => m.add(Infinity)).toThrow(RangeError);
    expect(() => m.add(-Infinity)).toThrow(RangeError);
    expect(m.count).toBe(0);
  });

  it('round-trips through JSON and keeps accumulating identically', () => {
    const xs = datasets['uniform']!;
    const m = new Moments().addAll(xs.slice(0, 1000));
    const back = Moments.fromJSON(JSON.parse(JSON.stringify(m)));
    expect(back.toJSON()).toEqual(m.toJSON());
    m.addAll(xs.slice(1000, 2000));
    back.addAll(xs.slice(1000, 2000));
    expect(back.count).toBe(m.count);
    expect(rel(back.mean, m.mean)).toBeLessThan(1e-13);
    expect(rel(back.m2, m.m2)).toBeLessThan(1e-12);
    expect(back.sum).toBe(m.sum);
    expect([back.min, back.max]).toEqual([m.min, m.max]);
    const empty = Moments.fromJSON(JSON.parse(JSON.stringify(new Moments())));
    expect(empty.count).toBe(0);
    expect(empty.min).toBe(Infinity);
    expect(() => Moments.fromJSON({ type: 'moments', version: 1, count: -1 })).toThrow(/moments sketch/);
    expect(() => Moments.fromJSON(null)).toThrow(/moments sketch/);
  });
});
