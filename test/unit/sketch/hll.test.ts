import { describe, expect, it } from 'vitest';
import { HyperLogLog, hashNumber64, hashString64 } from '../../../src/data/sketch/hll.js';
import { mulberry32 } from './rng.js';

function relErr(est: number, truth: number): number {
  return Math.abs(est - truth) / truth;
}

describe('HyperLogLog', () => {
  const se = HyperLogLog.standardErrorFor(14);

  it('documents the standard error 1.04 / sqrt(m)', () => {
    expect(se).toBeCloseTo(1.04 / 128, 12);
    expect(new HyperLogLog(10).standardError).toBeCloseTo(1.04 / 32, 12);
  });

  for (const n of [100_000, 1_000_000]) {
    it(`estimates ${n} distinct strings within 3 standard errors`, () => {
      const h = new HyperLogLog();
      for (let i = 0; i < n; i++) h.addString(`user-${i}@example.com`);
      // Repeats do not change anything.
      const before = h.toJSON();
      for (let i = 0; i < n; i += 7) h.addString(`user-${i}@example.com`);
      expect(h.toJSON()).toEqual(before);
      expect(relErr(h.estimate(), n)).toBeLessThan(3 * se);
      expect(relErr(h.estimateClassic(), n)).toBeLessThan(3 * se);
    });

    it(`estimates ${n} distinct random doubles within 3 standard errors`, () => {
      const rng = mulberry32(n);
      const h = new HyperLogLog();
      // Distinct by construction: value i lies in [i - n/2, i - n/2 + 0.5).
      for (let i = 0; i < n; i++) h.addNumber(i - n / 2 + rng() * 0.5);
      expect(relErr(h.estimate(), n)).toBeLessThan(3 * se);
    });
  }

  it('estimates distinct integers (ids) and short strings within 3 standard errors', () => {
    const ints = new HyperLogLog();
    const strs = new HyperLogLog();
    for (let i = 0; i < 300_000; i++) {
      ints.addNumber(i);
      strs.addString(i.toString(36));
    }
    expect(relErr(ints.estimate(), 300_000)).toBeLessThan(3 * se);
    expect(relErr(strs.estimate(), 300_000)).toBeLessThan(3 * se);
  });

  it('is nearly exact on small cardinalities and 0 when empty', () => {
    expect(new HyperLogLog().estimate()).toBe(0);
    for (const n of [1, 2, 10, 100, 1000, 5000, 20_000, 50_000]) {
      const h = new HyperLogLog();
      for (let i = 0; i < n; i++) h.addString(`k${i}`);
      expect(relErr(h.estimate(), n), `n=${n}`).toBeLessThan(n <= 1000 ? 0.01 : 3 * se);
    }
  });

  it('stays within 3 standard errors across the mid range where the classic estimator is biased', () => {
    for (const n of [30_000, 40_000, 60_000, 80_000]) {
      const h = new HyperLogLog();
      for (let i = 0; i < n; i++) h.addNumber(i * 1.5);
      expect(relErr(h.estimate(), n), `n=${n}`).toBeLessThan(3 * se);
    }
  });

  it('counts -0 as 0, every NaN as one value, and 1 apart from "1"', () => {
    expect(hashNumber64(-0)).toEqual(hashNumber64(0));
    const otherNaN = new Float64Array(new Uint32Array([1, 0xfff00000]).buffer)[0]!;
    expect(otherNaN).toBeNaN();
    expect(hashNumber64(otherNaN)).toEqual(hashNumber64(NaN));
    expect(hashString64('1')).not.toEqual(hashNumber64(1));
    const h = new HyperLogLog();
    for (const v of [0, -0, NaN, otherNaN, 1, '1', 'a', 'a']) h.add(v);
    expect(Math.round(h.estimate())).toBe(5); // 0, NaN, 1, "1", "a"
  });

  it('hashes strings of every length with no collisions among many near-identical keys', () => {
    const seen = new Set<string>();
    const base = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for (let len = 0; len <= base.length; len++) {
      for (let c = 0; c < 2000; c++) {
        const s = base.slice(0, len) + String.fromCharCode(c);
        const [a, b] = hashString64(s);
        seen.add(`${a}:${b}`);
      }
    }
    expect(seen.size).toBe((base.length + 1) * 2000);
  });

  it('merge equals the sketch of the union, register for register', () => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    const union = new HyperLogLog();
    for (let i = 0; i < 200_000; i++) {
      const v = `v${i}`;
      if (i < 120_000) a.addString(v);
      if (i >= 80_000) b.addString(v);
      union.addString(v);
    }
    const merged = a.clone().merge(b);
    expect(Buffer.from(merged.registers).equals(Buffer.from(union.registers))).toBe(true);
    expect(merged.toJSON()).toEqual(union.toJSON());
    expect(b.clone().merge(a).toJSON()).toEqual(union.toJSON());
    expect(relErr(merged.estimate(), 200_000)).toBeLessThan(3 * se);
    expect(() => a.merge(new HyperLogLog(12))).toThrow(/precision/);
  });

  it('round-trips through JSON in dense and sparse encodings', () => {
    for (const [n, encoding] of [
      [0, 'sparse'],
      [50, 'sparse'],
      [3000, 'sparse'],
      [100_000, 'dense'],
    ] as const) {
      const h = new HyperLogLog();
      for (let i = 0; i < n; i++) h.addNumber(i);
      const json = JSON.parse(JSON.stringify(h));
      expect(json.encoding).toBe(encoding);
      const back = HyperLogLog.fromJSON(json);
      expect(Buffer.from(back.registers).equals(Buffer.from(h.registers))).toBe(true);
      expect(back.estimate()).toBe(h.estimate());
    }
    const small = new HyperLogLog(6);
    small.addString('x');
    expect(HyperLogLog.fromJSON(JSON.parse(JSON.stringify(small))).toJSON()).toEqual(small.toJSON());
  });

  it('rejects malformed or foreign JSON', () => {
    const good = new HyperLogLog(8).toJSON();
    expect(() => HyperLogLog.fromJSON({ ...good, hash: 'other' })).toThrow(/hash/);
    expect(() => HyperLogLog.fromJSON({ ...good, encoding: 'dense', registers: 'AAAA' })).toThrow(/register bytes/);
    expect(() => HyperLogLog.fromJSON({ ...good, p: 3 })).toThrow(/precision/);
    expect(() => new HyperLogLog(19)).toThrow(/precision/);
  });

  it('gives recycled registers, zeroed, to the next new sketch, once each, and never a view into a larger buffer', () => {
    const a = new HyperLogLog();
    for (let i = 0; i < 5000; i++) a.add(i);
    const b = new HyperLogLog();
    for (let i = 0; i < 5000; i++) b.add(`v${i}`);
    const estimate = (h: HyperLogLog) => h.estimate();
    const before = estimate(b);
    HyperLogLog.recycle(a.registers);
    HyperLogLog.recycle(a.registers); // twice: still one sketch's
    const c = new HyperLogLog();
    const d = new HyperLogLog();
    expect(c.registers).toBe(a.registers);
    expect(d.registers).not.toBe(a.registers);
    expect(c.isEmpty).toBe(true);
    c.add('x');
    d.add('y');
    expect(Math.round(estimate(c))).toBe(1);
    expect(Math.round(estimate(d))).toBe(1);
    // A sketch's registers inside a larger buffer (a file's bytes) stay where they are.
    const big = new Uint8Array(2 * c.m);
    HyperLogLog.recycle(big.subarray(c.m));
    expect(new HyperLogLog().registers.buffer).not.toBe(big.buffer);
    expect(estimate(b)).toBe(before);
  });
});
