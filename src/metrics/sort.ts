/**
 * Sorting for the metric states: least-significant-digit radix sorts on the IEEE-754 bit patterns
 * of float64 keys (11-bit digits, six passes, passes whose digit is constant across the input are
 * skipped: scores that came from float32 skip the low mantissa passes). Radix sorts are stable, so
 * they also give permutations (argsort) for multi-key canonical orders. Order is that of
 * TypedArray.prototype.sort: ascending, -0 before +0. Keys must not be NaN (the states reject NaN).
 *
 * Memory: 16 bytes per key of scratch during a sort (20 with a permutation).
 */

const DIGIT_BITS = 11;
const RADIX = 1 << DIGIT_BITS;
const MASK = RADIX - 1;
/** Below this the engine's comparison sort is as fast and needs no scratch. */
const SMALL = 512;

/** Order-preserving map of float64 bits to two unsigned words (hi, lo): flip all bits of negatives, the sign bit of the rest. */
function splitKeys(keys: Float64Array, order: Uint32Array | null, hi: Uint32Array, lo: Uint32Array, hist: Uint32Array): void {
  const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
  const n = keys.length;
  for (let i = 0; i < n; i++) {
    const k = order === null ? i : order[i]!;
    let l = words[2 * k]!;
    let h = words[2 * k + 1]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    lo[i] = l;
    hi[i] = h;
    hist[l & MASK]!++;
    hist[RADIX + ((l >>> 11) & MASK)]!++;
    hist[2 * RADIX + (l >>> 22)]!++;
    hist[3 * RADIX + (h & MASK)]!++;
    hist[4 * RADIX + ((h >>> 11) & MASK)]!++;
    hist[5 * RADIX + (h >>> 22)]!++;
  }
}

/** Turns histogram `p` into start offsets; false when one digit holds every key (the pass is a no-op). */
function prefix(hist: Uint32Array, p: number, n: number): boolean {
  const off = p * RADIX;
  let s = 0;
  for (let k = 0; k < RADIX; k++) {
    const c = hist[off + k]!;
    if (c === n) return false;
    hist[off + k] = s;
    s += c;
  }
  return true;
}

/**
 * Sorts `a` in place when every key is a float32 value (scores from a float32 model): their 32-bit
 * patterns, order-mapped as splitKeys maps a double's, in at most three 11-bit passes over one
 * word, instead of the double's passes over two. False (nothing changed) when a key is not.
 */
function sortFloat32Valued(a: Float64Array): boolean {
  const n = a.length;
  const f = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = Math.fround(x);
    if (y !== x) return false;
    f[i] = y;
  }
  let key = new Uint32Array(f.buffer);
  let key2 = new Uint32Array(n);
  const hist = new Uint32Array(3 * RADIX);
  for (let i = 0; i < n; i++) {
    const b = key[i]!;
    const k = b & 0x80000000 ? ~b >>> 0 : (b | 0x80000000) >>> 0;
    key[i] = k;
    hist[k & MASK]!++;
    hist[RADIX + ((k >>> 11) & MASK)]!++;
    hist[2 * RADIX + (k >>> 22)]!++;
  }
  for (let p = 0; p < 3; p++) {
    if (!prefix(hist, p, n)) continue;
    const off = p * RADIX;
    const shift = p * DIGIT_BITS;
    for (let i = 0; i < n; i++) {
      const k = key[i]!;
      key2[hist[off + ((k >>> shift) & MASK)]!++] = k;
    }
    const t = key;
    key = key2;
    key2 = t;
  }
  for (let i = 0; i < n; i++) {
    const k = key[i]!;
    key[i] = k & 0x80000000 ? k & 0x7fffffff : ~k >>> 0;
  }
  const values = new Float32Array(key.buffer);
  for (let i = 0; i < n; i++) a[i] = values[i]!;
  return true;
}

/** Sorts `a` ascending in place. */
export function sortFloat64(a: Float64Array): void {
  const n = a.length;
  if (n < SMALL) {
    a.sort();
    return;
  }
  if (sortFloat32Valued(a)) return;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  const hist = new Uint32Array(6 * RADIX);
  splitKeys(a, null, hi, lo, hist);
  for (let p = 0; p < 6; p++) {
    if (!prefix(hist, p, n)) continue;
    const off = p * RADIX;
    const shift = (p % 3) * DIGIT_BITS;
    if (p >= 3) {
      for (let i = 0; i < n; i++) {
        const h = hi[i]!;
        const d = hist[off + ((h >>> shift) & MASK)]!++;
        hi2[d] = h;
        lo2[d] = lo[i]!;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const l = lo[i]!;
        const d = hist[off + ((l >>> shift) & MASK)]!++;
        lo2[d] = l;
        hi2[d] = hi[i]!;
      }
    }
    let t = hi;
    hi = hi2;
    hi2 = t;
    t = lo;
    lo = lo2;
    lo2 = t;
  }
  const out = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  for (let i = 0; i < n; i++) {
    let h = hi[i]!;
    let l = lo[i]!;
    if (h & 0x80000000) {
      h = (h & 0x7fffffff) >>> 0;
    } else {
      h = ~h >>> 0;
      l = ~l >>> 0;
    }
    out[2 * i] = l;
    out[2 * i + 1] = h;
  }
}

/**
 * Stable argsort: the permutation that orders `keys` ascending. With `order`, sorts that
 * permutation instead (ties keep their order in `order`), which is how a multi-key sort is built:
 * sort by the secondary key first, then by the primary key with that result as `order`.
 */
export function argsortFloat64(keys: Float64Array, order?: Uint32Array): Uint32Array {
  const n = keys.length;
  let perm: Uint32Array<ArrayBuffer>;
  if (order) perm = Uint32Array.from(order);
  else {
    perm = new Uint32Array(n);
    for (let i = 0; i < n; i++) perm[i] = i;
  }
  if (order && order.length !== n) throw new RangeError('argsortFloat64: order must have the length of keys');
  if (n < 2) return perm;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let perm2 = new Uint32Array(n);
  const hist = new Uint32Array(6 * RADIX);
  splitKeys(keys, perm, hi, lo, hist);
  for (let p = 0; p < 6; p++) {
    if (!prefix(hist, p, n)) continue;
    const off = p * RADIX;
    const shift = (p % 3) * DIGIT_BITS;
    const digitWord = p >= 3 ? hi : lo;
    for (let i = 0; i < n; i++) {
      const d = hist[off + ((digitWord[i]! >>> shift) & MASK)]!++;
      hi2[d] = hi[i]!;
      lo2[d] = lo[i]!;
      perm2[d] = perm[i]!;
    }
    let t = hi;
    hi = hi2;
    hi2 = t;
    t = lo;
    lo = lo2;
    lo2 = t;
    t = perm;
    perm = perm2;
    perm2 = t;
  }
  return perm;
}
