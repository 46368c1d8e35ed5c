import { describe, expect, it } from 'vitest';
import { SpaceSaving } from '../../../src/data/sketch/spacesaving.js';
import { mulberry32, sample, zipf } from './rng.js';

function exactCounts<T>(xs: readonly T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Checks every Space-Saving guarantee of `s` against the true counts (one assertion with every violation). */
function checkBounds<T extends string | number>(s: SpaceSaving<T>, truth: Map<T, number>, errorLimit: number): void {
  const violations: string[] = [];
  const monitored = new Set<T>();
  for (const h of s.top()) {
    monitored.add(h.value);
    const t = truth.get(h.value) ?? 0;
    if (h.count < t) violations.push(`${h.value}: count ${h.count} < true ${t}`);
    if (h.count - h.error > t) violations.push(`${h.value}: lower bound ${h.count - h.error} > true ${t}`);
    if (h.error > errorLimit) violations.push(`${h.value}: error ${h.error} > ${errorLimit}`);
  }
  const bound = s.unmonitoredBound;
  if (bound > errorLimit) violations.push(`unmonitored bound ${bound} > ${errorLimit}`);
  for (const [v, t] of truth) {
    if (monitored.has(v)) continue;
    if (t > bound) violations.push(`unmonitored ${v}: true ${t} > bound ${bound}`);
    const e = s.estimate(v);
    if (e.monitored || e.count !== bound || e.error !== bound) violations.push(`estimate of unmonitored ${v}: ${JSON.stringify(e)}`);
  }
  expect(violations).toEqual([]);
}

const rng = mulberry32(31337);
const zipfData = sample(200_000, zipf(rng, 5000, 1.1));

describe('SpaceSaving', () => {
  it('is exact, and says so, on a small alphabet', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const xs = sample(10_000, () => letters[Math.floor(rng() ** 2 * letters.length)]!);
    const s = new SpaceSaving<string>(26);
    for (const x of xs) s.add(x);
    expect(s.exact).toBe(true);
    expect(s.n).toBe(xs.length);
    expect(s.exactCounts()).toEqual(exactCounts(xs));
    expect(s.top().every((h) => h.error === 0)).toBe(true);
    const top = s.top(3);
    expect(top.map((h) => h.value)).toEqual(['a', 'b', 'c']);
    expect(top[0]!.count).toBe(exactCounts(xs).get('a'));
    expect(s.estimate('a')).toEqual({ count: exactCounts(xs).get('a'), error: 0, monitored: true });
    expect(s.estimate('zz')).toEqual({ count: 0, error: 0, monitored: false });
  });

  it('turns inexact at capacity + 1 distinct values', () => {
    const s = new SpaceSaving<number>(4);
    for (const v of [1, 2, 3, 4, 1, 2, 3, 4, 1]) s.add(v);
    expect(s.exact).toBe(true);
    s.add(5);
    expect(s.exact).toBe(false);
    expect(s.exactCounts()).toBeNull();
    // 5 took the smallest counter (one of 2, 3, 4 with count 2): count 3, error 2.
    expect(s.estimate(5)).toEqual({ count: 3, error: 2, monitored: true });
    checkBounds(s, exactCounts([1, 2, 3, 4, 1, 2, 3, 4, 1, 5]), Infinity);
  });

  it('bounds every count on Zipf data and finds every value above n / k', () => {
    const k = 256;
    const s = new SpaceSaving<number>(k);
    for (const x of zipfData) s.add(x);
    const truth = exactCounts(zipfData);
    expect(s.exact).toBe(false);
    checkBounds(s, truth, zipfData.length / k);
    const heavy = [...truth].filter(([, c]) => c > zipfData.length / k).map(([v]) => v);
    expect(heavy.length).toBeGreaterThan(10);
    for (const v of heavy) expect(s.estimate(v).monitored).toBe(true);
    // The top 10 come out in the true order with small relative error.
    const trueTop = [...truth].sort((a, b) => b[1] - a[1]).slice(0, 10);
    const top = s.top(10);
    expect(top.map((h) => h.value)).toEqual(trueTop.map(([v]) => v));
    for (const h of top) expect(h.count / truth.get(h.value)! - 1).toBeLessThan(0.05);
  });

  it('bounds counts on an all-distinct stream (the worst case)', () => {
    const s = new SpaceSaving<string>(64);
    const xs = sample(20_000, () => `id-${Math.floor(rng() * 1e9)}`);
    for (const x of xs) s.add(x);
    checkBounds(s, exactCounts(xs), xs.length / 64);
    expect(s.distinctTracked).toBe(64);
  });

  it('merges exactly when both summaries are exact and their union fits', () => {
    const a = new SpaceSaving<string>(10);
    const b = new SpaceSaving<string>(10);
    const xs = sample(1000, () => 'abcdefghij'[Math.floor(rng() * 10)]!);
    xs.slice(0, 400).forEach((x) => a.add(x));
    xs.slice(400).forEach((x) => b.add(x));
    const m = a.clone().merge(b);
    expect(m.exact).toBe(true);
    expect(m.n).toBe(1000);
    expect(m.exactCounts()).toEqual(exactCounts(xs));
  });

  it('merged summaries keep every bound (Zipf shards, exact shards with a large union)', () => {
    const k = 256;
    const shards = [0, 30_000, 90_000, 150_000, 200_000];
    const merged = new SpaceSaving<number>(k);
    for (let i = 0; i + 1 < shards.length; i++) {
      const s = new SpaceSaving<number>(k);
      for (const x of zipfData.slice(shards[i], shards[i + 1])) s.add(x);
      merged.merge(s);
    }
    const truth = exactCounts(zipfData);
    expect(merged.n).toBe(zipfData.length);
    expect(merged.exact).toBe(false);
    checkBounds(merged, truth, (2 * zipfData.length) / k);
    for (const h of merged.top()) expect(h.error).toBeLessThanOrEqual(zipfData.length / k);
    for (const [v, c] of truth) if (c > (2 * zipfData.length) / k) expect(merged.estimate(v).monitored).toBe(true);
    const trueTop = [...truth].sort((a, b) => b[1] - a[1]).slice(0, 5);
    expect(merged.top(5).map((h) => h.value)).toEqual(trueTop.map(([v]) => v));

    // Two exact summaries over different values whose union exceeds k.
    const a = new SpaceSaving<number>(8);
    const b = new SpaceSaving<number>(8);
    const xa = sample(500, () => Math.floor(rng() * 8));
    const xb = sample(500, () => 4 + Math.floor(rng() * 8));
    xa.forEach((x) => a.add(x));
    xb.forEach((x) => b.add(x));
    expect(a.exact && b.exact).toBe(true);
    const m = a.clone().merge(b);
    expect(m.exact).toBe(false);
    checkBounds(m, exactCounts([...xa, ...xb]), 1000 / 8);
    // Keeps accumulating correctly after a merge.
    const more = sample(2000, () => Math.floor(rng() * 20));
    more.forEach((x) => m.add(x));
    checkBounds(m, exactCounts([...xa, ...xb, ...more]), Infinity);
  });

  it('keeps bounds when merging summaries of different capacities', () => {
    const small = new SpaceSaving<number>(4);
    const big = new SpaceSaving<number>(32);
    const xs = sample(3000, () => Math.floor(rng() * 12));
    xs.slice(0, 1500).forEach((x) => small.add(x));
    xs.slice(1500, 1600).forEach((x) => big.add(x % 3));
    const m = big.merge(small);
    const ys = sample(500, () => 100 + Math.floor(rng() * 10));
    ys.forEach((y) => m.add(y));
    checkBounds(m, exactCounts([...xs.slice(0, 1500), ...xs.slice(1500, 1600).map((x) => x % 3), ...ys]), Infinity);
  });

  it('round-trips through JSON with mixed string and number values', () => {
    const s = new SpaceSaving<string | number>(16);
    const xs = sample(5000, () => (rng() < 0.5 ? Math.floor(rng() * 12) : String(Math.floor(rng() * 12))));
    xs.slice(0, 2500).forEach((x) => s.add(x));
    const json = JSON.parse(JSON.stringify(s));
    const back = SpaceSaving.fromJSON<string | number>(json);
    expect(back.toJSON()).toEqual(s.toJSON());
    expect(back.exact).toBe(s.exact);
    expect(back.estimate(3)).toEqual(s.estimate(3));
    expect(back.estimate('3')).toEqual(s.estimate('3'));
    xs.slice(2500).forEach((x) => {
      s.add(x);
      back.add(x);
    });
    checkBounds(back, exactCounts(xs), Infinity);
    expect(back.top().map((h) => h.value)).toEqual(s.top().map((h) => h.value));
    const exact = new SpaceSaving<string>(5);
    ['x', 'y', 'x'].forEach((v) => exact.add(v));
    const exactBack = SpaceSaving.fromJSON<string>(JSON.parse(JSON.stringify(exact)));
    expect(exactBack.exactCounts()).toEqual(new Map([['x', 2], ['y', 1]]));
    expect(() => SpaceSaving.fromJSON({ ...exact.toJSON(), items: [['x', 1, 2]] })).toThrow(/count/);
    expect(() => SpaceSaving.fromJSON({ ...exact.toJSON(), items: [['x', 2, 0], ['x', 1, 0]] })).toThrow(/twice/);
  });
});
