export const id = 402;
export const ids = [402];
export const modules = {

/***/ 2402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ validate_data)
});

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(1938);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build/js/src/schemas/validate.js + 4 modules
var validate = __webpack_require__(6382);
// EXTERNAL MODULE: ./.build/js/src/report/data-report.js
var data_report = __webpack_require__(745);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(1638);
;// CONCATENATED MODULE: ./.build/js/src/stats/drift.js
/**
 * Drift statistics between a reference and a current sample: pure functions over numbers that
 * reproduce scipy / numpy (versions recorded in test/fixtures/stats/drift-goldens.json, generated
 * by scripts/fixtures/drift_goldens.py), with the tolerances stated on each function.
 *
 * Tests return a result object with `statistic` and `pvalue`; distances return the number, as
 * scipy does. Inputs are never mutated; samples are copied into Float64Arrays. Every function is
 * O(n log n) or better in the sample sizes, except the exact two-sample KS p-value, whose cost is
 * bounded by the 'auto' rule of `ks2samp`. Invalid input throws a RangeError naming the argument.
 */

/** scipy's MAX_AUTO_N: 'auto' computes the exact p-value when max(n1, n2) is at most this... */
const KS_EXACT_MAX_N = 10000;
/** ...and the lattice band has at most this many cells (about 0.1 s). */
const KS_EXACT_MAX_WORK = 2.5e7;
/** Lattice cells the exact two-sample p-value visits for D = h / lcm(n1, n2). */
function exactWork(n1, n2, h) {
    if (n1 === n2)
        return n1;
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    return m * Math.min(n + 1, 2 * Math.ceil(h / (m / (0,distributions/* gcd */.p_)(m, n))) + 2);
}
function fail(fn, message) {
    throw new RangeError(`${fn}: ${message}`);
}
/** a[i] itself when it is a number other than NaN (null or a string is not silently 0 or NaN). */
function number(v, fn, name, i) {
    if (typeof v !== 'number')
        fail(fn, `${name}[${i}] is not a number (${v === null ? 'null' : typeof v})`);
    if (Number.isNaN(v))
        fail(fn, `${name}[${i}] is NaN; drop missing values first`);
    return v;
}
/** Copy of `a` as a Float64Array; throws on NaN (and on ±Infinity unless `allowInfinite`). */
function toFloat64(a, fn, name, allowInfinite = false) {
    if (a === null || a === undefined || typeof a.length !== 'number')
        fail(fn, `${name} must be an array of numbers`);
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) {
        const v = number(a[i], fn, name, i);
        if (!allowInfinite && !Number.isFinite(v))
            fail(fn, `${name}[${i}] is not finite`);
        out[i] = v;
    }
    return out;
}
/** Copy of non-negative finite weights, counts or shares. */
function nonNegative(a, fn, name) {
    const out = toFloat64(a, fn, name);
    for (let i = 0; i < out.length; i++)
        if (out[i] < 0)
            fail(fn, `${name}[${i}] is negative (${out[i]})`);
    return out;
}
/** Neumaier-compensated sum: error O(ε) independent of length, close to numpy's pairwise sum. */
function sum(a) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < a.length; i++) {
        const v = a[i];
        const t = s + v;
        c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
        s = t;
    }
    return Number.isFinite(s) ? s + c : s;
}
/** Round half to even, as numpy's np.round. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/**
 * Two-sample Kolmogorov-Smirnov test, two-sided (scipy.stats.ks_2samp, alternative='two-sided').
 *
 * statistic: D = max_t |F_x(t) - F_y(t)| with right-continuous empirical CDFs evaluated at every
 * pooled value (ties handled as scipy does); bit-identical to scipy. When the exact p-value is
 * computed, D is reported as round(D·lcm)/lcm like scipy.
 *
 * method:
 * - 'exact': P(D_{n1,n2} >= D) under H0, counting the monotone lattice paths from (0,0) to (n1,n2)
 *   that leave the band |i/n1 - j/n2| < D (Hodges 1958, Viehmann 2021's recursion for n1 ≠ n2; the
 *   reflection sum for n1 = n2), the same arithmetic as scipy: agrees with scipy method='exact' to
 *   1e-11 relative (tested; bit-identical in every golden case). Cost O(n) for n1 = n2, else up to
 *   O(n1·n2·D) — with an explicit 'exact' there is no cap beyond scipy's: it falls back to
 *   'asymp' only when lcm(n1, n2) >= 2^31 - 1 or on floating-point failure.
 * - 'asymp': kstwo.sf(D, round(n1·n2/(n1+n2))), the exact one-sample Kolmogorov distribution at the
 *   effective size n_e (half to even, as numpy). kstwo.sf is computed as scipy does (Simard &
 *   L'Ecuyer 2011: Durbin matrix and Pomeranz recursion for n_e <= 140, 2·smirnov for large D,
 *   Durbin or the Pelz-Good asymptotic series otherwise; see distributions.ts), and agrees with
 *   scipy method='asymp' to 1e-12 relative (tested; at most 2e-14 in the goldens, which reach
 *   n_e = 111111). It is itself an approximation of the two-sample null distribution, as in scipy.
 * - 'auto' (default): 'exact' when max(n1, n2) <= 10000 (scipy's MAX_AUTO_N) and the lattice band
 *   has at most 2.5e7 cells (about 0.1 s; the band has ~2·D·n1·n2 cells, so without this cap
 *   disjoint samples of 10000 would take ~0.5 s), else 'asymp'. The cap can only be exceeded when
 *   n_e·D² > 77 (e.g. n1 ≈ n2 ≈ 10000 and D > 0.125), where both p-values are below 1e-60, so
 *   'auto' still returns scipy's default p-value to 1e-60 absolute there (tested at the boundary).
 *
 * Inputs may be unsorted and are not mutated. NaN anywhere, or an empty sample, throws.
 */
function ks2samp(x, y, opts = {}) {
    const method = opts.method ?? 'auto';
    if (method !== 'auto' && method !== 'exact' && method !== 'asymp')
        fail('ks2samp', `method must be 'auto', 'exact' or 'asymp', got ${JSON.stringify(method)}`);
    const a = toFloat64(x, 'ks2samp', 'x', true).sort();
    const b = toFloat64(y, 'ks2samp', 'y', true).sort();
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0)
        fail('ks2samp', 'x must not be empty');
    if (n2 === 0)
        fail('ks2samp', 'y must not be empty');
    // Walk the pooled values in order; after consuming every copy of v, i/n1 - j/n2 = F_x(v) - F_y(v).
    // Once either sample is exhausted |F_x - F_y| only shrinks, so the walk can stop there.
    let dPlus = 0;
    let dMinus = 0;
    for (let i = 0, j = 0; i < n1 && j < n2;) {
        const v = a[i] <= b[j] ? a[i] : b[j];
        while (i < n1 && a[i] === v)
            i++;
        while (j < n2 && b[j] === v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > dPlus)
            dPlus = diff;
        else if (-diff > dMinus)
            dMinus = -diff;
    }
    let d = Math.max(dPlus, dMinus);
    const g = (0,distributions/* gcd */.p_)(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    const cheap = Math.max(n1, n2) <= KS_EXACT_MAX_N && exactWork(n1, n2, h) <= KS_EXACT_MAX_WORK;
    let mode = method === 'auto' ? (cheap ? 'exact' : 'asymp') : method;
    if (method === 'exact' && n1 / g >= 2147483647 / (n2 / g))
        mode = 'asymp';
    if (mode === 'exact') {
        d = h / lcm;
        const p = (0,distributions/* smirnov2Sf */.gb)(n1, n2, h);
        if (p >= 0 && p <= 1)
            return { statistic: d, pvalue: p, method: 'exact' };
    }
    const en = (Math.max(n1, n2) * Math.min(n1, n2)) / (n1 + n2);
    return { statistic: d, pvalue: (0,distributions/* clip01 */.m2)((0,distributions/* kstwoSf */.CN)(roundHalfEven(en), d)), method: 'asymp' };
}
/**
 * Pearson's chi-square goodness-of-fit test (scipy.stats.chisquare with ddof=0): statistic
 * X² = Σ (o - e)² / e and the asymptotic upper-tail p-value P(χ²_df >= X²), df = k - 1.
 *
 * `fExp` defaults to the uniform expectation (mean of fObs). As in scipy the two totals must
 * agree to a relative tolerance of 1e-8 (scale the expected counts to the observed total).
 * Categories where both observed and expected are 0 contribute nothing and are not counted in
 * df (scipy returns nan there). An expected 0 with a positive observation gives X² = Infinity and
 * p = 0. With a single remaining category (df = 0) the samples cannot differ: p = 1.
 * Matches scipy: statistic to 1e-13 relative, p-value to 1e-12 relative (tested up to df = 5999).
 */
