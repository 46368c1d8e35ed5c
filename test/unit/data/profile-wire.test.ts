// The wire form the parallel pass sends chunk profiles in (Profile.toWire / fromWire, typed arrays
// copied between threads): on random chunks of every kind of column, merging the chunks
// through the wire form gives the profile bytes merging them through the JSON form gives (what
// the pass did before, and still the profile file's format), and HyperLogLog's four-at-a-time
// register merge equals the register-wise max.
import { describe, expect, it } from 'vitest';
import { Profile, type ProfileWire } from '../../../src/data/profile.js';
import { HyperLogLog } from '../../../src/data/sketch/hll.js';
import { DATE, DATE_TIME, DATE_TIME_NAIVE } from '../../../src/data/time.js';
import { rng } from '../../helpers.js';

const COLUMNS = ['few', 'many', 'ids', 'amount', 'wide', 'mixed', 'when', 'flag', 'sparse'];

/** One chunk's profile of random cells: repeats and ties, more distinct values than Space-Saving keeps, magnitudes that collapse DDSketch, -0, non-finite values, text in numbers, dates and timestamps. */
function chunk(seed: number, rows: number): Profile {
  const r = rng(seed);
  const p = new Profile(COLUMNS, ['data.csv']);
  const [few, many, ids, amount, wide, mixed, when, flag, sparse] = p.columns;
  for (let i = 0; i < rows; i++) {
    p.rows++;
    if (r() < 0.05) few!.addNull();
    else few!.addString(['red', 'green', 'blue', 'ünïcödé'][Math.floor(r() * 4)]!);
    many!.addString(`v${Math.floor(r() * r() * 600)}`);
    ids!.addString(`id-${seed}-${i}`);
    amount!.addNumber(r() < 0.01 ? -0 : Math.round((r() - 0.3) * 1e4) / 100);
    wide!.addNumber(r() < 0.02 ? Infinity : (r() < 0.5 ? -1 : 1) * 10 ** (r() * 40 - 20));
    const m = r();
    if (m < 0.9) mixed!.addNumber(Math.floor(r() * 1000));
    else if (m < 0.95) mixed!.addString(`x${Math.floor(r() * 50)}`);
    else mixed!.addNull();
    const t = Date.UTC(2020, 0, 1) + Math.floor(r() * 900) * 86_400_000 + (r() < 0.5 ? 0 : Math.floor(r() * 86_400_000));
    when!.addTime(t, r() < 0.4 ? DATE : r() < 0.5 ? DATE_TIME : DATE_TIME_NAIVE);
    flag!.addBoolean(r() < 0.3);
    if (r() < 0.01) sparse!.addNumber(Math.floor(r() * 5));
    else sparse!.addNull();
  }
  return p;
}

/** The chunks merged in order, each carried as `carry` does it (as the parallel pass's Merger does). */
function mergeAll(chunks: Profile[], carry: (p: Profile) => Profile): Profile {
  let acc: Profile | null = null;
  for (const c of chunks) {
    const p = carry(c);
    if (acc === null) acc = p;
    else {
      p.sources.length = 0;
      acc.merge(p, 'data.csv');
    }
  }
  return acc!;
}

/** Through a thread boundary: a structured clone, as postMessage makes it. */
const viaWire = (p: Profile): Profile => Profile.fromWire(structuredClone(p.toWire()) as ProfileWire);
const viaJson = (p: Profile): Profile => Profile.fromJSON(structuredClone(p.toJSON()));

describe('Profile wire form', () => {
  it.each([
    [1, 1, 300],
    [2, 4, 2000],
    [3, 7, 5000],
    [4, 3, 40],
  ])('merges random chunks to the JSON path\'s profile bytes (seed %i, %i chunks of %i rows)', (seed, n, rows) => {
    const json = mergeAll(Array.from({ length: n }, (_, k) => chunk(seed * 100 + k, rows)), viaJson);
    const wire = mergeAll(Array.from({ length: n }, (_, k) => chunk(seed * 100 + k, rows)), viaWire);
    const bytes = JSON.stringify(json.toJSON());
    expect(JSON.stringify(wire.toJSON())).toBe(bytes);
    expect(JSON.stringify(wire.columns.map((c) => c.summary()))).toBe(JSON.stringify(json.columns.map((c) => c.summary())));
    // The data covers what it is meant to: inexact and untracked top values, collapsed quantiles, time columns.
    const j = json.toJSON();
    const col = (name: string) => j.columns.find((c) => c.name === name)!;
    if (rows >= 2000) {
      expect(col('ids').top.exact).toBe(false);
      expect(col('amount').topTracked).toBe(false);
      expect(col('wide').quantiles.positive.collapsed).toBe(true);
      expect(col('many').top.exact).toBe(false);
    }
    expect(col('when').time?.count).toBe(n * rows);
    // A merged profile goes on merging the same way: once more, the chunks of another seed.
    const more = chunk(seed + 9999, rows);
    expect(JSON.stringify(wire.merge(viaWire(more)).toJSON())).toBe(JSON.stringify(json.merge(viaJson(chunk(seed + 9999, rows))).toJSON()));
  });

  it('carries the sketches as typed arrays, not JSON', () => {
    const w = chunk(7, 3000).toWire();
    for (const c of w.columns) {
      expect(c.distinct.registers).toBeInstanceOf(Uint8Array);
      expect(c.quantiles.positive.counts).toBeInstanceOf(Float64Array);
      if ('values' in c.top) expect(c.top.counts).toBeInstanceOf(Float64Array);
    }
    // In the same thread (one worker), the profile the wire form rebuilds is the JSON path's too.
    expect(JSON.stringify(Profile.fromWire(chunk(7, 3000).toWire()).toJSON())).toBe(JSON.stringify(viaJson(chunk(7, 3000)).toJSON()));
  });
});

describe('HyperLogLog merge', () => {
  it('equals the register-wise max on random registers at every precision, up to the largest rank', () => {
    const r = rng(11);
    for (let p = 4; p <= 18; p++) {
      const m = 1 << p;
      const top = 65 - p;
      for (let trial = 0; trial < 3; trial++) {
        const pick = () => (r() < 0.3 ? 0 : r() < 0.1 ? top : Math.floor(r() * (top + 1)));
        const a = Uint8Array.from({ length: m }, pick);
        const b = Uint8Array.from({ length: m }, (_, i) => (r() < 0.2 ? a[i]! : pick()));
        const expected = a.map((x, i) => Math.max(x, b[i]!));
        const merged = new HyperLogLog(p, a.slice()).merge(new HyperLogLog(p, b.slice()));
        expect(Buffer.from(merged.registers).equals(Buffer.from(expected))).toBe(true);
        // Registers that do not start on a 4-byte boundary take the plain loop, with the same result.
        const shifted = new Uint8Array(m + 1).subarray(1);
        shifted.set(b);
        expect(Buffer.from(new HyperLogLog(p, a.slice()).merge(new HyperLogLog(p, shifted)).registers).equals(Buffer.from(expected))).toBe(true);
      }
    }
  });
});
