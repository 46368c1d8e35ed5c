/**
 * HyperLogLog distinct-count estimator (Flajolet, Fusy, Gandouet and Meunier 2007) with 2^p
 * one-byte registers (default p = 14: 16384 registers, 16 KiB), a 64-bit hash built from two
 * independent 32-bit lanes, and Ertl's improved raw estimator ("New cardinality estimation
 * algorithms for HyperLogLog sketches", 2017; the one Redis uses), which is unbiased over the whole
 * range from 0 to beyond 2^50 without empirical bias tables: it subsumes the small-range linear
 * counting correction, and with a 64-bit hash no large-range correction is needed. The classic
 * estimator (raw harmonic mean with the linear-counting switch at 2.5 m) is kept as
 * {@link HyperLogLog.estimateClassic}.
 *
 * Accuracy: the relative standard error is about 1.04 / sqrt(m), m = 2^p (0.81% at p = 14), so an
 * estimate is within 3 standard errors (2.4%) of the true count with probability > 99%. Very small
 * counts (a few hundred at p = 14) come out almost exact.
 *
 * Hashing. Strings are hashed over their UTF-16 code units, two per 32-bit block: lane 1 is
 * MurmurHash3 x86_32, lane 2 an xxHash32-style round with other constants; each ends with the
 * murmur3 finalizer. Numbers hash the two 32-bit words of their float64 bits through the same two
 * lanes (a fast path, no string conversion; -0 counts as 0 and every NaN as one value). The string
 * "1" and the number 1 are different values. The top p bits of lane 1 pick the register; the rank
 * is the position of the first 1 bit in the remaining 64 - p bits (lane 1's rest, then lane 2), so
 * register values go up to 65 - p. The hash is part of the format (`hash` in the JSON): registers
 * only merge with registers built by the same hash.
 *
 * Merging is the register-wise max: exact, so merge(hll(A), hll(B)) equals hll(A ∪ B) register for
 * register.
 */
import { ConfigurationError, DataError } from '../../errors.js';

export const DEFAULT_HLL_PRECISION = 14;
export const HLL_HASH_ID = 'murmur3-xxh32-lanes-utf16-v1';

export interface HyperLogLogJSON {
  type: 'hll';
  version: 1;
  p: number;
  hash: typeof HLL_HASH_ID;
  /**
   * 'dense': base64 of the 2^p register bytes. 'sparse' (used when smaller): base64 of 3 bytes per
   * non-zero register, big-endian (index << 6 | value), in increasing index order.
   */
  encoding: 'dense' | 'sparse';
  registers: string;
}

/**
 * The in-memory form a worker thread sends (not a file format): the registers themselves, not
 * encoded (fromWire gives a sketch with the registers fromJSON gives).
 */
export interface HyperLogLogWire {
  p: number;
  registers: Uint8Array;
}

// MurmurHash3 constants (lane 1) and xxHash32 primes (lane 2).
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;
const P3 = 0xc2b2ae3d;
const SEED1 = 0x3c6ef372;
const SEED2 = 0x27d4eb2f;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

// The last hash computed by hashStringInto / hashNumberInto (module slots: no allocation per value).
let H1 = 0;
let H2 = 0;

function hashStringInto(s: string): void {
  let h1 = SEED1;
  let h2 = SEED2;
  const len = s.length;
  const blocks = len & ~1;
  for (let i = 0; i < blocks; i += 2) {
    const b = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    let k = Math.imul(b, C1);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, C2);
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    h2 = (h2 + Math.imul(b, P2)) | 0;
    h2 = Math.imul((h2 << 13) | (h2 >>> 19), P1);
  }
  if (len & 1) {
    const b = s.charCodeAt(len - 1);
    let k = Math.imul(b, C1);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, C2);
    h2 = (h2 + Math.imul(b, P3)) | 0;
    h2 = Math.imul((h2 << 17) | (h2 >>> 15), P1);
  }
  H1 = fmix32(h1 ^ (len << 1));
  H2 = fmix32(h2 ^ (len << 1));
}

