export const id = 49;
export const ids = [49];
export const modules = {

/***/ 1472:
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


/***/ }),

/***/ 1935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ expandInputs),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   XO: () => (/* binding */ StatCache),
/* harmony export */   _4: () => (/* binding */ hashInputs),
/* harmony export */   k$: () => (/* binding */ cacheKey),
/* harmony export */   mF: () => (/* binding */ MODELGATE_VERSION),
/* harmony export */   mh: () => (/* binding */ checkKeyPrefix)
/* harmony export */ });
/* unused harmony exports DEFAULT_KEY_PREFIX, sha256File, keyDescriptor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4522);
/* harmony import */ var _data_readers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5102);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1938);
/* harmony import */ var _params_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3268);
/**
 * The train cache key: whether training must run is decided by a digest over everything that
 * determines its result, as DVC's run-cache does for a stage:
 *
 *   sha256 of the canonical JSON of
 *     { key format 1, modelgate version, command, declared outputs (sorted),
 *       params (parsed values, keys sorted), inputs: [path, sha256, bytes] sorted by path }
 *
 * Paths are relative to the workspace with forward slashes, so the key is the same on every
 * machine and OS for the same files. The key is `<prefix>-<64 hex digits>`. Parts that are not in
 * the key (the runner OS, the Python or CUDA version the command uses) can go into the prefix,
 * e.g. `cache-key-prefix: train-${{ runner.os }}`.
 *
 * Hashing streams each file through SHA-256 with two alternating 1 MiB buffers, the next read in
 * flight while the current chunk is hashed, so it runs at about the speed of the hash. A stat cache
 * (a small JSON file: absolute path -> size, mtime, ctime, inode and digest; by default
 * `.modelgate/stat-cache.json` in the workspace) lets unchanged files skip the read: a digest is
 * reused only when all four stats match and the file's mtime is more than two seconds older than
 * the moment it was hashed (git's "racily clean" rule: a write in the same timestamp tick as the
 * hash cannot hide behind an unchanged mtime).
 */








/** modelgate's version, part of every key; kept equal to package.json's by a test. */
const MODELGATE_VERSION = '0.1.0';
const DEFAULT_KEY_PREFIX = 'modelgate-train';
/** Format of the key's descriptor: bump when what goes into the key changes. */
const KEY_FORMAT = 1;
const CHUNK = 1 << 20;
/** A stat-cache entry is trusted only for files last written this long before they were hashed. */
const RACY_MS = 2000;
/** Workspace-relative path with forward slashes; absolute when outside the workspace. */
function workspacePath(root, file) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root), abs);
    const outside = rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel);
    return (outside ? abs : rel).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
}
/** True when `path` is `dir` or inside it (both workspace paths as returned by workspacePath). */
function isWithin(path, dir) {
    const d = dir.replace(/\/+$/, '');
    return path === d || path.startsWith(`${d}/`) || d === '.' || d === '';
}
const MAGIC = /[*?]/;
/**
 * Expands input patterns into a sorted, de-duplicated list of workspace paths. A pattern is a file,
 * a directory (all files below it, as `dir/**`), or a glob (`*`, `?` within a path segment, `**`
 * for any number of directories; wildcards skip names starting with '.'). Files under `exclude`
 * (the outputs, the manifest, modelgate's own `.modelgate/` folder) are dropped from globs; a
 * pattern that names an excluded file directly, or matches nothing, is a ConfigurationError.
 */
async function expandInputs(patterns, root, exclude = []) {
    const out = new Set();
    const excluded = (p) => exclude.some((e) => isWithin(p, e));
    for (const raw of patterns) {
        const pattern = raw.replace(/\\/g, '/');
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, pattern);
        let matched;
        if (MAGIC.test(pattern)) {
            matched = await globOrEmpty(abs);
        }
        else {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(abs).catch(() => undefined);
            if (!st)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`input '${raw}' not found (relative to ${root})`);
            if (st.isFile()) {
                const p = workspacePath(root, abs);
                if (excluded(p))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`input '${raw}' is also a declared output (or modelgate's own file); an output cannot decide whether training runs`);
                out.add(p);
                continue;
            }
            matched = await globOrEmpty((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(abs, '**'));
        }
        const kept = matched.map((f) => workspacePath(root, f)).filter((p) => !excluded(p));
        if (kept.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`input pattern '${raw}' matches no files${matched.length ? ' other than declared outputs' : ''}`);
        for (const p of kept)
            out.add(p);
    }
    return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