function chisquare(fObs, fExp) {
    const obs = nonNegative(fObs, 'chisquare', 'fObs');
    const k = obs.length;
    if (k === 0)
        fail('chisquare', 'fObs must not be empty');
    const obsSum = sum(obs);
    if (!(obsSum > 0))
        fail('chisquare', 'fObs must have a positive total');
    let exp;
    if (fExp === undefined) {
        exp = new Float64Array(k).fill(obsSum / k);
    }
    else {
        exp = nonNegative(fExp, 'chisquare', 'fExp');
        if (exp.length !== k)
            fail('chisquare', `fExp has ${exp.length} categories but fObs has ${k}`);
        const expSum = sum(exp);
        const rel = Math.abs(obsSum - expSum) / Math.min(obsSum, expSum);
        if (!(rel <= 1e-8))
            fail('chisquare', `the totals of fObs (${obsSum}) and fExp (${expSum}) must agree to a relative tolerance of 1e-8; scale fExp to the observed total`);
    }
    const terms = new Float64Array(k);
    let cells = 0;
    for (let i = 0; i < k; i++) {
        if (obs[i] === 0 && exp[i] === 0)
            continue;
        cells++;
        terms[i] = (obs[i] - exp[i]) ** 2 / exp[i];
    }
    const statistic = sum(terms);
    const df = cells - 1;
    const pvalue = statistic === Infinity ? 0 : df === 0 ? 1 : (0,distributions/* chi2Sf */.wv)(statistic, df);
    return { statistic, pvalue, df };
}
/** Sorted copy of values, with weights permuted alongside (or null when unweighted). */
function sortedWithWeights(values, weights, name) {
    const v = toFloat64(values, 'wassersteinDistance', name);
    if (v.length === 0)
        fail('wassersteinDistance', `${name} must not be empty`);
    if (weights === undefined)
        return [v.sort(), null];
    const wName = `${name}Weights`;
    const w = nonNegative(weights, 'wassersteinDistance', wName);
    if (w.length !== v.length)
        fail('wassersteinDistance', `${wName} has ${w.length} entries but ${name} has ${v.length}`);
    const total = sum(w);
    if (!(total > 0 && total < Infinity))
        fail('wassersteinDistance', `${wName} must have a positive, finite total`);
    // Argsort. A plain array sorts with a comparator ~4x faster than a Uint32Array in V8.
    const order = Array.from({ length: v.length }, (_, i) => i);
    order.sort((i, j) => v[i] - v[j]);
    const vs = new Float64Array(v.length);
    const ws = new Float64Array(v.length);
    for (let i = 0; i < order.length; i++) {
        vs[i] = v[order[i]];
        ws[i] = w[order[i]];
    }
    return [vs, ws];
}
/**
 * First Wasserstein (earth mover's) distance between two 1-D distributions,
 * ∫ |U(t) - V(t)| dt over their (weighted) empirical CDFs (scipy.stats.wasserstein_distance).
 *
 * Weights are optional and need not be normalized (e.g. histogram or sketch counts at bin
 * centres); they must be non-negative with a positive finite total. Values must be finite.
 * Matches scipy to 1e-13 relative. O((n + m) log(n + m)).
 */
function wassersteinDistance(u, v, uWeights, vWeights) {
    const [a, wa] = sortedWithWeights(u, uWeights, 'u');
    const [b, wb] = sortedWithWeights(v, vWeights, 'v');
    let ta = a.length;
    let tb = b.length;
    if (wa) {
        ta = 0; // the cumulative sum's last entry, as scipy normalizes by it
        for (let i = 0; i < wa.length; i++)
            ta += wa[i];
    }
    if (wb) {
        tb = 0;
        for (let i = 0; i < wb.length; i++)
            tb += wb[i];
    }
    // Between consecutive pooled values the CDFs are flat: add |U - V| times the gap.
    let ca = 0;
    let cb = 0;
    let s = 0;
    let c = 0;
    let prev = Math.min(a[0], b[0]);
    for (let i = 0, j = 0; i < a.length || j < b.length;) {
        const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        const term = Math.abs(ca / ta - cb / tb) * (x - prev);
        const t = s + term; // Neumaier-compensated running sum; terms are non-negative
        c += s >= term ? s - t + term : term - t + s;
        s = t;
        for (; i < a.length && a[i] === x; i++)
            ca += wa ? wa[i] : 1;
        for (; j < b.length && b[j] === x; j++)
            cb += wb ? wb[j] : 1;
        prev = x;
    }
    return s + c;
}
/** Validated copies of two aligned non-negative vectors. */
function pairOfDistributions(p, q, fn, names) {
    const a = nonNegative(p, fn, names[0]);
    const b = nonNegative(q, fn, names[1]);
    if (a.length === 0)
        fail(fn, `${names[0]} must not be empty`);
    if (a.length !== b.length)
        fail(fn, `${names[0]} has ${a.length} entries but ${names[1]} has ${b.length}`);
    return [a, b];
}
/** Relative entropy term x log(x / y) (scipy.special.rel_entr) for x, y >= 0. */
function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    return x === 0 ? 0 : Infinity;
}
/**
 * Jensen-Shannon DISTANCE (the square root of the JS divergence) between two discrete
 * distributions (scipy.spatial.distance.jensenshannon): p and q are first divided by their
 * totals, then sqrt((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q) / 2, natural log unless `base` is
 * given (Evidently uses base 2). Between 0 and sqrt(ln 2) (1 in base 2). A divergence that rounds
 * below zero is taken as 0 (scipy would return nan). Matches scipy to 1e-13 relative.
 */
function jensenShannonDistance(p, q, base) {
    const [a, b] = pairOfDistributions(p, q, 'jensenShannonDistance', ['p', 'q']);
    if (base !== undefined && !(base > 0 && base !== 1))
        fail('jensenShannonDistance', `base must be a positive number other than 1, got ${base}`);
    const sa = sum(a);
    const sb = sum(b);
    if (!(sa > 0))
        fail('jensenShannonDistance', 'p must have a positive total');
    if (!(sb > 0))
        fail('jensenShannonDistance', 'q must have a positive total');
    let left = 0;
    let right = 0;
    for (let i = 0; i < a.length; i++) {
        const pi = a[i] / sa;
        const qi = b[i] / sb;
        const m = (pi + qi) / 2;
        left += relEntr(pi, m);
        right += relEntr(qi, m);
    }
    let js = left + right;
    if (base !== undefined)
        js /= Math.log(base);
    return Math.sqrt(Math.max(js / 2, 0));
}
/**
 * Evidently's replacement for empty bins, applied to each vector separately: a share of 0
 * becomes 0.0001, or (smallest non-zero share) / 1e6 when that smallest share is itself <= 0.0001.
 */