function hashNumberInto(x: number): void {
  if (x === 0) x = 0; // -0 -> 0
  f64[0] = x;
  let lo = u32[LO]!;
  let hi = u32[HI]!;
  if (x !== x) {
    lo = 0;
    hi = 0x7ff80000;
  }
  let h1 = SEED1 ^ 0x5bd1e995;
  let h2 = SEED2;
  let k = Math.imul(lo, C1);
  k = (k << 15) | (k >>> 17);
  h1 ^= Math.imul(k, C2);
  h1 = (h1 << 13) | (h1 >>> 19);
  h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
  k = Math.imul(hi, C1);
  k = (k << 15) | (k >>> 17);
  h1 ^= Math.imul(k, C2);
  h1 = (h1 << 13) | (h1 >>> 19);
  h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
  h2 = (h2 + Math.imul(lo, P2)) | 0;
  h2 = Math.imul((h2 << 13) | (h2 >>> 19), P1);
  h2 = (h2 + Math.imul(hi, P2)) | 0;
  h2 = Math.imul((h2 << 13) | (h2 >>> 19), P1);
  H1 = fmix32(h1 ^ 8);
  H2 = fmix32(h2 ^ 8);
}

/** The 64-bit hash HyperLogLog uses for a string, as two unsigned 32-bit halves [lane1, lane2]. */
export function hashString64(s: string): [number, number] {
  hashStringInto(s);
  return [H1 >>> 0, H2 >>> 0];
}

/** The 64-bit hash HyperLogLog uses for a number, as two unsigned 32-bit halves [lane1, lane2]. */
export function hashNumber64(x: number): [number, number] {
  hashNumberInto(x);
  return [H1 >>> 0, H2 >>> 0];
}

/**
 * Lane 1 of the hash of a string or number, as a signed 32-bit integer: a well-mixed 32-bit hash
 * for hash tables (Space-Saving's index once it evicts), equal to what {@link HyperLogLog.addStringHashed} returns for a string.
 */
export function hashValue32(v: string | number): number {
  if (typeof v === 'number') hashNumberInto(v);
  else hashStringInto(v);
  return H1;
}

/** Ertl's sigma(x) = x + sum_k x^(2^k) 2^(k-1). */
function sigma(x: number): number {
  if (x === 1) return Infinity;
  let y = 1;
  let z = x;
  let zp: number;
  do {
    x *= x;
    zp = z;
    z += x * y;
    y += y;
  } while (zp !== z);
  return z;
}

/** Ertl's tau(x) = (1 - x - sum_k (1 - x^(2^-k))^2 2^-k) / 3. */
function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  let zp: number;
  do {
    x = Math.sqrt(x);
    zp = z;
    y *= 0.5;
    z -= (1 - x) * (1 - x) * y;
  } while (zp !== z);
  return z / 3;
}

/**
 * How many registers hold each value 0..size-1. A function of its own: as a loop inside estimate,
 * V8 compiled estimate on-stack for the loop, and the code after it deoptimized on every call.
 */
function registerCounts(registers: Uint8Array, size: number): Float64Array {
  const hist = new Float64Array(size);
  for (let i = 0; i < registers.length; i++) hist[registers[i]!]++;
  return hist;
}

/**
 * Registers of sketches that are done with (HyperLogLog.recycle), for this thread's next new
 * sketch of their size: a parallel pass makes one sketch per column per chunk, and merges each
 * into the pass's and drops it, 16 KiB apiece, outside the heap where only a full collection
 * frees them (bench/RESULTS.md, "Parquet at 10x the rows"). A few are kept.
 */
const spare: Uint8Array[] = [];
const SPARE_MAX = 64;

export class HyperLogLog {
  readonly p: number;
  /** Number of registers, 2^p. */
  readonly m: number;
  readonly registers: Uint8Array;
  private readonly shift: number;
  /**
   * The indexes of the registers listed by the sparse encoding {@link fromJSON} read (every other
   * register is 0), while nothing was added or merged in since (then null): merging this sketch
   * into another touches only those registers.
   */
  private sparse: Uint32Array | null = null;

  /** `registers` (2^p bytes, each at most 65 - p) become this sketch's own; by default all zero. */
  constructor(p: number = DEFAULT_HLL_PRECISION, registers?: Uint8Array) {
    if (!Number.isInteger(p) || p < 4 || p > 18) throw new ConfigurationError(`HyperLogLog precision must be an integer in [4, 18], got ${p}`);
    this.p = p;
    this.m = 1 << p;
    this.shift = 32 - p;
    if (registers && registers.length !== this.m) throw new ConfigurationError(`HyperLogLog precision ${p} needs ${this.m} registers, got ${registers.length}`);
    this.registers = registers ?? spare.pop()?.fill(0) ?? new Uint8Array(this.m);
    if (this.registers.length !== this.m) this.registers = new Uint8Array(this.m); // a spare of another precision
  }

