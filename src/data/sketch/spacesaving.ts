/**
 * Heavy hitters by Space-Saving (Metwally, Agrawal and El Abbadi, "Efficient computation of
 * frequent and top-k elements in data streams", 2005) with capacity k (default 256).
 *
 * Up to k distinct values every value has its own exact counter and the summary is exact
 * (`exact` is true and {@link SpaceSaving.exactCounts} returns the full count map). When a new
 * value arrives with all k counters taken, the counter with the smallest count `min` is given to
 * it with count min + 1 and error min, and the summary is no longer exact. Guarantees:
 *
 * - a monitored value's true count lies in [count - error, count];
 * - a value not monitored occurred at most {@link SpaceSaving.unmonitoredBound} times (the smallest
 *   count once inexact, 0 while exact);
 * - on a single stream of n values, every error is <= min <= n / k, so every value with true
 *   count > n / k is monitored.
 *
 * Merging follows the mergeable-summaries scheme (Agarwal et al., "Mergeable summaries", PODS 2012;
 * Cafaro et al.'s parallel Space-Saving): each value of either summary gets count c_A + c_B and
 * error e_A + e_B, where a value a summary does not monitor contributes that summary's unmonitored
 * bound to both; then the k largest counts are kept. All the guarantees above except the last
 * carry over (the errors then add: each is at most bound_A + bound_B <= n / k). Merging two exact
 * summaries whose union has at most k values is exact.
 *
 * Speed: the common case, a value already monitored, is one Map lookup and one typed-array
 * increment. The min-heap over counters (needed to find the smallest) and a hash table of the
 * monitored values replacing the Map are only built on the first eviction, so low-cardinality
 * columns never pay for them; with them, an eviction is a probe, a delete and an insert in typed
 * arrays and one sift of the heap. Which counter is evicted among equal smallest counts is the
 * heap's root, a rule of this implementation that the profile bytes depend on: keep it.
 *
 * Values are strings or finite numbers (the JSON form keeps the type: "1" and 1 are different).
 */
import { ConfigurationError, DataError } from '../../errors.js';
import { hashValue32 } from './hll.js';

export const DEFAULT_SPACESAVING_CAPACITY = 256;

export type HeavyHitterValue = string | number;

export interface HeavyHitter<T extends HeavyHitterValue = HeavyHitterValue> {
  value: T;
  /** Estimated count, an upper bound of the true count. */
  count: number;
  /** Overestimation bound: the true count is at least count - error. */
  error: number;
}

export interface SpaceSavingJSON<T extends HeavyHitterValue = HeavyHitterValue> {
  type: 'spacesaving';
  version: 1;
  capacity: number;
  /** Number of values added (over all merged summaries). */
  n: number;
  exact: boolean;
  /** [value, count, error] by decreasing count. */
  items: Array<[T, number, number]>;
}

/**
 * The in-memory form a worker thread sends (not a file format): the JSON form's items as three
 * arrays, in the same order; fromWire gives the summary fromJSON gives for the same summary.
 */
export interface SpaceSavingWire<T extends HeavyHitterValue = HeavyHitterValue> {
  capacity: number;
  n: number;
  exact: boolean;
  values: T[];
  counts: Float64Array;
  errors: Float64Array;
}

export class SpaceSaving<T extends HeavyHitterValue = HeavyHitterValue> {
  readonly capacity: number;
  /** Value -> slot, while no value was evicted (null after: `table` indexes the slots). */
  private index: Map<T, number> | null = new Map<T, number>();
  private readonly values: T[];
  private readonly counts: Float64Array;
  private readonly errors: Float64Array;
  /** Min-heap of slots by count (valid only when heapValid). */
  private readonly heap: Int32Array;
  /** Position of each slot in the heap. */
  private readonly pos: Int32Array;
  /**
   * Once values are evicted: an open-addressing hash table (linear probing) of slot + 1 (0: empty),
   * keyed by {@link hashValue32} of the slot's value, kept in `hashes`. An eviction then costs a
   * probe and a backward-shift delete instead of a Map delete and insert, and ColumnProfile hands
   * in the hash HyperLogLog computed anyway.
   */
  private table: Int32Array | null = null;
  private hashes: Int32Array | null = null;
  private size = 0;
  private heapValid = false;
  private total = 0;
  private isExact = true;