async function globOrEmpty(pattern) {
    try {
        return await (0,_data_readers_js__WEBPACK_IMPORTED_MODULE_5__/* .expandDataGlob */ .hL)(pattern.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'));
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1)
            return [];
        throw e;
    }
}
const MAX_ENTRIES = 200_000;
/** Digests of files by their stats, persisted between runs (see the module comment). */
class StatCache {
    path;
    entries;
    dirty = false;
    constructor(path, entries) {
        this.path = path;
        this.entries = new Map(Object.entries(entries));
    }
    /** An empty cache that is never written: every file is read. */
    static none() {
        return new StatCache(undefined, {});
    }
    /** Loads the cache file; a missing, unreadable or foreign file starts an empty cache. */
    static load(path) {
        let entries = {};
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) {
            try {
                const j = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
                if (j.kind === 'modelgate-stat-cache' && j.version === 1 && j.entries && typeof j.entries === 'object')
                    entries = j.entries;
            }
            catch {
                // A torn or foreign file only costs a re-hash.
            }
        }
        return new StatCache(path, entries);
    }
    get size() {
        return this.entries.size;
    }
    /** The stored digest when the file's stats match and the entry is not racy. */
    lookup(absPath, st) {
        const e = this.entries.get(absPath);
        if (!e)
            return undefined;
        if (e.size !== String(st.size) || e.mtimeNs !== String(st.mtimeNs) || e.ctimeNs !== String(st.ctimeNs) || e.ino !== String(st.ino))
            return undefined;
        if (Number(st.mtimeNs / 1000000n) > e.hashedAt - RACY_MS)
            return undefined;
        return e.sha256;
    }
    record(absPath, st, sha256, hashedAt) {
        this.entries.delete(absPath); // re-insert: Map order is recency, oldest evicted first
        this.entries.set(absPath, { size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), ino: String(st.ino), sha256, hashedAt });
        this.dirty = true;
    }
    /** Writes the cache (atomically) when it changed; a cache that cannot be written is skipped. */
    save() {
        if (!this.path || !this.dirty)
            return;
        while (this.entries.size > MAX_ENTRIES)
            this.entries.delete(this.entries.keys().next().value);
        const file = { kind: 'modelgate-stat-cache', version: 1, entries: Object.fromEntries(this.entries) };
        try {
            (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeJsonAtomic */ .ZJ)(this.path, file);
            this.dirty = false;
        }
        catch {
            // Read-only workspace: the next run re-hashes, nothing else is lost.
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Hashing
/** SHA-256 of a file's content, streamed with the next read in flight while a chunk is hashed. */
async function sha256File(path) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
        let i = 0;
        let pos = 0;
        let pending = fh.read(bufs[0], 0, CHUNK, 0);
        for (;;) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                break;
            const cur = bufs[i];
            pos += bytesRead;
            i ^= 1;
            pending = fh.read(bufs[i], 0, CHUNK, pos);
            hash.update(bytesRead === CHUNK ? cur : cur.subarray(0, bytesRead));
        }
        return { sha256: hash.digest('hex'), bytes: pos };
    }
    finally {
        await fh.close();
    }
}
/** Digests of the given workspace paths, in the same order, using and updating the stat cache. */
async function hashInputs(paths, opts) {
    const cache = opts.statCache ?? StatCache.none();
    const stats = { files: paths.length, bytes: 0, hashedFiles: 0, hashedBytes: 0, statCacheHits: 0 };
    const digests = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const idx = next++;
            const p = paths[idx];
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(opts.root, p);
            digests[idx] = await digestOne(p, abs, cache, stats);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, paths.length)) }, worker));
    return { digests, stats };
}
async function digestOne(p, abs, cache, stats) {
    for (let attempt = 0; attempt < 3; attempt++) {
        let before;
        try {
            before = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs, { bigint: true });
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .fL(`input ${p}: ${e.code === 'ENOENT' ? 'not found' : e.message}`, p);
        }
        const bytes = Number(before.size);
        const cached = cache.lookup(abs, before);
        if (cached) {
            stats.statCacheHits++;
            stats.bytes += bytes;
            return { path: p, sha256: cached, bytes };
        }
        const hashedAt = Date.now();
        const { sha256, bytes: read } = await sha256File(abs);
        const after = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs, { bigint: true });
        stats.hashedFiles++;
        stats.hashedBytes += read;
        if (after.size === before.size && after.mtimeNs === before.mtimeNs && BigInt(read) === before.size) {
            cache.record(abs, before, sha256, hashedAt);
            stats.bytes += read;
            return { path: p, sha256, bytes: read };
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .fL(`input ${p} kept changing while it was being hashed`, p);
}
/** Checks a key prefix: letters, digits, `.`, `_`, `+`, `-`, at most 200 characters. */
function checkKeyPrefix(prefix) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/.test(prefix)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`input 'cache-key-prefix' must be 1-200 letters, digits, '.', '_', '+' or '-' (starting with a letter or digit), got '${prefix}'`);
    }
    return prefix;
}
/** The descriptor that is hashed into the key (exported so the manifest and tests can show it). */
function keyDescriptor(parts) {
    const inputs = [...parts.inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((d) => [d.path, d.sha256, d.bytes]);
    return (0,_params_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalJson */ .dj)({
        format: KEY_FORMAT,
        modelgate: parts.modelgateVersion ?? MODELGATE_VERSION,
        command: parts.command,
        outputs: [...new Set(parts.outputs)].sort(),
        params: parts.params ?? null,
        inputs,
    });
}
/** `<prefix>-<sha256 of the descriptor>`. */
function cacheKey(parts) {
    checkKeyPrefix(parts.prefix);
    return `${parts.prefix}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(keyDescriptor(parts)).digest('hex')}`;
}


/***/ }),

