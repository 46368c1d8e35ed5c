import { describe, expect, it } from 'vitest';
import { ColumnProfile, Profile, type ProfileJSON } from '../../../src/data/profile.js';
import { parseNumber } from '../../../src/data/schema.js';
import { HyperLogLog } from '../../../src/data/sketch/hll.js';
import { SpaceSaving } from '../../../src/data/sketch/spacesaving.js';
import { assertArtifact } from '../../../src/schemas/validate.js';
import type { Cell } from '../../../src/data/readers.js';
import { rng } from '../../helpers.js';

/** What parseNumber must return: Number() of the text when finite and not blank. */
function reference(s: string): number | undefined {
  const n = +s;
  return n === n && s.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

function profileOf(values: Cell[]): ColumnProfile {
  const c = new ColumnProfile('c');
  for (const v of values) c.add(v);
  return c;
}

function hllOf(values: Cell[]): HyperLogLog {
  const h = new HyperLogLog();
  for (const v of values) {
    if (typeof v === 'number') {
      if (v - v === 0) h.addNumber(v);
    } else if (typeof v === 'string') h.addString(v);
    else if (typeof v === 'boolean') h.addString(v ? 'true' : 'false');
  }
  return h;
}

function shuffled<T>(xs: T[], r: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const json = (c: ColumnProfile) => JSON.parse(JSON.stringify(c.toJSON()));

describe('parseNumber', () => {
  it('returns what Number() returns for finite, non-blank text, on edge cases', () => {
    const cases = ['', ' ', '-', '+', '.', '-.', '5.', '.5', '-.5', '+5', '+-5', '--5', '-0', '-0.0', '0', '007', '1.2.3', ' 5', '5 ', '\t5\n', '0x1A', '0b11', '0o7', '1e5', '1E-3', '-1e400', '1e400', 'Infinity', '-Infinity', 'NaN', '1_000', '1,000', '١٢', '123456789012345', '1234567890123456', '12345678901234567890', '0.1', '0.30000000000000004', '9007199254740993', '4.35', '1.005', '-615.82', '999999999999999.9'];
    for (const s of cases) expect(Object.is(parseNumber(s), reference(s)), JSON.stringify(s)).toBe(true);
  });

  it('returns what Number() returns on random decimal text', () => {
    const r = rng(11);
    const chars = '0123456789';
    for (let k = 0; k < 200_000; k++) {
      let s = r() < 0.3 ? '-' : r() < 0.05 ? '+' : '';
      const digits = 1 + Math.floor(r() * 18);
      const dot = r() < 0.7 ? Math.floor(r() * (digits + 1)) : -1;
      for (let i = 0; i < digits; i++) {
        if (i === dot) s += '.';
        s += chars[Math.floor(r() * 10)];
      }
      if (dot === digits) s += '.';
      if (!Object.is(parseNumber(s), reference(s))) expect(parseNumber(s), s).toBe(reference(s));
    }
    for (let k = 0; k < 100_000; k++) {
      const x = (r() - 0.5) * 10 ** Math.floor(r() * 16);
      const s = x.toFixed(Math.floor(r() * 10));
      if (!Object.is(parseNumber(s), reference(s))) expect(parseNumber(s), s).toBe(reference(s));
    }
  });
});

describe('ColumnProfile top values', () => {
  it('keeps tracking top values of a numeric column with at most the capacity of distinct values', () => {
    const r = rng(1);
    const values = Array.from({ length: 5000 }, () => Math.floor(r() * 256));
    const c = profileOf(values);
    expect(c.topTracked).toBe(true);
    expect(c.top.exact).toBe(true);
    expect(c.distinctCount).toEqual({ value: new Set(values).size, exact: true });
    expect(c.summary().topValues).toHaveLength(10);
    expect(json(c).topTracked).toBeUndefined();
  });

  it('stops tracking top values of a numeric column past the capacity, and says so', () => {
    const r = rng(2);
    const values = Array.from({ length: 5000 }, () => Math.round(r() * 1e6) / 100);
    const c = profileOf(values);
    expect(c.topTracked).toBe(false);
    expect(c.top.exact).toBe(false);
    expect(c.top.top()).toEqual([]);
    expect(c.top.exactCounts()).toBeNull();
    expect(c.summary().topValues).toEqual([]);
    expect(c.distinctCount.exact).toBe(false);
    const j = json(c);
    expect(j.topTracked).toBe(false);
    expect(j.top).toMatchObject({ type: 'spacesaving', exact: false, items: [], n: 5000 });
  });

  it('keeps tracking top values of a text column past the capacity (inexact)', () => {
    const values = Array.from({ length: 3000 }, (_, i) => `v${i % 1000}`);
    const c = profileOf(values);
    expect(c.topTracked).toBe(true);
    expect(c.top.exact).toBe(false);
    expect(c.summary().topValues.length).toBeGreaterThan(0);
  });

  it('stops tracking a mixed column past the capacity whichever comes first, numbers or text', () => {
    const texts = Array.from({ length: 300 }, (_, i) => `t${i}`);
    for (const values of [[1, ...texts], [...texts, 1], [...texts.slice(0, 100), 1, ...texts.slice(100)]]) {
      const c = profileOf(values);
      expect(c.topTracked).toBe(false);
      expect(c.top.top()).toEqual([]);
    }
    expect(profileOf(texts).topTracked).toBe(true); // no number: tracked
  });

  it('feeds HyperLogLog the same registers as adding every value', () => {
    const r = rng(3);
    const columns: Cell[][] = [
      Array.from({ length: 20000 }, () => Math.floor(r() * 50)), // few numbers: exact, repeats skipped
      Array.from({ length: 20000 }, () => r() * 1000), // many numbers: untracked
      Array.from({ length: 20000 }, () => `c${Math.floor(r() * 40)}`), // few strings
      Array.from({ length: 20000 }, () => `id${Math.floor(r() * 1e6)}`), // many strings: inexact
      Array.from({ length: 20000 }, () => (r() < 0.5 ? Math.floor(r() * 400) : r() < 0.5 ? `s${Math.floor(r() * 100)}` : r() < 0.5)), // mixed, booleans
      Array.from({ length: 20000 }, () => (r() < 0.1 ? null : r() < 0.01 ? NaN : Math.floor(r() * 10))),
    ];
    for (const values of columns) {
      const c = profileOf(values);
      expect(Buffer.from(c.distinct.registers).equals(Buffer.from(hllOf(values).registers))).toBe(true);
    }
  });

  it('gives the same profile JSON whatever the order of the values or how they are split and merged', () => {
    const r = rng(4);
    const columns: Cell[][] = [
      Array.from({ length: 3000 }, () => Math.floor(r() * 200)),
      Array.from({ length: 3000 }, () => Math.floor(r() * 100000) / 10),
      Array.from({ length: 3000 }, () => `c${Math.floor(r() * 100)}`),
      [...Array.from({ length: 200 }, (_, i) => `s${i}`), ...Array.from({ length: 100 }, (_, i) => i)], // untracked only together
      Array.from({ length: 3000 }, () => (r() < 0.05 ? null : r() * 10)),
    ];
    for (const values of columns) {
      const whole = json(profileOf(values));
      const order = shuffled(values, r);
      const cut = Math.floor(r() * order.length);
      for (const [a, b] of [
        [order.slice(0, cut), order.slice(cut)],
        [order.filter((_, i) => i % 2 === 0), order.filter((_, i) => i % 2 === 1)],
      ]) {
        const pa = profileOf(a);
        const pb = profileOf(b);
        const merged = json(pa.merge(pb));
        // Moments merge up to rounding; everything about top values and distinct counts is exact.
        expect(merged.topTracked).toBe(whole.topTracked);
        expect(merged.top).toEqual(whole.top);
        expect(merged.distinct).toEqual(whole.distinct);
        expect(merged.quantiles).toEqual(whole.quantiles);
        // ... and after a JSON round trip of both halves.
        const ra = ColumnProfile.fromJSON(json(profileOf(a)));
        const rb = ColumnProfile.fromJSON(json(profileOf(b)));
        const mergedRead = json(ra.merge(rb));
        expect(mergedRead.top).toEqual(whole.top);
        expect(mergedRead.topTracked).toBe(whole.topTracked);
      }
    }
  });

  it('round-trips through JSON, valid against profile.schema.json, and old profiles without topTracked still read', () => {
    const r = rng(5);
    const p = new Profile(['many', 'few', 'text']);
    for (let i = 0; i < 2000; i++) {
      p.columns[0].add(r() * 100);
      p.columns[1].add(Math.floor(r() * 5));
      p.columns[2].add(`t${Math.floor(r() * 500)}`);
    }
    p.rows = 2000;
    const j = JSON.parse(JSON.stringify(p.toJSON())) as ProfileJSON;
    assertArtifact('profile', j, 'p.json');
    const back = Profile.fromJSON(j);
    expect(JSON.parse(JSON.stringify(back.toJSON()))).toEqual(j);
    expect(back.columns.map((c) => c.topTracked)).toEqual([false, true, true]);
    // A profile written before topTracked existed: its numeric top values are read as before.
    const old = JSON.parse(JSON.stringify(j)) as ProfileJSON;
    const ss = new SpaceSaving();
    for (let i = 0; i < 1000; i++) ss.add(i % 300);
    old.columns[0].top = ss.toJSON();
    delete old.columns[0].topTracked;
    assertArtifact('profile', old, 'old.json');
    const read = Profile.fromJSON(old);
    expect(read.columns[0].topTracked).toBe(true);
    expect(read.columns[0].top.top()).toHaveLength(256);
    // Merging it with an untracked column of a new profile drops its top values.
    expect(read.columns[0].merge(back.columns[0]).topTracked).toBe(false);
  });
});