function fillZeroShares(s) {
    let min = Infinity;
    for (const v of s)
        if (v > 0 && v < min)
            min = v;
    const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
    for (let i = 0; i < s.length; i++)
        if (s[i] === 0)
            s[i] = fill;
}
/**
 * Population Stability Index Σ (c - r) · ln(c / r) over aligned bins or categories, given the
 * reference and current SHARES (each summing to 1, e.g. counts / total). Zero shares are replaced
 * as Evidently does before the sum: by 0.0001, or by (smallest non-zero share) / 1e6 when the
 * smallest non-zero share of that vector is at most 0.0001. Always >= 0; 0.1 / 0.25 are the usual
 * "some" / "major" shift thresholds.
 */
function psi(refShares, curShares) {
    const [r, c] = pairOfDistributions(refShares, curShares, 'psi', ['refShares', 'curShares']);
    if (!r.some((v) => v > 0))
        fail('psi', 'refShares must have a positive share');
    if (!c.some((v) => v > 0))
        fail('psi', 'curShares must have a positive share');
    fillZeroShares(r);
    fillZeroShares(c);
    const terms = new Float64Array(r.length);
    for (let i = 0; i < r.length; i++)
        terms[i] = (c[i] - r[i]) * Math.log(c[i] / r[i]);
    return sum(terms);
}
/**
 * Equal-width bin edges as numpy.histogram_bin_edges(values, bins): the range [min, max] of the
 * values (widened by ±0.5 when constant; [0, 1] when empty) cut into `bins` equal bins, or for
 * 'sturges' into ceil(range / (range / (log2 n + 1))) bins. Edges are computed exactly as
 * np.linspace does (bit-identical). Several arrays are pooled without copying, as Evidently bins
 * numeric columns on reference and current together.
 */
function histogramBinEdges(values, bins = 'sturges') {
    const parts = Array.isArray(values) && values.length > 0 && typeof values[0] === 'object' ? values : [values];
    if (bins !== 'sturges' && !(Number.isInteger(bins) && bins >= 1))
        fail('histogramBinEdges', `bins must be 'sturges' or a positive integer, got ${JSON.stringify(bins)}`);
    let lo = Infinity;
    let hi = -Infinity;
    let n = 0;
    for (const part of parts) {
        for (let i = 0; i < part.length; i++) {
            const v = number(part[i], 'histogramBinEdges', 'values', n + i);
            if (v < lo)
                lo = v;
            if (v > hi)
                hi = v;
        }
        n += part.length;
    }
    let first = 0;
    let last = 1;
    if (n > 0) {
        if (!Number.isFinite(lo) || !Number.isFinite(hi))
            fail('histogramBinEdges', `the range of the values [${lo}, ${hi}] is not finite`);
        [first, last] = lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
    }
    let nb;
    if (bins === 'sturges') {
        const width = n > 0 ? (hi - lo) / (Math.log2(n) + 1) : 0;
        nb = width ? Math.ceil((last - first) / width) : 1;
    }
    else {
        nb = bins;
    }
    // np.linspace(first, last, nb + 1)
    const edges = new Float64Array(nb + 1);
    const delta = last - first;
    const step = delta / nb;
    for (let i = 0; i <= nb; i++)
        edges[i] = (step === 0 ? (i / nb) * delta : i * step) + first;
    edges[nb] = last;
    return edges;
}
/**
 * Counts of `values` in the bins [e0, e1), [e1, e2), ..., [e_{k-1}, e_k] — the last bin closed —
 * as numpy.histogram(values, edges)[0]; values outside [e0, e_k] are not counted. Edges must be
 * non-decreasing. O(n log k).
 */
