/**
 * DDSketch (Masson, Rim and Lee, "DDSketch: a fast and fully-mergeable quantile sketch with
 * relative-error guarantees", VLDB 2019): a quantile sketch whose answers are within a relative
 * error `alpha` of the exact quantile, in constant memory, exactly mergeable.
 *
 * Mapping. With gamma = (1 + alpha) / (1 - alpha), a positive value x goes to the bucket with index
 * (key) k = ceil(log_gamma(x)), which holds the values in (gamma^(k-1), gamma^k]. The bucket's
 * representative 2 gamma^k / (gamma + 1) = (1 - alpha) gamma^k is within relative error alpha of
 * every value in the bucket. A negative value x goes to the key of |x| in a separate negative
 * store; exact zeros are counted on their own. The index mapping is the exact logarithm
 * (`Math.log` times a precomputed 1/ln(gamma)); it is monotone, so buckets are ordered intervals.
 * Most keys are found without calling `Math.log` (see TABLE_BITS), always the same key.
 *
 * Bounded memory. Each store is a dense Float64Array of counts over a contiguous key range, grown
 * on demand and never wider than `maxBuckets` (default 2048). When a value would widen a store's
 * key range beyond that, the lowest keys are collapsed into the lowest kept bucket, as in the paper
 * ("collapsing lowest"). Lowest keys are the smallest magnitudes, so in the negative store that is
 * the values closest to zero. With alpha = 0.01, 2048 buckets span a factor of ~6e17 in magnitude,
 * so collapsing only happens on data spanning more than ~17 orders of magnitude per sign. After a
 * collapse, the store holds the histogram of max(key, maxKey - maxBuckets + 1); that depends only
 * on the multiset of keys, not on their order, so merging stays exact even with collapsing:
 * `merge(sketch(A), sketch(B))` equals `sketch(A ++ B)` bucket for bucket (given equal alpha and
 * maxBuckets). Quantiles that land in a collapsed bucket lose the alpha guarantee; `collapsed`
 * says whether that can happen.
 *
 * Quantiles. `quantile(q)` estimates the element of 0-based rank floor(q (n - 1)) in sorted order
 * (the "lower" quantile), and is within relative error alpha of it: |est - x| <= alpha |x| (up to
 * floating-point rounding of the logarithm at bucket boundaries) unless it falls in a collapsed
 * bucket. Ranks 0 and n - 1 answer the exact min and max, and other estimates are clamped to
 * [min, max], which only brings them closer.
 *
 * Values must be finite: `add` throws RangeError on NaN and ±Infinity (the profile counts those).
 */
import { ConfigurationError, DataError } from '../../errors.js';
import { DOUBLE_ZERO } from '../../lib/double-zero.js';

export const DEFAULT_ALPHA = 0.01;
export const DEFAULT_MAX_BUCKETS = 2048;

export interface DDSketchOptions {
  /** Relative accuracy, in (0, 1). Default 0.01. */
  alpha?: number;
  /** Maximum number of buckets per store (positive and negative each). Default 2048. */
  maxBuckets?: number;
}

/** One non-empty bucket, as listed by {@link DDSketch.buckets} in increasing value order. */
export interface SketchBucket {
  /** Which store: -1 negative values, 0 the exact-zero count, 1 positive values. */
  sign: -1 | 0 | 1;
  /** The bucket index within its store (0 for the zero bucket). Equal alpha means equal keys map equal ranges. */
  key: number;
  /** Every value counted in this bucket lies in [lower, upper] (bounds clamped to the sketch's exact min and max). */
  lower: number;
  upper: number;
  /** The representative value (within relative error alpha of every value in the bucket unless `collapsed`). */
  value: number;
  count: number;
  /** True for the bucket lower buckets were collapsed into: its range then reaches down to 0 in magnitude. */
  collapsed: boolean;
}

/** A store in JSON: counts[i] is the count of key offset + i; trimmed to the first and last non-zero count. */
export interface DDStoreJSON {
  offset: number;
  counts: number[];
  collapsed: boolean;
}

