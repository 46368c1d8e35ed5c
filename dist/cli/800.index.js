export const id = 800;
export const ids = [800];
export const modules = {

/***/ 22870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _A: () => (/* binding */ inferSchema),
/* harmony export */   ok: () => (/* binding */ renderSchema)
/* harmony export */ });
/* unused harmony export inferColumn */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/**
 * Schema inference from a profile, written for a person to read and edit. It infers what TFDV does
 * (types, nullability, small category sets) and numeric ranges, which TFDV does not, with a margin:
 * held-out rows fall a little outside the observed extremes all the time, and a schema that cries
 * wolf gets switched off. The rules, each stated in the schema's descriptions:
 *
 * - type: integer / number / boolean / string from the values seen; `null` added when any was null.
 * - range (x-dataset): the observed [min, max] widened by 10% of its span on each side; a column
 *   that never went below 0 keeps 0 as its floor (counts, amounts, durations).
 * - max-null-fraction (x-dataset), for nullable columns: the observed fraction plus three binomial
 *   standard errors plus 0.5 points, so the same source rarely trips it.
 * - enum: for text columns with at most 20 distinct values, each seen at least twice.
 */

const MAX_ENUM = 20;
const RANGE_MARGIN = 0.1;
function nice(x, dir) {
    if (x === 0 || !Number.isFinite(x))
        return x;
    const mag = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 3);
    return (dir === 'down' ? Math.floor(x / mag) : Math.ceil(x / mag)) * mag;
}
function round(x) {
    return Number(x.toPrecision(6));
}
function inferColumn(col, rows) {
    const nullable = col.nulls > 0;
    const withNull = (t) => (nullable ? [t, 'null'] : t);
    const total = col.count + col.nulls;
    const observed = [`${col.count} values`, `${col.nulls} null`];
    const rules = {};
    const property = {};
    switch (col.type) {
        case 'integer':
        case 'number': {
            const { min, max } = col.moments;
            observed.push(`min ${round(min)}`, `max ${round(max)}`);
            property.type = withNull(col.type);
            const margin = (max - min) * RANGE_MARGIN;
            let lo = nice(min - margin, 'down');
            const hi = nice(max + margin, 'up');
            if (min >= 0 && lo < 0)
                lo = 0;
            rules.range = { min: col.type === 'integer' ? Math.floor(lo) : round(lo), max: col.type === 'integer' ? Math.ceil(hi) : round(hi) };
            break;
        }
        case 'boolean':
            property.type = withNull('boolean');
            break;
        case 'string': {
            property.type = withNull('string');
            const counts = col.top.exactCounts();
            if (counts && counts.size <= MAX_ENUM && [...counts.values()].every((c) => c >= 2) && col.strings === col.count) {
                const values = [...counts.keys()].map(String).sort();
                property.enum = nullable ? [...values, null] : values;
                observed.push(`${values.length} categories`);
            }
            else {
                observed.push(`~${col.distinctCount.value} distinct`);
            }
            break;
        }
        case 'empty':
            observed.push('always empty');
            break;
    }
    if (nullable && total > 0) {
        const p = col.nulls / total;
        const bound = Math.min(1, p + 3 * Math.sqrt((p * (1 - p)) / total) + 0.005);
        rules['max-null-fraction'] = Math.ceil(bound * 1000) / 1000;
    }
    property.description = `inferred from ${rows} rows: ${observed.join(', ')}`;
    return { property, rules: Object.keys(rules).length ? rules : undefined };
}
function inferSchema(profile, source) {
    const properties = {};
    const columns = {};
    for (const col of profile.columns) {
        const { property, rules } = inferColumn(col, profile.rows);
        properties[col.name] = property;
        if (rules)
            columns[col.name] = rules;
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: `rows of ${source}`,
        type: 'object',
        properties,
        required: profile.columns.map((c) => c.name),
        'x-dataset': { columns },
    };
}
/** YAML for .yml/.yaml paths (with a header comment), JSON otherwise. */
function renderSchema(schema, path) {
    if (/\.ya?ml$/i.test(path)) {
        return ('# Inferred by `modelgate validate-data --infer-schema`. Review and edit it: ranges carry a 10% margin,\n' +
            '# categories list what was seen. JSON Schema draft 2020-12 for one row, plus dataset rules in x-dataset.\n' +
            (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(schema, { lineWidth: 0 }));
    }
    return JSON.stringify(schema, null, 2) + '\n';
}


/***/ }),

/***/ 67167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WV: () => (/* binding */ Profile),
  Pw: () => (/* binding */ jointHistogram)
});

// UNUSED EXPORTS: ColumnProfile, PROFILE_QUANTILES

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
;// CONCATENATED MODULE: ./.build/js/src/data/sketch/moments.js
/**
 * Streaming moments of a numeric column: count, mean and M2 (sum of squared deviations) by
 * Welford's update, exact min and max, and a Neumaier-compensated sum. Constant memory, no
 * allocation per value, mergeable by Chan, Golub and LeVeque's parallel formula, so shards can be
 * profiled separately and combined later:
 *
 *   n = na + nb, d = mean_b - mean_a,
 *   mean = mean_a + d * nb / n,
 *   M2 = M2_a + M2_b + d² * na * nb / n.
 *
 * Values must be finite: missing, NaN and ±Infinity are the caller's to count separately (a column
 * profile reports them as their own counts); `add` throws a RangeError on them rather than
 * silently poisoning every statistic.
 */

class Moments {
    /** Number of values added. */
    count = 0;
    /** Sum of squared deviations from the mean (Welford's M2). */
    m2 = 0;
    /** Smallest value (Infinity when empty). */
    min = Infinity;
    /** Largest value (-Infinity when empty). */
    max = -Infinity;
    // Welford runs on x - shift, with shift the first value seen: the mean of the shifted values is
    // small, so data with a large offset relative to its spread keeps full precision in M2.
    shift = 0;
    mu = 0;
    // Neumaier compensated summation: the sum is s + c.
    s = 0;
    c = 0;
    /** Adds one finite value. Throws RangeError on NaN or ±Infinity. */
    add(x) {
        if (x - x !== 0)
            throw new RangeError(`Moments.add: value must be finite, got ${x}`);
        const n = ++this.count;
        if (n === 1)
            this.shift = x;
        const y = x - this.shift;
        const d = y - this.mu;
        this.mu += d / n;
        this.m2 += d * (y - this.mu);
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        const s = this.s;
        const t = s + x;
        this.c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
        this.s = t;
    }
    /** Adds every value of an array (same contract as {@link add}). */
    addAll(xs) {
        for (let i = 0; i < xs.length; i++)
            this.add(xs[i]);
        return this;
    }
    /** Mean of the values added (0 when empty). */
    get mean() {
        return this.shift + this.mu;
    }
    /** The (compensated) sum of the values added. */
    get sum() {
        return this.s + this.c;
    }
    /** Population variance M2/n (NaN when empty). */
    get variance() {
        return this.count > 0 ? Math.max(0, this.m2) / this.count : NaN;
    }
    /** Sample (unbiased) variance M2/(n-1) (NaN when count < 2). */
    get sampleVariance() {
        return this.count > 1 ? Math.max(0, this.m2) / (this.count - 1) : NaN;
    }
    /** Population standard deviation sqrt(M2/n) (NaN when empty). */
    std() {
        return Math.sqrt(this.variance);
    }
    /** Sample standard deviation sqrt(M2/(n-1)) (NaN when count < 2). */
    sampleStd() {
        return Math.sqrt(this.sampleVariance);
    }
    /** Folds `other` into this (Chan et al.); `other` is unchanged. Returns this. */
    merge(other) {
        const nb = other.count;
        if (nb === 0)
            return this;
        const na = this.count;
        if (na === 0) {
            this.count = nb;
            this.shift = other.shift;
            this.mu = other.mu;
            this.m2 = other.m2;
            this.min = other.min;
            this.max = other.max;
            this.s = other.s;
            this.c = other.c;
            return this;
        }
        const n = na + nb;
        const d = other.shift - this.shift + (other.mu - this.mu);
        this.mu += d * (nb / n);
        this.m2 += other.m2 + d * d * ((na / n) * nb);
        this.count = n;
        if (other.min < this.min)
            this.min = other.min;
        if (other.max > this.max)
            this.max = other.max;
        const os = other.s;
        const oc = other.c;
        this.addToSum(os);
        this.c += oc;
        return this;
    }
    clone() {
        return new Moments().merge(this);
    }
    addToSum(x) {
        const s = this.s;
        const t = s + x;
        this.c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
        this.s = t;
    }
    toJSON() {
        const sum = this.s + this.c;
        return {
            type: 'moments',
            version: 1,
            count: this.count,
            mean: this.shift + this.mu,
            m2: this.m2,
            min: this.count > 0 ? this.min : null,
            max: this.count > 0 ? this.max : null,
            sum,
            sumResidual: this.c - (sum - this.s),
        };
    }
    /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.type !== 'moments' || j.version !== 1) {
            throw new errors/* DataError */.fL('moments sketch: not a {type: "moments", version: 1} object');
        }
        const num = (v, name) => {
            if (typeof v !== 'number' || !Number.isFinite(v))
                throw new errors/* DataError */.fL(`moments sketch: ${name} must be a finite number`);
            return v;
        };
        const m = new Moments();
        m.count = num(j.count, 'count');
        if (!Number.isInteger(m.count) || m.count < 0)
            throw new errors/* DataError */.fL('moments sketch: count must be a non-negative integer');
        m.shift = num(j.mean, 'mean');
        m.m2 = num(j.m2, 'm2');
        if (m.count > 0) {
            m.min = num(j.min, 'min');
            m.max = num(j.max, 'max');
        }
        m.s = num(j.sum, 'sum');
        m.c = j.sumResidual === undefined ? 0 : num(j.sumResidual, 'sumResidual');
        return m;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/data/sketch/ddsketch.js
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