/***/ 6:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Px: () => (/* binding */ diffManifestParams),
  mS: () => (/* binding */ gitState),
  Uw: () => (/* binding */ readMetrics),
  cv: () => (/* binding */ readTrainManifest),
  ZV: () => (/* binding */ runnerInfo),
  Ek: () => (/* binding */ toolVersions),
  $0: () => (/* binding */ writeTrainManifest)
});

// UNUSED EXPORTS: assertTrainManifest

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(1938);
;// CONCATENATED MODULE: ./.build/js/src/schemas/train-manifest.schema.json
const train_manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/train-manifest.schema.json","title":"modelgate train-manifest.json","description":"The lineage of one train step in command mode: the cache key and what it was computed from (input digests, command, params, modelgate version), whether the outputs came from the cache, the outputs\' digests, the metrics the command wrote, the git state, timings, runner and tool versions.","type":"object","required":["kind","schemaVersion","key","cacheHit","command","inputs","outputs","params","metrics","git","startedAt","durationMs","commandDurationMs","cache","runner","tools","producedBy"],"additionalProperties":false,"$defs":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"timestamp":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?Z$","description":"UTC, as Date.toISOString() writes it."},"file":{"type":"object","description":"A file by its workspace path (forward slashes; absolute when outside the workspace), content digest and size.","required":["path","sha256","bytes"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1},"sha256":{"$ref":"#/$defs/sha256"},"bytes":{"type":"integer","minimum":0}}},"git":{"description":"HEAD (git rev-parse HEAD) and whether `git status --porcelain` listed changes other than modelgate\'s own files, the declared outputs and the manifest; null outside a git work tree or without git.","oneOf":[{"type":"null"},{"type":"object","required":["commit","dirty"],"additionalProperties":false,"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"dirty":{"type":"boolean"}}}]},"runner":{"type":"object","required":["os","arch"],"additionalProperties":false,"properties":{"os":{"type":"string","description":"RUNNER_OS in Actions (Linux, Windows, macOS), else the same names from the platform."},"arch":{"type":"string","description":"Node\'s process.arch: x64, arm64, ..."}}},"tools":{"type":"object","required":["node","modelgate"],"additionalProperties":{"type":"string"},"properties":{"node":{"type":"string"},"modelgate":{"type":"string"}}},"paramValue":{"type":["string","number","boolean","null","array","object"],"items":{"$ref":"#/$defs/paramValue"},"additionalProperties":{"$ref":"#/$defs/paramValue"}}},"properties":{"kind":{"const":"train-manifest"},"schemaVersion":{"const":1},"key":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*-[0-9a-f]{64}$","description":"The cache key: <prefix>-<sha256 of the key descriptor>."},"cacheHit":{"type":"boolean","description":"True when the outputs were restored from the cache and the command did not run."},"command":{"type":"string","minLength":1},"inputs":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"Every file the input patterns matched, sorted by path."},"outputs":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"Every file of the declared outputs (directories expanded), sorted by path."},"params":{"oneOf":[{"type":"null"},{"type":"object","required":["path","values"],"additionalProperties":false,"properties":{"path":{"type":"string"},"format":{"enum":["json","yaml","env"]},"values":{"type":"object","additionalProperties":{"$ref":"#/$defs/paramValue"}}}}]},"metrics":{"description":"The metrics file the command wrote: the `metrics` option, else the first declared .json output that holds a flat object of numbers; null when none.","oneOf":[{"type":"null"},{"type":"object","required":["path","values"],"additionalProperties":false,"properties":{"path":{"type":"string"},"values":{"type":"object","additionalProperties":{"type":"number"}}}}]},"git":{"$ref":"#/$defs/git"},"startedAt":{"$ref":"#/$defs/timestamp"},"durationMs":{"type":"number","minimum":0,"description":"Wall time of the whole step: hashing, restore or command, save."},"commandDurationMs":{"type":["number","null"],"minimum":0,"description":"Wall time of the command; null on a cache hit (see producedBy)."},"cache":{"type":"object","required":["enabled","store","saved"],"additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"store":{"enum":["local","actions",null]},"saved":{"type":"boolean","description":"True when this run saved its outputs under the key."}}},"runner":{"$ref":"#/$defs/runner"},"tools":{"$ref":"#/$defs/tools"},"producedBy":{"description":"On a cache hit, the run that trained the restored outputs (from the record saved with the entry); null on a miss or when the entry has no record.","oneOf":[{"type":"null"},{"type":"object","required":["startedAt","commandDurationMs","git","runner","tools"],"additionalProperties":false,"properties":{"startedAt":{"$ref":"#/$defs/timestamp"},"commandDurationMs":{"type":["number","null"],"minimum":0},"git":{"$ref":"#/$defs/git"},"runner":{"$ref":"#/$defs/runner"},"tools":{"$ref":"#/$defs/tools"}}}]}}}');
// EXTERNAL MODULE: ./.build/js/src/train/cachekey.js
var cachekey = __webpack_require__(1935);
// EXTERNAL MODULE: ./.build/js/src/train/params.js
var params = __webpack_require__(3268);
;// CONCATENATED MODULE: ./.build/js/src/train/manifest.js
/**
 * train-manifest.json: the lineage of one train step in command mode (schema:
 * src/schemas/train-manifest.schema.json). Written atomically after every successful step, hit
 * or miss; validated against its schema before it is written and when it is read.
 *
 * The metrics file is the `metrics` option when given (a declared output; nested objects are
 * flattened with dots, every leaf must be a number), else the first declared output, in the
 * declared order, that is a `.json` file holding a flat object of finite numbers; none is fine.
 */