/** A store in the wire form: as DDStoreJSON, the counts a Float64Array of their own. */
export interface DDStoreWire {
  offset: number;
  counts: Float64Array<ArrayBuffer>;
  collapsed: boolean;
}

/**
 * The in-memory form a worker thread sends (not a file format): the JSON form's fields, the
 * stores' counts as typed arrays; fromWire gives the sketch fromJSON gives for the same sketch.
 */
export interface DDSketchWire {
  alpha: number;
  maxBuckets: number;
  zeroCount: number;
  /** Exact min and max (meaningless when empty). */
  min: number;
  max: number;
  positive: DDStoreWire;
  negative: DDStoreWire;
}

export interface DDSketchJSON {
  type: 'ddsketch';
  version: 1;
  alpha: number;
  maxBuckets: number;
  count: number;
  zeroCount: number;
  /** Exact min and max of the values added (null when empty). */
  min: number | null;
  max: number | null;
  positive: DDStoreJSON;
  negative: DDStoreJSON;
}

/**
 * The key ceil(ln(x) / ln(gamma)) of most positive x without a call to `Math.log`, always equal to
 * `Math.ceil(Math.log(x) * multiplier)`. With x = 2^e m (m in [1, 2)), ln(x) * multiplier =
 * e ln(2) multiplier + ln(m) multiplier, and the top TABLE_BITS bits of m's fraction bound ln(m)
 * between two tabulated values: the true value lies in [a, b] with b - a < 1/40 of a key at
 * alpha = 0.01. When [a - SLACK, b + SLACK] holds no integer, every number in it has the same
 * ceiling, and so has the computed one: the errors of `Math.log` (under one ulp), of the products
 * and of the table (each below 1e-10 here, |ln x| < 745) are far inside SLACK. Otherwise (about 2%
 * of values at alpha = 0.01; subnormals, Infinity, NaN) the key is computed as it always was.
 */
const TABLE_BITS = 11;
const SLACK = 1e-7;
const keyF64 = new Float64Array(1);
const keyU32 = new Uint32Array(keyF64.buffer);
const KEY_HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** bounds[i] = ln(1 + i / 2^TABLE_BITS) * multiplier, i = 0 .. 2^TABLE_BITS, by multiplier (null: a table interval would span most of a key, no gain). */
const keyTables = new Map<number, Float64Array | null>();

function keyTable(multiplier: number): Float64Array | null {
  let t = keyTables.get(multiplier);
  if (t === undefined) {
    const n = 1 << TABLE_BITS;
    t = multiplier / n < 0.25 ? new Float64Array(n + 1) : null;
    if (t) for (let i = 0; i <= n; i++) t[i] = Math.log1p(i / n) * multiplier;
    keyTables.set(multiplier, t);
  }
  return t;
}

/**
 * A dense store of counts by key over the key range [minKey, maxKey] (empty when minKey > maxKey),
 * held in `counts` at index key - offset, with slack on both sides so most range growth needs no
 * reallocation. The range is never wider than maxBuckets; see the module comment for collapsing.
 */
class Store {
  counts = new Float64Array(0);
  offset = 0;
  minKey = 1;
  maxKey = 0;
  /** A double from the start (see DOUBLE_ZERO): merges add counts read from Float64Arrays. */
  total = DOUBLE_ZERO;
  collapsed = false;

  constructor(readonly maxBuckets: number) {}

  add(key: number): void {
    if (key >= this.minKey && key <= this.maxKey) {
      this.counts[key - this.offset]++;
      this.total++;
    } else this.addSlow(key, 1);
  }

  addCount(key: number, c: number): void {
    if (key >= this.minKey && key <= this.maxKey) {
      this.counts[key - this.offset] += c;
      this.total += c;
    } else this.addSlow(key, c);
  }