  constructor(capacity: number = DEFAULT_SPACESAVING_CAPACITY) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new ConfigurationError(`Space-Saving capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
    // Filled, so the array holds any value from the start: holes would make it an array of small
    // integers that becomes one of doubles, then of anything, as values come (each a new hidden
    // class for the code that reads it, which deoptimizes).
    this.values = new Array<T>(capacity).fill(undefined as unknown as T);
    this.counts = new Float64Array(capacity);
    this.errors = new Float64Array(capacity);
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity);
  }

  add(v: T): void {
    const index = this.index;
    if (index === null) {
      this.addHashed(v, hashValue32(v));
      return;
    }
    const slot = index.get(v);
    // While the Map indexes the slots the heap is not built yet (see addNew).
    if (slot !== undefined) this.counts[slot]++;
    else this.addNew(v);
    this.total++;
  }

  /**
   * `times` calls of {@link add}(v) at once, for a value already monitored while no value was ever
   * evicted (then each add is one more count; a reader that counts repeats of a value adds them
   * here). Otherwise, one add after another.
   */
  addMany(v: T, times: number): void {
    const slot = this.isExact && this.index !== null ? this.index.get(v) : undefined;
    if (slot === undefined) {
      for (let i = 0; i < times; i++) this.add(v);
      return;
    }
    this.counts[slot] += times;
    this.total += times;
  }

  /**
   * {@link add} with `h` = {@link hashValue32}(v) already computed (ColumnProfile has it from
   * HyperLogLog). Any other `h` corrupts the summary.
   */
  addHashed(v: T, h: number): void {
    if (this.table === null) {
      this.add(v);
      return;
    }
    const slot = this.find(v, h);
    if (slot >= 0) {
      this.counts[slot]++;
      this.siftDown(this.pos[slot]!);
    } else this.evict(v, h);
    this.total++;
  }

  private addNew(v: T): void {
    if (this.size < this.capacity) {
      // A free counter. Normally the summary is still exact here; after merging summaries of
      // different capacities it may not be, and then the value may have been seen up to
      // unmonitoredBound times before.
      const bound = this.isExact ? 0 : this.unmonitoredBound;
      const slot = this.size++;
      this.values[slot] = v;
      this.counts[slot] = bound + 1;
      this.errors[slot] = bound;
      this.index!.set(v, slot);
      return;
    }
    // The first eviction: build the heap and the hash table (every counter is taken from now on).
    this.heapify();
    const hashes = new Int32Array(this.capacity);
    this.table = new Int32Array(tableSize(this.capacity));
    this.hashes = hashes;
    for (let slot = 0; slot < this.size; slot++) {
      const h = hashValue32(this.values[slot]!);
      hashes[slot] = h;
      this.insert(slot, h);
    }
    this.index = null;
    this.evict(v, hashValue32(v));
  }

  /** Gives the counter with the smallest count (the heap's root) to `v`, which is not monitored. */
  private evict(v: T, h: number): void {
    const slot = this.heap[0]!;
    const min = this.counts[slot]!;
    this.remove(slot);
    this.values[slot] = v;
    this.hashes![slot] = h;
    this.insert(slot, h);
    this.counts[slot] = min + 1;
    this.errors[slot] = min;
    this.isExact = false;
    this.siftDown(0);
  }

  /** The slot of `v` (hash h) in the table, or -1. Values compare as Map keys do (SameValueZero). */
  private find(v: T, h: number): number {
    const table = this.table!;
    const hashes = this.hashes!;
    const values = this.values;
    const mask = table.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = table[i]!;
      if (e === 0) return -1;
      const slot = e - 1;
      if (hashes[slot] === h) {
        const w = values[slot]!;
        if (w === v || (w !== w && v !== v)) return slot;
      }
    }
  }

  private insert(slot: number, h: number): void {
    const table = this.table!;
    const mask = table.length - 1;
    let i = h & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = slot + 1;
  }

  /** Deletes `slot` from the table, shifting later entries of its probe run back (no tombstones). */
  private remove(slot: number): void {
    const table = this.table!;
    const hashes = this.hashes!;
    const mask = table.length - 1;
    let i = hashes[slot]! & mask;
    while (table[i] !== slot + 1) i = (i + 1) & mask;
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const e = table[j]!;
      if (e === 0) break;
      const home = hashes[e - 1]! & mask;
      // The entry at j may move to the hole at i unless its home lies cyclically in (i, j].
      if (i <= j ? home <= i || home > j : home <= i && home > j) {
        table[i] = e;
        i = j;
      }
    }
    table[i] = 0;
  }

  /** The slot of `v`, or undefined. */
  private slotOf(v: T): number | undefined {
    if (this.index !== null) return this.index.get(v);
    const slot = this.find(v, hashValue32(v));
    return slot >= 0 ? slot : undefined;
  }

  private heapify(): void {
    const n = this.size;
    for (let i = 0; i < n; i++) {
      this.heap[i] = i;
      this.pos[i] = i;
    }
    for (let i = (n >> 1) - 1; i >= 0; i--) this.siftDown(i);
    this.heapValid = true;
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    const counts = this.counts;
    const pos = this.pos;
    const n = this.size;
    const slot = heap[i]!;
    const c = counts[slot]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let child = l;
      let cc = counts[heap[l]!]!;
      const r = l + 1;
      if (r < n) {
        const rc = counts[heap[r]!]!;
        if (rc < cc) {
          child = r;
          cc = rc;
        }
      }
      if (cc >= c) break;
      const s = heap[child]!;
      heap[i] = s;
      pos[s] = i;
      i = child;
    }
    heap[i] = slot;
    pos[slot] = i;
  }

  /** Number of values added. */
  get n(): number {
    return this.total;
  }

  /** Number of values currently monitored (at most capacity). */
  get distinctTracked(): number {
    return this.size;
  }

  /** True while every value seen has an exact counter (no eviction has happened, here or in a merged summary). */
  get exact(): boolean {
    return this.isExact;
  }

  /** Upper bound of the true count of any value not monitored: 0 while exact, else the smallest count. */
  get unmonitoredBound(): number {
    if (this.isExact || this.size === 0) return 0;
    let min = Infinity;
    if (this.heapValid) return this.counts[this.heap[0]!]!;
    for (let i = 0; i < this.size; i++) if (this.counts[i]! < min) min = this.counts[i]!;
    return min;
  }

  /** Count estimate and error for one value (for a value not monitored: count = error = unmonitoredBound). */
  estimate(v: T): { count: number; error: number; monitored: boolean } {
    const slot = this.slotOf(v);
    if (slot === undefined) {
      const b = this.unmonitoredBound;
      return { count: b, error: b, monitored: false };
    }
    return { count: this.counts[slot]!, error: this.errors[slot]!, monitored: true };
  }

  /** The monitored values by decreasing count (ties: larger guaranteed count first, then value), at most `limit`. */
  top(limit: number = this.capacity): HeavyHitter<T>[] {
    const out: HeavyHitter<T>[] = [];
    for (let i = 0; i < this.size; i++) out.push({ value: this.values[i]!, count: this.counts[i]!, error: this.errors[i]! });
    out.sort(compareHitters);
    return limit < out.length ? out.slice(0, Math.max(0, limit)) : out;
  }

  /** Every value with its exact count when the summary is exact, else null. */
  exactCounts(): Map<T, number> | null {
    if (!this.isExact) return null;
    const m = new Map<T, number>();
    for (const h of this.top()) m.set(h.value, h.count);
    return m;
  }

  /** Folds `other` into this (mergeable-summaries rule, see the module comment). Returns this. */
  merge(other: SpaceSaving<T>): this {
    const boundA = this.unmonitoredBound;
    const boundB = other.unmonitoredBound;
    const combined = new Map<T, HeavyHitter<T>>();
    for (let i = 0; i < this.size; i++) {
      combined.set(this.values[i]!, { value: this.values[i]!, count: this.counts[i]! + boundB, error: this.errors[i]! + boundB });
    }
    for (let i = 0; i < other.size; i++) {
      const v = other.values[i]!;
      const c = other.counts[i]!;
      const e = other.errors[i]!;
      const h = combined.get(v);
      if (h) {
        h.count += c - boundB;
        h.error += e - boundB;
      } else combined.set(v, { value: v, count: c + boundA, error: e + boundA });
    }
    const items = [...combined.values()].sort(compareHitters);
    const exact = this.isExact && other.isExact && items.length <= this.capacity;
    this.load(items.slice(0, this.capacity), this.total + other.total, exact);
    return this;
  }

  clone(): SpaceSaving<T> {
    const s = new SpaceSaving<T>(this.capacity);
    s.load(this.top(), this.total, this.isExact);
    return s;
  }

  private load(items: HeavyHitter<T>[], n: number, exact: boolean): void {
    const index = new Map<T, number>();
    this.index = index;
    this.table = null;
    this.hashes = null;
    this.size = 0;
    this.heapValid = false;
    for (const h of items) {
      const slot = this.size++;
      this.values[slot] = h.value;
      this.counts[slot] = h.count;
      this.errors[slot] = h.error;
      index.set(h.value, slot);
    }
    for (let i = this.size; i < this.capacity; i++) this.values[i] = undefined as unknown as T;
    this.total = n;
    this.isExact = exact;
  }

  toJSON(): SpaceSavingJSON<T> {
    return {
      type: 'spacesaving',
      version: 1,
      capacity: this.capacity,
      n: this.total,
      exact: this.isExact,
      items: this.top().map((h) => [h.value, h.count, h.error]),
    };
  }

  /** The wire form (see {@link SpaceSavingWire}); the summary stays usable. */
  toWire(): SpaceSavingWire<T> {
    const top = this.top();
    const counts = new Float64Array(top.length);
    const errors = new Float64Array(top.length);
    const values = top.map((h, i) => {
      counts[i] = h.count;
      errors[i] = h.error;
      return h.value;
    });
    return { capacity: this.capacity, n: this.total, exact: this.isExact, values, counts, errors };
  }

  /** The summary {@link fromJSON} gives for the JSON of the summary {@link toWire} was called on. */
  static fromWire<T extends HeavyHitterValue = HeavyHitterValue>(w: SpaceSavingWire<T>): SpaceSaving<T> {
    const s = new SpaceSaving<T>(w.capacity);
    s.load(
      w.values.map((value, i) => ({ value, count: w.counts[i]!, error: w.errors[i]! })),
      w.n,
      w.exact,
    );
    return s;
  }

  /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
  static fromJSON<T extends HeavyHitterValue = HeavyHitterValue>(json: unknown): SpaceSaving<T> {
    const j = json as SpaceSavingJSON<T> | null;
    if (!j || typeof j !== 'object' || j.type !== 'spacesaving' || j.version !== 1) {
      throw new DataError('spacesaving: not a {type: "spacesaving", version: 1} object');
    }
    if (!Number.isSafeInteger(j.capacity) || j.capacity < 1) throw new DataError('spacesaving: capacity must be a positive integer');
    if (typeof j.n !== 'number' || !(j.n >= 0)) throw new DataError('spacesaving: n must be a non-negative number');
    if (typeof j.exact !== 'boolean') throw new DataError('spacesaving: exact must be a boolean');
    if (!Array.isArray(j.items) || j.items.length > j.capacity) throw new DataError('spacesaving: items must be an array of at most capacity entries');
    const seen = new Set<T>();
    const items: HeavyHitter<T>[] = j.items.map((it) => {
      if (!Array.isArray(it) || it.length !== 3) throw new DataError('spacesaving: each item must be [value, count, error]');
      const [value, count, error] = it;
      if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
        throw new DataError('spacesaving: item values must be strings or finite numbers');
      }
      if (typeof count !== 'number' || typeof error !== 'number' || !(count > 0) || !(error >= 0) || error > count) {
        throw new DataError('spacesaving: item counts must satisfy count > 0 and 0 <= error <= count');
      }
      if (seen.has(value)) throw new DataError(`spacesaving: value ${JSON.stringify(value)} listed twice`);
      seen.add(value);
      return { value, count, error };
    });
    const s = new SpaceSaving<T>(j.capacity);
    s.load(items, j.n, j.exact);
    return s;
  }
}

/** A power of two of at least 4 entries per counter (linear probing stays short). */
function tableSize(capacity: number): number {
  let n = 8;
  while (n < 4 * capacity) n *= 2;
  return n;
}

function compareHitters<T extends HeavyHitterValue>(a: HeavyHitter<T>, b: HeavyHitter<T>): number {
  if (a.count !== b.count) return b.count - a.count;
  const ga = a.count - a.error;
  const gb = b.count - b.error;
  if (ga !== gb) return gb - ga;
  if (typeof a.value !== typeof b.value) return typeof a.value === 'number' ? -1 : 1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}