const DEFAULT_ALPHA = 0.01;
const DEFAULT_MAX_BUCKETS = 2048;
/**
 * A dense store of counts by key over the key range [minKey, maxKey] (empty when minKey > maxKey),
 * held in `counts` at index key - offset, with slack on both sides so most range growth needs no
 * reallocation. The range is never wider than maxBuckets; see the module comment for collapsing.
 */
class Store {
    maxBuckets;
    counts = new Float64Array(0);
    offset = 0;
    minKey = 1;
    maxKey = 0;
    total = 0;
    collapsed = false;
    constructor(maxBuckets) {
        this.maxBuckets = maxBuckets;
    }
    add(key) {
        if (key >= this.minKey && key <= this.maxKey) {
            this.counts[key - this.offset]++;
            this.total++;
        }
        else
            this.addSlow(key, 1);
    }
    addCount(key, c) {
        if (key >= this.minKey && key <= this.maxKey) {
            this.counts[key - this.offset] += c;
            this.total += c;
        }
        else
            this.addSlow(key, c);
    }
    /** A key outside [minKey, maxKey]: widen the range, collapsing the lowest keys if it would exceed maxBuckets. */
    addSlow(key, c) {
        if (!Number.isSafeInteger(key))
            throw new RangeError(`DDSketch.add: value must be finite (bucket index ${key})`);
        const maxB = this.maxBuckets;
        if (this.minKey > this.maxKey) {
            this.ensure(key, key);
            this.minKey = this.maxKey = key;
        }
        else if (key < this.minKey) {
            const floor = this.maxKey - maxB + 1;
            if (key < floor) {
                key = floor;
                this.collapsed = true;
            }
            this.ensure(key, this.maxKey);
            this.minKey = key;
        }
        else {
            const floor = key - maxB + 1;
            if (floor > this.minKey) {
                // Collapse keys [minKey, floor - 1] into floor.
                const counts = this.counts;
                const off = this.offset;
                const top = Math.min(floor - 1, this.maxKey);
                let moved = 0;
                for (let k = this.minKey; k <= top; k++) {
                    moved += counts[k - off];
                    counts[k - off] = 0;
                }
                this.minKey = floor;
                this.ensure(floor, key);
                this.counts[floor - this.offset] += moved;
                this.collapsed = true;
            }
            else {
                this.ensure(this.minKey, key);
            }
            this.maxKey = key;
        }
        this.counts[key - this.offset] += c;
        this.total += c;
    }
    /** Makes the array cover keys [lo, hi], keeping the counts of [minKey, maxKey] ∩ [lo, hi]. */
    ensure(lo, hi) {
        const len = this.counts.length;
        if (lo >= this.offset && hi < this.offset + len)
            return;
        const span = hi - lo + 1;
        const newLen = Math.min(this.maxBuckets, Math.max(span + 32, len * 2));
        const newOffset = lo - ((newLen - span) >> 1);
        const next = new Float64Array(newLen);
        const a = Math.max(this.minKey, lo);
        const b = Math.min(this.maxKey, hi);
        if (a <= b)
            next.set(this.counts.subarray(a - this.offset, b - this.offset + 1), a - newOffset);
        this.counts = next;
        this.offset = newOffset;
    }
    /** Adds every count of `o` (ascending keys; the result does not depend on the order). */
    mergeFrom(o) {
        const oc = o.counts;
        const oo = o.offset;
        for (let k = o.minKey; k <= o.maxKey; k++) {
            const c = oc[k - oo];
            if (c > 0)
                this.addCount(k, c);
        }
        if (o.collapsed)
            this.collapsed = true;
    }
    /** The key holding the element of 0-based rank `rank` in increasing key order (rank < total). */
    keyAtRank(rank) {
        const counts = this.counts;
        const off = this.offset;
        let cum = 0;
        for (let k = this.minKey; k <= this.maxKey; k++) {
            cum += counts[k - off];
            if (cum > rank)
                return k;
        }
        return this.maxKey;
    }
    nonEmptyBuckets() {
        let n = 0;
        for (let k = this.minKey; k <= this.maxKey; k++)
            if (this.counts[k - this.offset] > 0)
                n++;
        return n;
    }
    toJSON() {
        let lo = this.minKey;
        let hi = this.maxKey;
        while (lo <= hi && this.counts[lo - this.offset] === 0)
            lo++;
        while (hi >= lo && this.counts[hi - this.offset] === 0)
            hi--;
        if (lo > hi)
            return { offset: 0, counts: [], collapsed: this.collapsed };
        return { offset: lo, counts: Array.from(this.counts.subarray(lo - this.offset, hi - this.offset + 1)), collapsed: this.collapsed };
    }
    load(j, name) {
        const bad = (why) => {
            throw new errors/* DataError */.fL(`ddsketch: ${name} store ${why}`);
        };
        if (!j || typeof j !== 'object')
            bad('is missing');
        if (!Number.isSafeInteger(j.offset))
            bad('offset must be an integer');
        if (!Array.isArray(j.counts))
            bad('counts must be an array');
        if (typeof j.collapsed !== 'boolean')
            bad('collapsed must be a boolean');
        if (j.counts.length > this.maxBuckets)
            bad(`spans ${j.counts.length} buckets, more than maxBuckets ${this.maxBuckets}`);
        let total = 0;
        for (const c of j.counts) {
            if (typeof c !== 'number' || !Number.isFinite(c) || c < 0)
                bad('counts must be non-negative numbers');
            total += c;
        }
        this.collapsed = j.collapsed;
        if (total === 0)
            return;
        let lo = 0;
        let hi = j.counts.length - 1;
        while (j.counts[lo] === 0)
            lo++;
        while (j.counts[hi] === 0)
            hi--;
        this.counts = Float64Array.from(j.counts.slice(lo, hi + 1));
        this.offset = j.offset + lo;
        this.minKey = this.offset;
        this.maxKey = j.offset + hi;
        this.total = total;
    }
}
class DDSketch {
    /** Relative accuracy. */
    alpha;
    maxBuckets;
    /** (1 + alpha) / (1 - alpha): the ratio of a bucket's upper to lower bound. */
    gamma;
    lnGamma;
    multiplier;
    pos;
    neg;
    zeros = 0;
    n = 0;
    lo = Infinity;
    hi = -Infinity;
    constructor(options = {}) {
        const alpha = options.alpha ?? DEFAULT_ALPHA;
        const maxBuckets = options.maxBuckets ?? DEFAULT_MAX_BUCKETS;
        if (!(alpha > 0 && alpha < 1))
            throw new errors/* ConfigurationError */.j1(`DDSketch alpha must be in (0, 1), got ${alpha}`);
        if (!Number.isSafeInteger(maxBuckets) || maxBuckets < 1) {
            throw new errors/* ConfigurationError */.j1(`DDSketch maxBuckets must be a positive integer, got ${maxBuckets}`);
        }
        this.alpha = alpha;
        this.maxBuckets = maxBuckets;
        this.gamma = (1 + alpha) / (1 - alpha);
        this.lnGamma = Math.log1p((2 * alpha) / (1 - alpha));
        this.multiplier = 1 / this.lnGamma;
        this.pos = new Store(maxBuckets);
        this.neg = new Store(maxBuckets);
    }
    /** Adds one finite value. Throws RangeError on NaN or ±Infinity. */
    add(x) {
        if (x > 0)
            this.pos.add(Math.ceil(Math.log(x) * this.multiplier));
        else if (x < 0)
            this.neg.add(Math.ceil(Math.log(-x) * this.multiplier));
        else if (x === 0)
            this.zeros++;
        else
            throw new RangeError(`DDSketch.add: value must be finite, got ${x}`);
        this.n++;
        if (x < this.lo)
            this.lo = x;
        if (x > this.hi)
            this.hi = x;
    }
    addAll(xs) {
        for (let i = 0; i < xs.length; i++)
            this.add(xs[i]);
        return this;
    }
    /** The bucket index of |x| (x non-zero): the same for every sketch with the same alpha. */
    keyOf(x) {
        return Math.ceil(Math.log(Math.abs(x)) * this.multiplier);
    }
    get count() {
        return this.n;
    }
    get zeroCount() {
        return this.zeros;
    }
    get positiveCount() {
        return this.pos.total;
    }
    get negativeCount() {
        return this.neg.total;
    }
    /** Exact minimum (NaN when empty). */
    get min() {
        return this.n > 0 ? this.lo : NaN;
    }
    /** Exact maximum (NaN when empty). */
    get max() {
        return this.n > 0 ? this.hi : NaN;
    }
    /** True once either store collapsed buckets (quantiles in the lowest-magnitude bucket lose the alpha guarantee). */
    get collapsed() {
        return this.pos.collapsed || this.neg.collapsed;
    }
    /** Number of non-empty buckets (zero bucket included). */
    get bucketCount() {
        return this.pos.nonEmptyBuckets() + this.neg.nonEmptyBuckets() + (this.zeros > 0 ? 1 : 0);
    }
    /** The representative value of positive key k: (1 - alpha) gamma^k = 2 gamma^k / (gamma + 1). */
    rep(k) {
        return Math.exp(k * this.lnGamma) * (1 - this.alpha);
    }
    /**
     * Estimate of the element of 0-based rank floor(q (count - 1)) (NaN when empty), within relative
     * error alpha of it unless it falls in a collapsed bucket.
     */
    quantile(q) {
        if (!(q >= 0 && q <= 1))
            throw new RangeError(`DDSketch.quantile: q must be in [0, 1], got ${q}`);
        const n = this.n;
        if (n === 0)
            return NaN;
        const rank = Math.floor(q * (n - 1));
        if (rank === 0)
            return this.lo;
        if (rank === n - 1)
            return this.hi;
        const nn = this.neg.total;
        let v;
        if (rank < nn)
            v = -this.rep(this.neg.keyAtRank(nn - 1 - rank));
        else if (rank < nn + this.zeros)
            v = 0;
        else
            v = this.rep(this.pos.keyAtRank(rank - nn - this.zeros));
        return v < this.lo ? this.lo : v > this.hi ? this.hi : v;
    }
    quantiles(qs) {
        return qs.map((q) => this.quantile(q));
    }
    /** The non-empty buckets in increasing value order: negatives, zeros, positives. */
    buckets() {
        const out = [];
        const lnG = this.lnGamma;
        const lo = this.lo;
        const hi = this.hi;
        const clampBucket = (sign, key, lower, upper, value, count, collapsed) => {
            if (lower < lo)
                lower = lo;
            if (upper > hi)
                upper = hi;
            if (value < lower)
                value = lower;
            if (value > upper)
                value = upper;
            out.push({ sign, key, lower, upper, value, count, collapsed });
        };
        const neg = this.neg;
        for (let k = neg.maxKey; k >= neg.minKey; k--) {
            const c = neg.counts[k - neg.offset];
            if (c === 0)
                continue;
            const collapsed = neg.collapsed && k === neg.minKey;
            const upperAbs = Math.exp(k * lnG);
            const lowerAbs = collapsed ? 0 : Math.exp((k - 1) * lnG);
            clampBucket(-1, k, -upperAbs, lowerAbs === 0 ? 0 : -lowerAbs, -this.rep(k), c, collapsed);
        }
        if (this.zeros > 0)
            out.push({ sign: 0, key: 0, lower: 0, upper: 0, value: 0, count: this.zeros, collapsed: false });
        const pos = this.pos;
        for (let k = pos.minKey; k <= pos.maxKey; k++) {
            const c = pos.counts[k - pos.offset];
            if (c === 0)
                continue;
            const collapsed = pos.collapsed && k === pos.minKey;
            clampBucket(1, k, collapsed ? 0 : Math.exp((k - 1) * lnG), Math.exp(k * lnG), this.rep(k), c, collapsed);
        }
        return out;
    }
    /** Folds `other` into this; requires the same alpha. Exact (see the module comment). Returns this. */
    merge(other) {
        if (other.alpha !== this.alpha) {
            throw new errors/* ConfigurationError */.j1(`cannot merge DDSketches with different alpha (${this.alpha} and ${other.alpha})`);
        }
        if (other.n === 0)
            return this;
        this.pos.mergeFrom(other.pos);
        this.neg.mergeFrom(other.neg);
        this.zeros += other.zeros;
        this.n += other.n;
        if (other.lo < this.lo)
            this.lo = other.lo;
        if (other.hi > this.hi)
            this.hi = other.hi;
        return this;
    }
    clone() {
        return new DDSketch({ alpha: this.alpha, maxBuckets: this.maxBuckets }).merge(this);
    }
    toJSON() {
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
    /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.type !== 'ddsketch' || j.version !== 1) {
            throw new errors/* DataError */.fL('ddsketch: not a {type: "ddsketch", version: 1} object');
        }
        if (typeof j.alpha !== 'number' || !(j.alpha > 0 && j.alpha < 1))
            throw new errors/* DataError */.fL('ddsketch: alpha must be in (0, 1)');
        if (!Number.isSafeInteger(j.maxBuckets) || j.maxBuckets < 1)
            throw new errors/* DataError */.fL('ddsketch: maxBuckets must be a positive integer');
        const s = new DDSketch({ alpha: j.alpha, maxBuckets: j.maxBuckets });
        s.pos.load(j.positive, 'positive');
        s.neg.load(j.negative, 'negative');
        if (typeof j.zeroCount !== 'number' || !(j.zeroCount >= 0))
            throw new errors/* DataError */.fL('ddsketch: zeroCount must be a non-negative number');
        s.zeros = j.zeroCount;
        s.n = s.pos.total + s.neg.total + s.zeros;
        if (j.count !== s.n)
            throw new errors/* DataError */.fL(`ddsketch: count ${j.count} does not match the bucket counts (${s.n})`);
        if (s.n > 0) {
            if (typeof j.min !== 'number' || typeof j.max !== 'number' || !(j.min <= j.max)) {
                throw new errors/* DataError */.fL('ddsketch: min and max must be numbers with min <= max');
            }
            s.lo = j.min;
            s.hi = j.max;
        }
        return s;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/data/sketch/hll.js
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

const DEFAULT_HLL_PRECISION = 14;
const HLL_HASH_ID = 'murmur3-xxh32-lanes-utf16-v1';
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
function fmix32(h) {
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
function hashStringInto(s) {
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
function hashNumberInto(x) {
    if (x === 0)
        x = 0; // -0 -> 0
    f64[0] = x;
    let lo = u32[LO];
    let hi = u32[HI];
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
function hashString64(s) {
    hashStringInto(s);
    return [H1 >>> 0, H2 >>> 0];
}
/** The 64-bit hash HyperLogLog uses for a number, as two unsigned 32-bit halves [lane1, lane2]. */
function hashNumber64(x) {
    hashNumberInto(x);
    return [H1 >>> 0, H2 >>> 0];
}
/** Ertl's sigma(x) = x + sum_k x^(2^k) 2^(k-1). */
function sigma(x) {
    if (x === 1)
        return Infinity;
    let y = 1;
    let z = x;
    let zp;
    do {
        x *= x;
        zp = z;
        z += x * y;
        y += y;
    } while (zp !== z);
    return z;
}
/** Ertl's tau(x) = (1 - x - sum_k (1 - x^(2^-k))^2 2^-k) / 3. */
function tau(x) {
    if (x === 0 || x === 1)
        return 0;
    let y = 1;
    let z = 1 - x;
    let zp;
    do {
        x = Math.sqrt(x);
        zp = z;
        y *= 0.5;
        z -= (1 - x) * (1 - x) * y;
    } while (zp !== z);
    return z / 3;
}
class HyperLogLog {
    p;
    /** Number of registers, 2^p. */
    m;
    registers;
    shift;
    constructor(p = DEFAULT_HLL_PRECISION) {
        if (!Number.isInteger(p) || p < 4 || p > 18)
            throw new errors/* ConfigurationError */.j1(`HyperLogLog precision must be an integer in [4, 18], got ${p}`);
        this.p = p;
        this.m = 1 << p;
        this.shift = 32 - p;
        this.registers = new Uint8Array(this.m);
    }
    /** Relative standard error 1.04 / sqrt(2^p) of a sketch with precision p. */
    static standardErrorFor(p) {
        return 1.04 / Math.sqrt(2 ** p);
    }
    /** Relative standard error of this sketch's estimates, 1.04 / sqrt(m). */
    get standardError() {
        return 1.04 / Math.sqrt(this.m);
    }
    update(h1, h2) {
        const idx = h1 >>> this.shift;
        const w = h1 << this.p;
        const rank = w !== 0 ? Math.clz32(w) + 1 : 33 - this.p + Math.clz32(h2);
        if (rank > this.registers[idx])
            this.registers[idx] = rank;
    }
    addString(s) {
        hashStringInto(s);
        this.update(H1, H2);
    }
    /** Adds a number by its float64 bits (-0 is 0; all NaNs are one value). */
    addNumber(x) {
        hashNumberInto(x);
        this.update(H1, H2);
    }
    add(v) {
        if (typeof v === 'number')
            this.addNumber(v);
        else
            this.addString(v);
    }
    /** Adds a precomputed 64-bit hash (two unsigned or signed 32-bit halves, as {@link hashString64} returns). */
    addHash(h1, h2) {
        this.update(h1 | 0, h2 | 0);
    }
    /** Register-wise max with `other` (same p required). Exact. Returns this. */
    merge(other) {
        if (other.p !== this.p)
            throw new errors/* ConfigurationError */.j1(`cannot merge HyperLogLogs with different precision (${this.p} and ${other.p})`);
        const a = this.registers;
        const b = other.registers;
        for (let i = 0; i < a.length; i++)
            if (b[i] > a[i])
                a[i] = b[i];
        return this;
    }
    clone() {
        return new HyperLogLog(this.p).merge(this);
    }
    get isEmpty() {
        for (let i = 0; i < this.m; i++)
            if (this.registers[i] !== 0)
                return false;
        return true;
    }
    /** Estimated number of distinct values (Ertl's improved raw estimator). */
    estimate() {
        const q = 64 - this.p;
        const m = this.m;
        const hist = new Float64Array(q + 2);
        for (let i = 0; i < m; i++)
            hist[this.registers[i]]++;
        let z = m * tau(1 - hist[q + 1] / m);
        for (let k = q; k >= 1; k--)
            z = 0.5 * (z + hist[k]);
        z += m * sigma(hist[0] / m);
        return (m * m) / (2 * Math.LN2 * z);
    }
    /** The classic estimate: alpha_m m^2 / sum 2^-M[j], with linear counting m ln(m / V) when it is <= 2.5 m and V registers are 0. */
    estimateClassic() {
        const m = this.m;
        const alphaM = m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < m; i++) {
            const r = this.registers[i];
            sum += 2 ** -r;
            if (r === 0)
                zeros++;
        }
        const raw = (alphaM * m * m) / sum;
        if (raw <= 2.5 * m && zeros > 0)
            return m * Math.log(m / zeros);
        return raw;
    }
    toJSON() {
        const reg = this.registers;
        let nnz = 0;
        for (let i = 0; i < reg.length; i++)
            if (reg[i] !== 0)
                nnz++;
        if (nnz * 3 < reg.length) {
            const bytes = Buffer.alloc(nnz * 3);
            let o = 0;
            for (let i = 0; i < reg.length; i++) {
                const r = reg[i];
                if (r === 0)
                    continue;
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
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.type !== 'hll' || j.version !== 1)
            throw new errors/* DataError */.fL('hll: not a {type: "hll", version: 1} object');
        if (j.hash !== HLL_HASH_ID)
            throw new errors/* DataError */.fL(`hll: built with hash "${String(j.hash)}", this version uses "${HLL_HASH_ID}"`);
        if (!Number.isInteger(j.p) || j.p < 4 || j.p > 18)
            throw new errors/* DataError */.fL(`hll: precision must be an integer in [4, 18]`);
        if (typeof j.registers !== 'string')
            throw new errors/* DataError */.fL('hll: registers must be a base64 string');
        const h = new HyperLogLog(j.p);
        const bytes = Buffer.from(j.registers, 'base64');
        const maxRank = 65 - j.p;
        if (j.encoding === 'dense') {
            if (bytes.length !== h.m)
                throw new errors/* DataError */.fL(`hll: expected ${h.m} register bytes, got ${bytes.length}`);
            for (let i = 0; i < h.m; i++) {
                if (bytes[i] > maxRank)
                    throw new errors/* DataError */.fL(`hll: register value ${bytes[i]} exceeds ${maxRank}`);
                h.registers[i] = bytes[i];
            }
        }
        else if (j.encoding === 'sparse') {
            if (bytes.length % 3 !== 0)
                throw new errors/* DataError */.fL('hll: sparse registers must be 3 bytes each');
            for (let o = 0; o < bytes.length; o += 3) {
                const v = (bytes[o] << 16) | (bytes[o + 1] << 8) | bytes[o + 2];
                const i = v >>> 6;
                const r = v & 63;
                if (i >= h.m || r > maxRank)
                    throw new errors/* DataError */.fL('hll: sparse register out of range');
                h.registers[i] = r;
            }
        }
        else
            throw new errors/* DataError */.fL(`hll: unknown encoding "${String(j.encoding)}"`);
        return h;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/data/sketch/spacesaving.js
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
 * increment. The min-heap over counters (needed to find the smallest) is only built on the first
 * eviction, so low-cardinality columns never pay for it.
 *
 * Values are strings or finite numbers (the JSON form keeps the type: "1" and 1 are different).
 */

const DEFAULT_SPACESAVING_CAPACITY = 256;
class SpaceSaving {
    capacity;
    index = new Map();
    values;
    counts;
    errors;
    /** Min-heap of slots by count (valid only when heapValid). */
    heap;
    /** Position of each slot in the heap. */
    pos;
    size = 0;
    heapValid = false;
    total = 0;
    isExact = true;
    constructor(capacity = DEFAULT_SPACESAVING_CAPACITY) {
        if (!Number.isSafeInteger(capacity) || capacity < 1)
            throw new errors/* ConfigurationError */.j1(`Space-Saving capacity must be a positive integer, got ${capacity}`);
        this.capacity = capacity;
        this.values = new Array(capacity);
        this.counts = new Float64Array(capacity);
        this.errors = new Float64Array(capacity);
        this.heap = new Int32Array(capacity);
        this.pos = new Int32Array(capacity);
    }
    add(v) {
        const slot = this.index.get(v);
        if (slot !== undefined) {
            this.counts[slot]++;
            if (this.heapValid)
                this.siftDown(this.pos[slot]);
        }
        else
            this.addNew(v);
        this.total++;
    }
    addNew(v) {
        if (this.size < this.capacity) {
            // A free counter. Normally the summary is still exact here; after merging summaries of
            // different capacities it may not be, and then the value may have been seen up to
            // unmonitoredBound times before.
            const bound = this.isExact ? 0 : this.unmonitoredBound;
            const slot = this.size++;
            this.values[slot] = v;
            this.counts[slot] = bound + 1;
            this.errors[slot] = bound;
            this.index.set(v, slot);
            return;
        }
        if (!this.heapValid)
            this.heapify();
        const slot = this.heap[0];
        const min = this.counts[slot];
        this.index.delete(this.values[slot]);
        this.values[slot] = v;
        this.index.set(v, slot);
        this.counts[slot] = min + 1;
        this.errors[slot] = min;
        this.isExact = false;
        this.siftDown(0);
    }
    heapify() {
        const n = this.size;
        for (let i = 0; i < n; i++) {
            this.heap[i] = i;
            this.pos[i] = i;
        }
        for (let i = (n >> 1) - 1; i >= 0; i--)
            this.siftDown(i);
        this.heapValid = true;
    }
    siftDown(i) {
        const heap = this.heap;
        const counts = this.counts;
        const pos = this.pos;
        const n = this.size;
        const slot = heap[i];
        const c = counts[slot];
        for (;;) {
            const l = 2 * i + 1;
            if (l >= n)
                break;
            let child = l;
            let cc = counts[heap[l]];
            const r = l + 1;
            if (r < n) {
                const rc = counts[heap[r]];
                if (rc < cc) {
                    child = r;
                    cc = rc;
                }
            }
            if (cc >= c)
                break;
            const s = heap[child];
            heap[i] = s;
            pos[s] = i;
            i = child;
        }
        heap[i] = slot;
        pos[slot] = i;
    }
    /** Number of values added. */
    get n() {
        return this.total;
    }
    /** Number of values currently monitored (at most capacity). */
    get distinctTracked() {
        return this.size;
    }
    /** True while every value seen has an exact counter (no eviction has happened, here or in a merged summary). */
    get exact() {
        return this.isExact;
    }
    /** Upper bound of the true count of any value not monitored: 0 while exact, else the smallest count. */
    get unmonitoredBound() {
        if (this.isExact || this.size === 0)
            return 0;
        let min = Infinity;
        if (this.heapValid)
            return this.counts[this.heap[0]];
        for (let i = 0; i < this.size; i++)
            if (this.counts[i] < min)
                min = this.counts[i];
        return min;
    }
    /** Count estimate and error for one value (for a value not monitored: count = error = unmonitoredBound). */
    estimate(v) {
        const slot = this.index.get(v);
        if (slot === undefined) {
            const b = this.unmonitoredBound;
            return { count: b, error: b, monitored: false };
        }
        return { count: this.counts[slot], error: this.errors[slot], monitored: true };
    }
    /** The monitored values by decreasing count (ties: larger guaranteed count first, then value), at most `limit`. */
    top(limit = this.capacity) {
        const out = [];
        for (let i = 0; i < this.size; i++)
            out.push({ value: this.values[i], count: this.counts[i], error: this.errors[i] });
        out.sort(compareHitters);
        return limit < out.length ? out.slice(0, Math.max(0, limit)) : out;
    }
    /** Every value with its exact count when the summary is exact, else null. */
    exactCounts() {
        if (!this.isExact)
            return null;
        const m = new Map();
        for (const h of this.top())
            m.set(h.value, h.count);
        return m;
    }
    /** Folds `other` into this (mergeable-summaries rule, see the module comment). Returns this. */
    merge(other) {
        const boundA = this.unmonitoredBound;
        const boundB = other.unmonitoredBound;
        const combined = new Map();
        for (let i = 0; i < this.size; i++) {
            combined.set(this.values[i], { value: this.values[i], count: this.counts[i] + boundB, error: this.errors[i] + boundB });
        }
        for (let i = 0; i < other.size; i++) {
            const v = other.values[i];
            const c = other.counts[i];
            const e = other.errors[i];
            const h = combined.get(v);
            if (h) {
                h.count += c - boundB;
                h.error += e - boundB;
            }
            else
                combined.set(v, { value: v, count: c + boundA, error: e + boundA });
        }
        const items = [...combined.values()].sort(compareHitters);
        const exact = this.isExact && other.isExact && items.length <= this.capacity;
        this.load(items.slice(0, this.capacity), this.total + other.total, exact);
        return this;
    }
    clone() {
        const s = new SpaceSaving(this.capacity);
        s.load(this.top(), this.total, this.isExact);
        return s;
    }
    load(items, n, exact) {
        this.index.clear();
        this.size = 0;
        this.heapValid = false;
        for (const h of items) {
            const slot = this.size++;
            this.values[slot] = h.value;
            this.counts[slot] = h.count;
            this.errors[slot] = h.error;
            this.index.set(h.value, slot);
        }
        for (let i = this.size; i < this.capacity; i++)
            this.values[i] = undefined;
        this.total = n;
        this.isExact = exact;
    }
    toJSON() {
        return {
            type: 'spacesaving',
            version: 1,
            capacity: this.capacity,
            n: this.total,
            exact: this.isExact,
            items: this.top().map((h) => [h.value, h.count, h.error]),
        };
    }
    /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.type !== 'spacesaving' || j.version !== 1) {
            throw new errors/* DataError */.fL('spacesaving: not a {type: "spacesaving", version: 1} object');
        }
        if (!Number.isSafeInteger(j.capacity) || j.capacity < 1)
            throw new errors/* DataError */.fL('spacesaving: capacity must be a positive integer');
        if (typeof j.n !== 'number' || !(j.n >= 0))
            throw new errors/* DataError */.fL('spacesaving: n must be a non-negative number');
        if (typeof j.exact !== 'boolean')
            throw new errors/* DataError */.fL('spacesaving: exact must be a boolean');
        if (!Array.isArray(j.items) || j.items.length > j.capacity)
            throw new errors/* DataError */.fL('spacesaving: items must be an array of at most capacity entries');
        const seen = new Set();
        const items = j.items.map((it) => {
            if (!Array.isArray(it) || it.length !== 3)
                throw new errors/* DataError */.fL('spacesaving: each item must be [value, count, error]');
            const [value, count, error] = it;
            if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
                throw new errors/* DataError */.fL('spacesaving: item values must be strings or finite numbers');
            }
            if (typeof count !== 'number' || typeof error !== 'number' || !(count > 0) || !(error >= 0) || error > count) {
                throw new errors/* DataError */.fL('spacesaving: item counts must satisfy count > 0 and 0 <= error <= count');
            }
            if (seen.has(value))
                throw new errors/* DataError */.fL(`spacesaving: value ${JSON.stringify(value)} listed twice`);
            seen.add(value);
            return { value, count, error };
        });
        const s = new SpaceSaving(j.capacity);
        s.load(items, j.n, j.exact);
        return s;
    }
}
function compareHitters(a, b) {
    if (a.count !== b.count)
        return b.count - a.count;
    const ga = a.count - a.error;
    const gb = b.count - b.error;
    if (ga !== gb)
        return gb - ga;
    if (typeof a.value !== typeof b.value)
        return typeof a.value === 'number' ? -1 : 1;
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

;// CONCATENATED MODULE: ./.build/js/src/data/profile.js
/**
 * Column profiles in one streaming pass with constant memory: counts by type, moments (Welford),
 * a DDSketch for quantiles and histograms, HyperLogLog for distinct values and Space-Saving for top
 * values. Every part merges (exactly for counts, moments, DDSketch without collapse and HLL; within
 * the stated bound for Space-Saving), so profiles of shards merge into the profile of the whole.
 */





const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const TOP_VALUES = 10;
class ColumnProfile {
    name;
    nulls = 0;
    numbers = 0;
    integers = 0;
    strings = 0;
    booleans = 0;
    /** NaN or ±Infinity (from Parquet or JSON): counted, kept out of the numeric sketches. */
    nonFinite = 0;
    moments = new Moments();
    quantiles = new DDSketch();
    distinct = new HyperLogLog();
    top = new SpaceSaving();
    /**
     * False once the column holds numbers and has more distinct values than Space-Saving's capacity
     * (it lost exactness): the top values of such a column (a measurement, an amount) say little
     * and cost the most to keep (every value a new counter), so from then on none are kept: `top`
     * is an empty, inexact summary and the summary's topValues is empty. The distinct count comes
     * from HyperLogLog either way. This depends only on the values, not their order or sharding
     * (merge applies the same rule), so merged profiles equal the profile of the whole.
     */
    topTracked = true;
    constructor(name) {
        this.name = name;
    }
    /** Adds one cell: null, a number, a string or a boolean (the typed add* methods do the same). */
    add(cell) {
        if (cell === null)
            this.nulls++;
        else if (typeof cell === 'number')
            this.addNumber(cell);
        else if (typeof cell === 'string')
            this.addString(cell);
        else
            this.addBoolean(cell);
    }
    addNull() {
        this.nulls++;
    }
    addNumber(x) {
        if (x - x !== 0) {
            this.nonFinite++;
            return;
        }
        this.numbers++;
        if (Math.floor(x) === x)
            this.integers++;
        this.moments.add(x);
        this.quantiles.add(x);
        if (this.topTracked) {
            const top = this.top;
            const before = top.distinctTracked;
            top.add(x);
            // While Space-Saving is exact, a value it already counted is already in the HyperLogLog
            // (adding it again would change no register): hash only new values.
            if (!top.exact) {
                this.distinct.addNumber(x);
                this.untrackTop();
            }
            else if (top.distinctTracked !== before)
                this.distinct.addNumber(x);
        }
        else
            this.distinct.addNumber(x);
    }
    addString(s) {
        this.strings++;
        this.addText(s);
    }
    addBoolean(b) {
        this.booleans++;
        this.addText(b ? 'true' : 'false');
    }
    addText(s) {
        if (this.topTracked) {
            const top = this.top;
            const before = top.distinctTracked;
            top.add(s);
            if (!top.exact) {
                this.distinct.addString(s);
                if (this.numbers > 0)
                    this.untrackTop();
            }
            else if (top.distinctTracked !== before)
                this.distinct.addString(s);
        }
        else
            this.distinct.addString(s);
    }
    /** Stops tracking top values (see {@link topTracked}). */
    untrackTop() {
        this.topTracked = false;
        this.top = untrackedTop(this.top.capacity, 0);
    }
    /** Non-null values. */
    get count() {
        return this.numbers + this.strings + this.booleans + this.nonFinite;
    }
    get type() {
        const n = this.count;
        if (n === 0)
            return 'empty';
        if (this.booleans === n)
            return 'boolean';
        if (this.numbers + this.nonFinite === n)
            return this.integers === this.numbers && this.nonFinite === 0 ? 'integer' : 'number';
        return 'string';
    }
    get isNumeric() {
        return this.type === 'integer' || this.type === 'number';
    }
    /** Exact distinct count while Space-Saving is exact, else the HyperLogLog estimate. */
    get distinctCount() {
        if (this.top.exact)
            return { value: this.top.distinctTracked, exact: true };
        return { value: Math.round(this.distinct.estimate()), exact: false };
    }
    merge(o) {
        this.nulls += o.nulls;
        this.numbers += o.numbers;
        this.integers += o.integers;
        this.strings += o.strings;
        this.booleans += o.booleans;
        this.nonFinite += o.nonFinite;
        this.moments.merge(o.moments);
        this.quantiles.merge(o.quantiles);
        this.distinct.merge(o.distinct);
        if (this.topTracked && o.topTracked) {
            this.top.merge(o.top);
            // The rule of a single pass: inexact (more distinct values than the capacity) with numbers.
            if (!this.top.exact && this.numbers > 0)
                this.untrackTop();
        }
        else if (this.topTracked)
            this.untrackTop();
        return this;
    }
    toJSON() {
        return {
            name: this.name,
            type: this.type,
            nulls: this.nulls,
            numbers: this.numbers,
            integers: this.integers,
            strings: this.strings,
            booleans: this.booleans,
            nonFinite: this.nonFinite,
            moments: this.moments.toJSON(),
            quantiles: this.quantiles.toJSON(),
            distinct: this.distinct.toJSON(),
            // Untracked: an empty inexact summary whose n counts the values, so that the JSON of a
            // merged profile equals that of the whole whatever the order of the values.
            top: this.topTracked ? this.top.toJSON() : { ...this.top.toJSON(), n: this.numbers + this.strings + this.booleans },
            ...(this.topTracked ? {} : { topTracked: false }),
        };
    }
    static fromJSON(j) {
        const c = new ColumnProfile(j.name);
        c.nulls = j.nulls;
        c.numbers = j.numbers;
        c.integers = j.integers;
        c.strings = j.strings;
        c.booleans = j.booleans;
        c.nonFinite = j.nonFinite;
        c.moments = Moments.fromJSON(j.moments);
        c.quantiles = DDSketch.fromJSON(j.quantiles);
        c.distinct = HyperLogLog.fromJSON(j.distinct);
        c.top = SpaceSaving.fromJSON(j.top);
        if (j.topTracked === false) {
            c.topTracked = false;
            c.top = untrackedTop(c.top.capacity, c.top.n);
        }
        return c;
    }
    /** The human-facing summary of data-report.json's `columns[]`. */
    summary() {
        const numeric = this.isNumeric && this.numbers > 0;
        const m = this.moments;
        const d = this.distinctCount;
        return {
            name: this.name,
            type: this.type,
            count: this.count,
            nulls: this.nulls,
            distinct: d.value,
            distinctExact: d.exact,
            min: numeric ? m.min : null,
            max: numeric ? m.max : null,
            mean: numeric ? m.mean : null,
            std: numeric && m.count > 1 ? m.sampleStd() : null,
            quantiles: numeric ? Object.fromEntries(PROFILE_QUANTILES.map((q) => [`p${Math.round(q * 100)}`, this.quantiles.quantile(q)])) : null,
            histogram: numeric ? histogram(this.quantiles, m.min, m.max) : null,
            topValues: this.top.top(TOP_VALUES).map((h) => ({ value: h.value, count: h.count, ...(h.error ? { error: h.error } : {}) })),
        };
    }
}
/** An empty, inexact Space-Saving summary: no value is tracked. */
function untrackedTop(capacity, n) {
    return SpaceSaving.fromJSON({ type: 'spacesaving', version: 1, capacity, n, exact: false, items: [] });
}
/**
 * Two numeric columns binned on the same equal-width edges over their joint range (for drawing
 * the reference over the current distribution); null unless both hold numbers.
 */
function jointHistogram(reference, current, bins = 20) {
    if (!reference.numbers || !current.numbers)
        return null;
    const min = Math.min(reference.moments.min, current.moments.min);
    const max = Math.max(reference.moments.max, current.moments.max);
    const r = histogram(reference.quantiles, min, max, bins);
    return { edges: r.edges, reference: r.counts, current: histogram(current.quantiles, min, max, bins).counts };
}
/** Ten equal-width bins over [min, max], each sketch bucket counted in the bin of its representative value. */
function histogram(sketch, min, max, bins = 10) {
    const width = (max - min) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
    const counts = new Array(bins).fill(0);
    for (const b of sketch.buckets()) {
        const i = width > 0 ? Math.min(bins - 1, Math.max(0, Math.floor((b.value - min) / width))) : 0;
        counts[i] += b.count;
    }
    return { edges, counts };
}
/** A dataset's profile: rows and one ColumnProfile per column, in file order. */
class Profile {
    sources;
    rows = 0;
    columns;
    byName = new Map();
    constructor(columnNames, sources = []) {
        this.sources = sources;
        this.columns = columnNames.map((n) => new ColumnProfile(n));
        for (const c of this.columns)
            this.byName.set(c.name, c);
    }
    merge(o, source = 'profile') {
        const mine = this.columns.map((c) => c.name).join('\u0000');
        const theirs = o.columns.map((c) => c.name).join('\u0000');
        if (mine !== theirs)
            throw new errors/* DataError */.fL(`${source}: its columns (${o.columns.map((c) => c.name).join(', ')}) differ from the other profiles' (${this.columns.map((c) => c.name).join(', ')})`, source);
        this.rows += o.rows;
        this.columns.forEach((c, i) => c.merge(o.columns[i]));
        this.sources.push(...o.sources);
        return this;
    }
    toJSON() {
        return { kind: 'profile', schemaVersion: 1, rows: this.rows, sources: this.sources, columns: this.columns.map((c) => c.toJSON()) };
    }
    static fromJSON(j) {
        const p = new Profile([], [...j.sources]);
        p.rows = j.rows;
        for (const cj of j.columns) {
            const c = ColumnProfile.fromJSON(cj);
            p.columns.push(c);
            p.byName.set(c.name, c);
        }
        return p;
    }
}


/***/ }),

/***/ 89323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ scan)
});

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/data/profile.js + 4 modules
var data_profile = __webpack_require__(67167);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js
var readers = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js
var data_schema = __webpack_require__(46043);
// EXTERNAL MODULE: ./.build/js/src/lib/columns.js
var columns = __webpack_require__(35054);
;// CONCATENATED MODULE: ./.build/js/src/data/values.js