function histogramCounts(values, edges) {
    const e = toFloat64(edges, 'histogramCounts', 'edges', true);
    if (e.length < 2)
        fail('histogramCounts', 'edges must have at least 2 entries');
    for (let i = 1; i < e.length; i++)
        if (!(e[i] >= e[i - 1]))
            fail('histogramCounts', `edges must increase monotonically (edges[${i}] < edges[${i - 1}])`);
    const k = e.length - 1;
    const counts = new Float64Array(k);
    const lo = e[0];
    const hi = e[k];
    for (let i = 0; i < values.length; i++) {
        const v = number(values[i], 'histogramCounts', 'values', i);
        if (v < lo || v > hi)
            continue;
        if (v === hi) {
            counts[k - 1]++;
            continue;
        }
        let l = 0; // largest l with e[l] <= v
        let r = k;
        while (r - l > 1) {
            const mid = (l + r) >>> 1;
            if (e[mid] <= v)
                l = mid;
            else
                r = mid;
        }
        counts[l]++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./.build/js/src/data/sketch/drift-approx.js
/**
 * Two-sample drift statistics computed from two DDSketches with the same alpha, with explicit,
 * provable error bounds, so a profile (sketches only, no raw values) can be compared against
 * another profile.
 *
 * The key fact: two sketches with the same alpha use the same bucket index mapping, and the mapping
 * is monotone, so their buckets line up into common cells c_1 < c_2 < ... (ordered, disjoint
 * ranges of values; the zero count is a cell of its own). Where a store collapsed its lowest
 * buckets, the cells of both sketches at or below the collapsed key are pooled into one cell so the
 * alignment still holds. Between two consecutive cells, each sample's empirical CDF is known
 * exactly (its count in the cells so far over its total); only inside a cell is it unknown.
 *
 * - Kolmogorov–Smirnov ({@link ksApprox}): D = max over cell boundaries |F_A - F_B| is attained by
 *   the true CDFs, so D <= KS. Inside cell j, F_A lies between its values at the cell's two ends,
 *   likewise F_B, so |F_A - F_B| <= max(F_A(end_j) - F_B(start_j), F_B(end_j) - F_A(start_j)) =: U_j.
 *   Hence KS ∈ [D, U] with U = max(D, max_j U_j) <= D + max_j max(mass_A(c_j), mass_B(c_j)): the
 *   error is at most the largest single-cell probability mass of either sample. The point-mass zero
 *   cell adds nothing to U. This holds exactly (no alpha involved): it only uses that cells are
 *   ordered.
 *
 * - Wasserstein-1 ({@link wassersteinApprox}): computed exactly between the two discrete
 *   distributions that put each bucket's count at its representative value. Moving every value to
 *   its bucket's representative costs at most dev_j = max(value_j - lower_j, upper_j - value_j) per
 *   unit of mass in bucket j (about alpha |x|), so by the triangle inequality
 *   |W1 - W1_approx| <= sum_j m_A(j) dev_j + sum_j m_B(j) dev_j <= ~alpha (E|X_A| + E|X_B|) (1 + alpha),
 *   where m(j) is the probability mass of bucket j. Collapsed buckets enter with their real width, so the
 *   bound stays valid (and grows) if collapsing happened. `lower` and `upper` are further tightened
 *   by a second, independent bracket from the common cells: W1 = ∫|F_A - F_B|, which is known exactly
 *   between cells and, inside cell j of width w_j, lies between w_j times the smallest and the
 *   largest |F_A - F_B| the cell's end values allow.
 *
 * - {@link commonBins}: groups the common cells into bins (by default about 10, at quantiles of the
 *   first sketch) and returns both samples' counts and shares per bin. Because bin edges fall on
 *   cell boundaries, these shares are the exact shares of the raw data in those bins, so
 *   Jensen–Shannon or PSI computed from them has no sketch error beyond the choice of edges.
 *
 * Bucket bounds (`edges`, `lower`, `upper`) are the mathematical ones, gamma^k; a value within
 * floating-point rounding of a boundary may sit in the neighbouring bucket. The KS and binning
 * results above do not depend on that (they only use the order of buckets).
 */

function checkCompatible(a, b) {
    if (a.alpha !== b.alpha)
        throw new errors/* ConfigurationError */.j1(`cannot compare DDSketches with different alpha (${a.alpha} and ${b.alpha})`);
}
/** Orders cells: negatives by decreasing key, then zero, then positives by increasing key. */
function cellOrder(sa, ka, sb, kb) {
    if (sa !== sb)
        return sa - sb;
    return sa < 0 ? kb - ka : ka - kb;
}
/** The common cells of two sketches with the same alpha, in increasing value order. */
function commonCells(a, b) {
    checkCompatible(a, b);
    const ba = a.buckets();
    const bb = b.buckets();
    let cutNeg = -Infinity;
    let cutPos = -Infinity;
    for (const bk of ba.concat(bb)) {
        if (!bk.collapsed)
            continue;
        if (bk.sign < 0)
            cutNeg = Math.max(cutNeg, bk.key);
        else
            cutPos = Math.max(cutPos, bk.key);
    }
    const keyOf = (bk) => (bk.sign < 0 ? Math.max(bk.key, cutNeg) : bk.sign > 0 ? Math.max(bk.key, cutPos) : 0);
    const cells = [];
    const push = (bk, fromA) => {
        const key = keyOf(bk);
        const last = cells[cells.length - 1];
        if (last && last.sign === bk.sign && last.key === key) {
            if (bk.lower < last.lower)
                last.lower = bk.lower;
            if (bk.upper > last.upper)
                last.upper = bk.upper;
            if (fromA)
                last.countA += bk.count;
            else
                last.countB += bk.count;
        }
        else {
            cells.push({ sign: bk.sign, key, lower: bk.lower, upper: bk.upper, countA: fromA ? bk.count : 0, countB: fromA ? 0 : bk.count });
        }
    };
    let i = 0;
    let j = 0;
    while (i < ba.length || j < bb.length) {
        if (j >= bb.length)
            push(ba[i++], true);
        else if (i >= ba.length)
            push(bb[j++], false);
        else {
            const x = ba[i];
            const y = bb[j];
            if (cellOrder(x.sign, keyOf(x), y.sign, keyOf(y)) <= 0)
                push(ba[i++], true);
            else
                push(bb[j++], false);
        }
    }
    return cells;
}
/**
 * Approximate two-sample Kolmogorov–Smirnov statistic sup |F_A - F_B| with proven bounds
 * [lower, upper] (see the module comment). NaN statistic when either sketch is empty.
 */
function ksApprox(a, b) {
    checkCompatible(a, b);
    const n1 = a.count;
    const n2 = b.count;
    const method = 'ddsketch-ks-cell-bounds';
    if (n1 === 0 || n2 === 0)
        return { statistic: NaN, errorBound: NaN, lower: NaN, upper: NaN, method, n1, n2, maxCellMass: NaN };
    let cumA = 0;
    let cumB = 0;
    let d = 0;
    let u = 0;
    let maxMass = 0;
    for (const c of commonCells(a, b)) {
        const fa0 = cumA / n1;
        const fb0 = cumB / n2;
        cumA += c.countA;
        cumB += c.countB;
        const fa = cumA / n1;
        const fb = cumB / n2;
        const diff = Math.abs(fa - fb);
        if (diff > d)
            d = diff;
        if (c.sign !== 0) {
            const within = Math.max(fa - fb0, fb - fa0);
            if (within > u)
                u = within;
        }
        const mass = Math.max(c.countA / n1, c.countB / n2);
        if (mass > maxMass)
            maxMass = mass;
    }
    if (u < d)
        u = d;
    return { statistic: d, errorBound: u - d, lower: d, upper: u, method, n1, n2, maxCellMass: maxMass };
}
/**
 * Approximate Wasserstein-1 distance (earth mover's distance, in the data's units) between the
 * two samples, from bucket representatives, with the bound described in the module comment.
 * NaN statistic when either sketch is empty.
 */
function wassersteinApprox(a, b) {
    checkCompatible(a, b);
    const method = 'ddsketch-w1-representatives';
    const n1 = a.count;
    const n2 = b.count;
    if (n1 === 0 || n2 === 0)
        return { statistic: NaN, errorBound: NaN, lower: NaN, upper: NaN, method };
    const ba = a.buckets();
    const bb = b.buckets();
    let err = 0;
    for (const bk of ba)
        err += (bk.count / n1) * Math.max(bk.value - bk.lower, bk.upper - bk.value);
    for (const bk of bb)
        err += (bk.count / n2) * Math.max(bk.value - bk.lower, bk.upper - bk.value);
    let i = 0;
    let j = 0;
    let cumA = 0;
    let cumB = 0;
    let prev = NaN;
    let w = 0;
    while (i < ba.length || j < bb.length) {
        const x = Math.min(i < ba.length ? ba[i].value : Infinity, j < bb.length ? bb[j].value : Infinity);
        if (prev === prev)
            w += Math.abs(cumA / n1 - cumB / n2) * (x - prev);
        while (i < ba.length && ba[i].value === x)
            cumA += ba[i++].count;
        while (j < bb.length && bb[j].value === x)
            cumB += bb[j++].count;
        prev = x;
    }
    // The cell bracket: exact between cells, bounded inside each.
    let cellLo = 0;
    let cellHi = 0;
    let cumA0 = 0;
    let cumB0 = 0;
    let prevUpper = NaN;
    for (const c of commonCells(a, b)) {
        const fa0 = cumA0 / n1;
        const fb0 = cumB0 / n2;
        if (prevUpper === prevUpper && c.lower > prevUpper) {
            const gap = Math.abs(fa0 - fb0) * (c.lower - prevUpper);
            cellLo += gap;
            cellHi += gap;
        }
        cumA0 += c.countA;
        cumB0 += c.countB;
        const fa = cumA0 / n1;
        const fb = cumB0 / n2;
        const width = c.upper - c.lower;
        cellLo += width * Math.max(0, fa0 - fb, fb0 - fa);
        cellHi += width * Math.max(fa - fb0, fb - fa0);
        prevUpper = c.upper;
    }
    return { statistic: w, errorBound: err, lower: Math.max(0, w - err, cellLo), upper: Math.min(w + err, cellHi), method };
}
/**
 * Bins both sketches onto common bins whose edges are bucket boundaries, giving count and share
 * vectors for Jensen–Shannon divergence or PSI (the shares are exact for these bins).
 */
function commonBins(a, b, options = {}) {
    const strategy = options.strategy ?? 'quantile';
    const bins = options.bins ?? 10;
    if (strategy !== 'quantile' && strategy !== 'finest')
        throw new errors/* ConfigurationError */.j1(`commonBins strategy must be 'quantile' or 'finest', got ${String(strategy)}`);
    if (!Number.isSafeInteger(bins) || bins < 1)
        throw new errors/* ConfigurationError */.j1(`commonBins bins must be a positive integer, got ${bins}`);
    const cells = commonCells(a, b);
    const out = { edges: [], countsA: [], countsB: [], sharesA: [], sharesB: [] };
    if (cells.length === 0)
        return out;
    const useA = a.count > 0;
    const refTotal = useA ? a.count : b.count;
    let binA = 0;
    let binB = 0;
    let cumRef = 0;
    let next = 1;
    out.edges.push(cells[0].lower);
    for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        binA += cell.countA;
        binB += cell.countB;
        cumRef += useA ? cell.countA : cell.countA + cell.countB;
        const last = c === cells.length - 1;
        let close = last || strategy === 'finest';
        if (!close && next < bins && cumRef >= (next / bins) * refTotal) {
            // Crossed one or more of the cut points 1/bins, ..., (bins-1)/bins; after the last one the
            // remaining cells form the last bin.
            close = true;
            while (next < bins && cumRef >= (next / bins) * refTotal)
                next++;
        }
        if (close) {
            out.edges.push(cell.upper);
            out.countsA.push(binA);
            out.countsB.push(binB);
            binA = 0;
            binB = 0;
        }
    }
    const na = a.count;
    const nb = b.count;
    out.sharesA = out.countsA.map((c) => (na > 0 ? c / na : 0));
    out.sharesB = out.countsB.map((c) => (nb > 0 ? c / nb : 0));
    return out;
}

// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(4685);
;// CONCATENATED MODULE: ./.build/js/src/data/drift.js
/**
 * Per-column drift between a reference and the current data, choosing the test by type and size as
 * Evidently does, with every threshold configurable per column:
 *
 * | column      | reference rows <= small-sample (1000) | larger                     |
 * |-------------|----------------------------------------|----------------------------|
 * | numeric     | KS two-sample (p < 0.05)               | Wasserstein distance normed by the reference std (>= 0.1) |
 * | categorical | chi-square goodness of fit (p < 0.05)  | Jensen-Shannon distance, natural log (>= 0.1) |
 *
 * Numeric columns with at most 5 distinct values are tested as categorical. PSI (>= 0.1) is
 * available by name. Against a reference dataset the tests are exact; against a reference profile
 * they run on its sketches and each result states its error bound.
 */





const DRIFT_TESTS = ['ks', 'chi-square', 'wasserstein', 'jensen-shannon', 'psi'];
/** Default thresholds: p-value for the two tests, distance for the others. */
const DEFAULT_THRESHOLD = { ks: 0.05, 'chi-square': 0.05, wasserstein: 0.1, 'jensen-shannon': 0.1, psi: 0.1 };
const P_VALUE_TESTS = new Set(['ks', 'chi-square']);
function parseDriftSettings(raw, source) {
    const fail = (m) => {
        throw new errors/* ConfigurationError */.j1(`${source}: ${m}`);
    };
    if (raw === null || raw === undefined)
        raw = {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        fail('drift settings must be a mapping');
    const r = raw;
    for (const k of Object.keys(r))
        if (!['dataset-drift-share', 'small-sample', 'columns', 'ignore'].includes(k))
            fail(`unknown key '${k}' (expected dataset-drift-share, small-sample, columns, ignore)`);
    const share = r['dataset-drift-share'] ?? 0.5;
    if (typeof share !== 'number' || !(share > 0 && share <= 1))
        fail(`dataset-drift-share must be a number in (0, 1], got ${JSON.stringify(share)}`);
    const small = r['small-sample'] ?? 1000;
    if (typeof small !== 'number' || !Number.isInteger(small) || small < 0)
        fail(`small-sample must be a non-negative integer`);
    const ignore = r.ignore ?? [];
    if (!Array.isArray(ignore) || ignore.some((c) => typeof c !== 'string'))
        fail('ignore must be a list of column names');
    const columns = {};
    const rc = r.columns ?? {};
    if (typeof rc !== 'object' || Array.isArray(rc))
        fail('columns must map column names to { test, threshold }');
    for (const [name, v] of Object.entries(rc)) {
        const s = (v ?? {});
        for (const k of Object.keys(s))
            if (k !== 'test' && k !== 'threshold')
                fail(`columns.${name}: unknown key '${k}' (expected test, threshold)`);
        if (s.test !== undefined && !['auto', 'none', ...DRIFT_TESTS].includes(s.test))
            fail(`columns.${name}.test must be one of auto, none, ${DRIFT_TESTS.join(', ')}`);
        if (s.threshold !== undefined && (typeof s.threshold !== 'number' || !(s.threshold >= 0)))
            fail(`columns.${name}.threshold must be a non-negative number`);
        columns[name] = { test: s.test, threshold: s.threshold };
    }
    return { datasetDriftShare: share, smallSample: small, columns, ignore: ignore };
}
/** Evidently's choice of test for a column. */
function chooseTest(kind, referenceRows, distinct, smallSample) {
    const small = referenceRows <= smallSample;
    if (kind === 'numeric' && distinct > 5)
        return small ? 'ks' : 'wasserstein';
    return small ? 'chi-square' : 'jensen-shannon';
}
function isDrifted(test, statistic, pValue, threshold) {
    return P_VALUE_TESTS.has(test) ? pValue < threshold : statistic >= threshold;
}
function sorted(a) {
    return Float64Array.from(a).sort();
}
function distinctSorted(s, cap) {
    let d = s.length ? 1 : 0;
    for (let i = 1; i < s.length && d <= cap; i++)
        if (s[i] !== s[i - 1])
            d++;
    return d;
}
function std(a) {
    let mean = 0;
    for (let i = 0; i < a.length; i++)
        mean += (a[i] - mean) / (i + 1);
    let ss = 0;
    for (let i = 0; i < a.length; i++)
        ss += (a[i] - mean) ** 2;
    return Math.sqrt(ss / a.length);
}
function fmtNum(x) {
    return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}
/** Shares of reference and current per bin (edges may start or end at ±Infinity): where the distribution moved. */
function movedRanges(edges, refCounts, curCounts) {
    let rt = 0;
    let ct = 0;
    for (let i = 0; i < refCounts.length; i++)
        rt += refCounts[i];
    for (let i = 0; i < curCounts.length; i++)
        ct += curCounts[i];
    const bound = (x, open) => (x === undefined || !Number.isFinite(x) ? open : fmtNum(x));
    const out = [];
    for (let i = 0; i < refCounts.length; i++) {
        out.push({ label: `[${bound(edges[i], '-∞')}, ${bound(edges[i + 1], '+∞')})`, reference: refCounts[i] / (rt || 1), current: curCounts[i] / (ct || 1) });
    }
    return out.sort((a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference)).slice(0, 3);
}
function movedCategories(ref, cur) {
    let rt = 0;
    let ct = 0;
    for (const c of ref.values())
        rt += c;
    for (const c of cur.values())
        ct += c;
    const keys = new Set([...ref.keys(), ...cur.keys()]);
    return [...keys]
        .map((k) => ({ label: k, reference: (ref.get(k) ?? 0) / (rt || 1), current: (cur.get(k) ?? 0) / (ct || 1) }))
        .sort((a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference))
        .slice(0, 3);
}
/** Counts in bins delimited by interior cut points (the first and last bins are open-ended). */
function countInCuts(s, cuts) {
    const counts = new Array(cuts.length + 1).fill(0);
    let b = 0;
    for (let i = 0; i < s.length; i++) {
        while (b < cuts.length && s[i] >= cuts[b])
            b++;
        counts[b]++;
    }
    return counts;
}
function explain(r) {
    const stat = r.pValue !== undefined ? `p = ${r.pValue.toPrecision(3)} (${r.test} statistic ${r.statistic.toPrecision(4)})` : `${r.test} = ${r.statistic.toPrecision(4)}`;
    const cmp = r.pValue !== undefined ? (r.drifted ? `< ${r.threshold}` : `>= ${r.threshold}`) : r.drifted ? `>= ${r.threshold}` : `< ${r.threshold}`;
    const bound = r.errorBound !== undefined ? ` (from sketches, ±${r.errorBound.toPrecision(2)})` : '';
    const top = r.moved[0];
    const moved = top ? `; most moved: ${top.label} ${(top.reference * 100).toFixed(1)}% -> ${(top.current * 100).toFixed(1)}%` : '';
    return `${r.drifted ? 'drifted' : 'stable'}: ${stat}${bound} ${cmp}${moved}`;
}
/** Exact drift test of one column from the values of both datasets. */
function exactDrift(input, ref, cur, smallSample) {
    const numeric = input.kind === 'numeric';
    const refSorted = numeric ? sorted(ref.numbers) : new Float64Array();
    const curSorted = numeric ? sorted(cur.numbers) : new Float64Array();
    const referenceCount = numeric ? refSorted.length : ref.categoricalCount;
    const currentCount = numeric ? curSorted.length : cur.categoricalCount;
    if (referenceCount === 0 || currentCount === 0)
        return undefined;
    const catRef = numeric ? new Map() : ref.categories;
    const catCur = numeric ? new Map() : cur.categories;
    let distinct = catRef.size;
    if (numeric) {
        distinct = Math.max(distinctSorted(refSorted, 5), distinctSorted(curSorted, 5));
        if (distinct <= 5) {
            // Few distinct numbers: tested as categories, as Evidently does.
            for (const v of refSorted)
                catRef.set(String(v), (catRef.get(String(v)) ?? 0) + 1);
            for (const v of curSorted)
                catCur.set(String(v), (catCur.get(String(v)) ?? 0) + 1);
            distinct = new Set([...catRef.keys(), ...catCur.keys()]).size;
        }
    }
    const asCategories = !numeric || catRef.size > 0;
    const setting = input.setting;
    const test = setting.test && setting.test !== 'auto' && setting.test !== 'none' ? setting.test : chooseTest(asCategories ? 'categorical' : 'numeric', input.referenceRows, distinct, smallSample);
    const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test];
    let statistic;
    let pValue;
    let moved;
    if (asCategories) {
        const keys = [...new Set([...catRef.keys(), ...catCur.keys()])].sort();
        const r = keys.map((k) => catRef.get(k) ?? 0);
        const c = keys.map((k) => catCur.get(k) ?? 0);
        moved = movedCategories(catRef, catCur);
        ({ statistic, pValue } = categoricalStatistic(test, r, c, input.column));
    }
    else {
        const cuts = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => (0,intervals/* quantileSorted */.Z4)(refSorted, d / 10)).filter((v, i, a) => i === 0 || v > a[i - 1]);
        moved = movedRanges([-Infinity, ...cuts, Infinity], countInCuts(refSorted, cuts), countInCuts(curSorted, cuts));
        switch (test) {
            case 'ks': {
                const res = ks2samp(refSorted, curSorted);
                statistic = res.statistic;
                pValue = res.pvalue;
                break;
            }
            case 'wasserstein': {
                const s = std(refSorted);
                const w = wassersteinDistance(refSorted, curSorted);
                statistic = s > 0 ? w / s : w === 0 ? 0 : Infinity;
                break;
            }
            default: {
                const all = new Float64Array(refSorted.length + curSorted.length);
                all.set(refSorted);
                all.set(curSorted, refSorted.length);
                const edges = histogramBinEdges(all);
                ({ statistic, pValue } = categoricalStatistic(test, histogramCounts(refSorted, edges), histogramCounts(curSorted, edges), input.column));
            }
        }
    }
    const drifted = isDrifted(test, statistic, pValue, threshold);
    const partial = { column: input.column, kind: input.kind, test, statistic, pValue, threshold, drifted, method: 'exact', referenceCount, currentCount, moved };
    return { ...partial, explanation: explain(partial) };
}
/** Statistics over aligned count vectors (categories, or shared bins of a numeric column). */
function categoricalStatistic(test, ref, cur, column) {
    let rt = 0;
    let ct = 0;
    for (let i = 0; i < ref.length; i++)
        rt += ref[i];
    for (let i = 0; i < cur.length; i++)
        ct += cur[i];
    switch (test) {
        case 'chi-square': {
            // Evidently's form: current counts against reference proportions scaled to the current total.
            const exp = Array.from(ref, (r) => (r * ct) / rt);
            const res = chisquare(Array.from(cur), exp);
            return { statistic: res.statistic, pValue: res.pvalue };
        }
        case 'jensen-shannon':
            return { statistic: jensenShannonDistance(Array.from(ref), Array.from(cur)) };
        case 'psi':
            return { statistic: psi(Array.from(ref, (r) => r / rt), Array.from(cur, (c) => c / ct)) };
        default:
            throw new errors/* ConfigurationError */.j1(`drift test '${test}' does not apply to categorical column '${column}'; use chi-square, jensen-shannon or psi`);
    }
}
/**
 * Drift of one column against a reference profile, on sketches: KS and Wasserstein from the two
 * DDSketches (with the bounds drift-approx proves), Jensen-Shannon and PSI on shared bins whose
 * counts are exact, chi-square on exact category counts while Space-Saving is exact (else on its
 * top values plus an "(other)" cell, flagged approximate).
 */