  /** A key outside [minKey, maxKey]: widen the range, collapsing the lowest keys if it would exceed maxBuckets. */
  private addSlow(key: number, c: number): void {
    if (!Number.isSafeInteger(key)) throw new RangeError(`DDSketch.add: value must be finite (bucket index ${key})`);
    // The key of a value just below 1 is -0 (Math.ceil of a small negative number), which V8 holds
    // only as a double: kept in the key range, it turned those fields of every store's hidden class
    // from small integers into doubles, and the sketches' optimized code deoptimized. 0 is the same key.
    if (key === 0) key = 0;
    const maxB = this.maxBuckets;
    if (this.minKey > this.maxKey) {
      this.ensure(key, key);
      this.minKey = this.maxKey = key;
    } else if (key < this.minKey) {
      const floor = this.maxKey - maxB + 1;
      if (key < floor) {
        key = floor;
        this.collapsed = true;
      }
      this.ensure(key, this.maxKey);
      this.minKey = key;
    } else {
      const floor = key - maxB + 1;
      if (floor > this.minKey) {
        // Collapse keys [minKey, floor - 1] into floor.
        const counts = this.counts;
        const off = this.offset;
        const top = Math.min(floor - 1, this.maxKey);
        let moved = 0;
        for (let k = this.minKey; k <= top; k++) {
          moved += counts[k - off]!;
          counts[k - off] = 0;
        }
        this.minKey = floor;
        this.ensure(floor, key);
        this.counts[floor - this.offset] += moved;
        this.collapsed = true;
      } else {
        this.ensure(this.minKey, key);
      }
      this.maxKey = key;
    }
    this.counts[key - this.offset] += c;
    this.total += c;
  }

  /** Makes the array cover keys [lo, hi], keeping the counts of [minKey, maxKey] ∩ [lo, hi]. */
  private ensure(lo: number, hi: number): void {
    const len = this.counts.length;
    if (lo >= this.offset && hi < this.offset + len) return;
    const span = hi - lo + 1;
    const newLen = Math.min(this.maxBuckets, Math.max(span + 32, len * 2));
    const newOffset = lo - ((newLen - span) >> 1);
    const next = new Float64Array(newLen);
    const a = Math.max(this.minKey, lo);
    const b = Math.min(this.maxKey, hi);
    if (a <= b) next.set(this.counts.subarray(a - this.offset, b - this.offset + 1), a - newOffset);
    this.counts = next;
    this.offset = newOffset;
  }

  /** Adds every count of `o` (ascending keys; the result does not depend on the order). */
  mergeFrom(o: Store): void {
    const oc = o.counts;
    const oo = o.offset;
    for (let k = o.minKey; k <= o.maxKey; k++) {
      const c = oc[k - oo]!;
      if (c > 0) this.addCount(k, c);
    }
    if (o.collapsed) this.collapsed = true;
  }

  /** The key holding the element of 0-based rank `rank` in increasing key order (rank < total). */
  keyAtRank(rank: number): number {
    const counts = this.counts;
    const off = this.offset;
    let cum = 0;
    for (let k = this.minKey; k <= this.maxKey; k++) {
      cum += counts[k - off]!;
      if (cum > rank) return k;
    }
    return this.maxKey;
  }

  nonEmptyBuckets(): number {
    let n = 0;
    for (let k = this.minKey; k <= this.maxKey; k++) if (this.counts[k - this.offset]! > 0) n++;
    return n;
  }

  /** The counts from the first to the last non-zero one (empty when there is none), and the key of the first. */
  private trimmed(): { offset: number; counts: Float64Array } {
    let lo = this.minKey;
    let hi = this.maxKey;
    while (lo <= hi && this.counts[lo - this.offset] === 0) lo++;
    while (hi >= lo && this.counts[hi - this.offset] === 0) hi--;
    if (lo > hi) return { offset: 0, counts: new Float64Array(0) };
    return { offset: lo, counts: this.counts.subarray(lo - this.offset, hi - this.offset + 1) };
  }

  toJSON(): DDStoreJSON {
    const t = this.trimmed();
    return { offset: t.offset, counts: Array.from(t.counts), collapsed: this.collapsed };
  }

  /** The trimmed counts, copied (the store stays usable). */
  toWire(): DDStoreWire {
    const t = this.trimmed();
    return { offset: t.offset, counts: t.counts.slice(), collapsed: this.collapsed };
  }