class ColumnValues {
    nums = new columns/* F64 */.j(1024);
    categories = new Map();
    add(cell) {
        if (cell === null)
            return;
        if (typeof cell === 'number')
            this.addNumber(cell);
        else {
            const key = String(cell);
            this.categories.set(key, (this.categories.get(key) ?? 0) + 1);
        }
    }
    addNumber(x) {
        this.nums.push(x);
    }
    /** The numeric values seen, in arrival order (a view, not a copy). */
    get numbers() {
        return this.nums.values;
    }
    get numericCount() {
        return this.nums.n;
    }
    get categoricalCount() {
        let s = 0;
        for (const c of this.categories.values())
            s += c;
        return s;
    }
}

// EXTERNAL MODULE: ./.build/js/src/data/violations.js
var data_violations = __webpack_require__(45648);
;// CONCATENATED MODULE: ./.build/js/src/data/scan.js
/**
 * One streaming pass over a dataset: every row is converted (by the schema's types, or numeric
 * text to numbers without one), added to the profile, checked against the row schema and the
 * dataset rules, and, when exact drift tests need them, its values are kept per column.
 */






/** Per-column dataset rule state gathered during the pass and judged at the end. */
class RuleState {
    column;
    rules;
    seen;
    outside = 0;
    outsideSamples = [];
    unexpected = 0;
    unexpectedSamples = [];
    allowed;
    constructor(column, rules) {
        this.column = column;
        this.rules = rules;
        if (rules.unique)
            this.seen = new Map();
        if (rules.categories)
            this.allowed = new Set(rules.categories.values);
    }
}
/**
 * What the row loop needs of one column, in one object of one shape (monomorphic loads): its
 * profile, how its text converts, its range as [lo, hi] (±Infinity when open or absent), its
 * allowed categories, its kept values and its rules.
 */