  /**
   * Gives `registers` (of a sketch's wire form, or a sketch's own) to the next new sketch in this
   * thread: the sketch they belong to must not be used after (as after a merge into another,
   * which copies them).
   */
  static recycle(registers: Uint8Array): void {
    // Only a whole buffer of their own: a view into a larger one (a file's bytes) stays where it is.
    if (spare.length < SPARE_MAX && registers.byteOffset === 0 && registers.byteLength === registers.buffer.byteLength && !spare.includes(registers)) spare.push(registers);
  }

  /** Relative standard error 1.04 / sqrt(2^p) of a sketch with precision p. */
  static standardErrorFor(p: number): number {
    return 1.04 / Math.sqrt(2 ** p);
  }

  /** Relative standard error of this sketch's estimates, 1.04 / sqrt(m). */
  get standardError(): number {
    return 1.04 / Math.sqrt(this.m);
  }

  private update(h1: number, h2: number): void {
    const idx = h1 >>> this.shift;
    const p = this.p;
    const w = h1 << p;
    // Both ranks computed, one chosen: w is 0 for about one value in 2^(32 - p), and as a branch of
    // its own that rare case came without type feedback and deoptimized the (inlined) caller.
    const fromW = Math.clz32(w) + 1;
    const fromH2 = 33 - p + Math.clz32(h2);
    const rank = w !== 0 ? fromW : fromH2;
    if (rank > this.registers[idx]!) {
      this.registers[idx] = rank;
      this.sparse = null;
    }
  }

  addString(s: string): void {
    hashStringInto(s);
    this.update(H1, H2);
  }

  /** {@link addString}, returning the string's {@link hashValue32} (so a caller needing both hashes once). */
  addStringHashed(s: string): number {
    hashStringInto(s);
    this.update(H1, H2);
    return H1;
  }

  /** Adds a number by its float64 bits (-0 is 0; all NaNs are one value). */
  addNumber(x: number): void {
    hashNumberInto(x);
    this.update(H1, H2);
  }

  add(v: string | number): void {
    if (typeof v === 'number') this.addNumber(v);
    else this.addString(v);
  }

  /** Adds a precomputed 64-bit hash (two unsigned or signed 32-bit halves, as {@link hashString64} returns). */
  addHash(h1: number, h2: number): void {
    this.update(h1 | 0, h2 | 0);
  }

  /** Register-wise max with `other` (same p required). Exact. Returns this. */
  merge(other: HyperLogLog): this {
    if (other.p !== this.p) throw new ConfigurationError(`cannot merge HyperLogLogs with different precision (${this.p} and ${other.p})`);
    const a = this.registers;
    const sparse = other.sparse;
    if (sparse !== null) {
      const b = other.registers;
      for (let o = 0; o < sparse.length; o++) {
        const i = sparse[o]!;
        if (b[i]! > a[i]!) a[i] = b[i]!;
      }
    } else if (a.byteOffset % 4 === 0 && other.registers.byteOffset % 4 === 0) {
      // Four registers at a time: every register is below 128, so in each byte of
      // (x | 0x80808080) - y the top bit says x >= y and no borrow crosses into the next byte.
      const x4 = new Uint32Array(a.buffer, a.byteOffset, a.length >> 2);
      const y4 = new Uint32Array(other.registers.buffer, other.registers.byteOffset, a.length >> 2);
      for (let i = 0; i < x4.length; i++) {
        const x = x4[i]!;
        const y = y4[i]!;
        if (x === y) continue;
        const ge = Math.imul((((x | 0x80808080) - y) >>> 7) & 0x01010101, 0xff);
        x4[i] = (x & ge) | (y & ~ge);
      }
    } else {
      const b = other.registers;
      for (let i = 0; i < a.length; i++) if (b[i]! > a[i]!) a[i] = b[i]!;
    }
    this.sparse = null;
    return this;
  }

  clone(): HyperLogLog {
    return new HyperLogLog(this.p).merge(this);
  }

  get isEmpty(): boolean {
    for (let i = 0; i < this.m; i++) if (this.registers[i] !== 0) return false;
    return true;
  }

  /** Estimated number of distinct values (Ertl's improved raw estimator). */
  estimate(): number {
    const q = 64 - this.p;
    const m = this.m;
    const hist = registerCounts(this.registers, q + 2);
    let z = m * tau(1 - hist[q + 1]! / m);
    for (let k = q; k >= 1; k--) z = 0.5 * (z + hist[k]!);
    z += m * sigma(hist[0]! / m);
    return (m * m) / (2 * Math.LN2 * z);
  }

