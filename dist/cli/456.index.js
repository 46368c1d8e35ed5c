export const id = 456;
export const ids = [456];
export const modules = {

/***/ 28369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ sha256Files)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/** Content digests shared by the steps that record what data they read. */


/**
 * SHA-256 of the files' bytes concatenated in the order given: evaluation.json's `data.sha256`
 * and the built-in trainer's recorded `data.sha256` are the same digest for the same files.
 */
async function sha256Files(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of files) {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(f, { highWaterMark: 1 << 20 }))
            h.update(chunk);
    }
    return h.digest('hex');
}


/***/ }),

/***/ 91472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ MAX_SEED),
/* harmony export */   SZ: () => (/* binding */ createRng)
/* harmony export */ });
/* unused harmony export Xoshiro128 */
/**
 * Seeded pseudo-random numbers for the resampling code (bootstrap intervals, simulations):
 * xoshiro128** 1.1 (Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2021),
 * a 32-bit generator with 128 bits of state, period 2^128 - 1, that passes BigCrush and runs on
 * plain 32-bit integer arithmetic (`Math.imul`), so it is fast in JavaScript.
 *
 * Seed scheme (stable: changing it changes every committed interval, so it is versioned here).
 * - `seed` is an integer in [0, 2^53 - 1]. It is expanded to the 128-bit state by SplitMix64
 *   (Vigna's recommended seeder; its 64-bit state starts at `seed`): the first two SplitMix64
 *   outputs, each split into its low then high 32-bit word, are the state words s0, s1, s2, s3.
 *   SplitMix64 never yields an all-zero state from distinct outputs in practice; an all-zero state
 *   is nevertheless replaced by a fixed non-zero one.
 * - `stream` k (default 0) is that generator advanced by k jumps of 2^64 steps (xoshiro128**'s
 *   `jump`), so streams of one seed never overlap for fewer than 2^64 draws each. Code that needs
 *   several independent sequences from one user seed takes one stream each (see
 *   src/metrics/intervals.ts and src/stats/paired.ts for which stream each resampling uses).
 *
 * Samplers: 32-bit words (singly or in bulk), uniform doubles with 53 random bits, unbiased
 * integers in [0, n) (Lemire's multiply-and-reject), standard normals (Marsaglia's polar method)
 * and binomials (inversion for n·min(p, 1-p) < 10, otherwise Hörmann's BTRD, "The generation of
 * binomial random variates", 1993), plus multinomials by conditional binomials. All are exact up
 * to double rounding.
 */
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;
const TWO_M32 = 1 / TWO_32;
/** One SplitMix64 step on a BigInt state; returns [next state, output]. */
function splitMix64(state) {
    const M = (1n << 64n) - 1n;
    const s = (state + 0x9e3779b97f4a7c15n) & M;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    z = z ^ (z >> 31n);
    return [s, z];
}
/** Stirling-series corrections fc(k) = ln k! - [(k + ½) ln(k + 1) - (k + 1) + ½ ln 2π] for k < 10. */
const FC_TABLE = [
    0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119, 0.01387612882307075,
    0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];