class ColumnSlot {
    name;
    profile;
    kind;
    coerce;
    rules;
    lo;
    hi;
    allowed;
    values = new ColumnValues();
    constructor(name, profile, kind, coerce, rules) {
        this.name = name;
        this.profile = profile;
        this.kind = kind;
        this.coerce = coerce;
        this.rules = rules;
        this.lo = rules?.rules.range?.min ?? -Infinity;
        this.hi = rules?.rules.range?.max ?? Infinity;
        this.allowed = rules?.allowed;
    }
}
async function scan(opts) {
    const { schema } = opts;
    const keepValues = opts.keepValues;
    const violations = new data_violations/* Violations */.n(opts.maxSamples);
    let profile = new data_profile/* Profile */.WV([], [...opts.files]);
    let columns = [];
    let slots = [];
    // Columns with a `unique` rule (checked on every row) and with any rule, in column order.
    let uniqueCols = [];
    let ruleCols = [];
    // The object ajv validates: one per dataset, its fields overwritten row by row (created with
    // every column in order, so its shape never changes).
    let rowObject = {};
    let file = opts.files[0] ?? null;
    let rowNo = 0;
    let textFormat = true;
    /** A violation sample; `coerced` says the row's cells are to be shown converted (all but ragged rows). */
    const sample = (row, line, column, rule, message, cells, coerced) => {
        const rowValues = {};
        const k = coerced ? columns.length : cells.length;
        for (let i = 0; i < k; i++)
            rowValues[columns[i] ?? `#${i + 1}`] = i < cells.length ? (coerced ? slots[i].coerce(cells[i]) : cells[i]) : null;
        return { row, line, file, column, rule, message, values: rowValues };
    };
    const addColumn = (name) => {
        const i = columns.length;
        columns.push(name);
        const col = profile.byName.get(name) ?? new data_profile/* Profile */.WV([name]).columns[0];
        if (!profile.byName.has(name)) {
            profile.columns.push(col);
            profile.byName.set(name, col);
        }
        const r = schema?.rules.columns?.[name];
        const kind = schema ? schema.cellKind(name) : data_schema/* CELL_AUTO */.ty;
        slots.push(new ColumnSlot(name, col, kind, schema ? schema.coerce(name) : data_schema/* autoCell */.kO, r ? new RuleState(name, r) : undefined));
        if (r)
            ruleCols.push(i);
        if (r?.unique)
            uniqueCols.push(i);
        // A number-typed column's field starts as a number so V8 can keep it unboxed (every field is set before use).
        rowObject[name] = kind === data_schema/* CELL_NUMBER */.Bj ? 0 : null;
    };
    const sink = {
        beginFile(path) {
            file = path;
        },
        header(names) {
            columns = [];
            slots = [];
            uniqueCols = [];
            ruleCols = [];
            rowObject = {};
            profile = new data_profile/* Profile */.WV([], [...opts.files]);
            for (const n of names)
                addColumn(n);
        },
        newColumn(name) {
            addColumn(name);
        },
        bad(line, message) {
            rowNo++;
            violations.add({ row: rowNo, line, file, column: null, rule: 'invalid-json', message });
        },
        row(cells, line) {
            const row = ++rowNo;
            const n = columns.length;
            const m = cells.length;
            if (textFormat && m !== n) {
                violations.add(sample(row, line, null, 'ragged-row', `has ${m} fields, the header has ${n}`, cells, false));
                return;
            }
            const cols = slots;
            const obj = rowObject;
            const validating = schema !== undefined;
            const keep = keepValues;
            // A range or category rule failed on this row: its samples are made after the row schema's.
            let ruleHit = false;
            // Each cell is converted and added to the profile by its type, inline (no closure call per
            // cell but for CELL_OTHER columns); the converted value goes to the row object, the rules
            // and the kept values, not back to `cells` (samples convert again, rarely).
            for (let i = 0; i < n; i++) {
                const c = cols[i];
                const raw = i < m ? cells[i] : null;
                if (raw === null) {
                    c.profile.addNull();
                    if (validating)
                        obj[c.name] = null;
                    continue;
                }
                let x;
                if (typeof raw === 'string') {
                    const kind = c.kind;
                    if (kind === data_schema/* CELL_NUMBER */.Bj)
                        x = (0,data_schema/* parseNumber */.$J)(raw);
                    else if (kind === data_schema/* CELL_AUTO */.ty) {
                        // autoCell's fast reject: a number starts with a digit, sign or dot.
                        const ch = raw.charCodeAt(0);
                        x = (ch >= 48 && ch <= 57) || ch === 45 || ch === 43 || ch === 46 ? (0,data_schema/* parseNumber */.$J)(raw) : undefined;
                    }
                    else if (kind === data_schema/* CELL_OTHER */.gT) {
                        const v = c.coerce(raw);
                        if (typeof v === 'number')
                            x = v;
                        else {
                            if (v === null)
                                c.profile.addNull();
                            else
                                c.profile.add(v);
                            if (v !== null && c.allowed !== undefined && !c.allowed.has(v))
                                ruleHit = true;
                            if (keep)
                                c.values.add(v);
                            if (validating)
                                obj[c.name] = v;
                            continue;
                        }
                    }
                    if (x === undefined) {
                        // Text stays text.
                        c.profile.addString(raw);
                        if (c.allowed !== undefined && !c.allowed.has(raw))
                            ruleHit = true;
                        if (keep)
                            c.values.add(raw);
                        if (validating)
                            obj[c.name] = raw;
                        continue;
                    }
                }
                else if (typeof raw === 'number') {
                    x = raw; // JSON Lines and Parquet values are never converted
                }
                else {
                    c.profile.add(raw);
                    if (c.allowed !== undefined && !c.allowed.has(raw))
                        ruleHit = true;
                    if (keep)
                        c.values.add(raw);
                    if (validating)
                        obj[c.name] = raw;
                    continue;
                }
                c.profile.addNumber(x);
                if (x < c.lo || x > c.hi)
                    ruleHit = true;
                if (c.allowed !== undefined && !c.allowed.has(x))
                    ruleHit = true;
                if (keep)
                    c.values.addNumber(x);
                if (validating)
                    obj[c.name] = x;
            }
            profile.rows++;
            if (validating) {
                if (!schema.validate(obj)) {
                    const errs = (0,data_schema/* rowErrors */.s1)(schema, obj);
                    for (const e of errs)
                        violations.add(sample(row, line, e.column || null, e.rule, `${e.column}: ${e.message}`, cells, true));
                }
                if (ruleHit || uniqueCols.length > 0) {
                    for (const i of ruleHit ? ruleCols : uniqueCols)
                        checkRules(cols[i].rules, i < m ? cols[i].coerce(cells[i]) : null, row, line, cells);
                }
            }
        },
    };
    function checkRules(r, v, row, line, cells) {
        if (v === null)
            return;
        if (r.seen) {
            const first = r.seen.get(v);
            if (first !== undefined)
                violations.add(sample(row, line, r.column, 'unique', `${r.column}: ${JSON.stringify(v)} repeats row ${first}`, cells, true));
            else
                r.seen.set(v, row);
        }
        const range = r.rules.range;
        if (range && typeof v === 'number' && ((range.min !== undefined && v < range.min) || (range.max !== undefined && v > range.max))) {
            r.outside++;
            if (r.outsideSamples.length < opts.maxSamples)
                r.outsideSamples.push(sample(row, line, r.column, 'range', `${r.column}: ${v} is outside [${range.min ?? '-∞'}, ${range.max ?? '+∞'}]`, cells, true));
        }
        if (r.allowed && !r.allowed.has(v)) {
            r.unexpected++;
            if (r.unexpectedSamples.length < opts.maxSamples)
                r.unexpectedSamples.push(sample(row, line, r.column, 'categories', `${r.column}: ${JSON.stringify(v)} is not an allowed category`, cells, true));
        }
    }
    const first = opts.files[0];
    const format = (0,readers/* detectFormat */.Tz)(first, opts.format);
    textFormat = format === 'csv' || format === 'tsv';
    const result = await (0,readers/* readRows */.aK)(opts.files, sink, { format, shard: opts.shard });
    if (columns.length === 0 && result.columns.length === 0)
        throw new errors/* DataError */.fL(`${first}: no columns found`, first);
    if (schema)
        datasetRules(schema, profile, slots.map((c) => c.rules), violations);
    const valueMap = opts.keepValues ? new Map(columns.map((c, i) => [c, slots[i].values])) : undefined;
    return { profile, values: valueMap, violations, rowsRead: rowNo, format: result.format, bytes: result.bytes };
}
function datasetRules(schema, profile, rules, violations) {
    const ds = { row: null, line: null, file: null };
    for (const c of schema.requiredColumns) {
        if (!profile.byName.has(c))
            violations.add({ ...ds, column: c, rule: 'required-column', message: `required column '${c}' is missing` });
    }
    const minRows = schema.rules['min-rows'];
    if (minRows !== undefined && profile.rows < minRows)
        violations.add({ ...ds, column: null, rule: 'min-rows', message: `${profile.rows} rows, at least ${minRows} required` });
    for (const [name, r] of Object.entries(schema.rules.columns ?? {})) {
        const col = profile.byName.get(name);
        if (!col)
            continue;
        const total = col.count + col.nulls;
        const maxNull = r['max-null-fraction'];
        if (maxNull !== undefined && total > 0 && col.nulls / total > maxNull) {
            violations.add({ ...ds, column: name, rule: 'max-null-fraction', message: `${name}: ${((100 * col.nulls) / total).toFixed(2)}% null, at most ${(100 * maxNull).toFixed(2)}% allowed` });
        }
    }
    for (const r of rules) {
        if (!r)
            continue;
        const col = profile.byName.get(r.column);
        const n = col.count || 1;
        const allowOut = r.rules.range?.['max-outside-fraction'] ?? 0;
        if (r.outside > 0 && r.outside / n > allowOut) {
            r.outsideSamples.forEach((s, i) => violations.add(s, i === 0 ? r.outside - r.outsideSamples.length + 1 : 1));
        }
        const allowUnexpected = r.rules.categories?.['max-unexpected-fraction'] ?? 0;
        if (r.unexpected > 0 && r.unexpected / n > allowUnexpected) {
            r.unexpectedSamples.forEach((s, i) => violations.add(s, i === 0 ? r.unexpected - r.unexpectedSamples.length + 1 : 1));
        }
    }
}