  /** As {@link load} of the same store's JSON, without the checks (the counts become this store's own). */
  loadWire(w: DDStoreWire): void {
    const counts = w.counts;
    this.collapsed = w.collapsed;
    let total = 0;
    for (let i = 0; i < counts.length; i++) total += counts[i]!;
    if (total === 0) return;
    this.counts = counts;
    this.offset = w.offset;
    this.minKey = w.offset;
    this.maxKey = w.offset + counts.length - 1;
    this.total = total;
  }

  load(j: DDStoreJSON, name: string): void {
    const bad = (why: string): never => {
      throw new DataError(`ddsketch: ${name} store ${why}`);
    };
    if (!j || typeof j !== 'object') bad('is missing');
    if (!Number.isSafeInteger(j.offset)) bad('offset must be an integer');
    if (!Array.isArray(j.counts)) bad('counts must be an array');
    if (typeof j.collapsed !== 'boolean') bad('collapsed must be a boolean');
    if (j.counts.length > this.maxBuckets) bad(`spans ${j.counts.length} buckets, more than maxBuckets ${this.maxBuckets}`);
    let total = 0;
    for (const c of j.counts) {
      if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) bad('counts must be non-negative numbers');
      total += c;
    }
    this.collapsed = j.collapsed;
    if (total === 0) return;
    let lo = 0;
    let hi = j.counts.length - 1;
    while (j.counts[lo] === 0) lo++;
    while (j.counts[hi] === 0) hi--;
    this.counts = Float64Array.from(j.counts.slice(lo, hi + 1));
    this.offset = j.offset + lo;
    this.minKey = this.offset;
    this.maxKey = j.offset + hi;
    this.total = total;
  }
}

export class DDSketch {
  /** Relative accuracy. */
  readonly alpha: number;
  readonly maxBuckets: number;
  /** (1 + alpha) / (1 - alpha): the ratio of a bucket's upper to lower bound. */
  readonly gamma: number;
  private readonly lnGamma: number;
  private readonly multiplier: number;
  /** See keyTable; with ln2m = ln(2) * multiplier, one binary order of magnitude in keys. */
  private readonly bounds: Float64Array | null;
  private readonly ln2m: number;
  private readonly pos: Store;
  private readonly neg: Store;
  private zeros = 0;
  private n = DOUBLE_ZERO; // fromWire sums stores' totals (doubles) into it
  private lo = Infinity;
  private hi = -Infinity;

  constructor(options: DDSketchOptions = {}) {
    const alpha = options.alpha ?? DEFAULT_ALPHA;
    const maxBuckets = options.maxBuckets ?? DEFAULT_MAX_BUCKETS;
    if (!(alpha > 0 && alpha < 1)) throw new ConfigurationError(`DDSketch alpha must be in (0, 1), got ${alpha}`);
    if (!Number.isSafeInteger(maxBuckets) || maxBuckets < 1) {
      throw new ConfigurationError(`DDSketch maxBuckets must be a positive integer, got ${maxBuckets}`);
    }
    this.alpha = alpha;
    this.maxBuckets = maxBuckets;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.lnGamma = Math.log1p((2 * alpha) / (1 - alpha));
    this.multiplier = 1 / this.lnGamma;
    this.bounds = keyTable(this.multiplier);
    this.ln2m = Math.LN2 * this.multiplier;
    this.pos = new Store(maxBuckets);
    this.neg = new Store(maxBuckets);
  }

  /** Adds one finite value. Throws RangeError on NaN or ±Infinity. */
  add(x: number): void {
    if (x > 0) this.pos.add(this.key(x));
    else if (x < 0) this.neg.add(this.key(-x));
    else if (x === 0) this.zeros++;
    else throw new RangeError(`DDSketch.add: value must be finite, got ${x}`);
    this.n++;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
  }

  addAll(xs: ArrayLike<number>): this {
    for (let i = 0; i < xs.length; i++) this.add(xs[i]!);
    return this;
  }

  /** The bucket index of |x| (x non-zero): the same for every sketch with the same alpha. */
  keyOf(x: number): number {
    return this.key(Math.abs(x));
  }