function sketchDrift(input, ref, cur, smallSample) {
    const numeric = input.kind === 'numeric';
    const referenceCount = numeric ? ref.quantiles.count : ref.count;
    const currentCount = numeric ? cur.quantiles.count : cur.count;
    if (referenceCount === 0 || currentCount === 0)
        return undefined;
    const refCats = ref.top.exactCounts();
    const curCats = cur.top.exactCounts();
    const distinct = refCats && curCats ? new Set([...refCats.keys(), ...curCats.keys()]).size : Infinity;
    const asCategories = !numeric || distinct <= 5;
    const setting = input.setting;
    const test = setting.test && setting.test !== 'auto' && setting.test !== 'none' ? setting.test : chooseTest(asCategories ? 'categorical' : 'numeric', input.referenceRows, distinct, smallSample);
    const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test];
    let statistic;
    let pValue;
    let errorBound;
    let moved;
    if (asCategories) {
        const approx = !refCats || !curCats;
        const r = refCats ?? withOther(ref);
        const c = curCats ?? withOther(cur);
        const keys = [...new Set([...r.keys(), ...c.keys()])].map(String).sort();
        const rm = new Map([...r].map(([k, v]) => [String(k), v]));
        const cm = new Map([...c].map(([k, v]) => [String(k), v]));
        moved = movedCategories(rm, cm);
        ({ statistic, pValue } = categoricalStatistic(test, keys.map((k) => rm.get(k) ?? 0), keys.map((k) => cm.get(k) ?? 0), input.column));
        if (approx)
            errorBound = (ref.top.unmonitoredBound + cur.top.unmonitoredBound) / Math.min(referenceCount, currentCount);
    }
    else {
        const bins = commonBins(ref.quantiles, cur.quantiles, { bins: 10 });
        moved = movedRanges(bins.edges, bins.countsA, bins.countsB);
        switch (test) {
            case 'ks': {
                const ks = ksApprox(ref.quantiles, cur.quantiles);
                statistic = ks.statistic;
                errorBound = ks.errorBound;
                const [m, n] = [ks.n1, ks.n2].sort((a, b) => b - a);
                pValue = (0,distributions/* kstwoSf */.CN)(Math.round((m * n) / (m + n)), statistic);
                break;
            }
            case 'wasserstein': {
                const w = wassersteinApprox(ref.quantiles, cur.quantiles);
                const s = ref.moments.std();
                statistic = s > 0 ? w.statistic / s : w.statistic === 0 ? 0 : Infinity;
                errorBound = s > 0 ? w.errorBound / s : undefined;
                break;
            }
            default: {
                const all = ref.quantiles.clone().merge(cur.quantiles);
                const n = Math.ceil(Math.log2(all.count) + 1);
                const fine = commonBins(ref.quantiles, cur.quantiles, { bins: n });
                ({ statistic, pValue } = categoricalStatistic(test, fine.countsA, fine.countsB, input.column));
            }
        }
    }
    const drifted = isDrifted(test, statistic, pValue, threshold);
    const partial = { column: input.column, kind: input.kind, test, statistic, pValue, threshold, drifted, method: 'sketch', errorBound, referenceCount, currentCount, moved };
    return { ...partial, explanation: explain(partial) };
}
/** Space-Saving's top values plus one "(other)" cell holding the rest. */
function withOther(col) {
    const m = new Map();
    let s = 0;
    for (const h of col.top.top()) {
        m.set(h.value, h.count);
        s += h.count;
    }
    if (col.count > s)
        m.set('(other)', col.count - s);
    return m;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/js/src/data/infer.js
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
            (0,dist/* stringify */.As)(schema, { lineWidth: 0 }));
    }
    return JSON.stringify(schema, null, 2) + '\n';
}

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

