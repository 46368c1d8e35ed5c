/**
 * The seeded generator behind the resampling tests in ./paired.ts: xoshiro128** (Blackman and
 * Vigna 2018; 128-bit state, period 2^128 - 1, passes BigCrush) seeded through splitmix32, so a
 * given integer seed gives the same stream on every platform and Node version.
 *
 * Only what the paired tests need: 32 random bits, uniform doubles, unbiased bounded integers,
 * exact binomial variates, and the two hot loops (multinomial index counts for the bootstrap,
 * random sign masks for the permutation test) written with the state in locals so that V8 keeps
 * it in registers.
 */

import { logGamma } from './distributions.js';

const TWO_32 = 4294967296;
const TWO_M32 = 1 / TWO_32;

/** splitmix32 step (Mulberry-style finaliser): a well-mixed 32-bit word from a counter. */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * Fills `counts` (zeroed first) with the multinomial counts of `draws` uniform indices in
 * [0, counts.length). Lemire's method: the index is the high word of r·n for a random 32-bit r,
 * rejecting the low words below 2^32 mod n (probability < n / 2^32), which would bias it. For
 * n <= 2^21 the product r·n < 2^53 is exact and the high word a truncation (this loop); larger n
 * take fillCountsLarge.
 */
function fillCountsSmall(counts: Uint32Array, draws: number, state: Int32Array): void {
  const n = counts.length;
  counts.fill(0);
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  const threshold = (TWO_32 - n) % n;
  let i = 0;
  while (i < draws) {
    // xoshiro128** step, inlined; r stays an int32 bit pattern
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    if (Math.imul(r, n) >>> 0 >= threshold) {
      counts[((r >>> 0) * n * TWO_M32) | 0]++;
      i++;
    }
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

/** fillCountsSmall for n > 2^21: the double product r·n is off by < 2^12, and r·n - low is an exact multiple of 2^32, so round. */
function fillCountsLarge(counts: Uint32Array, draws: number, state: Int32Array): void {
  const n = counts.length;
  counts.fill(0);
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  const threshold = (TWO_32 - n) % n;
  let i = 0;
  while (i < draws) {
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const low = Math.imul(r, n) >>> 0;
    if (low >= threshold) {
      counts[Math.round(((r >>> 0) * n - low) * TWO_M32)]++;
      i++;
    }
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

/** Fills `words` with random int32 words. */
function fillBitsLoop(words: Int32Array, state: Int32Array): void {
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  for (let i = 0; i < words.length; i++) {
    const m = Math.imul(s1, 5);
    words[i] = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

export class PairedRng {
  /** xoshiro128** state, as int32 words (an Int32Array keeps them unboxed). */
  private readonly s = new Int32Array(4);

  /** `seed`: any integer in [0, 2^53); equal seeds give equal streams. */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`PairedRng: seed must be an integer in [0, 2^53), got ${seed}`);
    const lo = seed >>> 0;
    const hi = Math.floor(seed / TWO_32) >>> 0;
    let x = splitmix32(lo ^ 0x6a09e667);
    this.s[0] = x;
    x = splitmix32(x ^ hi);
    this.s[1] = x;
    x = splitmix32(x ^ 0xbb67ae85);
    this.s[2] = x;
    x = splitmix32(x ^ lo ^ 0x3c6ef372);
    this.s[3] = x;
    if ((this.s[0] | this.s[1] | this.s[2] | this.s[3]) === 0) this.s[0] = 1; // the one forbidden state
  }

  /** 32 uniformly random bits as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    const s = this.s;
    const s1 = s[1];
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s[2] ^= s[0];
    s[3] ^= s1;
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = (s[3] << 11) | (s[3] >>> 21);
    return r;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextDouble(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /**
   * A uniform integer in [0, n) for 1 <= n <= 2^32 - 1, without modulo bias (Lemire 2019: the
   * high word of the 64-bit product r·n, rejecting the few low words that would bias it).
   */
  nextBelow(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) throw new RangeError(`PairedRng.nextBelow: n must be an integer in [1, 2^32), got ${n}`);
    let r = this.nextUint32();
    let low = Math.imul(r, n) >>> 0;
    if (low < n) {
      const threshold = (TWO_32 - n) % n;
      while (low < threshold) {
        r = this.nextUint32();
        low = Math.imul(r, n) >>> 0;
      }
    }
    // r·n - low is an exact multiple of 2^32; the double product is off by < 2^12, so round.
    return Math.round((r * n - low) * TWO_M32);
  }

  /**
   * Multinomial counts of `draws` indices drawn uniformly with replacement from [0, counts.length):
   * zeroes `counts` and adds one per draw. This is the bootstrap resample of rows, as counts.
   */
  fillCounts(counts: Uint32Array, draws: number): void {
    const n = counts.length;
    if (n < 1 || n > 0xffffffff) throw new RangeError(`PairedRng.fillCounts: counts.length must be in [1, 2^32), got ${n}`);
    if (n <= 2097152) fillCountsSmall(counts, draws, this.s);
    else fillCountsLarge(counts, draws, this.s);
  }

  /**
   * Fills `words` with random 32-bit words (as int32 bit patterns): bit j of words[i >> 5] set
   * means row i is flipped. The sign-flip permutation test uses one bit per row.
   */
  fillBits(words: Int32Array): void {
    fillBitsLoop(words, this.s);
  }

  /**
   * An exact Binomial(n, p) variate for integer n >= 0 and p in [0, 1]: inversion (Kachitvichyanukul
   * and Schmeiser's BINV) when min(p, 1-p)·n < 10, else Hörmann's (1993) transformed rejection
   * with squeeze, BTRS. Expected cost O(1) in n.
   */
  nextBinomial(n: number, p: number): number {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`PairedRng.nextBinomial: n must be a non-negative integer, got ${n}`);
    if (!(p >= 0 && p <= 1)) throw new RangeError(`PairedRng.nextBinomial: p must be in [0, 1], got ${p}`);
    if (n === 0 || p === 0) return 0;
    if (p === 1) return n;
    if (p > 0.5) return n - this.binomialSmallP(n, 1 - p);
    return this.binomialSmallP(n, p);
  }

  /** Binomial(n, p) for p <= ½. */
  private binomialSmallP(n: number, p: number): number {
    const q = 1 - p;
    if (n * p < 10) {
      // Inversion: walk the pmf from 0 with P(x) = P(x-1)·((n+1)/x - 1)·p/q.
      const s = p / q;
      const a = (n + 1) * s;
      const r0 = Math.exp(n * Math.log1p(-p));
      for (;;) {
        let u = this.nextDouble();
        let r = r0;
        let x = 0;
        while (u > r) {
          u -= r;
          x++;
          if (x > n) break; // u beyond the rounded total mass: draw again
          r *= a / x - s;
        }
        if (x <= n) return x;
      }
    }
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    let h = NaN; // log(m! (n-m)!) and log(p/q), computed on the first draw the squeeze cannot accept (~15%)
    let lpq = NaN;
    const m = Math.floor((n + 1) * p);
    for (;;) {
      const u = this.nextDouble() - 0.5;
      let v = this.nextDouble();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + c);
      if (k < 0 || k > n) continue;
      if (us >= 0.07 && v <= vr) return k; // squeeze
      if (Number.isNaN(h)) {
        h = logGamma(m + 1) + logGamma(n - m + 1);
        lpq = Math.log(p / q);
      }
      v = Math.log((v * alpha) / (a / (us * us) + b));
      if (v <= h - logGamma(k + 1) - logGamma(n - k + 1) + (k - m) * lpq) return k;
    }
  }

  /**
   * Multinomial(total, sizes / Σ sizes) counts into `out` (same length as `sizes`), by conditional
   * binomials: equal in distribution to drawing `total` rows uniformly with replacement from
   * Σ sizes rows grouped into categories of those sizes, at O(categories) cost.
   */
  fillMultinomial(total: number, sizes: ArrayLike<number>, out: Float64Array): void {
    let remainingRows = 0;
    for (let k = 0; k < sizes.length; k++) remainingRows += sizes[k];
    let remaining = total;
    for (let k = 0; k < sizes.length; k++) {
      const size = sizes[k];
      const drawn = k === sizes.length - 1 || size >= remainingRows ? remaining : this.nextBinomial(remaining, size / remainingRows);
      out[k] = drawn;
      remaining -= drawn;
      remainingRows -= size;
    }
  }
}