/***/ }),

/***/ 45648:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ Violations)
/* harmony export */ });
class Violations {
    maxSamples;
    count = 0;
    byRule = {};
    samples = [];
    constructor(maxSamples) {
        this.maxSamples = maxSamples;
    }
    add(v, times = 1) {
        this.count += times;
        this.byRule[v.rule] = (this.byRule[v.rule] ?? 0) + times;
        if (this.samples.length < this.maxSamples)
            this.samples.push(v);
    }
    toJSON() {
        return { count: this.count, byRule: this.byRule, samples: this.samples };
    }
}


/***/ }),

/***/ 35054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ I32),
/* harmony export */   j: () => (/* binding */ F64)
/* harmony export */ });
/** Growable typed-array columns for per-row evaluation results (no per-row objects). */
class F64 {
    buf;
    n = 0;
    constructor(cap = 4096) {
        this.buf = new Float64Array(cap);
    }
    push(x) {
        if (this.n === this.buf.length) {
            const next = new Float64Array(this.buf.length * 2);
            next.set(this.buf);
            this.buf = next;
        }
        this.buf[this.n++] = x;
    }
    /** The filled prefix (a view, not a copy). */
    get values() {
        return this.buf.subarray(0, this.n);
    }
    /** The filled prefix, copied into an exactly sized array. */
    done() {
        return this.buf.slice(0, this.n);
    }
}
class I32 {
    buf;
    n = 0;
    constructor(cap = 4096) {
        this.buf = new Int32Array(cap);
    }
    push(x) {
        if (this.n === this.buf.length) {
            const next = new Int32Array(this.buf.length * 2);
            next.set(this.buf);
            this.buf = next;
        }
        this.buf[this.n++] = x;
    }
    /** The filled prefix (a view, not a copy). */
    get values() {
        return this.buf.subarray(0, this.n);
    }
    /** The filled prefix, copied into an exactly sized array. */
    done() {
        return this.buf.slice(0, this.n);
    }
}


/***/ })

};