// EXTERNAL MODULE: ./.build/js/src/data/readers.js
var readers = __webpack_require__(5102);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js
var data_schema = __webpack_require__(6043);
// EXTERNAL MODULE: ./.build/js/src/lib/columns.js
var columns = __webpack_require__(5054);
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

;// CONCATENATED MODULE: ./.build/js/src/data/violations.js
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
    const violations = new Violations(opts.maxSamples);
    let profile = new Profile([], [...opts.files]);
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
        const col = profile.byName.get(name) ?? new Profile([name]).columns[0];
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
            profile = new Profile([], [...opts.files]);
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

;// CONCATENATED MODULE: ./.build/js/src/data/validate.js
/**
 * validate-data: schema, profile and drift in one streaming pass over the data (plus one over a
 * reference dataset when drift is tested exactly). Outputs are written only after everything was
 * computed, each to a temp name renamed into place, so an unreadable input leaves nothing behind.
 */












async function expandAll(patterns) {
    const files = [];
    for (const p of patterns)
        files.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    return [...new Set(files)];
}
/** A profile.json file: validated against its JSON Schema before use. */
function loadProfile(path) {
    let json;
    try {
        json = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new errors/* DataError */.fL(`${path}: not a readable profile (${e.message.split('\n')[0]})`, path);
    }
    (0,validate/* assertArtifact */.f)('profile', json, path);
    return Profile.fromJSON(json);
}
function isProfileFile(path) {
    if (!/\.json$/i.test(path) || !(0,external_node_fs_.existsSync)(path))
        return false;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')).kind === 'profile';
    }
    catch {
        return false;
    }
}
async function validateData(config, log) {
    const schema = config.schema ? (0,data_schema/* loadSchema */.e$)(config.schema) : undefined;
    const referenceIsProfile = config.reference !== undefined && isProfileFile(config.reference);
    const exactDriftWanted = config.reference !== undefined && !referenceIsProfile;
    // The reference first: a bad reference fails before the long pass over the data.
    let refScan;
    let refProfile;
    if (config.reference) {
        const reference = config.reference;
        if (referenceIsProfile)
            refProfile = loadProfile(reference);
        else
            refScan = await log.group(`Reading reference ${reference}`, async () => scan({ files: await expandAll([reference]), format: config.format, schema, keepValues: true, maxSamples: 0 }));
        refProfile ??= refScan.profile;
    }
    let cur;
    let sources;
    if (config.merge.length) {
        sources = await expandAll(config.merge);
        const profiles = sources.map(loadProfile);
        const merged = profiles.slice(1).reduce((acc, p, i) => acc.merge(p, sources[i + 1]), profiles[0]);
        cur = { profile: merged, violations: new Violations(0), rowsRead: merged.rows, format: 'csv', bytes: 0 };
        log.info(`merged ${sources.length} profiles: ${merged.rows} rows`);
    }
    else {
        sources = await expandAll(config.data);
        cur = await log.group(`Reading ${sources.join(', ')}`, () => scan({ files: sources, format: config.format, shard: config.shard, schema, keepValues: exactDriftWanted, maxSamples: config.maxSamples }));
        log.info(`${cur.rowsRead} rows, ${cur.profile.columns.length} columns, ${cur.violations.count} violations`);
    }
    // Drift, per column present on both sides.
    const drift = [];
    const driftSkipped = [];
    let schemaDrift = null;
    let datasetDrift = null;
    if (refProfile) {
        await log.group('Testing drift', async () => {
            const refNames = new Set(refProfile.columns.map((c) => c.name));
            const curNames = new Set(cur.profile.columns.map((c) => c.name));
            schemaDrift = {
                newColumns: [...curNames].filter((c) => !refNames.has(c)),
                missingColumns: [...refNames].filter((c) => !curNames.has(c)),
                typeChanges: [],
            };
            for (const col of cur.profile.columns) {
                const ref = refProfile.byName.get(col.name);
                if (!ref)
                    continue;
                const setting = config.drift.columns[col.name] ?? {};
                if (config.drift.ignore.includes(col.name) || setting.test === 'none') {
                    driftSkipped.push({ column: col.name, reason: 'ignored by the drift settings' });
                    continue;
                }
                const refNumeric = ref.isNumeric;
                if (refNumeric !== col.isNumeric && ref.type !== 'empty' && col.type !== 'empty') {
                    schemaDrift.typeChanges.push({ column: col.name, reference: ref.type, current: col.type });
                }
                const kind = refNumeric && col.isNumeric ? 'numeric' : 'categorical';
                if (kind === 'categorical' && !setting.test && ref.count > 20 && ref.distinctCount.value > 0.5 * ref.count) {
                    driftSkipped.push({ column: col.name, reason: `looks like an identifier (${ref.distinctCount.value} distinct in ${ref.count} values); set a test in the drift settings to test it` });
                    continue;
                }
                if (!refScan && kind === 'categorical' && (!ref.topTracked || !col.topTracked)) {
                    driftSkipped.push({ column: col.name, reason: 'its category counts are not in the profile (a numeric column with over 256 distinct values on one side); test it against a dataset' });
                    continue;
                }
                const input = { column: col.name, kind, setting, referenceRows: refProfile.rows };
                const result = refScan && cur.values
                    ? exactDrift(input, refScan.values.get(col.name), cur.values.get(col.name), config.drift.smallSample)
                    : sketchDrift(input, ref, col, config.drift.smallSample);
                if (result)
                    drift.push(result);
                else
                    driftSkipped.push({ column: col.name, reason: 'no values on one side' });
            }
            const drifted = drift.filter((d) => d.drifted).length;
            const share = drift.length ? drifted / drift.length : 0;
            datasetDrift = { share, threshold: config.drift.datasetDriftShare, drifted: drift.length > 0 && share >= config.drift.datasetDriftShare, driftedColumns: drifted, testedColumns: drift.length };
            for (const d of drift)
                (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);
        });
    }
    const violationsFail = cur.violations.count > 0;
    const sd = schemaDrift;
    const driftFail = Boolean(datasetDrift?.drifted || (sd && sd.missingColumns.length > 0));
    const failOn = config.failOn;
    const passed = !((failOn === 'any' || failOn === 'violations') && violationsFail) && !((failOn === 'any' || failOn === 'drift') && driftFail);
    const reasons = [];
    if (violationsFail)
        reasons.push(`${cur.violations.count} violation${cur.violations.count === 1 ? '' : 's'}`);
    if (driftFail)
        reasons.push(`dataset drift (${drift.filter((d) => d.drifted).map((d) => d.column).join(', ') || 'missing columns'})`);
    const report = {
        kind: 'data-report',
        schemaVersion: 1,
        passed,
        failOn,
        sources,
        format: config.merge.length ? 'profile' : cur.format,
        shard: config.shard ? `${config.shard.index}/${config.shard.count}` : null,
        schema: config.schema ?? null,
        rows: cur.rowsRead,
        columns: cur.profile.columns.map((c) => c.summary()),
        violations: cur.violations.toJSON(),
        reference: config.reference ? { source: config.reference, kind: referenceIsProfile ? 'profile' : 'dataset', rows: refProfile.rows } : null,
        drift,
        driftSkipped,
        datasetDrift,
        schemaDrift,
    };
    (0,validate/* assertArtifact */.f)('data-report', report, config.report, 'write');
    const markdown = (0,data_report/* dataReportMarkdown */.m)(report);
    // Annotations on the data file's lines, so they show in the pull request diff.
    for (const v of cur.violations.samples.slice(0, config.annotations)) {
        if (v.file && v.line)
            log.error(v.message, { file: v.file, startLine: v.line, title: `modelgate: ${v.rule}` });
    }
    // Everything is computed: now write, each file atomically.
    if (config.inferSchema) {
        const inferred = inferSchema(cur.profile, sources.join(', '));
        (0,files/* writeFileAtomic */.Zf)(config.inferSchema, renderSchema(inferred, config.inferSchema));
        log.info(`wrote inferred schema ${config.inferSchema}`);
    }
    if (config.profile) {
        const json = cur.profile.toJSON();
        (0,validate/* assertArtifact */.f)('profile', json, config.profile, 'write');
        (0,files/* writeJsonAtomic */.ZJ)(config.profile, json);
    }
    (0,files/* writeJsonAtomic */.ZJ)(config.report, report);
    if (config.markdown)
        (0,files/* writeFileAtomic */.Zf)(config.markdown, markdown);
    return { report, passed, failure: passed ? undefined : `data validation failed: ${reasons.join('; ')}`, markdown };
}

