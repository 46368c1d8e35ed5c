// Radix sorts (src/metrics/sort.ts) against the engine's sort.
import { describe, expect, it } from 'vitest';
import { argsortFloat64, sortFloat64 } from '../../../src/metrics/sort.js';
import { createRng } from '../../../src/stats/rng.js';

describe('sortFloat64', () => {
  it.each([0, 1, 5, 511, 512, 5000, 100000])('sorts %s mixed-sign values like TypedArray.prototype.sort', (n) => {
    const rng = createRng(n);
    const a = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0 : i % 11 === 0 ? -0 : i % 13 === 0 ? 1e-310 : (rng.nextFloat() - 0.3) * 10 ** rng.uniformInt(12)));
    const expected = a.slice().sort();
    sortFloat64(a);
    expect(Array.from(a, (x) => Object.is(x, -0) ? '-0' : x)).toEqual(Array.from(expected, (x) => Object.is(x, -0) ? '-0' : x));
  });

  it('sorts values that came from float32 (constant low digits skipped)', () => {
    const rng = createRng(2);
    const a = Float64Array.from({ length: 20000 }, () => Math.fround(rng.nextFloat()));
    const expected = a.slice().sort();
    sortFloat64(a);
    expect(a).toEqual(expected);
  });

  it('sorts mixed-sign float32 values, -0 before +0, and falls back when one key is not a float32', () => {
    const rng = createRng(4);
    for (const tail of [[], [0.1]]) {
      const a = Float64Array.from([...Array.from({ length: 5000 }, (_, i) => (i % 9 === 0 ? -0 : i % 10 === 0 ? 0 : Math.fround((rng.nextFloat() - 0.5) * 10 ** rng.uniformInt(6)))), ...tail]);
      const expected = a.slice().sort();
      sortFloat64(a);
      const shown = (x: number) => (Object.is(x, -0) ? '-0' : x);
      expect(Array.from(a, shown)).toEqual(Array.from(expected, shown));
    }
  });
});

describe('argsortFloat64', () => {
  it('is a stable argsort, and composes into a two-key sort', () => {
    const rng = createRng(3);
    const n = 3000;
    const y = Float64Array.from({ length: n }, () => rng.uniformInt(20) - 10);
    const p = Float64Array.from({ length: n }, () => rng.uniformInt(5) / 4);
    const perm = argsortFloat64(y, argsortFloat64(p));
    const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => y[a]! - y[b]! || p[a]! - p[b]! || a - b);
    expect(Array.from(perm)).toEqual(idx);
  });
});
