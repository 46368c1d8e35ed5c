// The sketches' fast paths against straightforward reference implementations: the same summary,
// bit for bit, on random streams with many ties (profile bytes depend on it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpaceSaving, type HeavyHitterValue, type SpaceSavingJSON } from '../../../src/data/sketch/spacesaving.js';
import { DDSketch } from '../../../src/data/sketch/ddsketch.js';
import { HyperLogLog, hashNumber64, hashString64, hashValue32 } from '../../../src/data/sketch/hll.js';
import { ColumnProfile } from '../../../src/data/profile.js';

type Item = [HeavyHitterValue, number, number];

/**
 * Space-Saving as the module comment states it, written plainly: a Map from value to counter, and
 * the counter evicted among equal smallest counts chosen by a binary min-heap over counter slots,
 * built by bottom-up heapify at the first eviction, each changed counter sifted down, ties to the
 * left child (the rule the profile bytes depend on).
 */
class ReferenceSpaceSaving {
  values: HeavyHitterValue[] = [];
  counts: number[] = [];
  errors: number[] = [];
  index = new Map<HeavyHitterValue, number>();
  heap: number[] | null = null;
  n = 0;
  exact = true;

  constructor(readonly capacity: number) {}

  bound(): number {
    return this.exact || this.values.length === 0 ? 0 : Math.min(...this.counts);
  }

  add(v: HeavyHitterValue): void {
    this.n++;
    const slot = this.index.get(v);
    if (slot !== undefined) {
      this.counts[slot]++;
      if (this.heap) this.sift(this.heap.indexOf(slot));
      return;
    }
    if (this.values.length < this.capacity) {
      const b = this.bound();
      this.index.set(v, this.values.length);
      this.values.push(v);
      this.counts.push(b + 1);
      this.errors.push(b);
      return;
    }
    if (!this.heap) {
      this.heap = this.values.map((_, i) => i);
      for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.sift(i);
    }
    const victim = this.heap[0]!;
    const min = this.counts[victim]!;
    this.index.delete(this.values[victim]!);
    this.index.set(v, victim);
    this.values[victim] = v;
    this.counts[victim] = min + 1;
    this.errors[victim] = min;
    this.exact = false;
    this.sift(0);
  }

  private sift(i: number): void {
    const h = this.heap!;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let child = l;
      if (l >= h.length) return;
      if (r < h.length && this.counts[h[r]!]! < this.counts[h[l]!]!) child = r;
      if (this.counts[h[child]!]! >= this.counts[h[i]!]!) return;
      [h[i], h[child]] = [h[child]!, h[i]!];
      i = child;
    }
  }

  items(): Item[] {
    return this.values.map((v, i): Item => [v, this.counts[i]!, this.errors[i]!]).sort(compareItems);
  }

  json(): SpaceSavingJSON {
    return { type: 'spacesaving', version: 1, capacity: this.capacity, n: this.n, exact: this.exact, items: this.items() };
  }

  /** Every value of either gets count c_A + c_B and error e_A + e_B (a missing one: the other's bound to both); the k largest stay. */
  merge(o: ReferenceSpaceSaving): void {
    const ba = this.bound();
    const bb = o.bound();
    const mine = new Map(this.items().map(([v, c, e]) => [v, [c, e]] as const));
    const theirs = new Map(o.items().map(([v, c, e]) => [v, [c, e]] as const));
    const all: Item[] = [];
    for (const v of new Set([...mine.keys(), ...theirs.keys()])) {
      const [ca, ea] = mine.get(v) ?? [ba, ba];
      const [cb, eb] = theirs.get(v) ?? [bb, bb];
      all.push([v, ca + cb, ea + eb]);
    }
    all.sort(compareItems);
    const kept = all.slice(0, this.capacity);
    this.exact = this.exact && o.exact && all.length <= this.capacity;
    this.n += o.n;
    this.values = kept.map((i) => i[0]);
    this.counts = kept.map((i) => i[1]);
    this.errors = kept.map((i) => i[2]);
    this.index = new Map(this.values.map((v, i) => [v, i]));
    this.heap = null;
  }
}

function compareItems(a: Item, b: Item): number {
  if (a[1] !== b[1]) return b[1] - a[1];
  if (a[1] - a[2] !== b[1] - b[2]) return b[1] - b[2] - (a[1] - a[2]);
  if (typeof a[0] !== typeof b[0]) return typeof a[0] === 'number' ? -1 : 1;
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** Values from a small alphabet (many ties), strings and numbers alike ("3" and 3 differ). */
const value = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map((i) => `v${i}`),
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom('3', '', 'é', '𝄞', 0.5, -7),
);
const stream = fc.array(value, { maxLength: 400 });
const capacity = fc.constantFrom(1, 2, 3, 5, 8, 16);

