import { describe, expect, it } from 'vitest';
import { DDSketch } from '../../../src/data/sketch/ddsketch.js';
import { mulberry32, normal, sample, shuffle } from './rng.js';

const QS = [0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.333, 0.5, 0.667, 0.75, 0.9, 0.95, 0.99, 0.999, 1];
// Relative slack for floating-point rounding of the logarithm at bucket boundaries.
const FP = 1e-9;

function exactQuantile(sorted: readonly number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))]!;
}

const rng = mulberry32(2024);
const distributions: Record<string, number[]> = {
  'standard normal (both signs)': sample(50_000, () => normal(rng)),
  lognormal: sample(50_000, () => Math.exp(normal(rng, 1, 2))),
  'negative lognormal': sample(20_000, () => -Math.exp(normal(rng, 0, 1.5))),
  'mixed with 30% zeros': sample(30_000, () => (rng() < 0.3 ? 0 : rng() < 0.5 ? -rng() * 1e3 : Math.exp(normal(rng, 3, 1)))),
  'small integers': sample(20_000, () => Math.floor(rng() * 20) - 5),
  // 16 orders of magnitude: ~1900 buckets at alpha = 0.01, just inside the default 2048.
  'tiny and huge magnitudes': sample(20_000, () => (rng() < 0.5 ? 1e-8 : 1e8) * (0.5 + rng())),
  'constant value': sample(1000, () => 42.5),
};

describe('DDSketch quantiles', () => {
  for (const alpha of [0.01, 0.05]) {
    for (const [name, xs] of Object.entries(distributions)) {
      it(`are within alpha = ${alpha} relative error on ${name}`, () => {
        const s = new DDSketch({ alpha }).addAll(xs);
        const sorted = [...xs].sort((a, b) => a - b);
        expect(s.count).toBe(xs.length);
        expect(s.collapsed).toBe(false);
        for (const q of QS) {
          const exact = exactQuantile(sorted, q);
          const est = s.quantile(q);
          expect(Math.abs(est - exact), `q=${q} exact=${exact} est=${est}`).toBeLessThanOrEqual(alpha * (1 + FP) * Math.abs(exact));
        }
        expect(s.quantile(0)).toBe(sorted[0]);
        expect(s.quantile(1)).toBe(sorted[sorted.length - 1]);
        expect(s.min).toBe(sorted[0]);
        expect(s.max).toBe(sorted[sorted.length - 1]);
      });
    }
  }

  it('fails the accuracy check when alpha is not honoured (the check can fail)', () => {
    const xs = distributions['lognormal']!;
    const sorted = [...xs].sort((a, b) => a - b);
    const coarse = new DDSketch({ alpha: 0.2 }).addAll(xs);
    const worst = Math.max(...QS.slice(1, -1).map((q) => Math.abs(coarse.quantile(q) - exactQuantile(sorted, q)) / exactQuantile(sorted, q)));
    expect(worst).toBeGreaterThan(0.01);
    expect(worst).toBeLessThanOrEqual(0.2 * (1 + FP));
  });

  it('answers NaN on an empty sketch and rejects bad input', () => {
    const s = new DDSketch();
    expect(s.quantile(0.5)).toBeNaN();
    expect(s.count).toBe(0);
    expect(s.buckets()).toEqual([]);
    expect(() => s.add(NaN)).toThrow(RangeError);
    expect(() => s.add(Infinity)).toThrow(RangeError);
    expect(() => s.add(-Infinity)).toThrow(RangeError);
    expect(s.count).toBe(0);
    expect(() => s.quantile(1.5)).toThrow(RangeError);
    expect(() => new DDSketch({ alpha: 0 })).toThrow(/alpha/);
    expect(() => new DDSketch({ maxBuckets: 0 })).toThrow(/maxBuckets/);
  });

  it('treats -0 as zero', () => {
    const s = new DDSketch().addAll([-0, 0, 0]);
    expect(s.zeroCount).toBe(3);
    expect(s.quantile(0.5)).toBe(0);
  });
});

describe('DDSketch buckets', () => {
  it('lists buckets in value order, each containing its values, counts adding up', () => {
    const xs = distributions['mixed with 30% zeros']!;
    const s = new DDSketch().addAll(xs);
    const buckets = s.buckets();
    expect(buckets.reduce((t, b) => t + b.count, 0)).toBe(xs.length);
    for (let i = 0; i < buckets.length; i++) {
      const b = buckets[i]!;
      expect(b.lower).toBeLessThanOrEqual(b.value);
      expect(b.value).toBeLessThanOrEqual(b.upper);
      if (i > 0) expect(buckets[i - 1]!.upper).toBeLessThanOrEqual(b.lower * (b.lower > 0 ? 1 + FP : 1 - FP));
    }
    expect(buckets[0]!.lower).toBe(s.min);
    expect(buckets[buckets.length - 1]!.upper).toBe(s.max);
    // Every value falls in the bucket with its key, and the per-bucket counts are the exact histogram.
    const hist = new Map<string, number>();
    const byId = new Map(buckets.map((b) => [`${b.sign}:${b.key}`, b]));
    const outside: number[] = [];
    const inaccurate: number[] = [];
    for (const x of xs) {
      const id = x === 0 ? '0:0' : `${Math.sign(x)}:${s.keyOf(x)}`;
      hist.set(id, (hist.get(id) ?? 0) + 1);
      if (x !== 0) {
        const b = byId.get(id)!;
        const inside = x >= b.lower * (1 + (b.lower > 0 ? -FP : FP)) && x <= b.upper * (1 + (b.upper > 0 ? FP : -FP));
        if (!inside) outside.push(x);
        if (Math.abs(b.value - x) > s.alpha * (1 + FP) * Math.abs(x)) inaccurate.push(x);
      }
    }
    expect(outside).toEqual([]);
    expect(inaccurate).toEqual([]);
    expect(new Map(buckets.map((b) => [`${b.sign}:${b.key}`, b.count]))).toEqual(hist);
    expect(s.bucketCount).toBe(buckets.length);
  });
});