function stirlingCorrection(k) {
    if (k < 10)
        return FC_TABLE[k];
    const r = 1 / (k + 1);
    const r2 = r * r;
    return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
}
/** xoshiro128** generator. Construct with {@link createRng}. */
class Xoshiro128 {
    s0;
    s1;
    s2;
    s3;
    spareNormal = null;
    constructor(s0, s1, s2, s3) {
        this.s0 = s0 | 0;
        this.s1 = s1 | 0;
        this.s2 = s2 | 0;
        this.s3 = s3 | 0;
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 0x9e3779b9 | 0;
    }
    /** The state words, for tests and for checkpointing. */
    state() {
        return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
    }
    /** The next 32-bit output as an unsigned integer in [0, 2^32). */
    nextUint32() {
        const s1 = this.s1;
        const x = Math.imul(s1, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
        return result;
    }
    /** A uniform double in [0, 1) with 53 random bits (two 32-bit draws). */
    nextFloat() {
        const hi = this.nextUint32() >>> 5; // 27 bits
        const lo = this.nextUint32() >>> 6; // 26 bits
        return (hi * 67108864 + lo) / TWO_53;
    }
    /** A uniform integer in [0, n), unbiased, for integer 1 <= n <= 2^32. */
    uniformInt(n) {
        if (n <= 2097152) {
            // Lemire (2019): m = x·n is exact below 2^53; reject the few low parts that would bias.
            const threshold = (TWO_32 - n) % n;
            for (;;) {
                const m = this.nextUint32() * n;
                const hi = Math.floor(m * TWO_M32);
                if (m - hi * TWO_32 >= threshold)
                    return hi;
            }
        }
        // 53-bit double times n: exact floor for n <= 2^32 up to a bias below n / 2^53 <= 2^-21 per value.
        return Math.floor(this.nextFloat() * n);
    }
    /**
     * Fills `out` with independent uniform integers in [0, n) for 1 <= n <= 2^21 (the bootstrap's
     * hot loop: one 32-bit draw per value, Lemire's rejection inlined).
     */
    fillUniformInts(out, n) {
        if (n > 2097152) {
            for (let i = 0; i < out.length; i++)
                out[i] = this.uniformInt(n);
            return;
        }
        const threshold = (TWO_32 - n) % n;
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < out.length;) {
            const x = Math.imul(s1, 5);
            const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n; // exact: below 2^53
            const hi = Math.floor(m * TWO_M32);
            if (m - hi * TWO_32 >= threshold)
                out[i++] = hi;
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /**
     * Fills `out` with the next out.length 32-bit outputs: the same stream as that many nextUint32()
     * calls (an Int32Array stores them as int32 bit patterns). Random bit masks, such as the row
     * sign flips of a permutation test.
     */
    fillUint32(out) {
        for (let i = 0; i < out.length; i++)
            out[i] = this.nextUint32();
    }
    /**
     * Draws `draws` independent uniform integers in [0, counts.length) (counts.length <= 2^21) and
     * increments `counts` at each: the multinomial counts of a bootstrap resample, without storing
     * the draws. Same values, in the same order, as `draws` calls of uniformInt(counts.length).
     */
    countUniformDraws(counts, draws) {
        const n = counts.length;
        if (n > 2097152) {
            for (let i = 0; i < draws; i++)
                counts[this.uniformInt(n)]++;
            return;
        }
        const threshold = (TWO_32 - n) % n;
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < draws;) {
            const x = Math.imul(s1, 5);
            const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n;
            const hi = Math.floor(m * TWO_M32);
            if (m - hi * TWO_32 >= threshold) {
                counts[hi]++;
                i++;
            }
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /** A standard normal variate (Marsaglia's polar method; the second variate is kept for the next call). */
    normal() {
        if (this.spareNormal !== null) {
            const z = this.spareNormal;
            this.spareNormal = null;
            return z;
        }
        for (;;) {
            const u = 2 * this.nextFloat() - 1;
            const v = 2 * this.nextFloat() - 1;
            const s = u * u + v * v;
            if (s > 0 && s < 1) {
                const f = Math.sqrt((-2 * Math.log(s)) / s);
                this.spareNormal = v * f;
                return u * f;
            }
        }
    }
    /** A Binomial(n, p) variate for integer n >= 0 and p in [0, 1]. */
    binomial(n, p) {
        if (n <= 0 || p <= 0)
            return 0;
        if (p >= 1)
            return n;
        if (p > 0.5)
            return n - this.binomial(n, 1 - p);
        return n * p < 10 ? this.binomialInversion(n, p) : this.binomialBtrd(n, p);
    }
    /** Sequential search from 0 (the expected number of steps is about n·p + 1). */
    binomialInversion(n, p) {
        const q = 1 - p;
        const s = p / q;
        const a = (n + 1) * s;
        for (;;) {
            let r = q ** n;
            let u = this.nextFloat();
            let x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > n)
                    break;
                r *= a / x - s;
            }
            if (x <= n)
                return x;
        }
    }
    /** BTRD: transformed rejection with decomposition, p <= 0.5 and n·p >= 10. */
    binomialBtrd(n, p) {
        const q = 1 - p;
        const spq = Math.sqrt(n * p * q);
        const b = 1.15 + 2.53 * spq;
        const a = -0.0873 + 0.0248 * b + 0.01 * p;
        const c = n * p + 0.5;
        const vr = 0.92 - 4.2 / b;
        const urvr = 0.86 * vr;
        const alpha = (2.83 + 5.1 / b) * spq;
        const m = Math.floor((n + 1) * p);
        const r = p / q;
        const nr = (n + 1) * r;
        const npq = n * p * q;
        for (;;) {
            let v = this.nextFloat();
            let u;
            if (v <= urvr) {
                u = v / vr - 0.43;
                return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = this.nextFloat() - 0.5;
            }
            else {
                u = v / vr - 0.93;
                u = Math.sign(u) * 0.5 - u;
                v = this.nextFloat() * vr;
            }
            const us = 0.5 - Math.abs(u);
            const k = Math.floor(((2 * a) / us + b) * u + c);
            if (k < 0 || k > n)
                continue;
            v = (v * alpha) / (a / (us * us) + b);
            const km = Math.abs(k - m);
            if (km <= 15) {
                // Recursive evaluation of f(k) / f(m).
                let f = 1;
                if (m < k) {
                    for (let i = m + 1; i <= k; i++)
                        f *= nr / i - r;
                }
                else if (m > k) {
                    for (let i = k + 1; i <= m; i++)
                        v *= nr / i - r;
                }
                if (v <= f)
                    return k;
                continue;
            }
            // Squeeze, then the exact log-ratio with Stirling corrections.
            v = Math.log(v);
            const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
            const t = (-km * km) / (2 * npq);
            if (v < t - rho)
                return k;
            if (v > t + rho)
                continue;
            const nm = n - m + 1;
            const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingCorrection(m) + stirlingCorrection(n - m);
            const nk = n - k + 1;
            if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingCorrection(k) - stirlingCorrection(n - k)) {
                return k;
            }
        }
    }
    /**
     * Multinomial(n, probs) counts written into `out` (same length as `probs`), by conditional
     * binomials: cell i gets Binomial(remaining n, probs[i] / remaining mass). `probs` need not be
     * normalised; cells with zero probability get 0 without a draw.
     */
    multinomial(n, probs, out) {
        let mass = 0;
        for (let i = 0; i < probs.length; i++)
            mass += probs[i];
        let left = n;
        for (let i = 0; i < probs.length; i++) {
            const pi = probs[i];
            if (left === 0 || pi <= 0) {
                out[i] = 0;
                continue;
            }
            const k = pi >= mass ? left : this.binomial(left, pi / mass);
            out[i] = k;
            left -= k;
            mass -= pi;
        }
        // Rounding of the running mass can strand a few trials; they belong to the last non-empty cell.
        if (left > 0) {
            for (let i = probs.length - 1; i >= 0; i--) {
                if (probs[i] > 0) {
                    out[i] = out[i] + left;
                    break;
                }
            }
        }
    }
    /** Advances the state by 2^64 steps (xoshiro128**'s jump polynomial). */
    jump() {
        const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];
        let t0 = 0;
        let t1 = 0;
        let t2 = 0;
        let t3 = 0;
        for (const word of JUMP) {
            for (let b = 0; b < 32; b++) {
                if (word & (1 << b)) {
                    t0 ^= this.s0;
                    t1 ^= this.s1;
                    t2 ^= this.s2;
                    t3 ^= this.s3;
                }
                this.nextUint32();
            }
        }
        this.s0 = t0;
        this.s1 = t1;
        this.s2 = t2;
        this.s3 = t3;
        this.spareNormal = null;
    }
}
/** Largest accepted seed (Number.MAX_SAFE_INTEGER). */
const MAX_SEED = TWO_53 - 1;
/**
 * The generator for `seed` (integer in [0, 2^53 - 1]) and `stream` (small non-negative integer),
 * per the seed scheme in this module's header. Throws RangeError on other seeds.
 */
function createRng(seed, stream = 0) {
    if (!Number.isSafeInteger(seed) || seed < 0)
        throw new RangeError(`seed must be an integer in [0, 2^53 - 1], got ${seed}`);
    if (!Number.isSafeInteger(stream) || stream < 0 || stream > 1 << 20)
        throw new RangeError(`stream must be an integer in [0, 2^20], got ${stream}`);
    let state = BigInt(seed);
    let a;
    let b;
    [state, a] = splitMix64(state);
    [state, b] = splitMix64(state);
    const lo = (x) => Number(x & 0xffffffffn);
    const hi = (x) => Number(x >> 32n);
    const rng = new Xoshiro128(lo(a), hi(a), lo(b), hi(b));
    for (let k = 0; k < stream; k++)
        rng.jump();
    return rng;
}


/***/ })

};