// EXTERNAL MODULE: ./.build/js/src/actions/types.js
var types = __webpack_require__(1692);
;// CONCATENATED MODULE: ./.build/js/src/actions/validate-data.js
/** validate-data adapter: inputs -> ValidateConfig -> validateData() -> outputs and summary. */





/* harmony default export */ const validate_data = ((0,types/* defineAction */.Q)({
    name: 'validate-data',
    parse(inputs) {
        const data = inputs.paths('data');
        const merge = inputs.paths('merge');
        if (data.length === 0 && merge.length === 0)
            throw new errors/* ConfigurationError */.j1(`input 'data' is required (or 'merge' to merge profiles)`);
        if (data.length > 0 && merge.length > 0)
            throw new errors/* ConfigurationError */.j1(`inputs 'data' and 'merge' cannot be used together`);
        const drift = inputs.pathOrInline('drift');
        const config = {
            data,
            merge,
            format: inputs.choice('format', ['csv', 'tsv', 'jsonl', 'parquet']),
            schema: inputs.path('schema'),
            inferSchema: inputs.path('infer-schema'),
            reference: inputs.path('reference'),
            drift: drift === undefined ? parseDriftSettings({}, 'defaults') : parseDriftSettings(...Object.values((0,files/* readConfigInput */.nt)(drift, 'drift'))),
            profile: inputs.path('profile'),
            shard: inputs.shard('shard'),
            report: inputs.path('report') ?? 'data-report.json',
            markdown: inputs.path('markdown'),
            failOn: inputs.choice('fail-on', ['any', 'violations', 'drift', 'never']) ?? 'any',
            maxSamples: inputs.number('max-samples', { min: 0, integer: true }) ?? 100,
            annotations: inputs.number('annotations', { min: 0, integer: true }) ?? 10,
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const result = await validateData(config, log);
        return {
            passed: result.passed,
            failure: result.failure,
            outputs: {
                passed: result.passed,
                rows: result.report.rows,
                violations: result.report.violations.count,
                'drifted-columns': result.report.drift.filter((d) => d.drifted).map((d) => d.column).join(','),
                report: config.report,
            },
            summary: result.markdown,
        };
    },
}));


/***/ }),