  /** Math.ceil(Math.log(ax) * multiplier), exactly (see TABLE_BITS), for ax > 0 (and for any other ax, through Math.log). */
  private key(ax: number): number {
    const bounds = this.bounds;
    keyF64[0] = ax;
    const hi = keyU32[KEY_HI]!;
    const e = hi >>> 20; // the biased exponent (ax > 0: no sign bit); 0: subnormal, 2047: Infinity or NaN
    if (e !== 0 && e !== 2047 && bounds !== null) {
      const i = (hi >>> (20 - TABLE_BITS)) & ((1 << TABLE_BITS) - 1);
      const base = (e - 1023) * this.ln2m;
      const k = Math.ceil(base + bounds[i + 1]! + SLACK);
      if (Math.ceil(base + bounds[i]! - SLACK) === k) return k;
    }
    return Math.ceil(Math.log(ax) * this.multiplier);
  }

  get count(): number {
    return this.n;
  }

  get zeroCount(): number {
    return this.zeros;
  }

  get positiveCount(): number {
    return this.pos.total;
  }

  get negativeCount(): number {
    return this.neg.total;
  }

  /** Exact minimum (NaN when empty). */
  get min(): number {
    return this.n > 0 ? this.lo : NaN;
  }

  /** Exact maximum (NaN when empty). */
  get max(): number {
    return this.n > 0 ? this.hi : NaN;
  }

  /** True once either store collapsed buckets (quantiles in the lowest-magnitude bucket lose the alpha guarantee). */
  get collapsed(): boolean {
    return this.pos.collapsed || this.neg.collapsed;
  }

  /** Number of non-empty buckets (zero bucket included). */
  get bucketCount(): number {
    return this.pos.nonEmptyBuckets() + this.neg.nonEmptyBuckets() + (this.zeros > 0 ? 1 : 0);
  }

  /** The representative value of positive key k: (1 - alpha) gamma^k = 2 gamma^k / (gamma + 1). */
  private rep(k: number): number {
    return Math.exp(k * this.lnGamma) * (1 - this.alpha);
  }