describe('DDSketch merge', () => {
  it('merge(sketch(A), sketch(B)) equals sketch(A + B) bucket for bucket', () => {
    for (const xs of Object.values(distributions)) {
      for (const cut of [0, 1, Math.floor(xs.length / 2), xs.length]) {
        const a = new DDSketch().addAll(xs.slice(0, cut));
        const b = new DDSketch().addAll(xs.slice(cut));
        const whole = new DDSketch().addAll(xs);
        expect(a.clone().merge(b).toJSON()).toEqual(whole.toJSON());
        expect(b.clone().merge(a).toJSON()).toEqual(whole.toJSON());
      }
    }
  });

  it('stays exact and order-independent when buckets collapse', () => {
    const r = mulberry32(7);
    // Magnitudes over 30 orders: far more than 64 buckets at alpha = 0.01.
    const xs = sample(20_000, () => (r() < 0.5 ? -1 : 1) * 10 ** (r() * 30 - 15));
    const opts = { alpha: 0.01, maxBuckets: 64 };
    const whole = new DDSketch(opts).addAll(xs);
    expect(whole.collapsed).toBe(true);
    const json = whole.toJSON();
    expect(json.positive.counts.length).toBeLessThanOrEqual(64);
    expect(json.negative.counts.length).toBeLessThanOrEqual(64);
    const shuffled = new DDSketch(opts).addAll(shuffle(r, [...xs]));
    expect(shuffled.toJSON()).toEqual(json);
    const sorted = new DDSketch(opts).addAll([...xs].sort((a, b) => a - b));
    expect(sorted.toJSON()).toEqual(json);
    const parts = [0, 3000, 9000, 9001, 20_000];
    const merged = new DDSketch(opts);
    for (let i = 0; i + 1 < parts.length; i++) merged.merge(new DDSketch(opts).addAll(xs.slice(parts[i], parts[i + 1])));
    expect(merged.toJSON()).toEqual(json);
    // A collapsed sketch merged into an empty one stays flagged as collapsed.
    expect(whole.clone().toJSON()).toEqual(json);
    expect(whole.clone().collapsed).toBe(true);
    // The largest magnitudes (64 buckets cover the top ~0.55 of 30 decades) keep the alpha guarantee.
    const sortedXs = [...xs].sort((a, b) => a - b);
    for (const q of [0, 0.001, 0.005, 0.995, 0.999, 1]) {
      const exact = exactQuantile(sortedXs, q);
      expect(Math.abs(whole.quantile(q) - exact)).toBeLessThanOrEqual(0.01 * (1 + FP) * Math.abs(exact));
    }
    // The collapsed buckets are flagged and reach down to zero.
    const collapsed = whole.buckets().filter((b) => b.collapsed);
    expect(collapsed.map((b) => b.sign).sort()).toEqual([-1, 1]);
    expect(collapsed.find((b) => b.sign === 1)!.lower).toBe(0);
    expect(collapsed.find((b) => b.sign === -1)!.upper).toBe(0);
  });

  it('refuses to merge sketches with different alpha', () => {
    expect(() => new DDSketch({ alpha: 0.01 }).merge(new DDSketch({ alpha: 0.02 }))).toThrow(/different alpha/);
  });
});

describe('DDSketch JSON', () => {
  it('round-trips and keeps accumulating identically', () => {
    for (const xs of Object.values(distributions)) {
      const s = new DDSketch().addAll(xs.slice(0, xs.length >> 1));
      const text = JSON.stringify(s);
      const back = DDSketch.fromJSON(JSON.parse(text));
      expect(back.toJSON()).toEqual(s.toJSON());
      expect(back.quantiles(QS)).toEqual(s.quantiles(QS));
      s.addAll(xs.slice(xs.length >> 1));
      back.addAll(xs.slice(xs.length >> 1));
      expect(back.toJSON()).toEqual(s.toJSON());
    }
    const empty = DDSketch.fromJSON(JSON.parse(JSON.stringify(new DDSketch({ alpha: 0.02, maxBuckets: 100 }))));
    expect(empty.count).toBe(0);
    expect(empty.alpha).toBe(0.02);
    expect(empty.maxBuckets).toBe(100);
  });

  it('round-trips a collapsed sketch', () => {
    const r = mulberry32(99);
    const opts = { alpha: 0.01, maxBuckets: 32 };
    const xs = sample(5000, () => 10 ** (r() * 20 - 10));
    const s = new DDSketch(opts).addAll(xs.slice(0, 2500));
    const back = DDSketch.fromJSON(JSON.parse(JSON.stringify(s)));
    expect(back.toJSON()).toEqual(s.toJSON());
    s.addAll(xs.slice(2500));
    back.addAll(xs.slice(2500));
    expect(back.toJSON()).toEqual(s.toJSON());
    expect(back.toJSON()).toEqual(new DDSketch(opts).addAll(xs).toJSON());
  });

  it('rejects malformed JSON', () => {
    const good = new DDSketch().addAll([1, 2, 3]).toJSON();
    expect(() => DDSketch.fromJSON({ ...good, count: 4 })).toThrow(/count/);
    expect(() => DDSketch.fromJSON({ ...good, alpha: 2 })).toThrow(/alpha/);
    expect(() => DDSketch.fromJSON({ ...good, positive: { offset: 0, counts: [-1], collapsed: false } })).toThrow(/counts/);
    expect(() => DDSketch.fromJSON({ type: 'hll' })).toThrow(/ddsketch/);
  });
});