/***/ 5054:
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


/***/ }),

/***/ 745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ dataReportMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9527);

function dataReportMarkdown(r) {
    const out = [];
    const verdict = r.passed ? '✅ **Data validation passed**' : '❌ **Data validation failed**';
    const drifted = r.drift.filter((d) => d.drifted);
    out.push(`### ${verdict}`, '', `${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations` +
        (r.datasetDrift ? ` · ${r.datasetDrift.driftedColumns} of ${r.datasetDrift.testedColumns} columns drifted (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(r.datasetDrift.share, 0)}; dataset drift at ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(r.datasetDrift.threshold, 0)})` : '') +
        (r.shard ? ` · shard ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.shard)}` : ''));
    if (r.violations.count > 0) {
        out.push('', '#### Violations', '');
        out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['rule', 'count'], Object.entries(r.violations.byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(rule), String(n)]), ['l', 'r']));
        const rows = r.violations.samples.slice(0, 20).map((s) => [s.file ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.file)}${s.line ? `:${s.line}` : ''}` : '–', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.column ?? '–'), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.rule), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.message)]);
        out.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['where', 'column', 'rule', 'message'], rows));
        if (r.violations.count > rows.length)
            out.push('', `_first ${rows.length} of ${r.violations.count.toLocaleString('en-US')} shown; the report keeps ${r.violations.samples.length} samples_`);
    }
    if (r.reference) {
        out.push('', `#### Drift against ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.reference.source)} (${r.reference.kind}, ${r.reference.rows.toLocaleString('en-US')} rows)`, '');
        const sorted = [...r.drift].sort((a, b) => Number(b.drifted) - Number(a.drifted));
        const rows = sorted.map((d) => {
            const m = d.moved[0];
            return [
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(d.column),
                d.drifted ? '🔴 drifted' : '🟢 stable',
                `${d.test}${d.method === 'sketch' ? ' (sketch)' : ''}`,
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(d.statistic) + (d.errorBound !== undefined ? ` ±${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(d.errorBound, 2)}` : ''),
                d.pValue !== undefined ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(d.pValue, 3) : '–',
                (d.pValue !== undefined ? 'p < ' : '≥ ') + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(d.threshold),
                m ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(m.label, 40)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(m.reference)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(m.current)}` : '–',
            ];
        });
        out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['column', 'verdict', 'test', 'statistic', 'p-value', 'drift when', 'moved most'], rows));
        if (r.driftSkipped.length)
            out.push('', r.driftSkipped.map((s) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.column)} not tested: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.reason, 200)}`).join('\n'));
        const sd = r.schemaDrift;
        if (sd && (sd.newColumns.length || sd.missingColumns.length || sd.typeChanges.length)) {
            out.push('', '**Schema drift**', '');
            if (sd.missingColumns.length)
                out.push(`- missing columns: ${sd.missingColumns.map((c) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(c)).join(', ')}`);
            if (sd.newColumns.length)
                out.push(`- new columns: ${sd.newColumns.map((c) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(c)).join(', ')}`);
            for (const t of sd.typeChanges)
                out.push(`- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.column)}: ${t.reference} → ${t.current}`);
        }
        if (drifted.length)
            out.push('', drifted.map((d) => `- **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(d.column)}**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(d.explanation, 300)}`).join('\n'));
    }
    const colRows = r.columns.map((c) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(c.name),
        c.type,
        c.count.toLocaleString('en-US'),
        c.nulls ? `${c.nulls.toLocaleString('en-US')} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(c.nulls / Math.max(1, c.count + c.nulls))})` : '0',
        `${c.distinctExact ? '' : '~'}${c.distinct.toLocaleString('en-US')}`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.min),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.quantiles?.p50),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.max),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.mean),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.std),
        c.type === 'string' || c.type === 'boolean' ? c.topValues.slice(0, 3).map((t) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.value, 24)} (${t.count})`).join(', ') : '',
    ]);
    out.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`Column profile (${r.columns.length} columns)`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['column', 'type', 'count', 'nulls', 'distinct', 'min', 'median', 'max', 'mean', 'std', 'top values'], colRows)));
    return out.join('\n') + '\n';
}


/***/ })

};