  /**
   * Estimate of the element of 0-based rank floor(q (count - 1)) (NaN when empty), within relative
   * error alpha of it unless it falls in a collapsed bucket.
   */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`DDSketch.quantile: q must be in [0, 1], got ${q}`);
    const n = this.n;
    if (n === 0) return NaN;
    const rank = Math.floor(q * (n - 1));
    if (rank === 0) return this.lo;
    if (rank === n - 1) return this.hi;
    const nn = this.neg.total;
    let v: number;
    if (rank < nn) v = -this.rep(this.neg.keyAtRank(nn - 1 - rank));
    else if (rank < nn + this.zeros) v = 0;
    else v = this.rep(this.pos.keyAtRank(rank - nn - this.zeros));
    return v < this.lo ? this.lo : v > this.hi ? this.hi : v;
  }

  quantiles(qs: readonly number[]): number[] {
    return qs.map((q) => this.quantile(q));
  }

  /** The non-empty buckets in increasing value order: negatives, zeros, positives. */
  buckets(): SketchBucket[] {
    const out: SketchBucket[] = [];
    const lnG = this.lnGamma;
    const lo = this.lo;
    const hi = this.hi;
    const clampBucket = (sign: -1 | 1, key: number, lower: number, upper: number, value: number, count: number, collapsed: boolean): void => {
      if (lower < lo) lower = lo;
      if (upper > hi) upper = hi;
      if (value < lower) value = lower;
      if (value > upper) value = upper;
      out.push({ sign, key, lower, upper, value, count, collapsed });
    };
    const neg = this.neg;
    for (let k = neg.maxKey; k >= neg.minKey; k--) {
      const c = neg.counts[k - neg.offset]!;
      if (c === 0) continue;
      const collapsed = neg.collapsed && k === neg.minKey;
      const upperAbs = Math.exp(k * lnG);
      const lowerAbs = collapsed ? 0 : Math.exp((k - 1) * lnG);
      clampBucket(-1, k, -upperAbs, lowerAbs === 0 ? 0 : -lowerAbs, -this.rep(k), c, collapsed);
    }
    if (this.zeros > 0) out.push({ sign: 0, key: 0, lower: 0, upper: 0, value: 0, count: this.zeros, collapsed: false });
    const pos = this.pos;
    for (let k = pos.minKey; k <= pos.maxKey; k++) {
      const c = pos.counts[k - pos.offset]!;
      if (c === 0) continue;
      const collapsed = pos.collapsed && k === pos.minKey;
      clampBucket(1, k, collapsed ? 0 : Math.exp((k - 1) * lnG), Math.exp(k * lnG), this.rep(k), c, collapsed);
    }
    return out;
  }

  /** Folds `other` into this; requires the same alpha. Exact (see the module comment). Returns this. */
  merge(other: DDSketch): this {
    if (other.alpha !== this.alpha) {
      throw new ConfigurationError(`cannot merge DDSketches with different alpha (${this.alpha} and ${other.alpha})`);
    }
    if (other.n === 0) return this;
    this.pos.mergeFrom(other.pos);
    this.neg.mergeFrom(other.neg);
    this.zeros += other.zeros;
    this.n += other.n;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    return this;
  }

  clone(): DDSketch {
    return new DDSketch({ alpha: this.alpha, maxBuckets: this.maxBuckets }).merge(this);
  }

  toJSON(): DDSketchJSON {
    const empty = this.n === 0;
    return {
      type: 'ddsketch',
      version: 1,
      alpha: this.alpha,
      maxBuckets: this.maxBuckets,
      count: this.n,
      zeroCount: this.zeros,
      min: empty ? null : this.lo,
      max: empty ? null : this.hi,
      positive: this.pos.toJSON(),
      negative: this.neg.toJSON(),
    };
  }

  /** The wire form (see {@link DDSketchWire}); the sketch stays usable. */
  toWire(): DDSketchWire {
    return { alpha: this.alpha, maxBuckets: this.maxBuckets, zeroCount: this.zeros, min: this.lo, max: this.hi, positive: this.pos.toWire(), negative: this.neg.toWire() };
  }

  /** The sketch {@link fromJSON} gives for the JSON of the sketch {@link toWire} was called on (the counts become its own). */
  static fromWire(w: DDSketchWire): DDSketch {
    const s = new DDSketch({ alpha: w.alpha, maxBuckets: w.maxBuckets });
    s.pos.loadWire(w.positive);
    s.neg.loadWire(w.negative);
    s.zeros = w.zeroCount;
    s.n = s.pos.total + s.neg.total + s.zeros;
    if (s.n > 0) {
      s.lo = w.min;
      s.hi = w.max;
    }
    return s;
  }

  /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
  static fromJSON(json: unknown): DDSketch {
    const j = json as DDSketchJSON | null;
    if (!j || typeof j !== 'object' || j.type !== 'ddsketch' || j.version !== 1) {
      throw new DataError('ddsketch: not a {type: "ddsketch", version: 1} object');
    }
    if (typeof j.alpha !== 'number' || !(j.alpha > 0 && j.alpha < 1)) throw new DataError('ddsketch: alpha must be in (0, 1)');
    if (!Number.isSafeInteger(j.maxBuckets) || j.maxBuckets < 1) throw new DataError('ddsketch: maxBuckets must be a positive integer');
    const s = new DDSketch({ alpha: j.alpha, maxBuckets: j.maxBuckets });
    s.pos.load(j.positive, 'positive');
    s.neg.load(j.negative, 'negative');
    if (typeof j.zeroCount !== 'number' || !(j.zeroCount >= 0)) throw new DataError('ddsketch: zeroCount must be a non-negative number');
    s.zeros = j.zeroCount;
    s.n = s.pos.total + s.neg.total + s.zeros;
    if (j.count !== s.n) throw new DataError(`ddsketch: count ${j.count} does not match the bucket counts (${s.n})`);
    if (s.n > 0) {
      if (typeof j.min !== 'number' || typeof j.max !== 'number' || !(j.min <= j.max)) {
        throw new DataError('ddsketch: min and max must be numbers with min <= max');
      }
      s.lo = j.min;
      s.hi = j.max;
    }
    return s;
  }
}