describe('Space-Saving equals the reference implementation', () => {
  it('on random streams with many ties, through add and addHashed, with the same estimates', () => {
    fc.assert(
      fc.property(capacity, stream, fc.boolean(), (k, xs, hashed) => {
        const s = new SpaceSaving(k);
        const r = new ReferenceSpaceSaving(k);
        xs.forEach((x, i) => {
          if (hashed && i % 2 === 0) s.addHashed(x, hashValue32(x));
          else s.add(x);
          r.add(x);
        });
        expect(s.toJSON()).toEqual(r.json());
        for (const v of new Set(xs)) {
          const e = s.estimate(v);
          const slot = r.index.get(v);
          expect([e.count, e.error, e.monitored]).toEqual(slot === undefined ? [r.bound(), r.bound(), false] : [r.counts[slot], r.errors[slot], true]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('merged over random splits, and fed again after each merge', () => {
    const splits = fc.array(fc.tuple(stream, stream), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(capacity, capacity, splits, (k, k2, parts) => {
        const s = new SpaceSaving(k);
        const r = new ReferenceSpaceSaving(k);
        for (const [part, after] of parts) {
          // A shard (sometimes of another capacity), merged in, then more values into the merged summary.
          const shard = new SpaceSaving(k2);
          const shardRef = new ReferenceSpaceSaving(k2);
          for (const x of part) {
            shard.add(x);
            shardRef.add(x);
          }
          expect(shard.toJSON()).toEqual(shardRef.json());
          s.merge(SpaceSaving.fromJSON(JSON.parse(JSON.stringify(shard.toJSON()))));
          r.merge(shardRef);
          expect(s.toJSON()).toEqual(r.json());
          for (const x of after) {
            s.add(x);
            r.add(x);
          }
          expect(s.toJSON()).toEqual(r.json());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a text column profile keeps the reference top values and hashes every value into HyperLogLog', () => {
    const many = fc.array(fc.integer({ min: 0, max: 400 }).map((i) => `c${i}`), { maxLength: 3000 });
    fc.assert(
      fc.property(many, (xs) => {
        const c = new ColumnProfile('c');
        const r = new ReferenceSpaceSaving(c.top.capacity);
        const h = new HyperLogLog();
        for (const x of xs) {
          c.addString(x);
          r.add(x);
          h.addString(x);
        }
        expect(c.top.toJSON()).toEqual(r.json());
        expect(c.distinct.toJSON()).toEqual(h.toJSON());
      }),
      { numRuns: 40 },
    );
  });
});

describe('DDSketch keys equal ceil(ln|x| / ln gamma) computed by Math.log', () => {
  const alphas = [0.01, 0.02, 0.05, 0.001, 0.1, 0.3];
  const reference = (alpha: number, x: number): number => Math.ceil(Math.log(Math.abs(x)) * (1 / Math.log1p((2 * alpha) / (1 - alpha))));
  const bits = new Float64Array(1);
  const word = new BigUint64Array(bits.buffer);

  it('for any double', () => {
    fc.assert(
      fc.property(fc.constantFrom(...alphas), fc.double({ noNaN: false }), (alpha, x) => {
        expect(new DDSketch({ alpha }).keyOf(x)).toBe(reference(alpha, x));
      }),
      { numRuns: 20000 },
    );
  });

  it('within 24 ulps of every bucket boundary, and on subnormals and extremes', () => {
    for (const alpha of alphas) {
      const d = new DDSketch({ alpha });
      const mult = 1 / Math.log1p((2 * alpha) / (1 - alpha));
      const wrong: string[] = [];
      const check = (x: number): void => {
        if (!Object.is(d.keyOf(x), reference(alpha, x))) wrong.push(`alpha ${alpha}: ${x}`);
      };
      for (let k = Math.floor(-745 * mult); k <= 710 * mult; k += alpha === 0.01 ? 2 : 9) {
        bits[0] = Math.exp(k / mult);
        if (!(bits[0] > 0 && bits[0] < Infinity)) continue;
        const w = word[0]!;
        for (let o = -24n; o <= 24n; o++) {
          word[0] = w + o;
          check(bits[0]);
          check(-bits[0]);
        }
      }
      for (const x of [Number.MIN_VALUE, 2.225073858507201e-308, 2.2250738585072014e-308, Number.MAX_VALUE, 1, 2, 0.5, 1 - 2 ** -53, 1 + 2 ** -52]) check(x);
      expect(wrong).toEqual([]);
    }
    expect(new DDSketch().keyOf(0)).toBe(-Infinity);
    expect(new DDSketch().keyOf(Infinity)).toBe(Infinity);
    expect(new DDSketch().keyOf(NaN)).toBeNaN();
  });
});

describe('hashValue32', () => {
  it("is lane 1 of HyperLogLog's hash, and addStringHashed adds as addString does", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.double(), (s, x) => {
        expect(hashValue32(s) >>> 0).toBe(hashString64(s)[0]);
        expect(hashValue32(x) >>> 0).toBe(hashNumber64(x)[0]);
        const a = new HyperLogLog(8);
        const b = new HyperLogLog(8);
        a.addString(s);
        expect(b.addStringHashed(s)).toBe(hashValue32(s));
        expect(b.toJSON()).toEqual(a.toJSON());
      }),
    );
  });
});

describe('HyperLogLog read from JSON merges as the sketch it was written from', () => {
  it('sparse or dense, also after values were added to it or merged into it', () => {
    const words = fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 300 });
    fc.assert(
      fc.property(fc.constantFrom(4, 8, 10, 14), words, words, words, (p, xs, ys, zs) => {
        const a = new HyperLogLog(p);
        const b = new HyperLogLog(p);
        for (const x of xs) a.add(x);
        for (const y of ys) b.add(y);
        const read = HyperLogLog.fromJSON(JSON.parse(JSON.stringify(b.toJSON())));
        expect(new HyperLogLog(p).merge(a).merge(read).toJSON()).toEqual(new HyperLogLog(p).merge(a).merge(b).toJSON());
        // Changed after reading: a merge of it must see the change.
        for (const z of zs) read.add(z);
        const bz = new HyperLogLog(p);
        for (const v of [...ys, ...zs]) bz.add(v);
        expect(new HyperLogLog(p).merge(read).toJSON()).toEqual(bz.toJSON());
        // Merged into after reading: the same.
        const read2 = HyperLogLog.fromJSON(JSON.parse(JSON.stringify(b.toJSON())));
        read2.merge(a);
        const ab = new HyperLogLog(p).merge(a).merge(b);
        expect(new HyperLogLog(p).merge(read2).toJSON()).toEqual(ab.toJSON());
      }),
      { numRuns: 200 },
    );
  });
});