let validate;
/**
 * Checks a value against the train-manifest schema. Reading, a mismatch is a DataError naming the
 * file and the first offending field; writing, it is a bug (a plain Error).
 */
function assertTrainManifest(value, source, direction = 'read') {
    validate ??= new _2020.Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(train_manifest_schema_namespaceObject);
    if (!validate(value)) {
        const e = validate.errors[0];
        const message = `${source}: not a valid train-manifest (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
        if (direction === 'write')
            throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
        throw new errors/* DataError */.fL(message, source);
    }
}
function readTrainManifest(path) {
    let value;
    try {
        value = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new errors/* DataError */.fL(`${path}: ${code === 'ENOENT' ? 'not found' : `not JSON (${e.message})`}`, path);
    }
    assertTrainManifest(value, path, 'read');
    return value;
}
function writeTrainManifest(path, manifest) {
    assertTrainManifest(manifest, path, 'write');
    (0,files/* writeJsonAtomic */.ZJ)(path, manifest);
}
/** The params diff between two manifests (`dvc params diff` for train-manifest.json files). */
function diffManifestParams(before, after) {
    return (0,params/* diffParams */.Gm)(before?.params?.values, after?.params?.values);
}
/** RUNNER_OS in Actions; elsewhere the same names derived from the platform. */
function runnerInfo(env = process.env) {
    const names = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
    return { os: env.RUNNER_OS || names[process.platform] || process.platform, arch: process.arch };
}
function toolVersions() {
    return { node: process.version, modelgate: cachekey/* MODELGATE_VERSION */.mF };
}
function git(args, cwd) {
    return new Promise((done) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, windowsHide: true }, (err, stdout) => done(err ? undefined : stdout));
    });
}
/**
 * HEAD and whether the work tree is dirty, or null when `root` is not in a git work tree or git is
 * missing. `exclude` are workspace paths left out of the dirty check (modelgate's `.modelgate/`
 * folder, the declared outputs and the manifest: products of the run, not its sources). Untracked
 * files count as changes, as `git status --porcelain` lists them.
 */
async function gitState(root, exclude = []) {
    const head = (await git(['rev-parse', 'HEAD'], root))?.trim();
    if (!head || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head))
        return null;
    const specs = [':/', ...exclude.map((p) => `:(exclude,literal)${p}`)];
    const status = await git(['status', '--porcelain', '--', ...specs], root);
    if (status === undefined)
        return null;
    return { commit: head, dirty: status.trim() !== '' };
}
/** A flat object of finite numbers, or undefined. */
function flatNumbers(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return undefined;
    const entries = Object.entries(v);
    if (entries.length === 0 || !entries.every(([, x]) => typeof x === 'number' && Number.isFinite(x)))
        return undefined;
    return Object.fromEntries(entries);
}
function nestedNumbers(v, source, prefix = '', out = {}) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        throw new errors/* ConfigurationError */.j1(`metrics file ${source}: expected an object of numbers`);
    for (const [k, x] of Object.entries(v)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (typeof x === 'number' && Number.isFinite(x))
            out[key] = x;
        else if (x !== null && typeof x === 'object' && !Array.isArray(x))
            nestedNumbers(x, source, key, out);
        else
            throw new errors/* ConfigurationError */.j1(`metrics file ${source}: '${key}' is not a finite number`);
    }
    return out;
}
/**
 * The metrics the command wrote (see the module comment): `explicit` when given (an error if it is
 * not an object of numbers), else the first declared `.json` output holding a flat object of numbers.
 */
function readMetrics(root, outputs, explicit) {
    const read = (p) => {
        try {
            return JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(root, p), 'utf8'));
        }
        catch (e) {
            return e;
        }
    };
    if (explicit) {
        const v = read(explicit);
        if (v instanceof Error)
            throw new errors/* ConfigurationError */.j1(`metrics file ${explicit}: ${v.code === 'ENOENT' ? 'not found after the command ran' : `not JSON (${v.message})`}`);
        return { path: explicit, values: nestedNumbers(v, explicit) };
    }
    for (const p of outputs) {
        if (!p.toLowerCase().endsWith('.json'))
            continue;
        const values = flatNumbers(read(p));
        if (values)
            return { path: p, values };
    }
    return null;
}


/***/ }),

/***/ 3268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gm: () => (/* binding */ diffParams),
/* harmony export */   LE: () => (/* binding */ readParams),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   m0: () => (/* binding */ paramsFormat)
/* harmony export */ });
/* unused harmony exports parseParams, flattenParams, paramsDiffMarkdown */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1938);
/**
 * Training parameters: read from a params file, recorded in train-manifest.json, part of the cache
 * key, and compared between runs like `dvc params diff`.
 *
 * Formats, chosen by the file name:
 * - `.json`: JSON; `.yaml` / `.yml`: YAML 1.2 (core schema, through the `yaml` package).
 * - `.env`, `.env.*`, `*.env`, `.properties`, `.txt`, `.cfg`, `.ini` and files with no extension:
 *   `key=value` lines (dotenv style). `#` starts a comment line, an `export ` prefix is allowed,
 *   values may be single or double quoted (quoted values stay text). An unquoted value that reads as
 *   a JSON number becomes a number, `true`/`false` become booleans, anything else stays text. A key
 *   with dots (`model.lr=0.1`) is kept as is, so it diffs the same as nested YAML `model: {lr: 0.1}`.
 *   INI `[section]` headers are not supported.
 * - Anything else (`.toml`, ...) is a ConfigurationError naming the file: TOML is not supported.
 *
 * The top level must be a mapping. Non-finite YAML numbers (`.inf`, `.nan`) are kept as the text
 * "Infinity" / "-Infinity" / "NaN", since JSON cannot hold them.
 */




/** The format of a params file, from its name; undefined when it is none we read. */
function paramsFormat(path) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path).toLowerCase();
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(name);
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (name === '.env' || name.startsWith('.env.') || ext === '.env')
        return 'env';
    if (['.properties', '.txt', '.cfg', '.ini', ''].includes(ext))
        return 'env';
    return undefined;
}
/** Reads and parses a params file; a missing file or a syntax error is a ConfigurationError. */
function readParams(path, displayPath = path) {
    const format = paramsFormat(path);
    if (!format) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`params file ${displayPath}: unsupported format '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path)}'; use YAML (.yaml, .yml), JSON (.json) or key=value lines (.env)`);
    }
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`params file ${displayPath}: ${code === 'ENOENT' ? 'not found' : e.message}`);
    }
    return parseParams(text, format, displayPath);
}
/** Parses params text of a given format. */
function parseParams(text, format, source) {
    if (format === 'env')
        return parseEnv(text, source);
    const value = text.trim() === '' ? {} : (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlOrJson */ .oL)(text, source);
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`params file ${source}: the top level must be a mapping of names to values`);
    }
    return normalize(value);
}
function parseEnv(text, source) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(line);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}:${i + 1}: expected key=value, got '${line.slice(0, 60)}'`);
        const [, key, rawValue] = m;
        if (Object.hasOwn(out, key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}:${i + 1}: duplicate key '${key}'`);
        out[key] = envValue(rawValue);
    }
    return out;
}
function envValue(raw) {
    const q = raw[0];
    if ((q === '"' || q === "'") && raw.length >= 2) {
        const end = raw.lastIndexOf(q);
        if (end > 0) {
            const inner = raw.slice(1, end);
            return q === '"' ? inner.replace(/\\(["\\n])/g, (_, c) => (c === 'n' ? '\n' : c)) : inner;
        }
    }
    const value = raw.replace(/\s+#.*$/, '').trim();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value))
        return Number(value);
    return value;
}
/** Maps what YAML can hold and JSON cannot to JSON-safe values. */
function normalize(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'string' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(normalize);
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = normalize(x);
        return out;
    }
    return String(v);
}
/** JSON with object keys sorted at every level: the same params always give the same text. */
function canonicalJson(v) {
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
}
/**
 * Flattens nested mappings into dotted keys (`{model: {lr: 0.1}}` -> `model.lr`). Lists and empty
 * mappings are leaf values, compared whole, as `dvc params diff` does.
 */
function flattenParams(params, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(params)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
            Object.assign(out, flattenParams(v, key));
        }
        else {
            out[key] = v;
        }
    }
    return out;
}
/**
 * What changed from `before` to `after` (either may be undefined: no params recorded), like
 * `dvc params diff`: keys flattened with dots, values compared by their canonical JSON (so 1 and
 * 1.0 are equal, 1 and "1" are not), sorted by key. Unchanged keys are left out.
 */
function diffParams(before, after) {
    const a = flattenParams(before ?? {});
    const b = flattenParams(after ?? {});
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const out = [];
    for (const key of keys) {
        const inA = Object.hasOwn(a, key);
        const inB = Object.hasOwn(b, key);
        if (inA && !inB)
            out.push({ key, change: 'removed', old: a[key] });
        else if (!inA && inB)
            out.push({ key, change: 'added', new: b[key] });
        else if (canonicalJson(a[key]) !== canonicalJson(b[key]))
            out.push({ key, change: 'modified', old: a[key], new: b[key] });
    }
    return out;
}
/** The diff as a markdown table (`dvc params diff --md`), values from the data escaped. */
function paramsDiffMarkdown(changes, labels = { old: 'before', new: 'after' }) {
    if (changes.length === 0)
        return 'No parameter changed.\n';
    const cell = (v) => (v === undefined ? '—' : escapeCell(typeof v === 'string' ? v : canonicalJson(v)));
    const rows = changes.map((c) => `| ${escapeCell(c.key)} | ${c.change} | ${cell(c.old)} | ${cell(c.new)} |`);
    return [`| param | change | ${escapeCell(labels.old)} | ${escapeCell(labels.new)} |`, '|---|---|---|---|', ...rows].join('\n') + '\n';
}
function escapeCell(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`').replace(/\r?\n/g, ' ');
}


/***/ })

};