  /** The classic estimate: alpha_m m^2 / sum 2^-M[j], with linear counting m ln(m / V) when it is <= 2.5 m and V registers are 0. */
  estimateClassic(): number {
    const m = this.m;
    const alphaM = m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < m; i++) {
      const r = this.registers[i]!;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const raw = (alphaM * m * m) / sum;
    if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
    return raw;
  }

  /** Non-zero registers, when the sparse form (3 bytes each) is smaller than the dense one; else -1. */
  private sparseCount(): number {
    const reg = this.registers;
    let nnz = 0;
    for (let i = 0; i < reg.length; i++) if (reg[i] !== 0) nnz++;
    return nnz * 3 < reg.length ? nnz : -1;
  }

  /**
   * The wire form (see {@link HyperLogLogWire}). The registers are not copied: the sketch is
   * handed over and must not be used after (between threads, postMessage copies them).
   */
  toWire(): HyperLogLogWire {
    return { p: this.p, registers: this.registers };
  }

  /** A sketch with the registers of the one {@link toWire} was called on (they become its own). */
  static fromWire(w: HyperLogLogWire): HyperLogLog {
    return new HyperLogLog(w.p, w.registers);
  }

  toJSON(): HyperLogLogJSON {
    const reg = this.registers;
    const nnz = this.sparseCount();
    if (nnz >= 0) {
      const bytes = Buffer.alloc(nnz * 3);
      let o = 0;
      for (let i = 0; i < reg.length; i++) {
        const r = reg[i]!;
        if (r === 0) continue;
        const v = (i << 6) | r;
        bytes[o++] = (v >>> 16) & 0xff;
        bytes[o++] = (v >>> 8) & 0xff;
        bytes[o++] = v & 0xff;
      }
      return { type: 'hll', version: 1, p: this.p, hash: HLL_HASH_ID, encoding: 'sparse', registers: bytes.toString('base64') };
    }
    return {
      type: 'hll',
      version: 1,
      p: this.p,
      hash: HLL_HASH_ID,
      encoding: 'dense',
      registers: Buffer.from(reg.buffer, reg.byteOffset, reg.byteLength).toString('base64'),
    };
  }

  /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
  static fromJSON(json: unknown): HyperLogLog {
    const j = json as HyperLogLogJSON | null;
    if (!j || typeof j !== 'object' || j.type !== 'hll' || j.version !== 1) throw new DataError('hll: not a {type: "hll", version: 1} object');
    if (j.hash !== HLL_HASH_ID) throw new DataError(`hll: built with hash "${String(j.hash)}", this version uses "${HLL_HASH_ID}"`);
    if (!Number.isInteger(j.p) || j.p < 4 || j.p > 18) throw new DataError(`hll: precision must be an integer in [4, 18]`);
    if (typeof j.registers !== 'string') throw new DataError('hll: registers must be a base64 string');
    const bytes = Buffer.from(j.registers, 'base64');
    const maxRank = 65 - j.p;
    const m = 1 << j.p;
    if (j.encoding === 'dense') {
      if (bytes.length !== m) throw new DataError(`hll: expected ${m} register bytes, got ${bytes.length}`);
      let max = 0;
      for (let i = 0; i < m; i++) if (bytes[i]! > max) max = bytes[i]!;
      if (max > maxRank) throw new DataError(`hll: register value ${max} exceeds ${maxRank}`);
      // The decoded bytes become the registers (a plain Uint8Array over them, or a copy when
      // Buffer pooled them in a shared slab).
      return new HyperLogLog(j.p, bytes.byteOffset === 0 && bytes.buffer.byteLength === m ? new Uint8Array(bytes.buffer, 0, m) : new Uint8Array(bytes));
    }
    if (j.encoding !== 'sparse') throw new DataError(`hll: unknown encoding "${String(j.encoding)}"`);
    if (bytes.length % 3 !== 0) throw new DataError('hll: sparse registers must be 3 bytes each');
    const h = new HyperLogLog(j.p);
    const sparse = new Uint32Array(bytes.length / 3);
    for (let o = 0, k = 0; o < bytes.length; o += 3, k++) {
      const v = (bytes[o]! << 16) | (bytes[o + 1]! << 8) | bytes[o + 2]!;
      const i = v >>> 6;
      const r = v & 63;
      if (i >= m || r > maxRank) throw new DataError('hll: sparse register out of range');
      h.registers[i] = r;
      sparse[k] = i;
    }
    h.sparse = sparse;
    return h;
  }
}
