export const id = 822;
export const ids = [822];
export const modules = {

/***/ 4822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(1938);
// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 2 modules
var data_scan = __webpack_require__(2865);
// EXTERNAL MODULE: ./.build/js/src/lib/objects.js
var objects = __webpack_require__(9477);
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
 * Numeric columns with at most 5 distinct values are tested as categorical, unless `ks` or
 * `wasserstein` is named for the column. A statistic that is not finite (a category the reference
 * never had under chi-square, a reference with zero spread under Wasserstein) is reported as
 * `statistic: null` with a `reason` saying how the result was decided (see finish()). PSI (>= 0.1) is
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
    const columns = (0,objects/* dict */.j)();
    const rc = r.columns ?? {};
    if (typeof rc !== 'object' || Array.isArray(rc))
        fail('columns must map column names to { test, threshold }');
    for (const [name, v] of Object.entries(rc)) {
        const s = (v ?? {});
        for (const k of Object.keys(s))
            if (k !== 'test' && k !== 'threshold')
                fail(`columns.${(0,files/* showName */.$i)(name)}: unknown key ${(0,files/* showName */.$i)(k)} (expected test, threshold)`);
        if (s.test !== undefined && !['auto', 'none', ...DRIFT_TESTS].includes(s.test))
            fail(`columns.${(0,files/* showName */.$i)(name)}.test must be one of auto, none, ${DRIFT_TESTS.join(', ')}`);
        if (s.threshold !== undefined && (typeof s.threshold !== 'number' || !(s.threshold >= 0)))
            fail(`columns.${(0,files/* showName */.$i)(name)}.threshold must be a non-negative number`);
        columns[name] = { test: s.test, threshold: s.threshold };
    }
    return { datasetDriftShare: share, smallSample: small, columns, ignore: ignore };
}
function numericTestNamed(setting) {
    return setting.test === 'ks' || setting.test === 'wasserstein';
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
    if (r.statistic === null)
        return `${r.drifted ? 'drifted' : 'stable'}: ${r.reason ?? `${r.test} statistic is not finite`}`;
    const stat = r.pValue !== undefined ? `p = ${r.pValue.toPrecision(3)} (${r.test} statistic ${r.statistic.toPrecision(4)})` : `${r.test} = ${r.statistic.toPrecision(4)}`;
    const cmp = r.pValue !== undefined ? (r.drifted ? `< ${r.threshold}` : `>= ${r.threshold}`) : r.drifted ? `>= ${r.threshold}` : `< ${r.threshold}`;
    const bound = r.errorBound !== undefined ? ` (from sketches, ±${r.errorBound.toPrecision(2)})` : '';
    const top = r.moved[0];
    const moved = top ? `; most moved: ${top.label} ${(top.reference * 100).toFixed(1)}% -> ${(top.current * 100).toFixed(1)}%` : '';
    const fresh = r.newValues?.length ? `; new values: ${r.newValues.join(', ')}` : '';
    return `${r.drifted ? 'drifted' : 'stable'}: ${stat}${bound} ${cmp}${moved}${fresh}`;
}
const MAX_NEW_VALUES = 10;
/** Current categories with a count that the reference (exact counts) does not have, sorted, at most 10. */
function newCategories(ref, cur) {
    const out = [];
    for (const [k, n] of cur)
        if (n > 0 && !(ref.get(k) > 0))
            out.push(k);
    return out.sort().slice(0, MAX_NEW_VALUES);
}
/**
 * The result of one column's test with every statistic defined: a statistic that is not a finite
 * number (chi-square with a category the reference never had, Wasserstein normed by a reference
 * with zero spread, anything NaN) becomes `statistic: null` with a `reason` saying how the result
 * was decided instead.
 */
function finish(partial, extra) {
    let r;
    const { statistic, pValue, test } = partial;
    const fresh = partial.newValues?.length ? `${partial.newValues.join(', ')}${partial.newValues.length === MAX_NEW_VALUES ? ', ...' : ''}` : '';
    if (extra.zeroSpread) {
        // Nothing to norm the distance by: any change of a constant column is drift, none is not.
        const { value, distance } = extra.zeroSpread;
        const drifted = distance > 0;
        r = { ...partial, statistic: null, pValue: undefined, drifted, reason: `the reference has zero spread (every value ${fmtNum(value)}), so the Wasserstein distance cannot be normed by its std; the distance is ${fmtNum(distance)}: ${drifted ? 'any change of a constant column is drift' : 'no change'}` };
    }
    else if (statistic !== null && Number.isFinite(statistic) && (pValue === undefined || Number.isFinite(pValue))) {
        r = { ...partial, drifted: isDrifted(test, statistic, pValue, partial.threshold) };
    }
    else if (test === 'chi-square' && statistic === Infinity) {
        // An observed count where the reference expects none: X² is infinite, p = 0.
        r = { ...partial, statistic: null, pValue: 0, drifted: true, reason: `values the reference never had${fresh ? `: ${fresh}` : ''} (chi-square is infinite, p = 0)` };
    }
    else {
        r = { ...partial, statistic: null, pValue: undefined, drifted: false, reason: `the ${test} statistic is not a finite number (${String(statistic)}); not counted as drift` };
    }
    if (r.newValues?.length === 0)
        delete r.newValues;
    if (r.pValue === undefined)
        delete r.pValue;
    return { ...r, explanation: explain(r) };
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
        // A numeric test asked for by name runs on the numbers whatever their count of distinct values.
        if (distinct <= 5 && !numericTestNamed(input.setting)) {
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
    let newValues;
    let zeroSpread;
    if (asCategories) {
        const keys = [...new Set([...catRef.keys(), ...catCur.keys()])].sort();
        const r = keys.map((k) => catRef.get(k) ?? 0);
        const c = keys.map((k) => catCur.get(k) ?? 0);
        moved = movedCategories(catRef, catCur);
        newValues = newCategories(catRef, catCur);
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
                statistic = s > 0 && Number.isFinite(s) ? w / s : NaN;
                if (s === 0)
                    zeroSpread = { value: refSorted[0], distance: w };
                break;
            }
            default: {
                const all = new Float64Array(refSorted.length + curSorted.length);
                all.set(refSorted);
                all.set(curSorted, refSorted.length);
                // Equal-width bins do not change with the scale: halve values whose range overflows a double.
                const range = Math.max(refSorted[refSorted.length - 1], curSorted[curSorted.length - 1]) - Math.min(refSorted[0], curSorted[0]);
                const scale = Number.isFinite(range) ? 1 : 0.5;
                const scaled = (a) => (scale === 1 ? a : a.map((v) => v * scale));
                const edges = histogramBinEdges(scaled(all));
                ({ statistic, pValue } = categoricalStatistic(test, histogramCounts(scaled(refSorted), edges), histogramCounts(scaled(curSorted), edges), input.column));
            }
        }
    }
    return finish({ column: input.column, kind: input.kind, test, statistic, pValue, threshold, method: 'exact', referenceCount, currentCount, moved, newValues }, { zeroSpread });
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
            throw new errors/* ConfigurationError */.j1(`drift test '${test}' does not apply to categorical column ${(0,files/* showName */.$i)(column)}; use chi-square, jensen-shannon or psi`);
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
    const asCategories = !numeric || (distinct <= 5 && !numericTestNamed(input.setting));
    const setting = input.setting;
    const test = setting.test && setting.test !== 'auto' && setting.test !== 'none' ? setting.test : chooseTest(asCategories ? 'categorical' : 'numeric', input.referenceRows, distinct, smallSample);
    const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test];
    let statistic;
    let pValue;
    let errorBound;
    let moved;
    let newValues;
    let zeroSpread;
    if (asCategories) {
        const approx = !refCats || !curCats;
        const r = refCats ?? withOther(ref);
        const c = curCats ?? withOther(cur);
        const keys = [...new Set([...r.keys(), ...c.keys()])].map(String).sort();
        const rm = new Map([...r].map(([k, v]) => [String(k), v]));
        const cm = new Map([...c].map(([k, v]) => [String(k), v]));
        moved = movedCategories(rm, cm);
        if (refCats)
            newValues = newCategories(rm, cm);
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
                statistic = s > 0 && Number.isFinite(s) ? w.statistic / s : NaN;
                errorBound = s > 0 && Number.isFinite(s) ? w.errorBound / s : undefined;
                if (s === 0)
                    zeroSpread = { value: ref.moments.min, distance: w.statistic };
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
    return finish({ column: input.column, kind: input.kind, test, statistic, pValue, threshold, method: 'sketch', errorBound, referenceCount, currentCount, moved, newValues }, { zeroSpread });
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

// EXTERNAL MODULE: ./.build/js/src/data/time.js
var time = __webpack_require__(1477);
// EXTERNAL MODULE: ./.build/js/src/lib/duration.js
var duration = __webpack_require__(677);
;// CONCATENATED MODULE: ./.build/js/src/monitor/config.js
/**
 * monitor's typed config and its thresholds (the `thresholds` input: inline YAML or a file, the
 * `monitor:` stage of modelgate.yml), parsed strictly: an unknown key or a bad value is a
 * ConfigurationError naming it. Every default is stated once, here (DEFAULT_THRESHOLDS).
 */




const LEVELS = ['none', 'warn', 'act'];
const FAIL_ON = ['act', 'warn', 'never'];
const DEFAULT_THRESHOLDS = Object.freeze({
    alpha: 0.05,
    topFeatures: 3,
    warnDriftedFeatures: 1,
    actDriftedShare: 0.5,
    predictionDrift: 'act',
    quality: 'warn',
    minLabelledRows: 30,
    metrics: [],
});
const KEYS = {
    alpha: 'alpha',
    'top-features': 'topFeatures',
    'warn-drifted-features': 'warnDriftedFeatures',
    'act-drifted-share': 'actDriftedShare',
    'prediction-drift': 'predictionDrift',
    quality: 'quality',
    'min-labelled-rows': 'minLabelledRows',
    metrics: 'metrics',
    drift: 'drift',
};
function parseThresholds(raw, source) {
    const fail = (m) => {
        throw new errors/* ConfigurationError */.j1(`${source}: ${m}`);
    };
    if (raw === null || raw === undefined)
        raw = {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        fail('thresholds must be a mapping');
    const r = raw;
    for (const k of Object.keys(r))
        if (!(k in KEYS))
            fail(`unknown key '${k}' (expected ${Object.keys(KEYS).join(', ')})`);
    const num = (k, d, ok, what) => {
        const v = r[k] ?? d;
        if (typeof v !== 'number' || !ok(v))
            fail(`${k} must be ${what}, got ${JSON.stringify(v)}`);
        return v;
    };
    const level = (k, d) => {
        const v = r[k] ?? d;
        if (typeof v !== 'string' || !LEVELS.includes(v))
            fail(`${k} must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(v)}`);
        return v;
    };
    const int = (x) => Number.isInteger(x) && x >= 0;
    const metrics = r.metrics ?? [];
    if (!Array.isArray(metrics) || metrics.some((m) => typeof m !== 'string'))
        fail('metrics must be a list of metric names');
    const d = DEFAULT_THRESHOLDS;
    return {
        alpha: num('alpha', d.alpha, (x) => x > 0 && x < 1, 'a number in (0, 1)'),
        topFeatures: num('top-features', d.topFeatures, int, 'a non-negative integer'),
        warnDriftedFeatures: num('warn-drifted-features', d.warnDriftedFeatures, (x) => int(x) && x >= 1, 'a positive integer'),
        actDriftedShare: num('act-drifted-share', d.actDriftedShare, (x) => x > 0 && x <= 1, 'a number in (0, 1]'),
        predictionDrift: level('prediction-drift', d.predictionDrift),
        quality: level('quality', d.quality),
        minLabelledRows: num('min-labelled-rows', d.minLabelledRows, (x) => int(x) && x >= 2, 'an integer of at least 2'),
        metrics: metrics,
        drift: parseDriftSettings(r.drift, `${source}: drift`),
    };
}
/**
 * `7d`, `12h`, `30m`, `2w`, `1d12h`: a window length in milliseconds, written as every duration is
 * (lib/duration.ts), of at least a minute (a window of seconds judges a handful of rows) and at
 * most ten years.
 */
function parseWindow(value, input = 'window') {
    const ms = (0,duration/* durationMs */.pc)(value);
    if (ms === undefined)
        throw new errors/* ConfigurationError */.j1(`input '${input}' must be a duration such as 7d, 12h, 30m, 2w or 1d12h; got '${value}'`);
    if (ms < 60_000 || ms > 3660 * 86_400_000)
        throw new errors/* ConfigurationError */.j1(`input '${input}' must be at least a minute and at most 10 years; got '${value}'`);
    return ms;
}
/**
 * A time cell: an ISO 8601 date or date-time (UTC unless it has an offset) read by validate-data's
 * strict parser (so 2024-02-30 is no time, not 1 March), or a number of Unix seconds.
 */
function parseTime(cell) {
    if (typeof cell === 'number')
        return Number.isFinite(cell) ? cell * 1000 : undefined;
    if (typeof cell !== 'string')
        return undefined;
    // Numbers from a CSV file arrive as text.
    if (/^\s*-?\d+(\.\d+)?\s*$/.test(cell))
        return Number(cell) * 1000;
    const t = (0,time/* parseTime */.pe)(cell.trim());
    return t === t ? t : undefined;
}

// EXTERNAL MODULE: ./.build/js/src/data/profile.js + 4 modules
var profile = __webpack_require__(717);
;// CONCATENATED MODULE: ./.build/js/src/data/drift-columns.js
/**
 * Drift of every column present on both sides: the loop validate-data runs against its reference
 * and monitor runs against a registered version's profile. Each column gets the test drift.ts
 * chooses (exact on values when both sides have them, else on the profiles' sketches); columns
 * that cannot be tested are listed with the reason. Pure: no I/O, no logging.
 */




/**
 * Tests each column of `current` that `reference` has. `exact` holds the values of both sides
 * (validate-data against a reference dataset); without it the tests run on the sketches.
 */
function drift_columns_columnsDrift(reference, current, settings, exact) {
    const drift = [];
    const driftSkipped = [];
    const coverage = [];
    const refNames = new Set(reference.columns.map((c) => c.name));
    const curNames = new Set(current.columns.map((c) => c.name));
    const schemaDrift = {
        newColumns: [...curNames].filter((c) => !refNames.has(c)),
        missingColumns: [...refNames].filter((c) => !curNames.has(c)),
        typeChanges: [],
    };
    for (const col of current.columns) {
        const ref = reference.byName.get(col.name);
        if (!ref)
            continue;
        const setting = (0,objects/* own */.Z)(settings.columns, col.name) ?? {};
        if (settings.ignore.includes(col.name) || setting.test === 'none') {
            driftSkipped.push({ column: col.name, reason: 'ignored by the drift settings' });
            continue;
        }
        if (ref.isTime && col.isTime)
            coverage.push(timeCoverage(col.name, ref, col));
        if ((ref.isTime || col.isTime) && !(setting.test && exact && ref.isTime && col.isTime && (setting.test === 'ks' || setting.test === 'wasserstein'))) {
            driftSkipped.push({
                column: col.name,
                reason: `a ${col.isTime ? col.type : ref.type} column: time moves on, so its distribution is not tested for drift; its coverage is compared instead (see timeCoverage)${ref.isTime && col.isTime ? '' : `; its type changed (${ref.type} -> ${col.type})`}. Set test ks or wasserstein in the drift settings to test its values against a reference dataset`,
            });
            if (ref.isTime !== col.isTime && ref.type !== 'empty' && col.type !== 'empty')
                schemaDrift.typeChanges.push({ column: col.name, reference: ref.type, current: col.type });
            continue;
        }
        const refNumeric = ref.isNumeric || ref.isTime;
        if (refNumeric !== (col.isNumeric || col.isTime) && ref.type !== 'empty' && col.type !== 'empty') {
            schemaDrift.typeChanges.push({ column: col.name, reference: ref.type, current: col.type });
        }
        const kind = refNumeric && (col.isNumeric || col.isTime) ? 'numeric' : 'categorical';
        if (kind === 'categorical' && !setting.test && (0,profile/* identifierLike */.$F)(ref.count, ref.distinctCount.value)) {
            driftSkipped.push({ column: col.name, reason: `looks like an identifier (${ref.distinctCount.value} distinct in ${ref.count} values); set a test in the drift settings to test it` });
            continue;
        }
        if (!exact && kind === 'categorical' && (!ref.topTracked || !col.topTracked)) {
            driftSkipped.push({ column: col.name, reason: 'its category counts are not in the profile (a numeric column with over 256 distinct values on one side); test it against a dataset' });
            continue;
        }
        const input = { column: col.name, kind, setting, referenceRows: reference.rows };
        const result = exact ? exactDrift(input, exact.reference.get(col.name), exact.current.get(col.name), settings.smallSample) : sketchDrift(input, ref, col, settings.smallSample);
        if (result && kind === 'numeric')
            result.histogram = (0,profile/* jointHistogram */.Pw)(ref, col) ?? undefined;
        if (result)
            drift.push(result);
        else
            driftSkipped.push({ column: col.name, reason: 'no values on one side' });
    }
    const drifted = drift.filter((d) => d.drifted).length;
    const share = drift.length ? drifted / drift.length : 0;
    const datasetDrift = { share, threshold: settings.datasetDriftShare, drifted: drift.length > 0 && share >= settings.datasetDriftShare, driftedColumns: drifted, testedColumns: drift.length };
    return { drift, driftSkipped, timeCoverage: coverage, schemaDrift, datasetDrift };
}
/** The periods a time column spans on both sides, and how much of the current data falls in the reference's. */
function timeCoverage(column, ref, cur) {
    const r = ref.time;
    const c = cur.time;
    const dateOnly = ref.type === 'date' && cur.type === 'date';
    const naive = r.naive > 0 || c.naive > 0;
    const show = (ms) => (0,time/* formatTime */.fU)(ms, dateOnly, naive);
    const lo = Math.max(r.min, c.min);
    const hi = Math.min(r.max, c.max);
    // By day (the finest the profile keeps while under 20000 days; else the months or years it keeps).
    let inside = 0;
    const curJson = c.toJSON();
    const toDay = (k) => (curJson.unit === 'day' ? k : curJson.unit === 'month' ? (0,time/* daysFromCivil */.Hd)(Math.floor(k / 12), (k % 12) + 1, 1) : (0,time/* daysFromCivil */.Hd)(k, 1, 1));
    const firstDay = Math.floor(r.min / time/* MS_PER_DAY */.ec);
    const lastDay = Math.floor(r.max / time/* MS_PER_DAY */.ec);
    for (const [k, n] of curJson.counts) {
        const d = toDay(k);
        if (d >= firstDay && d <= lastDay)
            inside += n;
    }
    return {
        column,
        reference: { min: show(r.min), max: show(r.max) },
        current: { min: show(c.min), max: show(c.max) },
        overlap: lo <= hi ? { min: show(lo), max: show(hi) } : null,
        currentShare: c.count ? inside / c.count : 0,
    };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./.build/js/src/schemas/data-report.schema.json
const data_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/data-report.schema.json","title":"modelgate data-report.json","description":"What validate-data found: rows, column summaries, violations, drift.","type":"object","required":["kind","schemaVersion","passed","rows","columns","violations","drift"],"properties":{"kind":{"const":"data-report"},"schemaVersion":{"const":1},"passed":{"type":"boolean"},"failOn":{"enum":["any","violations","drift","never"]},"sources":{"type":"array","items":{"type":"string"}},"format":{"enum":["csv","tsv","jsonl","parquet","profile"]},"shard":{"type":["string","null"]},"schema":{"type":["string","null"]},"rows":{"type":"integer","minimum":0},"columns":{"type":"array","items":{"type":"object","required":["name","type","count","nulls","distinct","min","max","mean","std","quantiles","topValues"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","date","date-time","empty"]},"count":{"type":"integer","minimum":0},"nulls":{"type":"integer","minimum":0},"distinct":{"type":"integer","minimum":0},"distinctExact":{"type":"boolean"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"std":{"type":["number","null"]},"quantiles":{"type":["object","null"],"additionalProperties":{"type":"number"}},"histogram":{"type":["object","null"],"required":["edges","counts"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"counts":{"type":"array","items":{"type":"number"}}}},"topValues":{"type":"array","items":{"type":"object","required":["value","count"],"properties":{"value":{"type":["string","number"]},"count":{"type":"number","description":"exact, or with estimated: an upper bound (the true count is in [count - error, count])"},"error":{"type":"number","minimum":0},"estimated":{"const":true}}}},"time":{"description":"date and date-time columns: extremes (ISO 8601) and counts per period from the first value\'s to the last\'s, empty periods included","type":"object","required":["min","max","zone","unit","periods"],"properties":{"min":{"type":"string"},"max":{"type":"string"},"zone":{"enum":["utc","none","mixed",null],"description":"utc: every timestamp had a zone (shown in UTC); none: wall-clock times (no zone); mixed; null for dates"},"unit":{"enum":["day","week","month","year"]},"periods":{"type":"array","items":{"type":"object","required":["start","count"],"properties":{"start":{"type":"string","description":"YYYY-MM-DD, the first day of the period"},"count":{"type":"integer","minimum":0}}}}}}}}},"violations":{"type":"object","required":["count","samples"],"properties":{"count":{"type":"integer","minimum":0},"byRule":{"type":"object","additionalProperties":{"type":"integer"}},"samples":{"type":"array","items":{"type":"object","required":["row","line","column","rule","message"],"properties":{"row":{"type":["integer","null"]},"line":{"type":["integer","null"]},"file":{"type":["string","null"]},"column":{"type":["string","null"]},"rule":{"type":"string"},"message":{"type":"string"},"values":{"type":"object"}}}}}},"reference":{"type":["object","null"],"required":["source","kind","rows"],"properties":{"source":{"type":"string"},"kind":{"enum":["dataset","profile"]},"rows":{"type":"integer"}}},"drift":{"type":"array","items":{"type":"object","required":["column","test","statistic","threshold","drifted","method","explanation"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chi-square","wasserstein","jensen-shannon","psi"]},"statistic":{"type":["number","null"],"description":"null when not a finite number; reason says how the result was decided"},"pValue":{"type":"number","minimum":0,"maximum":1},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"method":{"enum":["exact","sketch"]},"errorBound":{"type":"number"},"referenceCount":{"type":"integer"},"currentCount":{"type":"integer"},"moved":{"type":"array","items":{"type":"object","required":["label","reference","current"],"properties":{"label":{"type":"string"},"reference":{"type":"number"},"current":{"type":"number"}}}},"newValues":{"type":"array","items":{"type":"string"},"maxItems":10,"description":"categories in the current data the reference never had (exact counts only)"},"reason":{"type":"string"},"explanation":{"type":"string"},"histogram":{"description":"Numeric columns: both sides binned on the same equal-width edges over their joint range, from the sketches (counts).","type":"object","required":["edges","reference","current"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"reference":{"type":"array","items":{"type":"number"}},"current":{"type":"array","items":{"type":"number"}}}}}}},"timeCoverage":{"description":"date and date-time columns present on both sides: the period each dataset spans and their overlap (time columns are not tested for drift by default)","type":"array","items":{"type":"object","required":["column","reference","current","overlap"],"properties":{"column":{"type":"string"},"reference":{"type":"object","required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}}},"current":{"type":"object","required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}}},"overlap":{"type":["object","null"],"required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}},"description":"the period both span, null when they do not overlap"},"currentShare":{"type":"number","minimum":0,"maximum":1,"description":"share of the current values that fall within the reference\'s span (by day)"}}}},"driftSkipped":{"type":"array","items":{"type":"object","required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"datasetDrift":{"type":["object","null"],"required":["share","threshold","drifted"],"properties":{"share":{"type":"number"},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"driftedColumns":{"type":"integer"},"testedColumns":{"type":"integer"}}},"bias":{"description":"With `sensitive`: SageMaker Clarify\'s pre-training measures of the labels per group value (against all other rows), with intervals.","type":"object","required":["label","positiveLabel","confidence","features"],"properties":{"label":{"type":"string"},"positiveLabel":{"type":"string"},"confidence":{"type":"number"},"unlabeled":{"type":"integer"},"method":{"type":"string"},"features":{"type":"array","items":{"type":"object","required":["name","columns","groups"],"properties":{"name":{"type":"string"},"columns":{"type":"array","items":{"type":"string"}},"groups":{"type":"array","items":{"type":"object","required":["value","rows","positives","classImbalance","positiveProportionDifference"],"properties":{"value":{"type":"string"},"rows":{"type":"integer"},"positives":{"type":"integer"},"classImbalance":{"type":"object","required":["value","ci"],"properties":{"value":{"type":"number"},"ci":{"type":["array","null"],"items":{"type":"number"}}}},"positiveProportionDifference":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"}}}}}}}}}}}},"schemaDrift":{"type":["object","null"],"required":["newColumns","missingColumns"],"properties":{"newColumns":{"type":"array","items":{"type":"string"}},"missingColumns":{"type":"array","items":{"type":"string"}},"typeChanges":{"type":"array","items":{"type":"object","required":["column","reference","current"],"properties":{"column":{"type":"string"},"reference":{"type":"string"},"current":{"type":"string"}}}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/profile.schema.json","title":"modelgate profile.json","description":"A dataset profile made of mergeable sketches: profiles of shards merge into the profile of the whole.","type":"object","required":["kind","schemaVersion","rows","columns"],"properties":{"kind":{"const":"profile"},"schemaVersion":{"const":1},"rows":{"type":"integer","minimum":0},"sources":{"type":"array","items":{"type":"string"}},"columns":{"type":"array","items":{"type":"object","required":["name","nulls","numbers","integers","strings","booleans","nonFinite","moments","quantiles","distinct","top"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","date","date-time","empty"]},"nulls":{"type":"integer","minimum":0},"numbers":{"type":"integer","minimum":0},"integers":{"type":"integer","minimum":0},"strings":{"type":"integer","minimum":0},"booleans":{"type":"integer","minimum":0},"nonFinite":{"type":"integer","minimum":0},"moments":{"type":"object","required":["type","count","mean","m2"],"properties":{"type":{"const":"moments"},"count":{"type":"integer"},"mean":{"type":["number","null"]},"m2":{"type":["number","null"],"description":"null: overflowed the double range"}}},"quantiles":{"type":"object","required":["type"],"properties":{"type":{"const":"ddsketch"}}},"distinct":{"type":"object","required":["type"],"properties":{"type":{"const":"hll"}}},"top":{"type":"object","required":["type","items"],"properties":{"type":{"const":"spacesaving"},"items":{"type":"array"}}},"topTracked":{"type":"boolean","description":"false when the column holds numbers and has more distinct values than Space-Saving\'s capacity: its top values are not tracked and top has no items. Absent means true."},"time":{"description":"Present when the column held dates or timestamps (epoch milliseconds; wall-clock times without a zone are kept as UTC): counts, extremes and counts per day (per month beyond 20000 days, per year beyond 20000 months). Merges exactly.","type":"object","required":["type","count","dates","naive","min","max","unit","counts"],"additionalProperties":false,"properties":{"type":{"const":"periods"},"count":{"type":"integer","minimum":0},"dates":{"type":"integer","minimum":0,"description":"values that were dates without a time of day"},"naive":{"type":"integer","minimum":0,"description":"timestamps without a zone"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"unit":{"enum":["day","month","year"]},"counts":{"type":"array","items":{"type":"array","prefixItems":[{"type":"integer"},{"type":"integer","minimum":1}],"minItems":2,"maxItems":2},"description":"[key, count] sorted by key: days since 1970-01-01, year*12+month-1, or the year"}}}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/evaluation.schema.json
const evaluation_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/evaluation.schema.json","title":"modelgate evaluation.json","description":"What evaluate-model measured: metrics with confidence intervals, slices, calibration, latency, and the mergeable state that shards combine through.","type":"object","required":["kind","schemaVersion","task","rows","model","data","confidence","metrics","slices","latency","predictions"],"$defs":{"metric":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"},"minItems":2,"maxItems":2},"method":{"type":"string"},"reason":{"type":"string"}}},"rate":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]}}},"metrics":{"type":"object","additionalProperties":{"$ref":"#/$defs/metric"}}},"properties":{"kind":{"const":"evaluation"},"schemaVersion":{"const":1},"task":{"enum":["binary","multiclass","regression"]},"rows":{"type":"integer","minimum":0},"model":{"type":"object","required":["path","sha256"],"properties":{"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer"}}},"data":{"type":"object","required":["sha256"],"properties":{"sources":{"type":"array","items":{"type":"string"}},"sha256":{"type":"string"},"shard":{"type":["string","null"]}}},"label":{"type":"string"},"classes":{"type":"array","items":{"type":"string"}},"positiveLabel":{"type":["string","null"]},"threshold":{"type":["number","null"]},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"bootstrap":{"type":"object"},"metrics":{"$ref":"#/$defs/metrics"},"tables":{"type":"object","properties":{"confusion":{"type":"array","description":"confusion[true][predicted], classes in `classes` order.","items":{"type":"array","items":{"type":"number","minimum":0}}},"perClass":{"type":"array","items":{"type":"object","required":["class","support","precision","recall","f1"],"properties":{"class":{"type":"string"},"support":{"type":"number"},"predicted":{"type":"number"},"precision":{"type":"number"},"recall":{"type":"number"},"f1":{"type":"number"}}}},"curves":{"description":"Binary: ROC and precision-recall curves, downsampled so that every point of the full curve is within maxError of a kept point in each coordinate.","type":"object","required":["roc","pr","maxError"],"properties":{"roc":{"type":"object","required":["fpr","tpr"],"properties":{"fpr":{"type":"array","items":{"type":"number"}},"tpr":{"type":"array","items":{"type":"number"}}}},"pr":{"type":"object","required":["recall","precision"],"properties":{"recall":{"type":"array","items":{"type":"number"}},"precision":{"type":"array","items":{"type":"number"}}}},"maxError":{"type":"number","minimum":0}}}}},"slices":{"type":"array","items":{"type":"object","required":["column","value","rows"],"properties":{"column":{"type":"string"},"value":{"type":"string"},"rows":{"type":"integer"},"metrics":{"$ref":"#/$defs/metrics"},"skipped":{"type":"string"}}}},"fairness":{"description":"With `sensitive` (binary tasks): per sensitive feature, the groups\' rates with Wilson intervals and fairlearn\'s measures across groups with bootstrap intervals. See the README\'s fairness section.","type":"object","required":["confidence","resamples","seed","minGroupRows","methods","features"],"properties":{"confidence":{"type":"number"},"resamples":{"type":"integer"},"seed":{"type":"integer"},"minGroupRows":{"type":"integer"},"methods":{"type":"object","properties":{"groups":{"type":"string"},"measures":{"type":"string"}}},"features":{"type":"array","items":{"type":"object","required":["name","columns","groups","pooled","measures","fourFifths","notes"],"properties":{"name":{"type":"string","description":"A column, or `a*b` for the intersection of two."},"columns":{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":2},"groups":{"type":"array","items":{"type":"object","required":["value","rows","positives","selectionRate","truePositiveRate","falsePositiveRate","precision","accuracy"],"properties":{"value":{"type":"string","description":"The group\'s value; an intersection\'s two values joined by \' & \'; \'(other)\' for pooled values."},"rows":{"type":"integer"},"positives":{"type":"integer"},"selectionRate":{"$ref":"#/$defs/rate"},"truePositiveRate":{"$ref":"#/$defs/rate"},"falsePositiveRate":{"$ref":"#/$defs/rate"},"precision":{"$ref":"#/$defs/rate"},"accuracy":{"$ref":"#/$defs/rate"}}}},"pooled":{"type":"array","items":{"type":"string"}},"measures":{"type":"object","required":["demographic_parity_difference","demographic_parity_ratio","equalized_odds_difference","equalized_odds_ratio","equal_opportunity_difference","disparate_impact_ratio"],"additionalProperties":false,"properties":{"demographic_parity_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"demographic_parity_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equalized_odds_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equalized_odds_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equal_opportunity_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"disparate_impact_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}}}},"fourFifths":{"type":["boolean","null"]},"notes":{"type":"array","items":{"type":"string"}}}}}}},"importance":{"description":"With `importance`: permutation feature importance (scikit-learn\'s permutation_importance) on a sample of the evaluation rows; features sorted by mean, descending.","type":"object","required":["method","metric","repeats","rows","seed","features"],"properties":{"method":{"const":"permutation"},"metric":{"type":"string"},"repeats":{"type":"integer","minimum":1},"rows":{"type":"integer"},"seed":{"type":"integer"},"features":{"type":"array","items":{"type":"object","required":["name","mean","std","low","high"],"properties":{"name":{"type":"string"},"mean":{"type":"number"},"std":{"type":"number"},"low":{"type":"number"},"high":{"type":"number"}}}}}},"latency":{"type":"object","required":["p50Ms","p95Ms","rowsPerSecond"],"properties":{"p50Ms":{"type":"number"},"p95Ms":{"type":"number"},"p99Ms":{"type":"number"},"rowsPerSecond":{"type":"number"},"batchMs":{"type":"array","items":{"type":"number","minimum":0}}}},"predictions":{"type":["string","null"]},"notes":{"type":"array","items":{"type":"string"}},"timeRange":{"description":"With split-by: the span of the rows evaluated (those at or after splitAt) and the rows left out","type":"object","required":["column","splitAt","side","min","max","otherSide","noTime"],"properties":{"column":{"type":"string"},"splitAt":{"type":"string"},"side":{"enum":["before","from"]},"min":{"type":["string","null"]},"max":{"type":["string","null"]},"otherSide":{"type":"integer","minimum":0},"noTime":{"type":"integer","minimum":0}}},"feed":{"description":"The data columns fed to the model: mode tensor (the columns, in order, fill the one float input named by input) or columns (one model input per column, by name; input is null)","type":"object","required":["mode","input","features"],"additionalProperties":false,"properties":{"mode":{"enum":["tensor","columns"]},"input":{"type":["string","null"]},"features":{"type":"array","items":{"type":"string"}}}},"state":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/comparison.schema.json
const comparison_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/comparison.schema.json","title":"modelgate comparison.json","description":"compare-to-baseline\'s decision: every gate with its delta, interval, p-value and test.","type":"object","required":["kind","schemaVersion","passed","gates","correction","policy","confidence"],"properties":{"kind":{"const":"comparison"},"schemaVersion":{"const":1},"passed":{"type":["boolean","null"]},"verdict":{"type":"string"},"policy":{"enum":["detect-regression","prove-non-inferiority"]},"confidence":{"type":"number"},"correction":{"enum":["holm","bh","none"]},"paired":{"type":"boolean"},"pairing":{"type":"string"},"rows":{"type":"integer"},"candidate":{"type":"object"},"baseline":{"type":["object","null"]},"gates":{"type":"array","items":{"type":"object","required":["metric","rule","baseline","candidate","delta","ci","pValue","test","passed","reason"],"properties":{"metric":{"type":"string"},"slice":{"type":"object","required":["column","value"],"properties":{"column":{"type":"string"},"value":{"type":"string"}}},"sensitive":{"type":"string","description":"A fairness gate: the sensitive feature it judged (a column, or a*b)."},"groups":{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2,"description":"A fairness gate: the candidate\'s groups with the lower and the higher rate."},"rule":{"type":"string"},"baseline":{"type":["number","null"]},"candidate":{"type":["number","null"]},"delta":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"}},"pValue":{"type":["number","null"]},"adjustedPValue":{"type":["number","null"]},"test":{"type":"string"},"passed":{"type":"boolean"},"reason":{"type":"string"},"underpowered":{"type":"boolean","description":"A passed gate whose interval is wider than its margin: the reason says how many rows would resolve it. Never set on a failed gate."},"warning":{"type":"string","description":"A passed min/max gate whose point value is beyond the bound while the interval reaches it (min-policy: interval under detect-regression)."},"override":{"type":"object"}}}},"metrics":{"type":"array"},"notes":{"type":"array","items":{"type":"string"}},"dataValidation":{"type":"object","description":"The data validation of the same run (from data-report), part of the verdict: when it failed, passed is false.","required":["passed","violations","drifted"],"properties":{"passed":{"type":"boolean"},"violations":{"type":"integer","minimum":0},"drifted":{"type":"array","items":{"type":"string"}}}},"override":{"type":"object"},"pullRequest":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/deployment.schema.json
const deployment_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/deployment.schema.json","title":"modelgate deployment.json","description":"deploy\'s record of one rollout: the strategy, every step with its weight, window and judgement, and the decision with its reason.","type":"object","required":["kind","schemaVersion","model","strategy","target","settings","steps","decision","reason","startedAt","finishedAt"],"additionalProperties":false,"properties":{"kind":{"const":"deployment"},"schemaVersion":{"const":1},"model":{"type":"string","minLength":1},"strategy":{"enum":["direct","blue-green","canary","shadow"]},"environment":{"type":"string"},"target":{"type":"object","required":["kind","location"],"additionalProperties":false,"properties":{"kind":{"type":"string"},"location":{"type":"string"}}},"settings":{"type":"object","required":["steps","intervalSeconds","minSamples","confidence","tolerance","thresholds","metrics"],"additionalProperties":false,"properties":{"steps":{"type":"array","items":{"type":"number","exclusiveMinimum":0,"maximum":100}},"intervalSeconds":{"type":"number","minimum":0},"maxIntervalSeconds":{"type":"number","minimum":0},"warmupSeconds":{"type":"number","minimum":0},"terminationWaitSeconds":{"type":"number","minimum":0},"minSamples":{"type":"integer","minimum":1},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"tolerance":{"type":"number","minimum":0},"thresholds":{"type":"object","required":["pass","marginal"],"additionalProperties":false,"properties":{"pass":{"type":"number"},"marginal":{"type":"number"}}},"groups":{"type":"object","additionalProperties":{"type":"number"}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","direction","group","critical"],"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"source":{"type":"string"},"direction":{"enum":["increase","decrease","either"]},"group":{"type":"string"},"critical":{"type":"boolean"},"allowedIncrease":{"type":"number"},"allowedDecrease":{"type":"number"},"minAgreement":{"type":"number"}}}}}},"steps":{"type":"array","items":{"type":"object","required":["index","phase","weight","startedAt","finishedAt","outcome","reason"],"additionalProperties":false,"properties":{"index":{"type":"integer","minimum":0},"phase":{"enum":["load","smoke","canary","bake","switch","termination","shadow","direct","promote"]},"weight":{"type":"number","minimum":0,"maximum":100},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"outcome":{"enum":["pass","marginal","fail","no-data","ok","failed"]},"reason":{"type":"string"},"score":{"type":"number"},"windowSeconds":{"type":"number","minimum":0},"judgement":{"type":"object","required":["groups","metrics"],"additionalProperties":false,"properties":{"groups":{"type":"array","items":{"type":"object","required":["name","weight","score","pass","high","low","noData"],"additionalProperties":false,"properties":{"name":{"type":"string"},"weight":{"type":"number"},"score":{"type":["number","null"]},"pass":{"type":"integer"},"high":{"type":"integer"},"low":{"type":"integer"},"noData":{"type":"integer"}}}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","group","critical","direction","classification","reason","test","stable","candidate","estimate","ci","pValue"],"additionalProperties":false,"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"group":{"type":"string"},"critical":{"type":"boolean"},"direction":{"enum":["increase","decrease","either"]},"classification":{"enum":["pass","high","low","no-data"]},"reason":{"type":"string"},"test":{"enum":["hodges-lehmann","fisher-exact","wilson"]},"stable":{"$ref":"#/$defs/side"},"candidate":{"$ref":"#/$defs/side"},"estimate":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"pValue":{"type":["number","null"],"minimum":0,"maximum":1}}}}}}}}},"decision":{"enum":["promoted","rolled-back","no-data","passed"]},"reason":{"type":"string"},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"resumed":{"type":"object","required":["id","phase","model","action"],"additionalProperties":false,"properties":{"id":{"type":"string"},"phase":{"type":"string"},"model":{"type":"string"},"action":{"enum":["continued","rolled-back"]}}},"github":{"type":"object","description":"The GitHub deployment this rollout reported to, when one was created.","required":["deploymentId","environment"],"additionalProperties":false,"properties":{"deploymentId":{"type":"integer"},"environment":{"type":"string"},"logUrl":{"type":"string"}}}},"$defs":{"side":{"type":"object","required":["n","value"],"additionalProperties":false,"properties":{"n":{"type":"integer","minimum":0},"value":{"type":["number","null"]}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/monitor-report.schema.json
const monitor_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/monitor-report.schema.json","title":"modelgate monitor-report.json","description":"What monitor read (a window of production data), tested against the registered version (feature drift, prediction drift, data quality, decay with labels) and found (none, warn, act).","type":"object","required":["kind","schemaVersion","finding","reasons","driftedColumns","at","model","window","drift","predictionDrift","quality","decay","thresholds","notes"],"$defs":{"level":{"enum":["none","warn","act"]},"interval":{"type":["array","null"],"items":{"type":"number"},"minItems":2,"maxItems":2},"drift":{"type":"object","required":["column","test","statistic","threshold","drifted","method","explanation"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chi-square","wasserstein","jensen-shannon","psi"]},"statistic":{"type":["number","null"]},"pValue":{"type":"number","minimum":0,"maximum":1},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"method":{"enum":["exact","sketch"]},"errorBound":{"type":"number"},"referenceCount":{"type":"number"},"currentCount":{"type":"number"},"moved":{"type":"array","items":{"type":"object","required":["label","reference","current"],"properties":{"label":{"type":"string"},"reference":{"type":"number"},"current":{"type":"number"}}}},"newValues":{"type":"array","items":{"type":"string"}},"reason":{"type":"string"},"explanation":{"type":"string"}}},"metric":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"$ref":"#/$defs/interval"},"method":{"type":"string"},"reason":{"type":"string"}}}},"properties":{"kind":{"const":"monitor-report"},"schemaVersion":{"const":1},"finding":{"$ref":"#/$defs/level"},"reasons":{"type":"array","items":{"type":"object","required":["level","check","message"],"properties":{"level":{"enum":["warn","act"]},"check":{"enum":["feature-drift","missing-features","prediction-drift","quality","decay"]},"message":{"type":"string"}}}},"driftedColumns":{"type":"array","items":{"type":"string"}},"at":{"type":"string","description":"When the run happened, ISO 8601."},"model":{"type":"object","required":["reference","version","digest","name","task"],"properties":{"reference":{"type":"string"},"version":{"type":["string","null"]},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"name":{"type":"string"},"task":{"enum":["binary","multiclass","regression",null]}}},"window":{"type":"object","required":["sources","timeColumn","from","to","rows","rowsRead","shadowDropped","otherVersionDropped"],"properties":{"sources":{"type":"array","items":{"type":"string"}},"timeColumn":{"type":["string","null"]},"from":{"type":["string","null"],"description":"Start of the window (exclusive), ISO time; null: from the first row."},"to":{"type":["string","null"],"description":"End of the window (inclusive), ISO time; null without a time column."},"rows":{"type":"integer","minimum":1},"rowsRead":{"type":"integer","minimum":0},"shadowDropped":{"type":"integer","minimum":0},"otherVersionDropped":{"type":"integer","minimum":0,"description":"Capture rows answered by another version (a split\'s candidate), left out."}}},"drift":{"type":"object","required":["features","importance","columns","skipped","drifted","tested","share","missingFeatures"],"properties":{"features":{"type":"array","items":{"type":"string"}},"importance":{"type":"object","required":["source","method","top"],"properties":{"source":{"enum":["evaluation","none"]},"method":{"type":["string","null"]},"top":{"type":"array","items":{"type":"string"}},"note":{"type":"string"}}},"columns":{"type":"array","items":{"$ref":"#/$defs/drift"}},"skipped":{"type":"array","items":{"type":"object","required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"drifted":{"type":"integer","minimum":0},"tested":{"type":"integer","minimum":0},"share":{"type":"number","minimum":0,"maximum":1},"missingFeatures":{"type":"array","items":{"type":"string"}}}},"predictionDrift":{"type":"object","required":["reference","classes","score","skipped"],"properties":{"reference":{"enum":["predictions","confusion",null]},"classes":{"oneOf":[{"$ref":"#/$defs/drift"},{"type":"null"}]},"score":{"oneOf":[{"$ref":"#/$defs/drift"},{"type":"null"}]},"skipped":{"type":"array","items":{"type":"string"}}}},"quality":{"type":"object","required":["schema","violations"],"properties":{"schema":{"enum":["registered","inferred"]},"violations":{"type":"object","required":["count","byRule","samples"],"properties":{"count":{"type":"integer","minimum":0},"byRule":{"type":"object","additionalProperties":{"type":"integer"}},"samples":{"type":"array"}}}}},"decay":{"type":["object","null"],"required":["labels","labelColumn","labelled","unlabelled","unmatched","metrics","tests","untested","correction","alpha"],"properties":{"labels":{"type":"string"},"labelColumn":{"type":"string"},"labelled":{"type":"integer","minimum":0},"unlabelled":{"type":"integer","minimum":0},"unmatched":{"type":"integer","minimum":0},"metrics":{"type":"object","additionalProperties":{"$ref":"#/$defs/metric"}},"tests":{"type":"array","items":{"type":"object","required":["metric","reference","current","difference","ci","test","pValue","pValueAdjusted","decayed"],"properties":{"metric":{"type":"string"},"reference":{"type":["number","null"]},"current":{"type":["number","null"]},"difference":{"type":["number","null"]},"ci":{"$ref":"#/$defs/interval"},"test":{"type":"string"},"pValue":{"type":"number","minimum":0,"maximum":1},"pValueAdjusted":{"type":"number","minimum":0,"maximum":1},"decayed":{"type":"boolean"}}}},"untested":{"type":"array","items":{"type":"object","required":["metric","reason"],"properties":{"metric":{"type":"string"},"reason":{"type":"string"}}}},"correction":{"const":"holm"},"alpha":{"type":"number"},"skipped":{"type":"string"}}},"thresholds":{"type":"object"},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/validate.js
/**
 * Artifacts are validated against their JSON Schemas at every boundary: before a step writes one
 * and when a step reads one. The schemas are plain JSON files beside this module, published so
 * editors and other tools can use them.
 */








const SCHEMAS = { 'data-report': data_report_schema_namespaceObject, profile: profile_schema_namespaceObject, evaluation: evaluation_schema_namespaceObject, comparison: comparison_schema_namespaceObject, deployment: deployment_schema_namespaceObject, 'monitor-report': monitor_report_schema_namespaceObject };
let ajv;
const compiled = new Map();
/**
 * Compiles one of modelgate's own schemas (an artifact's, an experiment run's) on one shared Ajv,
 * strict. A command compiles its schemas once per process, and compiling is most of what a check
 * costs, so the schemas are not checked against the draft 2020-12 meta-schema here (compiling the
 * meta-schema took longer than the schema; test/unit/schemas.test.ts checks every committed schema
 * against it) and the generated code skips Ajv's optimising pass.
 */
function compileOwnSchema(schema) {
    ajv ??= new _2020.Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, validateSchema: false, code: { optimize: false } });
    return ajv.compile(schema);
}
function validator(kind) {
    let v = compiled.get(kind);
    if (!v) {
        v = compileOwnSchema(SCHEMAS[kind]);
        compiled.set(kind, v);
    }
    return v;
}
/**
 * Compiles the schema of `kind` now, so that a later check does not (a pass that waits on its
 * worker threads does this meanwhile).
 */
function validate_prepareArtifact(kind) {
    validator(kind);
}
/**
 * Checks `value` against the schema of `kind`. Reading, a mismatch is the user's (a DataError naming
 * the file and the first offending field); writing, it is a bug in modelgate (a plain Error).
 */
function validate_assertArtifact(kind, value, source, direction = 'read') {
    const v = validator(kind);
    if (!v(value)) {
        const e = v.errors[0];
        const message = `${source}: not a valid ${kind} (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
        if (direction === 'write')
            throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
        throw new errors/* DataError */.fL(message, source);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 48 modules
var readers = __webpack_require__(9212);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var data_schema = __webpack_require__(5547);
;// CONCATENATED MODULE: ./.build/js/src/schemas/gates.schema.json
const gates_schema_namespaceObject = {};
;// CONCATENATED MODULE: ./.build/js/src/fairness/measures.js
/**
 * Group fairness of a binary classifier, as fairlearn defines it, from per-group confusion cells.
 *
 * Each group's rows are summarised by the four cells [tn, fp, fn, tp] (label x prediction). From
 * them, per group: selection rate (share predicted positive), true positive rate (recall), false
 * positive rate, precision and accuracy. Across groups (fairlearn's `method="between_groups"`,
 * `agg="worst_case"`):
 *
 * - demographic_parity_difference = max_g SR_g - min_g SR_g; demographic_parity_ratio = min / max
 * - equalized_odds_difference = max(TPR difference, FPR difference);
 *   equalized_odds_ratio = min(TPR ratio, FPR ratio)
 * - equal_opportunity_difference = TPR difference (fairlearn's, over the same groups)
 * - disparate_impact_ratio = min SR / max SR (the same number as demographic_parity_ratio, under the
 *   name of the four-fifths rule: a ratio under 0.8 is evidence of adverse impact)
 *
 * A rate undefined in a group (no positive labels for TPR, no negatives for FPR) leaves that group
 * out of the measures built on it. Intervals: a stratified percentile bootstrap that redraws each
 * group's cells from Multinomial(n_g, cells_g / n_g), which is the distribution of the cells of n_g
 * rows drawn with replacement from the group: the row bootstrap within groups, at O(groups) per
 * resample. Group sizes stay fixed, as they are in the data.
 */

const measures_MEASURES = (/* unused pure expression or super */ null && ([
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'disparate_impact_ratio',
]));
/** +1: higher is fairer (ratios); -1: lower is fairer (differences). */
const MEASURE_DIRECTION = {
    demographic_parity_difference: -1,
    demographic_parity_ratio: 1,
    equalized_odds_difference: -1,
    equalized_odds_ratio: 1,
    equal_opportunity_difference: -1,
    disparate_impact_ratio: 1,
};
/** Cells of one group: index label * 2 + prediction, i.e. [tn, fp, fn, tp]. */
const TN = 0;
const FP = 1;
const FN = 2;
const TP = 3;
/** NaN where a rate is undefined (0/0). */
function measures_groupRates(c, at = 0) {
    const tn = c[at + TN];
    const fp = c[at + FP];
    const fn = c[at + FN];
    const tp = c[at + TP];
    const n = tn + fp + fn + tp;
    return {
        rows: n,
        selectionRate: (tp + fp) / n,
        truePositiveRate: tp / (tp + fn),
        falsePositiveRate: fp / (fp + tn),
        precision: tp / (tp + fp),
        accuracy: (tp + tn) / n,
    };
}
/** max - min and min / max over the groups where the rate is defined; NaN when fewer than two are. */
function spread(rates) {
    let lo = -1;
    let hi = -1;
    let defined = 0;
    for (let g = 0; g < rates.length; g++) {
        const r = rates[g];
        if (Number.isNaN(r))
            continue;
        defined++;
        if (lo < 0 || r < rates[lo])
            lo = g;
        if (hi < 0 || r > rates[hi])
            hi = g;
    }
    if (defined < 2)
        return { difference: NaN, ratio: NaN, min: lo, max: hi };
    const a = rates[lo];
    const b = rates[hi];
    return { difference: b - a, ratio: b === 0 ? (a === 0 ? 1 : NaN) : a / b, min: lo, max: hi };
}
/** Every measure from the cells of G groups (4·G numbers, group-major). */
function measures_measuresOf(cells, groups) {
    const sr = new Float64Array(groups);
    const tpr = new Float64Array(groups);
    const fpr = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
        const r = measures_groupRates(cells, 4 * g);
        sr[g] = r.selectionRate;
        tpr[g] = r.truePositiveRate;
        fpr[g] = r.falsePositiveRate;
    }
    const s = spread(sr);
    const t = spread(tpr);
    const f = spread(fpr);
    const pair = (x) => [x.min, x.max];
    // Worst case of the two rates; a tie goes to the true positive rate (fairlearn's max/min of the pair).
    const eodByFpr = f.difference > t.difference || (Number.isNaN(t.difference) && !Number.isNaN(f.difference));
    const eorByFpr = f.ratio < t.ratio || (Number.isNaN(t.ratio) && !Number.isNaN(f.ratio));
    return {
        demographic_parity_difference: { value: s.difference, groups: pair(s), rate: 'selection_rate' },
        demographic_parity_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
        equalized_odds_difference: eodByFpr ? { value: f.difference, groups: pair(f), rate: 'false_positive_rate' } : { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
        equalized_odds_ratio: eorByFpr ? { value: f.ratio, groups: pair(f), rate: 'false_positive_rate' } : { value: t.ratio, groups: pair(t), rate: 'true_positive_rate' },
        equal_opportunity_difference: { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
        disparate_impact_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
    };
}
/** The measures' values only, in MEASURES order, written into `out`. */
function measureVector(cells, groups, out) {
    const m = measures_measuresOf(cells, groups);
    measures_MEASURES.forEach((k, i) => (out[i] = m[k].value));
}
/** One stratified redraw: each group's `width` cells from Multinomial(n_g, cells_g). */
function redrawGroups(cells, groups, width, rng, out) {
    for (let g = 0; g < groups; g++) {
        const own = cells.subarray(g * width, (g + 1) * width);
        let n = 0;
        for (let j = 0; j < width; j++)
            n += own[j];
        rng.multinomial(n, own, out.subarray(g * width, (g + 1) * width));
    }
}
/**
 * Percentile intervals of every measure by the stratified bootstrap (see the module comment).
 * Returns the intervals in MEASURES order (null when no replicate was defined).
 */
function measures_measureIntervals(cells, groups, rng, resamples, confidence) {
    const reps = measures_MEASURES.map(() => new Float64Array(resamples));
    const base = Float64Array.from(cells);
    const draw = new Float64Array(cells.length);
    const out = new Float64Array(measures_MEASURES.length);
    for (let b = 0; b < resamples; b++) {
        redrawGroups(base, groups, 4, rng, draw);
        measureVector(draw, groups, out);
        for (let i = 0; i < measures_MEASURES.length; i++)
            reps[i][b] = out[i];
    }
    // Every measure lies in [0, 1]: rates, their differences and their ratios.
    return reps.map((r) => percentileInterval(r, confidence, [0, 1]));
}

;// CONCATENATED MODULE: ./.build/js/src/gates/spec.js
/**
 * Gate files: what compare-to-baseline enforces. Validated against src/schemas/gates.schema.json
 * (published for editors), then normalised into a flat list of gates, one per metric, rule and
 * slice column.
 */




/** Direction per metric: +1 higher is better, -1 lower is better. */
const spec_DIRECTION = {
    accuracy: 1,
    balanced_accuracy: 1,
    precision: 1,
    recall: 1,
    f1: 1,
    roc_auc: 1,
    average_precision: 1,
    macro_f1: 1,
    r2: 1,
    log_loss: -1,
    brier_score: -1,
    ece: -1,
    mae: -1,
    rmse: -1,
    latency_p50_ms: -1,
    latency_p95_ms: -1,
    ...MEASURE_DIRECTION,
};
let validate;
function amountOf(v) {
    if (typeof v === 'string')
        return { value: Number(v.slice(0, -1)) / 100, percent: true };
    return { value: Number(v), percent: false };
}
/** Parses an already-loaded gate document (YAML or JSON); errors name the source and the key. */
function parseGates(doc, source) {
    validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(schema);
    if (doc === null || doc === undefined)
        doc = {};
    if (!validate(doc)) {
        const e = validate.errors[0];
        const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
        const params = e.params;
        let message;
        if (e.propertyName !== undefined)
            message = `unknown metric '${e.propertyName}'; metrics: ${params.allowedValues?.join(', ')}`;
        else if (e.keyword === 'additionalProperties')
            message = `unknown key '${params.additionalProperty}'`;
        else if (e.keyword === 'enum')
            message = `must be one of ${params.allowedValues?.join(', ')}`;
        else
            message = e.message ?? e.keyword;
        throw new ConfigurationError(`${source}: ${where}: ${message}`);
    }
    const d = doc;
    const gates = [];
    const add = (metric, rules, sliceColumn, fairness) => {
        for (const [rule, raw] of Object.entries(rules)) {
            if (rule === 'require-improvement' && raw === false)
                continue;
            const amount = rule === 'require-improvement' && raw === true ? { value: 0, percent: false } : amountOf(raw);
            gates.push({ metric, sliceColumn, ...(fairness ? { fairness } : {}), rule: rule, amount, text: `${rule} ${raw === true ? '' : String(raw)}`.trim() });
        }
    };
    for (const [metric, rules] of Object.entries(d.metrics ?? {}))
        add(metric, rules);
    for (const [column, metrics] of Object.entries(d.slices ?? {}))
        for (const [metric, rules] of Object.entries(metrics))
            add(metric, rules, column);
    for (const [measure, rules] of Object.entries(d.fairness ?? {}))
        add(measure, rules, undefined, true);
    return { policy: d.policy ?? 'detect-regression', minPolicy: d['min-policy'] ?? 'interval', confidence: d.confidence, correction: d.correction, bootstrap: d.bootstrap, seed: d.seed, gates, source };
}

;// CONCATENATED MODULE: ./.build/js/src/metrics/sort.js
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
function splitKeys(keys, order, hi, lo, hist) {
    const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
    const n = keys.length;
    for (let i = 0; i < n; i++) {
        const k = order === null ? i : order[i];
        let l = words[2 * k];
        let h = words[2 * k + 1];
        if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else {
            h = (h | 0x80000000) >>> 0;
        }
        lo[i] = l;
        hi[i] = h;
        hist[l & MASK]++;
        hist[RADIX + ((l >>> 11) & MASK)]++;
        hist[2 * RADIX + (l >>> 22)]++;
        hist[3 * RADIX + (h & MASK)]++;
        hist[4 * RADIX + ((h >>> 11) & MASK)]++;
        hist[5 * RADIX + (h >>> 22)]++;
    }
}
/** Turns histogram `p` into start offsets; false when one digit holds every key (the pass is a no-op). */
function prefix(hist, p, n) {
    const off = p * RADIX;
    let s = 0;
    for (let k = 0; k < RADIX; k++) {
        const c = hist[off + k];
        if (c === n)
            return false;
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
function sortFloat32Valued(a) {
    const n = a.length;
    const f = new Float32Array(n);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = Math.fround(x);
        if (y !== x)
            return false;
        f[i] = y;
    }
    let key = new Uint32Array(f.buffer);
    let key2 = new Uint32Array(n);
    const hist = new Uint32Array(3 * RADIX);
    for (let i = 0; i < n; i++) {
        const b = key[i];
        const k = b & 0x80000000 ? ~b >>> 0 : (b | 0x80000000) >>> 0;
        key[i] = k;
        hist[k & MASK]++;
        hist[RADIX + ((k >>> 11) & MASK)]++;
        hist[2 * RADIX + (k >>> 22)]++;
    }
    for (let p = 0; p < 3; p++) {
        if (!prefix(hist, p, n))
            continue;
        const off = p * RADIX;
        const shift = p * DIGIT_BITS;
        for (let i = 0; i < n; i++) {
            const k = key[i];
            key2[hist[off + ((k >>> shift) & MASK)]++] = k;
        }
        const t = key;
        key = key2;
        key2 = t;
    }
    for (let i = 0; i < n; i++) {
        const k = key[i];
        key[i] = k & 0x80000000 ? k & 0x7fffffff : ~k >>> 0;
    }
    const values = new Float32Array(key.buffer);
    for (let i = 0; i < n; i++)
        a[i] = values[i];
    return true;
}
/** Sorts `a` ascending in place. */
function sortFloat64(a) {
    const n = a.length;
    if (n < SMALL) {
        a.sort();
        return;
    }
    if (sortFloat32Valued(a))
        return;
    let hi = new Uint32Array(n);
    let lo = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    let lo2 = new Uint32Array(n);
    const hist = new Uint32Array(6 * RADIX);
    splitKeys(a, null, hi, lo, hist);
    for (let p = 0; p < 6; p++) {
        if (!prefix(hist, p, n))
            continue;
        const off = p * RADIX;
        const shift = (p % 3) * DIGIT_BITS;
        if (p >= 3) {
            for (let i = 0; i < n; i++) {
                const h = hi[i];
                const d = hist[off + ((h >>> shift) & MASK)]++;
                hi2[d] = h;
                lo2[d] = lo[i];
            }
        }
        else {
            for (let i = 0; i < n; i++) {
                const l = lo[i];
                const d = hist[off + ((l >>> shift) & MASK)]++;
                lo2[d] = l;
                hi2[d] = hi[i];
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
        let h = hi[i];
        let l = lo[i];
        if (h & 0x80000000) {
            h = (h & 0x7fffffff) >>> 0;
        }
        else {
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
function sort_argsortFloat64(keys, order) {
    const n = keys.length;
    let perm;
    if (order)
        perm = Uint32Array.from(order);
    else {
        perm = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            perm[i] = i;
    }
    if (order && order.length !== n)
        throw new RangeError('argsortFloat64: order must have the length of keys');
    if (n < 2)
        return perm;
    let hi = new Uint32Array(n);
    let lo = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    let lo2 = new Uint32Array(n);
    let perm2 = new Uint32Array(n);
    const hist = new Uint32Array(6 * RADIX);
    splitKeys(keys, perm, hi, lo, hist);
    for (let p = 0; p < 6; p++) {
        if (!prefix(hist, p, n))
            continue;
        const off = p * RADIX;
        const shift = (p % 3) * DIGIT_BITS;
        const digitWord = p >= 3 ? hi : lo;
        for (let i = 0; i < n; i++) {
            const d = hist[off + ((digitWord[i] >>> shift) & MASK)]++;
            hi2[d] = hi[i];
            lo2[d] = lo[i];
            perm2[d] = perm[i];
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

;// CONCATENATED MODULE: ./.build/js/src/stats/delong.js
/**
 * DeLong's variance of the ROC AUC and DeLong's test for two correlated AUCs (DeLong, DeLong and
 * Clarke-Pearson, Biometrics 1988), computed by the fast midrank algorithm of Sun and Xu (IEEE
 * Signal Processing Letters 21, 2014): the structural components ("placements") of every case are
 * midrank differences, found here from one radix sort of each model's scores (O(n) passes over
 * the bit patterns) instead of DeLong's O(n²) pairwise kernel.
 *
 * Conventions, as R's pROC (1.18) with `direction = "<"`: cases are rows with label 1, controls
 * rows with label 0, a higher score means "more likely a case", and ties count one half:
 *   V10(x_i) = (#{controls < x_i} + ½ #{controls = x_i}) / n_controls   (one per case)
 *   V01(y_j) = (#{cases > y_j} + ½ #{cases = y_j}) / n_cases           (one per control)
 *   AUC = mean V10 = mean V01 (the Mann-Whitney statistic; equal to scikit-learn's roc_auc_score)
 *   S10 = Σ (V10 - AUC)² / (m - 1),  S01 = Σ (V01 - AUC)² / (n - 1)   (m cases, n controls)
 *   Var(AUC) = S10 / m + S01 / n.
 * Unlike pROC, the direction is never guessed from the data: a model that ranks cases lower gets
 * an AUC below ½.
 *
 * `delongCi` is pROC's `ci.auc(method = "delong")`: AUC ± z·√Var, clipped to [0, 1], and undefined
 * (null) with fewer than two cases or two controls. `delongTest` is pROC's
 * `roc.test(method = "delong", paired = TRUE)`: z = (AUC_a - AUC_b) / √(Var_a + Var_b - 2 Cov_ab)
 * with the covariance from the same placements, a normal p-value, and the interval
 * difference ± z·SE (pROC's `conf.int`). Both are asymptotic (normal) results. Checked against pROC
 * in test/unit/metrics/delong.test.ts (goldens from scripts/fixtures/metrics_goldens.py).
 */



// The normal quantile lives in ./distributions.ts; re-exported for the importers of this module.

// ---------------------------------------------------------------------------------------------
// Placements
// ---------------------------------------------------------------------------------------------
/** Index of the first element of ascending `a` that is >= x (binary search). */
function lowerBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Index of the first element of ascending `a` that is > x (binary search). */
function upperBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * AUC and DeLong variance from the scores of the cases and of the controls, each sorted ascending
 * (no NaN). One merge walk over tie groups: every tie group shares its placements, so the sums
 * run over groups. Exact Mann-Whitney count (integers below 2^53), then a second walk for the
 * centred sums of squares.
 */
function delongSorted(positives, negatives) {
    const pos = positives;
    const neg = negatives;
    const m = pos.length;
    const n = neg.length;
    if (m === 0 || n === 0) {
        throw new errors/* DataError */.fL(`roc_auc needs both classes: got ${m} positive and ${n} negative rows`);
    }
    // Pass 1: 2U = Σ over tie groups of cP·(2·#controls below + cN), an integer below 2^53.
    let twiceU = 0;
    let i = 0;
    let j = 0;
    while (i < m || j < n) {
        const v = i < m && (j >= n || pos[i] <= neg[j]) ? pos[i] : neg[j];
        const i0 = i;
        const j0 = j;
        while (i < m && pos[i] === v)
            i++;
        while (j < n && neg[j] === v)
            j++;
        twiceU += (i - i0) * (2 * j0 + (j - j0));
    }
    const auc = twiceU / (2 * m * n);
    if (m < 2 || n < 2)
        return { auc, variance: null, positives: m, negatives: n };
    // Pass 2: centred sums of squares of the placements, one term per tie group.
    let ss10 = 0;
    let ss01 = 0;
    i = 0;
    j = 0;
    while (i < m || j < n) {
        const v = i < m && (j >= n || pos[i] <= neg[j]) ? pos[i] : neg[j];
        const i0 = i;
        const j0 = j;
        while (i < m && pos[i] === v)
            i++;
        while (j < n && neg[j] === v)
            j++;
        const cP = i - i0;
        const cN = j - j0;
        if (cP > 0) {
            const d = (j0 + 0.5 * cN) / n - auc;
            ss10 += cP * d * d;
        }
        if (cN > 0) {
            const d = (m - i + 0.5 * cP) / m - auc;
            ss01 += cN * d * d;
        }
    }
    const variance = ss10 / (m - 1) / m + ss01 / (n - 1) / n;
    return { auc, variance, positives: m, negatives: n };
}
/** pROC's ci.auc(method = "delong"): AUC ± z·√Var clipped to [0, 1]; null without a variance. */
function delongCi(estimate, confidence = 0.95) {
    const z = (0,distributions/* criticalValue */.z7)(confidence);
    if (estimate.variance === null)
        return null;
    const se = Math.sqrt(estimate.variance);
    const clip = (x) => (x < 0 ? 0 : x > 1 ? 1 : x);
    return [clip(estimate.auc - z * se), clip(estimate.auc + z * se)];
}
function splitByLabel(labels, scores, what) {
    const m = countCases(labels, scores, what);
    const pos = new Float64Array(m);
    const neg = new Float64Array(labels.length - m);
    let a = 0;
    let b = 0;
    for (let i = 0; i < labels.length; i++) {
        if (labels[i] === 1)
            pos[a++] = scores[i];
        else
            neg[b++] = scores[i];
    }
    return { pos, neg };
}
/**
 * AUC of `scores` for binary `labels` (0/1) with DeLong's variance and interval (pROC's
 * `ci.auc(method = "delong")`). Throws DataError on bad input or when a class is absent.
 */
function delongAuc(labels, scores, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    criticalValue(confidence);
    const { pos, neg } = splitByLabel(labels, scores, 'delongAuc');
    pos.sort();
    neg.sort();
    const est = delongSorted(pos, neg);
    return { ...est, ci: delongCi(est, confidence), confidence, method: 'delong' };
}
/**
 * Placements of one model for every row, from one sort of all its scores: `place[r]` is V10 of row
 * r when it is a case, V01 when it is a control (the same numbers, bit for bit, that binary
 * searches in the sorted cases and controls give). One radix argsort, then one walk over the tie
 * groups: a group's cases share V10 = (controls below + ½ controls in the group) / n, its
 * controls share V01 = (cases above + ½ cases in the group) / m. The AUC is the exact
 * Mann-Whitney count of delongSorted, summed over the same groups.
 */
function rowPlacements(labels, scores, m, n) {
    const total = scores.length;
    const order = argsortFloat64(scores);
    const place = new Float64Array(total);
    let negBelow = 0;
    let posBelow = 0;
    let twiceU = 0;
    let k = 0;
    while (k < total) {
        const v = scores[order[k]];
        let e = k;
        let cP = 0;
        while (e < total && scores[order[e]] === v) {
            if (labels[order[e]] === 1)
                cP++;
            e++;
        }
        const cN = e - k - cP;
        const hi = posBelow + cP;
        const v10 = (negBelow + 0.5 * cN) / n;
        const v01 = (m - hi + 0.5 * cP) / m;
        for (let t = k; t < e; t++) {
            const r = order[t];
            place[r] = labels[r] === 1 ? v10 : v01;
        }
        twiceU += cP * (2 * negBelow + cN);
        negBelow += cN;
        posBelow = hi;
        k = e;
    }
    return { place, auc: twiceU / (2 * m * n) };
}
/** Counts the cases (label 1); throws DataError on a label other than 0/1 or a non-finite score. */
function countCases(labels, scores, what) {
    if (labels.length !== scores.length) {
        throw new DataError(`${what}: labels and scores differ in length (${labels.length} vs ${scores.length})`);
    }
    let m = 0;
    for (let i = 0; i < labels.length; i++) {
        const y = labels[i];
        if (y === 1)
            m++;
        else if (y !== 0)
            throw new DataError(`${what}: label at row ${i} must be 0 or 1, got ${y}`);
        if (!Number.isFinite(scores[i]))
            throw new DataError(`${what}: score at row ${i} must be a finite number, got ${scores[i]}`);
    }
    return m;
}
const asFloat64 = (a) => (a instanceof Float64Array ? a : Float64Array.from(a));
/**
 * DeLong's test for two correlated AUCs: `scoresA` and `scoresB` are two models' scores on the
 * same rows with binary `labels` (pROC's `roc.test(roc1, roc2, method = "delong", paired = TRUE)`).
 * Needs at least two rows of each class; throws DataError otherwise or on bad input.
 */
function delongTest(labels, scoresA, scoresB, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    const alternative = opts.alternative ?? 'two-sided';
    const z = criticalValue(confidence);
    if (scoresA.length !== scoresB.length) {
        throw new DataError(`delongTest: the two score arrays differ in length (${scoresA.length} vs ${scoresB.length})`);
    }
    const m = countCases(labels, scoresA, 'delongTest');
    countCases(labels, scoresB, 'delongTest');
    const n = labels.length - m;
    // One byte per row: the walks over the sorted order read labels at random rows, and 1 MB per
    // million rows stays in cache where 8 MB of float64 labels would not.
    const isCase = new Uint8Array(labels.length);
    for (let r = 0; r < labels.length; r++)
        isCase[r] = labels[r] === 1 ? 1 : 0;
    if (m < 2 || n < 2)
        throw new DataError(`delongTest needs at least 2 rows of each class: got ${m} positive and ${n} negative rows`);
    const pa = rowPlacements(isCase, asFloat64(scoresA), m, n);
    const pb = rowPlacements(isCase, asFloat64(scoresB), m, n);
    // S = S10/m + S01/n, a 2x2 covariance; only L·S·Lᵀ with L = (1, -1) is needed. Sums run over
    // the rows in order, cases into S10 and controls into S01.
    let s10aa = 0;
    let s10bb = 0;
    let s10ab = 0;
    let s01aa = 0;
    let s01bb = 0;
    let s01ab = 0;
    for (let r = 0; r < labels.length; r++) {
        const da = pa.place[r] - pa.auc;
        const db = pb.place[r] - pb.auc;
        if (isCase[r] === 1) {
            s10aa += da * da;
            s10bb += db * db;
            s10ab += da * db;
        }
        else {
            s01aa += da * da;
            s01bb += db * db;
            s01ab += da * db;
        }
    }
    const varDiff = (s10aa + s10bb - 2 * s10ab) / (m - 1) / m + (s01aa + s01bb - 2 * s01ab) / (n - 1) / n;
    const se = Math.sqrt(Math.max(0, varDiff));
    const d = pa.auc - pb.auc;
    const statistic = se > 0 ? d / se : d === 0 ? 0 : d > 0 ? Infinity : -Infinity;
    const pValue = alternative === 'two-sided' ? Math.min(1, 2 * normalCdf(-Math.abs(statistic))) : alternative === 'greater' ? normalCdf(-statistic) : normalCdf(statistic);
    return {
        statistic,
        pValue,
        alternative,
        auc: [pa.auc, pb.auc],
        difference: d,
        standardError: se,
        ci: [d - z * se, d + z * se],
        confidence,
        positives: m,
        negatives: n,
        method: 'delong-paired',
    };
}

// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var rng = __webpack_require__(1472);
;// CONCATENATED MODULE: ./.build/js/src/metrics/buffers.js
/**
 * Growable float64 columns for the metric states, and their compact JSON form: the bytes of the
 * Float64Array in little-endian order, base64-encoded (8 bytes per value, about 10.7 characters of
 * JSON per value), so a state round-trips bit for bit.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** A Float64Array that grows by doubling; `view()` is the filled prefix (no copy). */
class Float64Column {
    data;
    length = 0;
    constructor(capacity = 64) {
        this.data = new Float64Array(Math.max(1, capacity));
    }
    static from(values) {
        const c = new Float64Column(values.length);
        c.data.set(values);
        c.length = values.length;
        return c;
    }
    reserve(extra) {
        const need = this.length + extra;
        if (need <= this.data.length)
            return;
        let cap = this.data.length * 2;
        while (cap < need)
            cap *= 2;
        const next = new Float64Array(cap);
        next.set(this.data.subarray(0, this.length));
        this.data = next;
    }
    push(x) {
        if (this.length === this.data.length)
            this.reserve(1);
        this.data[this.length++] = x;
    }
    append(values) {
        this.reserve(values.length);
        this.data.set(values, this.length);
        this.length += values.length;
    }
    view() {
        return this.data.subarray(0, this.length);
    }
    /** Replaces the contents (same length) — used to store a canonical (sorted) order. */
    replace(values) {
        this.data = values;
        this.length = values.length;
    }
}
/** Base64 of the little-endian float64 bytes of `a`. */
function encodeFloat64(a) {
    if (LITTLE_ENDIAN)
        return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
    const bytes = new Uint8Array(a.length * 8);
    const dv = new DataView(bytes.buffer);
    for (let i = 0; i < a.length; i++)
        dv.setFloat64(i * 8, a[i], true);
    return Buffer.from(bytes).toString('base64');
}
/** Inverse of {@link encodeFloat64}; throws DataError naming `what` on malformed input. */
function decodeFloat64(s, what) {
    if (typeof s !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(s))
        throw new errors/* DataError */.fL(`${what}: expected a base64 string`);
    const bytes = Buffer.from(s, 'base64');
    if (bytes.length % 8 !== 0)
        throw new errors/* DataError */.fL(`${what}: ${bytes.length} bytes is not a whole number of float64 values`);
    const out = new Float64Array(bytes.length / 8);
    if (LITTLE_ENDIAN) {
        new Uint8Array(out.buffer).set(bytes);
    }
    else {
        const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (let i = 0; i < out.length; i++)
            out[i] = dv.getFloat64(i * 8, true);
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/js/src/metrics/binary.js
/**
 * Binary classification: a mergeable state of (label, score) rows and the metrics computed from it.
 *
 * Rows. `label` is 1 for the positive class and 0 otherwise; `score` is the model's probability of
 * the positive class, a finite number in [0, 1]. A row is predicted positive when
 * `score >= threshold` (default 0.5).
 *
 * State and memory. `BinaryState` keeps the scores of positive rows and of negative rows in two
 * Float64Arrays: 8 bytes per row (up to 16 while a growing buffer doubles), 8 MB per million rows.
 * Nothing else is needed: every metric, including roc_auc and average_precision, is a function of
 * these two multisets, so `merge` (concatenation) is exact and the metrics are computed from the
 * sorted arrays, making them independent of row order and of how rows were sharded: merging shard
 * states in any order gives bit-identical results, intervals included. JSON form: the two arrays
 * as base64 of little-endian float64 bytes (about 10.7 characters per row), stored sorted.
 * Computing the metrics needs 16 bytes per row of sort scratch, plus 24 bytes per row (and O(rows)
 * time per resample) for the row bootstrap when it runs.
 *
 * Metrics (names and conventions of scikit-learn 1.2, checked against it in
 * test/unit/metrics/goldens.test.ts):
 * - accuracy, balanced_accuracy (mean recall over the classes present in the labels), precision,
 *   recall, f1 of the positive class at the threshold; zero_division as scikit-learn's default
 *   'warn': an ill-defined precision, recall or f1 is 0, with a `reason`.
 * - roc_auc: Mann-Whitney AUC with ties counted ½ (= roc_auc_score); null with a reason when only
 *   one class is present.
 * - average_precision: the step-wise sum Σ (R_k - R_{k-1}) P_k over distinct score thresholds,
 *   tied scores forming one threshold (= average_precision_score); 0 without positive rows, as
 *   scikit-learn (which then sets recall to 1).
 * - log_loss: scores clipped to [ε, 1 - ε] with ε = 2.220446049250313e-16 (float64 machine
 *   epsilon: log_loss(eps="auto") for float64 input in scikit-learn 1.2), the row (1-p, p) then
 *   renormalised by its sum, natural log, mean over rows.
 * - brier_score: mean (score - label)² (= brier_score_loss).
 * - calibration: `calibrationBins` (default 10) equal-width bins on [0, 1] with
 *   calibration_curve's assignment: bin b holds scores in (b/B, (b+1)/B], bin 0 also holds 0
 *   (edges as numpy.linspace). Reliability table per bin: count, mean score, observed positive rate
 *   (null in empty bins). Expected calibration error ECE = Σ_b (n_b / n)·|mean score_b - rate_b|.
 *
 * Intervals (`ci` at `confidence`, default 0.95, seeded by `seed`):
 * - accuracy, precision, recall: Wilson score interval ('wilson'), conditional on the number of
 *   rows, predicted positives and positives respectively; or, with proportionInterval
 *   'bootstrap', as balanced_accuracy.
 * - balanced_accuracy, f1: percentile bootstrap of the confusion cells ('bootstrap-confusion').
 * - roc_auc: DeLong ('delong'), from src/stats/delong.ts.
 * - log_loss, brier_score, average_precision: percentile bootstrap of rows, all three from the
 *   same resamples ('bootstrap-percentile'); above `maxBootstrapRows` rows (default 20,000 at 1000
 *   resamples) the normal interval with the influence-function standard error ('normal-influence';
 *   for average_precision built on the logit scale, see `logitNormalInterval`).
 */






/** float64 machine epsilon: scikit-learn 1.2's log_loss clipping for float64 probabilities. */
const LOG_LOSS_EPS = 2.220446049250313e-16;
/** Mergeable state of a binary evaluation: the scores of positive rows and of negative rows. */
class BinaryState {
    task = 'binary';
    pos = new Float64Column();
    neg = new Float64Column();
    sorted = true;
    get rows() {
        return this.pos.length + this.neg.length;
    }
    get positives() {
        return this.pos.length;
    }
    get negatives() {
        return this.neg.length;
    }
    /** Adds one row; throws DataError on a label other than 0/1 or a score outside [0, 1]. */
    add(label, score) {
        if (!(score >= 0 && score <= 1))
            throw new errors/* DataError */.fL(`binary score must be a probability in [0, 1], got ${score}`);
        if (label === 1)
            this.pos.push(score);
        else if (label === 0)
            this.neg.push(score);
        else
            throw new errors/* DataError */.fL(`binary label must be 0 or 1, got ${label}`);
        this.sorted = false;
        return this;
    }
    /** Adds rows from parallel arrays (the fast path); throws DataError naming the first bad row. */
    addBatch(labels, scores) {
        if (labels.length !== scores.length)
            throw new errors/* DataError */.fL(`binary: ${labels.length} labels but ${scores.length} scores`);
        for (let i = 0; i < labels.length; i++) {
            const s = scores[i];
            const y = labels[i];
            if (!(s >= 0 && s <= 1))
                throw new errors/* DataError */.fL(`binary score at row ${i} must be a probability in [0, 1], got ${s}`);
            if (y === 1)
                this.pos.push(s);
            else if (y === 0)
                this.neg.push(s);
            else
                throw new errors/* DataError */.fL(`binary label at row ${i} must be 0 or 1, got ${y}`);
        }
        if (labels.length > 0)
            this.sorted = false;
        return this;
    }
    /** Adds every row of `other` (which is left unchanged). */
    merge(other) {
        if (!(other instanceof BinaryState))
            throw new errors/* DataError */.fL('binary: can only merge another BinaryState');
        this.pos.append(other.pos.view());
        this.neg.append(other.neg.view());
        if (other.rows > 0)
            this.sorted = false;
        return this;
    }
    /** The scores of positive and of negative rows, ascending (sorted once, until the next add). */
    sortedScores() {
        if (!this.sorted) {
            const p = this.pos.view();
            const n = this.neg.view();
            sortFloat64(p);
            sortFloat64(n);
            this.sorted = true;
        }
        return { positives: this.pos.view(), negatives: this.neg.view() };
    }
    toJSON() {
        const { positives, negatives } = this.sortedScores();
        return { kind: 'binary-state', schemaVersion: 1, rows: this.rows, positives: encodeFloat64(positives), negatives: encodeFloat64(negatives) };
    }
    /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.kind !== 'binary-state' || j.schemaVersion !== 1) {
            throw new errors/* DataError */.fL('binary state: not a {kind: "binary-state", schemaVersion: 1} object');
        }
        const pos = decodeFloat64(j.positives, 'binary state positives');
        const neg = decodeFloat64(j.negatives, 'binary state negatives');
        if (j.rows !== pos.length + neg.length)
            throw new errors/* DataError */.fL(`binary state: rows ${j.rows} does not match the ${pos.length + neg.length} scores`);
        let sorted = true;
        for (const a of [pos, neg]) {
            for (let i = 0; i < a.length; i++) {
                if (!(a[i] >= 0 && a[i] <= 1))
                    throw new errors/* DataError */.fL(`binary state: score ${a[i]} is not a probability`);
                if (i > 0 && a[i - 1] > a[i])
                    sorted = false;
            }
        }
        const s = new BinaryState();
        s.pos = Float64Column.from(pos);
        s.neg = Float64Column.from(neg);
        s.sorted = sorted;
        return s;
    }
}
/** Precision, recall, f1 and balanced accuracy of cells [tp, fp, fn, tn] with scikit-learn's zero_division = 0. */
function precisionOf(tp, fp) {
    return tp + fp > 0 ? tp / (tp + fp) : 0;
}
function recallOf(tp, fn) {
    return tp + fn > 0 ? tp / (tp + fn) : 0;
}
function f1Of(tp, fp, fn) {
    const p = precisionOf(tp, fp);
    const r = recallOf(tp, fn);
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
/** Mean recall over the classes with support; NaN without rows. */
function balancedOf(tp, fp, fn, tn) {
    const hasPos = tp + fn > 0;
    const hasNeg = tn + fp > 0;
    if (hasPos && hasNeg)
        return (tp / (tp + fn) + tn / (tn + fp)) / 2;
    if (hasPos)
        return tp / (tp + fn);
    if (hasNeg)
        return tn / (tn + fp);
    return NaN;
}
/** The log-loss term of one row, as scikit-learn 1.2: clip, renormalise (1-p, p), -log. */
function logLossTerm(p, positive) {
    const c = p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
    const q = 1 - c;
    const s = q + c;
    return -Math.log((positive ? c : q) / s);
}
/**
 * One ascending merge walk over the sorted positive and negative scores, tie group by tie group:
 * log_loss, brier_score, average_precision (at a tie group with score v, precision is
 * #positives >= v / #rows >= v, and recall grows by the group's share of all positives), the
 * calibration bins, the influence-function standard errors and optionally the bootstrap table.
 *
 * Influence function of AP = E[Y·π(S)] / E[Y] with π(s) = P(Y = 1, S >= s) / P(S >= s), at a row
 * (s0, y0) in tie group g: IF = [y0·(π_g - AP) + y0·S1_g - S2_g] / p, where p = share of
 * positives and S1_g = Σ_{h<=g} cP_h / D_h, S2_g = Σ_{h<=g} cP_h·π_h / D_h over tie groups h at
 * or below g (cP_h positives, D_h rows at or above h). Var(AP) ≈ Σ IF² / n².
 */
function binaryPass(P, N, bins, withTable) {
    const nP = P.length;
    const nN = N.length;
    const n = nP + nN;
    const edges = Array.from({ length: bins + 1 }, (_, b) => (b === bins ? 1 : b * (1 / bins)));
    const binCount = new Float64Array(bins);
    const binSum = new Float64Array(bins);
    const binPos = new Float64Array(bins);
    const table = withTable ? { loss: new Float64Array(n), brier: new Float64Array(n), key: new Uint32Array(n) } : null;
    let lossSum = 0;
    let brierSum = 0;
    let apSum = 0;
    // Shifted sums of squares for the standard errors of the two means (shift: the first term).
    let lossShift = NaN;
    let lossDev = 0;
    let lossDev2 = 0;
    let brierShift = NaN;
    let brierDev = 0;
    let brierDev2 = 0;
    // AP influence: positives contribute (u_g - AP)², u_g = π_g + S1_g - S2_g; negatives S2_g².
    let s1 = 0;
    let s2 = 0;
    let sumU = 0;
    let sumU2 = 0;
    let sumNegS2sq = 0;
    let below = 0;
    let posBelow = 0;
    let bin = 0;
    let group = 0;
    let i = 0;
    let j = 0;
    while (i < nP || j < nN) {
        const v = i < nP && (j >= nN || P[i] <= N[j]) ? P[i] : N[j];
        const i0 = i;
        const j0 = j;
        while (j < nN && N[j] === v)
            j++;
        while (i < nP && P[i] === v)
            i++;
        const cN = j - j0;
        const cP = i - i0;
        const c = cN + cP;
        const lossN = cN > 0 ? logLossTerm(v, false) : 0;
        const lossP = cP > 0 ? logLossTerm(v, true) : 0;
        const brierN = v * v;
        const brierP = (1 - v) * (1 - v);
        lossSum += cN * lossN + cP * lossP;
        brierSum += cN * brierN + cP * brierP;
        if (Number.isNaN(lossShift)) {
            lossShift = cN > 0 ? lossN : lossP;
            brierShift = cN > 0 ? brierN : brierP;
        }
        const dlN = lossN - lossShift;
        const dlP = lossP - lossShift;
        lossDev += cN * dlN + cP * dlP;
        lossDev2 += cN * dlN * dlN + cP * dlP * dlP;
        const dbN = brierN - brierShift;
        const dbP = brierP - brierShift;
        brierDev += cN * dbN + cP * dbP;
        brierDev2 += cN * dbN * dbN + cP * dbP * dbP;
        const atOrAbove = n - below;
        const pi = (nP - posBelow) / atOrAbove;
        if (cP > 0) {
            apSum += cP * pi;
            s1 += cP / atOrAbove;
            s2 += (cP * pi) / atOrAbove;
            const u = pi + s1 - s2;
            sumU += cP * u;
            sumU2 += cP * u * u;
        }
        if (cN > 0)
            sumNegS2sq += cN * s2 * s2;
        while (bin < bins - 1 && v > edges[bin + 1])
            bin++;
        binCount[bin] += c;
        binSum[bin] += v * c;
        binPos[bin] += cP;
        if (table !== null) {
            table.loss.fill(lossN, below, below + cN);
            table.loss.fill(lossP, below + cN, below + c);
            table.brier.fill(brierN, below, below + cN);
            table.brier.fill(brierP, below + cN, below + c);
            table.key.fill(group * 2, below, below + cN);
            table.key.fill(group * 2 + 1, below + cN, below + c);
        }
        below += c;
        posBelow += cP;
        group++;
    }
    const cal = [];
    let eceSum = 0;
    for (let b = 0; b < bins; b++) {
        const cnt = binCount[b];
        cal.push({ lower: edges[b], upper: edges[b + 1], count: cnt, meanPredicted: cnt > 0 ? binSum[b] / cnt : null, observedRate: cnt > 0 ? binPos[b] / cnt : null });
        eceSum += Math.abs(binSum[b] - binPos[b]);
    }
    const ap = nP > 0 ? apSum / nP : 0;
    // Σ IF² for the means: Σ (x - mean)² from the shifted sums; for AP, expand Σ cP (u - AP)².
    const meanSe = (dev, dev2) => Math.sqrt(Math.max(0, dev2 - (dev * dev) / n)) / n;
    const p = nP / n;
    const apIf2 = nP > 0 ? Math.max(0, sumU2 - 2 * ap * sumU + ap * ap * nP) / (p * p) + sumNegS2sq / (p * p) : NaN;
    return {
        logLoss: lossSum / n,
        brier: brierSum / n,
        averagePrecision: ap,
        se: [meanSe(lossDev, lossDev2), meanSe(brierDev, brierDev2), Math.sqrt(apIf2) / n],
        calibration: { strategy: 'uniform', bins: cal, ece: n > 0 ? eceSum / n : null },
        table,
    };
}
/**
 * log_loss, brier_score and average_precision of the rows weighted by bootstrap `counts`,
 * walking from the highest score down so that tied scores form one threshold.
 */
function replicate(t, counts, out) {
    const { loss, brier, key } = t;
    let lossSum = 0;
    let brierSum = 0;
    let tp = 0;
    let fp = 0;
    let prevTp = 0;
    let ap = 0;
    let prevGroup = -1;
    let m = 0;
    for (let r = counts.length - 1; r >= 0; r--) {
        const c = counts[r];
        if (c === 0)
            continue; // about 37% of rows are not drawn
        m += c;
        lossSum += c * loss[r];
        brierSum += c * brier[r];
        const k = key[r];
        const g = k >>> 1;
        if (g !== prevGroup) {
            if (tp > prevTp)
                ap += ((tp - prevTp) * tp) / (tp + fp);
            prevTp = tp;
            prevGroup = g;
        }
        if (k & 1)
            tp += c;
        else
            fp += c;
    }
    if (tp > prevTp)
        ap += ((tp - prevTp) * tp) / (tp + fp);
    out[0] = lossSum / m;
    out[1] = brierSum / m;
    out[2] = tp > 0 ? ap / tp : 0;
}
/**
 * The influence-function interval of a statistic in (0, 1) built on the logit scale,
 * expit(logit(v) ± z·se / (v(1 - v))), which keeps it inside (0, 1) and follows the skew of a
 * proportion-like statistic near 1 (Boyd, Eng and Page 2013 recommend it for the area under the
 * precision-recall curve); the plain normal interval when v is 0 or 1.
 */
function logitNormalInterval(v, se, z) {
    if (!(v > 0 && v < 1))
        return (0,intervals/* normalInterval */.Dm)(v, se, z, [0, 1]);
    const l = Math.log(v / (1 - v));
    const h = (z * se) / (v * (1 - v));
    return [1 / (1 + Math.exp(-(l - h))), 1 / (1 + Math.exp(-(l + h)))];
}
/** Computes every binary metric with its interval from `state`; see the module header for definitions. */
function binaryMetrics(state, opts = {}) {
    const o = (0,intervals/* resolveIntervalOptions */.Ke)(opts);
    const threshold = opts.threshold ?? 0.5;
    if (typeof threshold !== 'number' || !Number.isFinite(threshold))
        throw new errors/* ConfigurationError */.j1(`threshold must be a finite number, got ${String(threshold)}`);
    const bins = opts.calibrationBins ?? 10;
    if (!Number.isSafeInteger(bins) || bins < 1 || bins > 1000)
        throw new errors/* ConfigurationError */.j1(`calibrationBins must be an integer from 1 to 1000, got ${String(bins)}`);
    const { positives: P, negatives: N } = state.sortedScores();
    const nP = P.length;
    const nN = N.length;
    const n = nP + nN;
    const fn = lowerBound(P, threshold);
    const tp = nP - fn;
    const tn = lowerBound(N, threshold);
    const fp = nN - tn;
    const confusion = { matrix: [[tn, fp], [fn, tp]], tp, fp, fn, tn };
    const none = (reason) => (0,intervals/* pointOnly */.Xy)(null, 'none', reason);
    const method = (m) => (o.intervals ? m : 'none');
    const metrics = {};
    if (n === 0) {
        for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score']) {
            metrics[name] = none('no rows');
        }
        return {
            task: 'binary',
            rows: 0,
            positives: 0,
            negatives: 0,
            threshold,
            confidence: o.confidence,
            metrics,
            confusion,
            calibration: binaryPass(P, N, bins, false).calibration,
            bootstrap: null,
        };
    }
    // Confusion-matrix metrics.
    const propMethod = o.proportionInterval === 'wilson' ? 'wilson' : 'bootstrap-confusion';
    const cells = Float64Array.of(tp, fp, fn, tn);
    const boot = o.intervals
        ? (0,intervals/* confusionBootstrap */.zY)(cells, 5, (c, out) => {
            out[0] = (c[0] + c[3]) / n;
            out[1] = precisionOf(c[0], c[1]);
            out[2] = recallOf(c[0], c[2]);
            out[3] = balancedOf(c[0], c[1], c[2], c[3]);
            out[4] = f1Of(c[0], c[1], c[2]);
        }, (0,rng/* createRng */.SZ)(o.seed, intervals/* STREAM_CONFUSION */.iB), o.resamples, o.confidence)
        : null;
    const propCi = (i, x, trials) => !o.intervals ? null : o.proportionInterval === 'wilson' ? (0,intervals/* wilsonInterval */.YV)(x, trials, o.z) : boot[i];
    const withReason = (r, reason) => (reason === undefined ? r : { ...r, reason });
    metrics.accuracy = { value: (tp + tn) / n, ci: propCi(0, tp + tn, n), method: method(propMethod) };
    metrics.precision = withReason({ value: precisionOf(tp, fp), ci: tp + fp > 0 ? propCi(1, tp, tp + fp) : null, method: method(propMethod) }, tp + fp === 0 ? 'no predicted positives: precision is ill-defined and set to 0 (scikit-learn zero_division)' : undefined);
    metrics.recall = withReason({ value: recallOf(tp, fn), ci: nP > 0 ? propCi(2, tp, nP) : null, method: method(propMethod) }, nP === 0 ? 'no positive rows: recall is ill-defined and set to 0 (scikit-learn zero_division)' : undefined);
    metrics.balanced_accuracy = withReason({ value: balancedOf(tp, fp, fn, tn), ci: boot ? boot[3] : null, method: method('bootstrap-confusion') }, nP === 0 || nN === 0 ? `only ${nP === 0 ? 'negative' : 'positive'} rows: the mean recall is over that class alone (scikit-learn)` : undefined);
    const f1 = f1Of(tp, fp, fn);
    metrics.f1 = withReason({ value: f1, ci: boot ? boot[4] : null, method: method('bootstrap-confusion') }, tp === 0 && (tp + fp === 0 || nP === 0) ? 'precision and recall are 0 or ill-defined: f1 is set to 0 (scikit-learn zero_division)' : undefined);
    // roc_auc with DeLong.
    if (nP === 0 || nN === 0) {
        metrics.roc_auc = (0,intervals/* pointOnly */.Xy)(null, method('delong'), `roc_auc is undefined with only ${nP === 0 ? 'negative' : 'positive'} rows`);
    }
    else {
        const est = delongSorted(P, N);
        const ci = o.intervals ? delongCi(est, o.confidence) : null;
        metrics.roc_auc = withReason({ value: est.auc, ci, method: method('delong') }, o.intervals && ci === null ? 'the DeLong interval needs at least 2 positive and 2 negative rows' : undefined);
    }
    // Row statistics: percentile bootstrap of rows, or the influence-function interval for large n.
    const plan = (0,intervals/* planRowIntervals */.An)(n, o);
    const useBootstrap = o.intervals && plan.method === 'bootstrap-percentile';
    const pass = binaryPass(P, N, bins, useBootstrap);
    const point = [pass.logLoss, pass.brier, pass.averagePrecision];
    const bounds = [
        [0, Infinity],
        [0, 1],
        [0, 1],
    ];
    let rowCis = [null, null, null];
    const bootstrap = o.intervals ? { resamples: o.resamples, seed: o.seed } : null;
    if (useBootstrap && pass.table !== null) {
        const table = pass.table;
        const reps = (0,intervals/* rowBootstrap */.NL)(n, o.resamples, (0,rng/* createRng */.SZ)(o.seed, intervals/* STREAM_ROWS */.VN), 3, (counts, out) => replicate(table, counts, out));
        rowCis = reps.map((r, s) => (0,intervals/* percentileInterval */.J9)(r, o.confidence, bounds[s]));
    }
    else if (o.intervals) {
        rowCis = [(0,intervals/* normalInterval */.Dm)(point[0], pass.se[0], o.z, bounds[0]), (0,intervals/* normalInterval */.Dm)(point[1], pass.se[1], o.z, bounds[1]), logitNormalInterval(point[2], pass.se[2], o.z)];
    }
    metrics.average_precision = withReason({ value: point[2], ci: nP > 0 ? rowCis[2] : null, method: method(plan.method) }, nP === 0 ? 'no positive rows: scikit-learn sets recall to 1 and average_precision to 0; no interval' : undefined);
    metrics.log_loss = { value: point[0], ci: rowCis[0], method: method(plan.method) };
    metrics.brier_score = { value: point[1], ci: rowCis[1], method: method(plan.method) };
    const ordered = {};
    for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score']) {
        ordered[name] = metrics[name];
    }
    return {
        task: 'binary',
        rows: n,
        positives: nP,
        negatives: nN,
        threshold,
        confidence: o.confidence,
        metrics: ordered,
        confusion,
        calibration: pass.calibration,
        bootstrap,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/metrics/curves.js
/**
 * ROC and precision-recall curves of a binary evaluation, downsampled for drawing.
 *
 * The full curves have one point per distinct score (scikit-learn's roc_curve and
 * precision_recall_curve with drop_intermediate off). They are walked from the highest threshold
 * down, and a point is kept when it moved more than `maxError` from the last kept point in either
 * coordinate (the last point is always kept). So every point of the full curve lies within
 * `maxError` of a kept point in both coordinates (Chebyshev distance). ROC coordinates are
 * monotone, so the ROC keeps at most 2 / maxError + 2 points; precision is not, so when the PR
 * curve would keep more than `maxPoints`, the tolerance doubles until it fits, and the tolerance
 * used is what the result reports.
 */
const round = (x) => Math.round(x * 1e6) / 1e6;
class Thinner {
    eps;
    x = [];
    y = [];
    lx = NaN;
    ly = NaN;
    px = NaN;
    py = NaN;
    constructor(eps) {
        this.eps = eps;
    }
    add(x, y) {
        this.px = x;
        this.py = y;
        if (this.x.length === 0 || Math.abs(x - this.lx) > this.eps || Math.abs(y - this.ly) > this.eps) {
            this.x.push(round(x));
            this.y.push(round(y));
            this.lx = x;
            this.ly = y;
        }
    }
    finish() {
        if (this.px !== this.lx || this.py !== this.ly) {
            this.x.push(round(this.px));
            this.y.push(round(this.py));
        }
    }
}
function walk(pos, neg, eps, which) {
    const P = pos.length;
    const N = neg.length;
    const t = new Thinner(eps);
    if (which === 'roc')
        t.add(0, 0);
    else
        t.add(0, 1);
    let i = P - 1;
    let j = N - 1;
    let tp = 0;
    let fp = 0;
    while (i >= 0 || j >= 0) {
        const s = Math.max(i >= 0 ? pos[i] : -Infinity, j >= 0 ? neg[j] : -Infinity);
        while (i >= 0 && pos[i] === s)
            (tp++, i--);
        while (j >= 0 && neg[j] === s)
            (fp++, j--);
        if (which === 'roc')
            t.add(N ? fp / N : 0, P ? tp / P : 0);
        else if (tp + fp > 0)
            t.add(P ? tp / P : 0, tp / (tp + fp));
    }
    t.finish();
    return t;
}
/** Curves from the scores of positive and of negative rows, each sorted ascending. */
function binaryCurves(positives, negatives, opts = {}) {
    const eps = opts.maxError ?? 0.002;
    const maxPoints = opts.maxPoints ?? 1200;
    const roc = walk(positives, negatives, eps, 'roc');
    let prEps = eps;
    let pr = walk(positives, negatives, prEps, 'pr');
    while (pr.x.length > maxPoints)
        pr = walk(positives, negatives, (prEps *= 2), 'pr');
    return { roc: { fpr: roc.x, tpr: roc.y }, pr: { recall: pr.x, precision: pr.y }, maxError: prEps };
}

;// CONCATENATED MODULE: ./.build/js/src/metrics/multiclass.js
/**
 * Multiclass classification: a mergeable state and its metrics.
 *
 * Rows. `label` is a class index 0..K-1; the score is the model's probability vector over the K
 * classes (finite numbers in [0, 1]). The predicted class is the first index of the largest
 * probability (numpy.argmax).
 *
 * State and memory. `MulticlassState` keeps the K×K confusion matrix (counts) and each row's
 * log-loss term in a Float64Array: 8 bytes per row plus 8·K² bytes. The confusion matrix merges by
 * addition and the loss terms by concatenation, both exact; the metrics sort the loss terms first,
 * so they (intervals included) do not depend on row order or sharding. JSON: the confusion matrix
 * as nested arrays and the sorted loss terms as base64 of little-endian float64.
 *
 * Metrics (scikit-learn 1.2 conventions, checked in test/unit/metrics/goldens.test.ts):
 * - accuracy: share of rows whose predicted class is the label.
 * - balanced_accuracy: mean recall over the classes that occur as labels (balanced_accuracy_score).
 * - macro_f1: mean f1 over the classes that occur as labels or as predictions (f1_score with
 *   average = "macro" and the labels inferred from the data, as scikit-learn's default); a class
 *   absent from both does not count, a class never predicted counts with f1 = 0.
 * - log_loss: each probability clipped to [ε, 1 - ε] (ε = 2.220446049250313e-16, float64 machine
 *   epsilon), the row renormalised by its sum, minus the natural log of the label's probability,
 *   averaged (log_loss(labels = range(K)) of scikit-learn 1.2).
 * - perClass: precision, recall, f1 and support of every class 0..K-1 (zero_division = 0).
 * - confusion: K×K counts, rows = true class, columns = predicted class.
 *
 * Intervals: accuracy 'wilson' (or 'bootstrap-confusion' with proportionInterval 'bootstrap');
 * balanced_accuracy and macro_f1 'bootstrap-confusion' (the K² cells redrawn by a multinomial);
 * log_loss the percentile bootstrap of rows ('bootstrap-percentile'), or above `maxBootstrapRows`
 * rows the normal interval with the influence-function standard error ('normal-influence').
 */






/** Mergeable state of a K-class evaluation. */
class MulticlassState {
    task = 'multiclass';
    classes;
    counts;
    losses = new Float64Column();
    sorted = true;
    constructor(classes) {
        if (!Number.isSafeInteger(classes) || classes < 2 || classes > 65536) {
            throw new errors/* ConfigurationError */.j1(`multiclass: the number of classes must be an integer from 2 to 65536, got ${classes}`);
        }
        this.classes = classes;
        this.counts = new Float64Array(classes * classes);
    }
    get rows() {
        return this.losses.length;
    }
    /** Adds one row: class index `label` and the probability vector `probs` (length K). */
    add(label, probs) {
        if (probs.length !== this.classes)
            throw new errors/* DataError */.fL(`multiclass: expected ${this.classes} probabilities, got ${probs.length}`);
        this.addRow(label, probs, 0, '');
        return this;
    }
    /** Adds n rows: `labels` (length n) and `probs` row-major (length n·K). */
    addBatch(labels, probs) {
        const K = this.classes;
        if (probs.length !== labels.length * K) {
            throw new errors/* DataError */.fL(`multiclass: ${labels.length} labels need ${labels.length * K} probabilities (row-major n×${K}), got ${probs.length}`);
        }
        for (let i = 0; i < labels.length; i++)
            this.addRow(labels[i], probs, i * K, ` at row ${i}`);
        return this;
    }
    addRow(label, probs, off, where) {
        const K = this.classes;
        if (!Number.isInteger(label) || label < 0 || label >= K)
            throw new errors/* DataError */.fL(`multiclass label${where} must be a class index 0..${K - 1}, got ${label}`);
        let best = 0;
        let bestP = -1;
        let sum = 0;
        for (let k = 0; k < K; k++) {
            const p = probs[off + k];
            if (!(p >= 0 && p <= 1))
                throw new errors/* DataError */.fL(`multiclass probability${where} for class ${k} must be in [0, 1], got ${p}`);
            if (p > bestP) {
                bestP = p;
                best = k;
            }
            sum += p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
        }
        const py = probs[off + label];
        const c = py < LOG_LOSS_EPS ? LOG_LOSS_EPS : py > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : py;
        this.counts[label * K + best]++;
        this.losses.push(-Math.log(c / sum));
        this.sorted = false;
    }
    /** Adds every row of `other` (same number of classes). */
    merge(other) {
        if (!(other instanceof MulticlassState) || other.classes !== this.classes) {
            throw new errors/* DataError */.fL(`multiclass: can only merge a MulticlassState with ${this.classes} classes`);
        }
        for (let i = 0; i < this.counts.length; i++)
            this.counts[i] = this.counts[i] + other.counts[i];
        this.losses.append(other.losses.view());
        if (other.rows > 0)
            this.sorted = false;
        return this;
    }
    /** The confusion counts, row-major confusion[true·K + predicted] (a copy). */
    confusionCounts() {
        return this.counts.slice();
    }
    /** The per-row log-loss terms, ascending. */
    sortedLosses() {
        if (!this.sorted) {
            sortFloat64(this.losses.view());
            this.sorted = true;
        }
        return this.losses.view();
    }
    toJSON() {
        const K = this.classes;
        const confusion = Array.from({ length: K }, (_, i) => Array.from(this.counts.subarray(i * K, (i + 1) * K)));
        return { kind: 'multiclass-state', schemaVersion: 1, classes: K, rows: this.rows, confusion, logLoss: encodeFloat64(this.sortedLosses()) };
    }
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.kind !== 'multiclass-state' || j.schemaVersion !== 1) {
            throw new errors/* DataError */.fL('multiclass state: not a {kind: "multiclass-state", schemaVersion: 1} object');
        }
        const s = new MulticlassState(j.classes);
        const K = s.classes;
        if (!Array.isArray(j.confusion) || j.confusion.length !== K)
            throw new errors/* DataError */.fL(`multiclass state: confusion must be ${K} rows`);
        let total = 0;
        for (let i = 0; i < K; i++) {
            const row = j.confusion[i];
            if (!Array.isArray(row) || row.length !== K)
                throw new errors/* DataError */.fL(`multiclass state: confusion row ${i} must have ${K} counts`);
            for (let k = 0; k < K; k++) {
                const c = row[k];
                if (!Number.isSafeInteger(c) || c < 0)
                    throw new errors/* DataError */.fL(`multiclass state: confusion[${i}][${k}] must be a non-negative integer`);
                s.counts[i * K + k] = c;
                total += c;
            }
        }
        const losses = decodeFloat64(j.logLoss, 'multiclass state logLoss');
        if (losses.length !== total || j.rows !== total)
            throw new errors/* DataError */.fL(`multiclass state: rows ${j.rows}, confusion total ${total} and ${losses.length} loss terms disagree`);
        let sorted = true;
        for (let i = 0; i < losses.length; i++) {
            if (!(losses[i] >= 0 && losses[i] < Infinity))
                throw new errors/* DataError */.fL('multiclass state: a log-loss term is not a finite non-negative number');
            if (i > 0 && losses[i - 1] > losses[i])
                sorted = false;
        }
        s.losses = Float64Column.from(losses);
        s.sorted = sorted;
        return s;
    }
}
/** Per-class sums of a K×K count matrix. */
function margins(c, K) {
    const diag = new Float64Array(K);
    const truth = new Float64Array(K);
    const pred = new Float64Array(K);
    for (let i = 0; i < K; i++) {
        for (let k = 0; k < K; k++) {
            const v = c[i * K + k];
            truth[i] += v;
            pred[k] += v;
        }
        diag[i] = c[i * K + i];
    }
    return { diag, truth, pred };
}
function classF1(tp, truth, pred) {
    const p = pred > 0 ? tp / pred : 0;
    const r = truth > 0 ? tp / truth : 0;
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
/** accuracy, balanced_accuracy, macro_f1 of a K×K count matrix (NaN without rows). */
function confusionStats(c, K) {
    const { diag, truth, pred } = margins(c, K);
    let n = 0;
    let correct = 0;
    let recallSum = 0;
    let withSupport = 0;
    let f1Sum = 0;
    let present = 0;
    for (let k = 0; k < K; k++) {
        n += truth[k];
        correct += diag[k];
        if (truth[k] > 0) {
            recallSum += diag[k] / truth[k];
            withSupport++;
        }
        if (truth[k] > 0 || pred[k] > 0) {
            f1Sum += classF1(diag[k], truth[k], pred[k]);
            present++;
        }
    }
    if (n === 0)
        return [NaN, NaN, NaN];
    return [correct / n, recallSum / withSupport, f1Sum / present];
}
/** Computes the multiclass metrics with intervals; see the module header for definitions. */
function multiclassMetrics(state, opts = {}) {
    const o = (0,intervals/* resolveIntervalOptions */.Ke)(opts);
    const K = state.classes;
    const counts = state.confusionCounts();
    const { diag, truth, pred } = margins(counts, K);
    const losses = state.sortedLosses();
    const n = losses.length;
    const perClass = [];
    for (let k = 0; k < K; k++) {
        const tp = diag[k];
        perClass.push({
            class: k,
            support: truth[k],
            predicted: pred[k],
            precision: pred[k] > 0 ? tp / pred[k] : 0,
            recall: truth[k] > 0 ? tp / truth[k] : 0,
            f1: classF1(tp, truth[k], pred[k]),
        });
    }
    const confusion = Array.from({ length: K }, (_, i) => Array.from(counts.subarray(i * K, (i + 1) * K)));
    const method = (m) => (o.intervals ? m : 'none');
    if (n === 0) {
        const none = (0,intervals/* pointOnly */.Xy)(null, 'none', 'no rows');
        return {
            task: 'multiclass',
            rows: 0,
            classes: K,
            confidence: o.confidence,
            metrics: { accuracy: none, balanced_accuracy: none, macro_f1: none, log_loss: none },
            perClass,
            confusion,
            bootstrap: null,
        };
    }
    const [accuracy, balanced, macroF1] = confusionStats(counts, K);
    const boot = o.intervals
        ? (0,intervals/* confusionBootstrap */.zY)(counts, 3, (c, out) => out.set(confusionStats(c, K)), (0,rng/* createRng */.SZ)(o.seed, intervals/* STREAM_CONFUSION */.iB), o.resamples, o.confidence)
        : null;
    let correct = 0;
    for (let k = 0; k < K; k++)
        correct += diag[k];
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += losses[i];
    const logLoss = sum / n;
    const plan = (0,intervals/* planRowIntervals */.An)(n, o);
    let lossCi = null;
    if (o.intervals && plan.method === 'bootstrap-percentile') {
        const [reps] = (0,intervals/* rowBootstrap */.NL)(n, o.resamples, (0,rng/* createRng */.SZ)(o.seed, intervals/* STREAM_ROWS */.VN), 1, (counts, out) => {
            let s = 0;
            for (let i = 0; i < n; i++)
                s += counts[i] * losses[i];
            out[0] = s / n;
        });
        lossCi = (0,intervals/* percentileInterval */.J9)(reps, o.confidence, [0, Infinity]);
    }
    else if (o.intervals) {
        let ss = 0;
        for (let i = 0; i < n; i++)
            ss += (losses[i] - logLoss) ** 2;
        lossCi = (0,intervals/* normalInterval */.Dm)(logLoss, Math.sqrt(ss) / n, o.z, [0, Infinity]);
    }
    const missingPred = perClass.filter((c) => c.support > 0 && c.predicted === 0).map((c) => c.class);
    const macro = { value: macroF1, ci: boot ? boot[2] : null, method: method('bootstrap-confusion') };
    if (missingPred.length > 0)
        macro.reason = `class${missingPred.length > 1 ? 'es' : ''} ${missingPred.join(', ')} never predicted: precision set to 0 (scikit-learn zero_division)`;
    return {
        task: 'multiclass',
        rows: n,
        classes: K,
        confidence: o.confidence,
        metrics: {
            accuracy: {
                value: accuracy,
                ci: !o.intervals ? null : o.proportionInterval === 'wilson' ? (0,intervals/* wilsonInterval */.YV)(correct, n, o.z) : boot[0],
                method: method(o.proportionInterval === 'wilson' ? 'wilson' : 'bootstrap-confusion'),
            },
            balanced_accuracy: { value: balanced, ci: boot ? boot[1] : null, method: method('bootstrap-confusion') },
            macro_f1: macro,
            log_loss: { value: logLoss, ci: lossCi, method: method(plan.method) },
        },
        perClass,
        confusion,
        bootstrap: o.intervals ? { resamples: o.resamples, seed: o.seed } : null,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/metrics/regression.js
/**
 * Regression: a mergeable state of (label, prediction) rows and its metrics.
 *
 * State and memory. `RegressionState` keeps labels and predictions in two Float64Arrays: 16 bytes
 * per row (up to 32 while buffers double), merged by concatenation. Before computing, the rows are
 * put in a canonical order (ascending label, then prediction; stable radix sorts), so the values
 * and the bootstrap intervals do not depend on row order or on how shards were merged. JSON: the
 * two columns in that order as base64 of little-endian float64.
 *
 * Metrics (scikit-learn 1.2 / numpy, checked in test/unit/metrics/goldens.test.ts), with
 * e = prediction - label:
 * - mae = mean |e| (mean_absolute_error); rmse = √(mean e²) (mean_squared_error(squared=False)).
 * - r2 = 1 - Σe² / Σ(y - ȳ)² (r2_score). With constant labels scikit-learn's force_finite rule
 *   applies: 1 when the predictions are exact, else 0 (with a `reason`); null with fewer than 2 rows.
 * - absoluteErrorQuantiles: p50, p90, p95, p99 of |e| by numpy.percentile's default "linear"
 *   method (Hyndman-Fan type 7: the order statistic interpolated at (n - 1)·q).
 *
 * Intervals: mae, rmse and r2 by the percentile bootstrap of rows, all from the same resamples
 * ('bootstrap-percentile'); above `maxBootstrapRows` rows, the normal interval with the
 * influence-function (delta-method) standard error ('normal-influence').
 */





/** Mergeable state of a regression evaluation. */
class RegressionState {
    task = 'regression';
    y = new Float64Column();
    p = new Float64Column();
    canonical = true;
    get rows() {
        return this.y.length;
    }
    /** Adds one row; throws DataError unless both numbers are finite. */
    add(label, prediction) {
        if (!Number.isFinite(label))
            throw new errors/* DataError */.fL(`regression label must be a finite number, got ${label}`);
        if (!Number.isFinite(prediction))
            throw new errors/* DataError */.fL(`regression prediction must be a finite number, got ${prediction}`);
        this.y.push(label);
        this.p.push(prediction);
        this.canonical = false;
        return this;
    }
    /** Adds rows from parallel arrays; throws DataError naming the first bad row. */
    addBatch(labels, predictions) {
        if (labels.length !== predictions.length)
            throw new errors/* DataError */.fL(`regression: ${labels.length} labels but ${predictions.length} predictions`);
        for (let i = 0; i < labels.length; i++) {
            const y = labels[i];
            const p = predictions[i];
            if (!Number.isFinite(y))
                throw new errors/* DataError */.fL(`regression label at row ${i} must be a finite number, got ${y}`);
            if (!Number.isFinite(p))
                throw new errors/* DataError */.fL(`regression prediction at row ${i} must be a finite number, got ${p}`);
            this.y.push(y);
            this.p.push(p);
        }
        if (labels.length > 0)
            this.canonical = false;
        return this;
    }
    merge(other) {
        if (!(other instanceof RegressionState))
            throw new errors/* DataError */.fL('regression: can only merge another RegressionState');
        this.y.append(other.y.view());
        this.p.append(other.p.view());
        if (other.rows > 0)
            this.canonical = false;
        return this;
    }
    /** Labels and predictions in canonical order (ascending label, then prediction). */
    columns() {
        if (!this.canonical) {
            const y = this.y.view();
            const p = this.p.view();
            const perm = sort_argsortFloat64(y, sort_argsortFloat64(p));
            const y2 = new Float64Array(y.length);
            const p2 = new Float64Array(p.length);
            for (let i = 0; i < perm.length; i++) {
                y2[i] = y[perm[i]];
                p2[i] = p[perm[i]];
            }
            this.y.replace(y2);
            this.p.replace(p2);
            this.canonical = true;
        }
        return { labels: this.y.view(), predictions: this.p.view() };
    }
    toJSON() {
        const { labels, predictions } = this.columns();
        return { kind: 'regression-state', schemaVersion: 1, rows: this.rows, labels: encodeFloat64(labels), predictions: encodeFloat64(predictions) };
    }
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.kind !== 'regression-state' || j.schemaVersion !== 1) {
            throw new errors/* DataError */.fL('regression state: not a {kind: "regression-state", schemaVersion: 1} object');
        }
        const y = decodeFloat64(j.labels, 'regression state labels');
        const p = decodeFloat64(j.predictions, 'regression state predictions');
        if (y.length !== p.length || j.rows !== y.length)
            throw new errors/* DataError */.fL(`regression state: rows ${j.rows}, ${y.length} labels and ${p.length} predictions disagree`);
        let canonical = true;
        for (let i = 0; i < y.length; i++) {
            if (!Number.isFinite(y[i]) || !Number.isFinite(p[i]))
                throw new errors/* DataError */.fL(`regression state: row ${i} is not finite`);
            if (i > 0 && !(y[i - 1] < y[i] || (y[i - 1] === y[i] && p[i - 1] <= p[i])))
                canonical = false;
        }
        const s = new RegressionState();
        s.y = Float64Column.from(y);
        s.p = Float64Column.from(p);
        s.canonical = canonical;
        return s;
    }
}
/** Computes the regression metrics with intervals; see the module header for definitions. */
function regressionMetrics(state, opts = {}) {
    const o = (0,intervals/* resolveIntervalOptions */.Ke)(opts);
    const { labels: y, predictions: p } = state.columns();
    const n = y.length;
    const method = (m) => (o.intervals ? m : 'none');
    if (n === 0) {
        const none = (0,intervals/* pointOnly */.Xy)(null, 'none', 'no rows');
        return {
            task: 'regression',
            rows: 0,
            confidence: o.confidence,
            metrics: { mae: none, rmse: none, r2: none },
            absoluteErrorQuantiles: { p50: null, p90: null, p95: null, p99: null },
            bootstrap: null,
        };
    }
    const absE = new Float64Array(n);
    const sqE = new Float64Array(n);
    let sumY = 0;
    let sumAbs = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
        const e = y[i] - p[i];
        absE[i] = Math.abs(e);
        sqE[i] = e * e;
        sumY += y[i];
        sumAbs += absE[i];
        sumSq += sqE[i];
    }
    const mean = sumY / n;
    const yc = new Float64Array(n);
    let sst = 0;
    for (let i = 0; i < n; i++) {
        yc[i] = y[i] - mean;
        sst += yc[i] * yc[i];
    }
    const mae = sumAbs / n;
    const rmse = Math.sqrt(sumSq / n);
    let r2;
    const r2Of = (sse, sstv) => (sstv > 0 ? 1 - sse / sstv : sse === 0 ? 1 : 0);
    if (n < 2)
        r2 = (0,intervals/* pointOnly */.Xy)(null, 'none', 'r2 is undefined with fewer than 2 rows');
    else if (sst === 0) {
        r2 = (0,intervals/* pointOnly */.Xy)(r2Of(sumSq, sst), 'none', 'constant labels: r2 set to 1 for exact predictions, else 0 (scikit-learn force_finite)');
    }
    else
        r2 = { value: r2Of(sumSq, sst), ci: null, method: 'none' };
    const sortedAbs = absE.slice();
    sortFloat64(sortedAbs);
    const q = (x) => (0,intervals/* quantileSorted */.Z4)(sortedAbs, x);
    const plan = (0,intervals/* planRowIntervals */.An)(n, o);
    const metrics = {
        mae: { value: mae, ci: null, method: method(plan.method) },
        rmse: { value: rmse, ci: null, method: method(plan.method) },
        r2: { ...r2, method: method(plan.method) },
    };
    const r2Defined = n >= 2 && sst > 0;
    if (o.intervals && plan.method === 'bootstrap-percentile') {
        const reps = (0,intervals/* rowBootstrap */.NL)(n, o.resamples, (0,rng/* createRng */.SZ)(o.seed, intervals/* STREAM_ROWS */.VN), 3, (counts, out) => {
            let sa = 0;
            let s2 = 0;
            let sy = 0;
            let syy = 0;
            for (let i = 0; i < n; i++) {
                const c = counts[i];
                if (c === 0)
                    continue; // about 37% of rows are not drawn
                sa += c * absE[i];
                s2 += c * sqE[i];
                const d = yc[i];
                sy += c * d;
                syy += c * d * d;
            }
            let sstB = syy - (sy * sy) / n;
            if (sstB <= 1e-12 * syy)
                sstB = 0;
            out[0] = sa / n;
            out[1] = Math.sqrt(s2 / n);
            out[2] = r2Of(s2, sstB);
        });
        metrics.mae.ci = (0,intervals/* percentileInterval */.J9)(reps[0], o.confidence, [0, Infinity]);
        metrics.rmse.ci = (0,intervals/* percentileInterval */.J9)(reps[1], o.confidence, [0, Infinity]);
        if (r2Defined)
            metrics.r2.ci = (0,intervals/* percentileInterval */.J9)(reps[2], o.confidence, [-Infinity, 1]);
    }
    else if (o.intervals) {
        // Influence functions: |e| - mae; (e² - mse) / (2·rmse); -(e² - (SSE/SST)·(y - ȳ)²) / (SST/n).
        const mse = sumSq / n;
        let ssAbs = 0;
        let ssSq = 0;
        let ssR2 = 0;
        const ratio = r2Defined ? sumSq / sst : 0;
        for (let i = 0; i < n; i++) {
            ssAbs += (absE[i] - mae) ** 2;
            ssSq += (sqE[i] - mse) ** 2;
            if (r2Defined)
                ssR2 += (sqE[i] - ratio * yc[i] * yc[i]) ** 2;
        }
        metrics.mae.ci = (0,intervals/* normalInterval */.Dm)(mae, Math.sqrt(ssAbs) / n, o.z, [0, Infinity]);
        metrics.rmse.ci = rmse > 0 ? (0,intervals/* normalInterval */.Dm)(rmse, Math.sqrt(ssSq) / n / (2 * rmse), o.z, [0, Infinity]) : [0, 0];
        if (r2Defined)
            metrics.r2.ci = (0,intervals/* normalInterval */.Dm)(r2.value, Math.sqrt(ssR2) / n / (sst / n), o.z, [-Infinity, 1]);
    }
    return {
        task: 'regression',
        rows: n,
        confidence: o.confidence,
        metrics,
        absoluteErrorQuantiles: { p50: q(0.5), p90: q(0.9), p95: q(0.95), p99: q(0.99) },
        bootstrap: o.intervals && plan.method === 'bootstrap-percentile' ? { resamples: o.resamples, seed: o.seed } : null,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/model/metrics.js
/**
 * Per-row evaluation results (Rows) to metrics with intervals and tables, through the mergeable
 * metric states of src/metrics. Metric names follow scikit-learn.
 */




function computeMetrics(task, rows, o) {
    const interval = { confidence: o.confidence, resamples: o.resamples, seed: o.seed };
    switch (task) {
        case 'binary': {
            const state = new BinaryState().addBatch(rows.y.values, rows.score.values);
            const r = binaryMetrics(state, { ...interval, threshold: o.threshold });
            const sorted = state.sortedScores();
            const ece = { value: r.calibration.ece, ci: null, method: 'none', reason: 'expected calibration error over 10 equal-width bins, weighted by rows' };
            return {
                metrics: { ...r.metrics, ece },
                tables: {
                    confusion: r.confusion.matrix,
                    calibration: r.calibration.bins.map((b) => ({ low: b.lower, high: b.upper, count: b.count, meanPredicted: b.meanPredicted, observedRate: b.observedRate })),
                    curves: binaryCurves(sorted.positives, sorted.negatives),
                },
            };
        }
        case 'multiclass': {
            const r = multiclassMetrics(new MulticlassState(rows.classes.length).addBatch(rows.y.values, rows.proba.values), interval);
            return {
                metrics: r.metrics,
                tables: {
                    confusion: r.confusion,
                    perClass: r.perClass.map((c) => ({ ...c, class: rows.classes[c.class] })),
                },
            };
        }
        case 'regression': {
            const r = regressionMetrics(new RegressionState().addBatch(rows.y.values, rows.score.values), interval);
            return { metrics: r.metrics, tables: { absoluteErrorQuantiles: r.absoluteErrorQuantiles } };
        }
    }
}

;// CONCATENATED MODULE: ./.build/js/src/stats/multiple.js
/**
 * Multiple-testing corrections for the family of comparisons compare-to-baseline runs (several
 * metrics, several slices), as statsmodels.stats.multitest.multipletests (version recorded in
 * test/fixtures/paired/paired-goldens.json). Pure; O(m log m) in the number of p-values.
 */
function multiple_fail(message) {
    throw new RangeError(`multipleTesting: ${message}`);
}
/**
 * Adjusts p-values for multiple comparisons and decides which hypotheses to reject:
 *
 * - 'holm': Holm's step-down (statsmodels 'holm'); controls the family-wise error rate at
 *   `alpha` under any dependence. p̃_(i) = max_(j <= i) min(1, (m - j + 1) p_(j)); rejects
 *   p_(1..k-1), k the first with p_(k) > alpha / (m - k + 1).
 * - 'bh': Benjamini-Hochberg step-up (statsmodels 'fdr_bh'); controls the false discovery rate
 *   at `alpha` for independent or positively dependent tests. p̃_(i) = min_(j >= i) min(1, m p_(j) / j);
 *   rejects p_(1..k), k the last with p_(k) <= k alpha / m.
 * - 'none': p̃ = p, rejects p <= alpha.
 *
 * Rejections are decided on the raw p-values, as statsmodels does (not by p̃ <= alpha, which can
 * differ by a rounding). Agrees with statsmodels exactly up to 1 ulp of the adjusted p-values.
 */
function multipleTesting(pvalues, method = 'holm', alpha = 0.05) {
    if (pvalues === null || typeof pvalues !== 'object' || typeof pvalues.length !== 'number')
        multiple_fail('pvalues must be an array of numbers in [0, 1]');
    if (method !== 'holm' && method !== 'bh' && method !== 'none')
        multiple_fail(`method must be 'holm', 'bh' or 'none', got ${JSON.stringify(method)}`);
    if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1))
        multiple_fail(`alpha must be a number in (0, 1), got ${String(alpha)}`);
    const m = pvalues.length;
    const p = new Float64Array(m);
    for (let i = 0; i < m; i++) {
        const v = pvalues[i];
        if (typeof v !== 'number' || !(v >= 0 && v <= 1))
            multiple_fail(`pvalues[${i}] must be a number in [0, 1], got ${String(v)}`);
        p[i] = v;
    }
    const adjusted = new Float64Array(m);
    const reject = new Array(m).fill(false);
    if (method === 'none') {
        for (let i = 0; i < m; i++) {
            adjusted[i] = p[i];
            reject[i] = p[i] <= alpha;
        }
        return { pvaluesAdjusted: adjusted, reject, method, alpha };
    }
    // Ascending order; ties get equal adjusted values whatever their order (see the maxima/minima).
    const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => p[a] - p[b]);
    if (method === 'holm') {
        let stepDown = true;
        let running = 0;
        for (let k = 0; k < m; k++) {
            const v = p[order[k]];
            if (v > alpha / (m - k))
                stepDown = false;
            reject[order[k]] = stepDown;
            running = Math.max(running, (m - k) * v);
            adjusted[order[k]] = Math.min(1, running);
        }
    }
    else {
        let last = -1;
        for (let k = 0; k < m; k++)
            if (p[order[k]] <= ((k + 1) / m) * alpha)
                last = k;
        let running = Infinity;
        for (let k = m - 1; k >= 0; k--) {
            running = Math.min(running, p[order[k]] / ((k + 1) / m));
            adjusted[order[k]] = Math.min(1, running);
            reject[order[k]] = k <= last;
        }
    }
    return { pvaluesAdjusted: adjusted, reject, method, alpha };
}

;// CONCATENATED MODULE: ./.build/js/src/stats/proportions.js
/**
 * Two independent proportions (the candidate's error rate against the stable model's), and one
 * proportion against a floor (shadow agreement).
 *
 * - `fisherExact` is scipy.stats.fisher_exact(table, alternative='two-sided') and R's
 *   fisher.test: conditional on the margins, the p-value sums the hypergeometric probabilities of
 *   the tables no more likely than the observed one (relative tolerance 1e-7, as R). Exact for
 *   any counts, so it stays valid for the rare errors a rollout sees (0 of 400 against 3 of 40),
 *   where a two-proportion z-test's normal approximation is not; it is conservative, so its false
 *   rollback rate is at most the nominal one. Checked against scipy to 1e-9 (relative).
 * - `wilsonInterval` is the Wilson score interval (statsmodels proportion_confint method='wilson').
 */

function logChoose(n, k) {
    return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
function count(fn, name, v) {
    if (!Number.isInteger(v) || v < 0)
        throw new RangeError(`${fn}: ${name} must be a non-negative integer, got ${v}`);
    return v;
}
/**
 * Two-sided Fisher exact test of the 2x2 table [[a, b], [c, d]] (rows: groups; columns: events,
 * non-events). For error rates: a = candidate errors, b = candidate successes, c = stable errors,
 * d = stable successes.
 */
function fisherExact(a, b, c, d) {
    count('fisherExact', 'a', a);
    count('fisherExact', 'b', b);
    count('fisherExact', 'c', c);
    count('fisherExact', 'd', d);
    const statistic = (a * d) / (b * c);
    const r1 = a + b;
    const r2 = c + d;
    const c1 = a + c;
    const n = r1 + r2;
    if (r1 === 0 || r2 === 0 || c1 === 0 || c1 === n)
        return { statistic, pvalue: 1 };
    const lo = Math.max(0, c1 - r2);
    const hi = Math.min(r1, c1);
    const logDenom = logChoose(n, c1);
    const logP = (k) => logChoose(r1, k) + logChoose(r2, c1 - k) - logDenom;
    const observed = logP(a);
    const cutoff = observed + Math.log1p(1e-7);
    let p = 0;
    for (let k = lo; k <= hi; k++) {
        const lp = logP(k);
        if (lp <= cutoff)
            p += Math.exp(lp);
    }
    return { statistic, pvalue: Math.min(1, p) };
}
/** The Wilson score interval of `successes` out of `n` at `confidence`. */
function proportions_wilsonInterval(successes, n, confidence) {
    count('wilsonInterval', 'successes', successes);
    count('wilsonInterval', 'n', n);
    if (successes > n)
        throw new RangeError(`wilsonInterval: successes (${successes}) exceed n (${n})`);
    if (n === 0)
        return { low: 0, high: 1 };
    const z = (0,distributions/* normalQuantile */.Zl)(1 - (1 - confidence) / 2);
    const p = successes / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const center = (p + z2 / (2 * n)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
    return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

;// CONCATENATED MODULE: ./.build/js/src/stats/unpaired.js
/**
 * Unpaired two-sample tests of one metric measured on two independent sets of rows (a model's
 * registered evaluation against a later window of production rows). Each returns the difference
 * `current - reference`, a two-sided p-value and an interval, and names its method:
 *
 * - `twoProportionZTest`: statsmodels `proportions_ztest([x1, x2], [n1, n2])` (pooled variance,
 *   two-sided normal p-value), with Newcombe's hybrid score interval of the difference
 *   (statsmodels `confint_proportions_2indep(..., method='newcomb')`, Newcombe 1998 method 10).
 *   For accuracy, precision and recall (each a proportion of its own denominator).
 * - `welchTTest`: scipy `ttest_ind(a, b, equal_var=False)` from summaries
 *   (`ttest_ind_from_stats`): Welch's t with Welch-Satterthwaite degrees of freedom, and the
 *   interval difference ± t·SE. For means of per-row losses (log loss, Brier score, absolute and
 *   squared error).
 * - `aucUnpairedTest`: two independent AUCs, z = (A1 - A2) / √(V1 + V2), as pROC's
 *   `roc.test(method = "delong", paired = FALSE)`; each variance is DeLong's (src/stats/delong.ts)
 *   or, where only the AUC and the class counts are known, Hanley and McNeil's (1982).
 * All are asymptotic (normal or t) results. Checked against statsmodels and scipy in
 * test/unit/stats/unpaired.test.ts (goldens from scripts/fixtures/unpaired_goldens.py).
 */


function checkCount(name, x, n) {
    if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || n <= 0 || x > n)
        throw new RangeError(`${name}: need integers 0 <= successes <= n and n > 0, got ${x} of ${n}`);
}
/** Two-sided pooled z-test of p1 = p2 with Newcombe's interval of p1 - p2 (group 1 = current). */
function twoProportionZTest(x1, n1, x2, n2, opts = {}) {
    checkCount('twoProportionZTest', x1, n1);
    checkCount('twoProportionZTest', x2, n2);
    const confidence = opts.confidence ?? 0.95;
    const p1 = x1 / n1;
    const p2 = x2 / n2;
    const p = (x1 + x2) / (n1 + n2);
    const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
    const difference = p1 - p2;
    // statsmodels: a zero standard error (both all successes or all failures) gives z = nan; the
    // two proportions are then equal and nothing is shown: z = 0, p = 1.
    const statistic = se > 0 ? difference / se : 0;
    const pValue = se > 0 ? Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(statistic))) : 1;
    const w1 = proportions_wilsonInterval(x1, n1, confidence);
    const w2 = proportions_wilsonInterval(x2, n2, confidence);
    const low = difference - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2);
    const high = difference + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2);
    return { test: 'two-proportion z (Newcombe interval)', statistic, pValue, difference, ci: [low, high], confidence };
}
function summarize(values) {
    const n = values.length;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += (values[i] - mean) / (i + 1);
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += (values[i] - mean) ** 2;
    return { mean, variance: n > 1 ? ss / (n - 1) : NaN, n };
}
/** The t quantile: t with P(T > t) = q, by bisection on studentTSf (q in (0, 0.5]). */
function tQuantileUpper(q, df) {
    let lo = 0;
    let hi = 1;
    while ((0,distributions/* studentTSf */.d)(hi, df) > q)
        hi *= 2;
    for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
        const mid = (lo + hi) / 2;
        if ((0,distributions/* studentTSf */.d)(mid, df) > q)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** Welch's two-sided t-test of mean(current) = mean(reference), with its interval of the difference. */
function welchTTest(current, reference, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    if (current.n < 2 || reference.n < 2)
        throw new RangeError(`welchTTest: each sample needs at least 2 values, got ${current.n} and ${reference.n}`);
    const v1 = current.variance / current.n;
    const v2 = reference.variance / reference.n;
    const se = Math.sqrt(v1 + v2);
    const difference = current.mean - reference.mean;
    if (!(se > 0))
        return { test: 'Welch t', statistic: 0, pValue: difference === 0 ? 1 : 0, difference, ci: [difference, difference], confidence };
    const df = (v1 + v2) ** 2 / (v1 ** 2 / (current.n - 1) + v2 ** 2 / (reference.n - 1));
    const statistic = difference / se;
    const pValue = Math.min(1, 2 * (0,distributions/* studentTSf */.d)(Math.abs(statistic), df));
    const t = tQuantileUpper((1 - confidence) / 2, df);
    return { test: 'Welch t', statistic, pValue, difference, ci: [difference - t * se, difference + t * se], confidence };
}
/** Hanley and McNeil's (1982) variance of an AUC from the AUC and the numbers of cases and controls. */
function hanleyMcNeilVariance(auc, positives, negatives) {
    const q1 = auc / (2 - auc);
    const q2 = (2 * auc * auc) / (1 + auc);
    return (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) / (positives * negatives);
}
/** Two independent AUCs: z = (A_current - A_reference) / √(V_current + V_reference). */
function aucUnpairedTest(current, reference, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    const se = Math.sqrt(current.variance + reference.variance);
    const difference = current.auc - reference.auc;
    const statistic = se > 0 ? difference / se : 0;
    const pValue = se > 0 ? Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(statistic))) : difference === 0 ? 1 : 0;
    const z = (0,distributions/* criticalValue */.z7)(confidence);
    const methods = current.method === reference.method ? current.method : `${current.method} / ${reference.method}`;
    return { test: `unpaired AUC z (${methods} variances)`, statistic, pValue, difference, ci: [difference - z * se, difference + z * se], confidence };
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/decay.js
/**
 * Decay: labels that arrive later (a file of `request_id` and the true label) joined to the
 * predictions recorded in the window. The model is not run again: the recorded answers are scored
 * with evaluate-model's metrics and intervals (src/model/metrics.ts over src/metrics, with the
 * registered evaluation's threshold, confidence and bootstrap settings), and each metric that has
 * an unpaired two-sample test (src/stats/unpaired.ts) is tested against the registered evaluation;
 * Holm's correction over the metrics tested. A metric has decayed when its adjusted test rejects and
 * it moved in the worse direction.
 *
 * | metric                  | test                                              | reference needs |
 * |-------------------------|---------------------------------------------------|-----------------|
 * | accuracy                | two-proportion z, Newcombe interval               | rows, value     |
 * | precision, recall       | two-proportion z on their denominators            | confusion table |
 * | roc_auc                 | two independent AUCs, DeLong variances (Hanley-McNeil for a reference without per-row predictions) | per-row predictions, else confusion table |
 * | log_loss, brier_score, mae | Welch t on the per-row losses                  | per-row predictions |
 * | rmse                    | Welch t on the squared errors (the MSE)           | per-row predictions |
 * Other metrics are measured and shown with their intervals, not judged.
 *
 * Joining: a request's rows (a request may carry several) take the labels given for its id in the
 * order given. Labels for ids not in the window are counted (they may belong to another window);
 * a file none of whose ids are in the window is an error.
 */











/** Reads a labels file: `request_id` and one label column (the evaluation's label name, `label`, or the only other column). */
async function readLabels(file, labelName) {
    // A named file that is not there is an error, not a run without labels: it is as often a typo as
    // labels not yet arrived, and a silent fallback would leave decay untested on every run.
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* DataError */.fL(`input 'labels': ${(0,files/* showPath */.P8)(file)} does not exist; for labels that may not have arrived yet, give 'labels' only when the file exists (in a workflow: labels: \${{ hashFiles('<path>') != '' && '<path>' || '' }}), and monitor runs without them`, file);
    }
    let columns = [];
    const rows = [];
    await (0,readers/* readRows */.aK)(file, {
        header: (names) => (columns = [...names]),
        newColumn: (name, index) => (columns[index] = name),
        row: (cells, line) => rows.push({ cells, line }),
        bad: (line, message) => {
            throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}:${line}: ${message}`, file, line);
        },
    });
    const ri = columns.indexOf('request_id');
    if (ri < 0)
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}: the labels file needs a 'request_id' column (columns: ${columns.slice(0, 10).map(files/* showName */.$i).join(', ')})`, file);
    const others = columns.filter((_, i) => i !== ri);
    const column = labelName && others.includes(labelName) ? labelName : others.includes('label') ? 'label' : others.length === 1 ? others[0] : undefined;
    if (column === undefined)
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}: cannot tell the label column: name it ${labelName ? `${(0,files/* showName */.$i)(labelName)} (the model's label) or ` : ''}'label', or keep only request_id and the label`, file);
    const li = columns.indexOf(column);
    const byId = new Map();
    for (const r of rows) {
        const id = r.cells[ri];
        if (id === null || id === undefined || id === '')
            throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}:${r.line}: request_id is empty`, file, r.line);
        const key = String(id);
        const list = byId.get(key) ?? [];
        list.push({ label: r.cells[li] ?? null, line: r.line });
        byId.set(key, list);
    }
    if (rows.length === 0)
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}: the labels file has no rows`, file);
    return { file, column, byId, count: rows.length };
}
/** Per-row losses whose means are the metrics, for Welch's test. */
function perRowLosses(task, y, score, proba, k) {
    const n = y.length;
    const clip = (p) => Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, p));
    if (task === 'regression') {
        const abs = new Float64Array(n);
        const sq = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            abs[i] = Math.abs(y[i] - score[i]);
            sq[i] = (y[i] - score[i]) ** 2;
        }
        return { mae: abs, rmse: sq };
    }
    const ll = new Float64Array(n);
    if (task === 'binary') {
        const brier = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            ll[i] = -Math.log(y[i] === 1 ? clip(score[i]) : clip(1 - score[i]));
            brier[i] = (score[i] - y[i]) ** 2;
        }
        return { log_loss: ll, brier_score: brier };
    }
    for (let i = 0; i < n; i++)
        ll[i] = -Math.log(clip(proba[i * k + y[i]]));
    return { log_loss: ll };
}
function aucSide(task, y, score) {
    if (task !== 'binary')
        return undefined;
    const pos = [];
    const neg = [];
    for (let i = 0; i < y.length; i++)
        (y[i] === 1 ? pos : neg).push(score[i]);
    if (pos.length < 2 || neg.length < 2)
        return undefined;
    const est = delongSorted(Float64Array.from(pos).sort(), Float64Array.from(neg).sort());
    return est.variance === null ? undefined : { auc: est.auc, variance: est.variance, method: 'delong' };
}
/** Joins the labels to the window's recorded predictions, scores them and tests for decay. */
function decay_decay(labels, wp, ev, refRows, t) {
    const task = ev.task;
    const classes = ev.classes ?? [];
    const keys = classes.map((k) => (0,data_schema/* labelKey */.kJ)(k) ?? k);
    const K = classes.length;
    const base = { labels: labels.file, labelColumn: labels.column, labelled: 0, unlabelled: 0, unmatched: 0, metrics: {}, tests: [], untested: [], correction: 'holm', alpha: t.alpha };
    // Window rows per request id, in order.
    const rowsOf = new Map();
    wp.requestIds.forEach((id, i) => {
        if (id !== null)
            rowsOf.set(id, [...(rowsOf.get(id) ?? []), i]);
    });
    if (rowsOf.size === 0)
        throw new errors/* DataError */.fL(`input 'labels': the data has no 'request_id' column to join the labels to`);
    const pairs = [];
    let unmatched = 0;
    let firstUnknown;
    for (const [id, list] of labels.byId) {
        const rows = rowsOf.get(id);
        if (!rows) {
            unmatched += list.length;
            firstUnknown ??= { id, line: list[0].line };
            continue;
        }
        list.forEach((l, j) => {
            if (j < rows.length)
                pairs.push({ row: rows[j], label: l.label, line: l.line });
            else
                unmatched++;
        });
    }
    if (pairs.length === 0)
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(labels.file)}: none of its ${labels.count} labels has a request_id in the window (e.g. '${String(firstUnknown?.id).slice(0, 40)}' at line ${firstUnknown?.line}); check the window and the ids`, labels.file, firstUnknown?.line);
    pairs.sort((a, b) => a.row - b.row);
    base.unmatched = unmatched;
    base.unlabelled = wp.requestIds.length - pairs.length;
    // The labelled rows, in evaluate-model's per-row form.
    const y = [];
    const score = [];
    const proba = [];
    for (const p of pairs) {
        const key = (0,data_schema/* labelKey */.kJ)(p.label);
        if (key === null) {
            base.unlabelled++;
            continue;
        }
        const where = `${(0,files/* showPath */.P8)(labels.file)}:${p.line}`;
        if (task === 'regression') {
            const v = Number(key);
            if (!Number.isFinite(v))
                throw new errors/* DataError */.fL(`${where}: label '${key.slice(0, 40)}' is not a number (task regression)`, labels.file, p.line);
            const s = wp.score[p.row];
            if (!Number.isFinite(s))
                continue;
            y.push(v);
            score.push(s);
        }
        else {
            const k = keys.indexOf(key);
            if (k < 0)
                throw new errors/* DataError */.fL(`${where}: label '${key.slice(0, 40)}' is not one of the model's classes (${keys.slice(0, 10).join(', ')})`, labels.file, p.line);
            if (task === 'binary') {
                const s = wp.score[p.row];
                if (!Number.isFinite(s))
                    continue;
                y.push(key === (0,data_schema/* labelKey */.kJ)(ev.positiveLabel) ? 1 : 0);
                score.push(s);
            }
            else {
                const pr = Array.from(wp.proba.subarray(p.row * K, p.row * K + K));
                if (pr.length < K || pr.some((x) => !Number.isFinite(x)))
                    continue;
                y.push(k);
                proba.push(...pr);
            }
        }
    }
    base.labelled = y.length;
    if (y.length < t.minLabelledRows)
        return { ...base, skipped: `${y.length} labelled row(s) with recorded ${task === 'multiclass' ? 'probabilities' : 'scores'} in the window, fewer than min-labelled-rows (${t.minLabelledRows})` };
    const Y = Float64Array.from(y);
    const S = Float64Array.from(score);
    const P = Float64Array.from(proba);
    const { metrics, tables } = computeMetrics(task, { classes, y: { values: Y }, score: { values: S }, proba: { values: P } }, {
        threshold: ev.threshold ?? 0.5,
        confidence: ev.confidence,
        resamples: ev.bootstrap?.resamples ?? 1000,
        seed: ev.bootstrap?.seed ?? 0,
    });
    base.metrics = metrics;
    const results = [];
    const refValue = (m) => ev.metrics[m]?.value ?? null;
    const curValue = (m) => metrics[m]?.value ?? null;
    const wanted = (m) => (t.metrics.length ? t.metrics.includes(m) : true);
    const untested = (metric, reason) => base.untested.push({ metric, reason });
    const add = (metric, r, onScale = true) => {
        const reference = refValue(metric);
        const current = curValue(metric);
        results.push({ metric, r, reference, current, difference: reference !== null && current !== null ? current - reference : r.difference, ci: onScale ? r.ci : null });
    };
    const conf = { confidence: ev.confidence };
    const refConfusion = ev.tables?.confusion;
    const curConfusion = tables.confusion;
    // Proportions.
    for (const m of ['accuracy', 'precision', 'recall']) {
        if (!(m in metrics) || !wanted(m))
            continue;
        if (m === 'accuracy') {
            const rv = refValue(m);
            const cv = curValue(m);
            if (rv === null || cv === null)
                untested(m, 'undefined on one side');
            else
                add(m, twoProportionZTest(Math.round(cv * Y.length), Y.length, Math.round(rv * ev.rows), ev.rows, conf));
            continue;
        }
        if (task !== 'binary' || !refConfusion || !curConfusion) {
            untested(m, 'the registered evaluation has no confusion table');
            continue;
        }
        // [[tn, fp], [fn, tp]]: precision = tp / (tp + fp), recall = tp / (tp + fn).
        const parts = (c) => (m === 'precision' ? [c[1][1], c[1][1] + c[0][1]] : [c[1][1], c[1][1] + c[1][0]]);
        const [x1, n1] = parts(curConfusion);
        const [x2, n2] = parts(refConfusion);
        if (n1 === 0 || n2 === 0)
            untested(m, 'no rows in its denominator on one side');
        else
            add(m, twoProportionZTest(x1, n1, x2, n2, conf));
    }
    // AUC.
    if ('roc_auc' in metrics && wanted('roc_auc')) {
        const cur = aucSide(task, Y, S);
        let ref = refRows ? aucSide(task, refRows.y, refRows.score) : undefined;
        const rv = refValue('roc_auc');
        if (!ref && rv !== null && refConfusion) {
            const positives = refConfusion[1][0] + refConfusion[1][1];
            const negatives = refConfusion[0][0] + refConfusion[0][1];
            if (positives > 1 && negatives > 1)
                ref = { auc: rv, variance: hanleyMcNeilVariance(rv, positives, negatives), method: 'hanley-mcneil' };
        }
        if (cur && ref)
            add('roc_auc', aucUnpairedTest(cur, ref, conf));
        else
            untested('roc_auc', cur ? 'the registered evaluation has neither per-row predictions nor a confusion table' : 'fewer than 2 rows of a class among the labelled rows');
    }
    // Means of per-row losses.
    const curLoss = perRowLosses(task, Y, S, P, K);
    const refLoss = refRows ? perRowLosses(task, refRows.y, refRows.score, refRows.proba, K) : undefined;
    for (const [m, values] of Object.entries(curLoss)) {
        if (!(m in metrics) || !wanted(m))
            continue;
        if (!refLoss) {
            untested(m, "the registered evaluation's per-row predictions are not stored with the version");
            continue;
        }
        const r = welchTTest(summarize(values), summarize(refLoss[m]), conf);
        if (m === 'rmse')
            add(m, { ...r, test: 'Welch t on squared errors' }, false);
        else
            add(m, r);
    }
    for (const m of t.metrics)
        if (!(m in metrics))
            untested(m, `not a metric of a ${task} evaluation (${Object.keys(metrics).join(', ')})`);
    for (const m of Object.keys(metrics))
        if (wanted(m) && !results.some((x) => x.metric === m) && !base.untested.some((u) => u.metric === m))
            untested(m, 'no unpaired test for this metric; measured, not judged');
    if (results.length) {
        const adj = multipleTesting(results.map((x) => x.r.pValue), 'holm', t.alpha);
        results.forEach((x, i) => {
            const dir = spec_DIRECTION[x.metric] ?? 1;
            const worse = x.difference !== null && x.difference * dir < 0;
            base.tests.push({ metric: x.metric, reference: x.reference, current: x.current, difference: x.difference, ci: x.ci, test: x.r.test, pValue: x.r.pValue, pValueAdjusted: adj.pvaluesAdjusted[i], decayed: adj.reject[i] && worse });
        });
    }
    return base;
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/finding.js
function importanceUse(importance, features, t) {
    if (!importance?.features?.length)
        return { source: 'none', method: null, top: [], note: 'the registered evaluation has no permutation importance: every feature is treated alike (a drifted feature warns; a drifted share of act-drifted-share acts)' };
    const known = new Set(features);
    const top = [...importance.features]
        .filter((f) => known.has(f.name) && Number.isFinite(f.mean) && f.mean > 0)
        .sort((a, b) => b.mean - a.mean)
        .slice(0, t.topFeatures)
        .map((f) => f.name);
    return { source: 'evaluation', method: importance.method ?? null, top };
}
const LEVEL_RANK = { none: 0, warn: 1, act: 2 };
function decide(input) {
    const t = input.thresholds;
    const reasons = [];
    const drifted = input.drift.filter((d) => d.drifted).map((d) => d.column);
    const share = input.drift.length ? drifted.length / input.drift.length : 0;
    const topDrifted = drifted.filter((c) => input.importance.top.includes(c));
    const list = (xs) => xs.slice(0, 10).join(', ') + (xs.length > 10 ? `, and ${xs.length - 10} more` : '');
    if (topDrifted.length)
        reasons.push({ level: 'act', check: 'feature-drift', message: `drift in ${topDrifted.length === 1 ? 'a feature' : 'features'} the model leans on most: ${list(topDrifted)}` });
    else if (drifted.length && share >= t.actDriftedShare)
        reasons.push({ level: 'act', check: 'feature-drift', message: `${drifted.length} of ${input.drift.length} features drifted (share ${share.toFixed(2)} >= act-drifted-share ${t.actDriftedShare}): ${list(drifted)}` });
    else if (drifted.length >= t.warnDriftedFeatures)
        reasons.push({ level: 'warn', check: 'feature-drift', message: `${drifted.length} of ${input.drift.length} features drifted${input.importance.source === 'evaluation' ? ', none of the top features' : ''}: ${list(drifted)}` });
    if (input.missing.length)
        reasons.push({ level: 'act', check: 'missing-features', message: `features the model was trained on are missing from the data: ${list(input.missing)}` });
    const p = input.prediction;
    const shifted = [p.classes, p.score].filter((d) => !!d && d.drifted);
    if (shifted.length && t.predictionDrift !== 'none')
        reasons.push({ level: t.predictionDrift, check: 'prediction-drift', message: `the predictions shifted: ${shifted.map((d) => `${d.column} (${d.explanation})`).join('; ')}` });
    if (input.violations > 0 && t.quality !== 'none')
        reasons.push({ level: t.quality, check: 'quality', message: `${input.violations} violation(s) of the registered schema` });
    const decayed = input.decay?.tests.filter((x) => x.decayed) ?? [];
    if (decayed.length)
        reasons.push({ level: 'act', check: 'decay', message: `decay shown: ${decayed.map((x) => `${x.metric} ${fmt(x.reference)} -> ${fmt(x.current)} (${x.test}, adjusted p = ${x.pValueAdjusted.toPrecision(2)})`).join('; ')}` });
    const finding = reasons.reduce((acc, r) => (LEVEL_RANK[r.level] > LEVEL_RANK[acc] ? r.level : acc), 'none');
    return { finding, reasons };
}
const fmt = (x) => (x === null ? 'n/a' : String(Number(x.toPrecision(4))));

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build/js/src/registry/oci.js
/**
 * OCI image-spec 1.1 shapes and digests: descriptors, image manifests, image indexes, the media
 * types modelgate uses, and sha256 over bytes and over files (streamed, never a whole file in memory).
 */


const oci_MEDIA = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    empty: 'application/vnd.oci.empty.v1+json',
    /** artifactType of a model version. */
    model: 'application/vnd.modelgate.model.v1',
    modelConfig: 'application/vnd.modelgate.model.config.v1+json',
    /** A model file, stored unchanged (ORAS pulls it under its title). */
    modelFile: 'application/vnd.modelgate.model.file.v1',
    evaluation: 'application/vnd.modelgate.evaluation.v1+json',
    /** deploy's deployment.json, the layer of a deployment event. */
    deployment: 'application/vnd.modelgate.deployment.v1+json',
    /** The evaluation's per-row predictions (what paired comparisons read). */
    predictions: 'application/vnd.modelgate.predictions.v1+csv',
    trainManifest: 'application/vnd.modelgate.train-manifest.v1+json',
    dataReport: 'application/vnd.modelgate.data-report.v1+json',
    profile: 'application/vnd.modelgate.profile.v1+json',
    /** The data schema of validate-data (YAML or JSON, stored as given): what monitor checks production rows against. */
    schema: 'application/vnd.modelgate.schema.v1',
    /** monitor's monitor-report.json, the layer of a monitor event. */
    monitorReport: 'application/vnd.modelgate.monitor-report.v1+json',
    card: 'text/markdown',
    /** artifactType of a history event (status, alias move, evaluation) whose subject is a version. */
    event: 'application/vnd.modelgate.event.v1+json',
    /** artifactType of the lock tags' manifest (see lock.ts). */
    lock: 'application/vnd.modelgate.lock.v1',
};
const oci_ANN = {
    title: 'org.opencontainers.image.title',
    created: 'org.opencontainers.image.created',
    version: 'org.opencontainers.image.version',
    revision: 'org.opencontainers.image.revision',
    source: 'org.opencontainers.image.source',
    description: 'org.opencontainers.image.description',
    refName: 'org.opencontainers.image.ref.name',
};
/** The empty JSON blob `{}` of image-spec 1.1, used as the config of artifacts that need none. */
const EMPTY_BYTES = Buffer.from('{}');
const EMPTY = { mediaType: oci_MEDIA.empty, digest: sha256(EMPTY_BYTES), size: 2, data: EMPTY_BYTES.toString('base64') };
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Tag grammar of the distribution spec. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
function isDigest(s) {
    return DIGEST.test(s);
}
function isTag(s) {
    return TAG.test(s);
}
function sha256(bytes) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
function hex(digest) {
    return digest.slice('sha256:'.length);
}
/** sha256 and size of a file, streamed. */
async function fileDigest(path) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        h.update(chunk);
        size += chunk.length;
    }
    return { digest: 'sha256:' + h.digest('hex'), size };
}
/**
 * Canonical bytes of a manifest or any JSON document we store: JSON.stringify with keys in the
 * order the object was built, no whitespace. The same inputs build the same object, so the same bytes.
 */
function jsonBytes(value) {
    return Buffer.from(JSON.stringify(value));
}
/** The descriptor of bytes we are about to store. */
function describe(mediaType, bytes, annotations) {
    return { mediaType, digest: sha256(bytes), size: bytes.length, ...(annotations ? { annotations } : {}) };
}

;// CONCATENATED MODULE: ./.build/js/src/registry/events.js

const events_EV = {
    type: 'vnd.modelgate.event',
    version: 'vnd.modelgate.version',
    status: 'vnd.modelgate.status',
    alias: 'vnd.modelgate.alias',
    actor: 'vnd.modelgate.actor',
    note: 'vnd.modelgate.note',
    runUrl: 'vnd.modelgate.run-url',
    dataDigest: 'vnd.modelgate.data-digest',
    /** A deployment event's decision (promoted, rolled-back, no-data, passed) and environment. */
    decision: 'vnd.modelgate.decision',
    environment: 'vnd.modelgate.environment',
    /** A monitor event's finding (none, warn, act). */
    finding: 'vnd.modelgate.finding',
};
const STATUSES = ['pending', 'approved', 'rejected'];
const fallbackTag = (digest) => `sha256-${hex(digest)}`;
/** Referrers of `digest`: the API when the registry has one, else the fallback tag's index. */
async function referrers(backend, digest) {
    const api = await backend.referrersApi?.(digest);
    if (api)
        return api;
    const idx = await backend.getManifest(fallbackTag(digest));
    if (!idx)
        return [];
    return JSON.parse(idx.bytes.toString('utf8')).manifests ?? [];
}
/**
 * Writes an event manifest about `subject` and makes it findable. Call under the writer lock.
 * Event manifests are pushed by digest (never tagged), so they are immutable once written.
 */
async function events_appendEvent(backend, subject, annotations, layer) {
    await backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: EMPTY_BYTES });
    let layers = [EMPTY];
    if (layer) {
        const d = describe(layer.mediaType, layer.bytes, { [oci_ANN.title]: layer.title });
        await backend.putBlob({ digest: d.digest, size: d.size, bytes: layer.bytes });
        layers = [d];
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: oci_MEDIA.manifest,
        artifactType: oci_MEDIA.event,
        config: EMPTY,
        layers,
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    };
    const bytes = jsonBytes(manifest);
    const digest = await backend.putManifest(bytes, oci_MEDIA.manifest);
    const desc = { mediaType: oci_MEDIA.manifest, digest, size: bytes.length, artifactType: oci_MEDIA.event, annotations };
    // A registry with the referrers API indexes the subject itself.
    if (await backend.referrersApi?.(subject.digest))
        return digest;
    const tag = fallbackTag(subject.digest);
    const current = await backend.getManifest(tag);
    const idx = current ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: oci_MEDIA.index, manifests: [] };
    if (!idx.manifests.some((m) => m.digest === digest))
        idx.manifests.push(desc);
    await backend.putManifest(jsonBytes(idx), oci_MEDIA.index, tag);
    return digest;
}
/** The events of one version, oldest first. */
async function events_versionEvents(backend, digest) {
    const out = [];
    for (const d of await referrers(backend, digest)) {
        if (d.artifactType !== oci_MEDIA.event)
            continue;
        const a = d.annotations ?? {};
        const type = a[events_EV.type];
        if (!type)
            continue;
        const ev = { type, at: a[oci_ANN.created] ?? '', digest: d.digest };
        if (a[events_EV.version])
            ev.version = a[events_EV.version];
        if (a[events_EV.status])
            ev.status = a[events_EV.status];
        if (a[events_EV.alias])
            ev.alias = a[events_EV.alias];
        if (a[events_EV.actor])
            ev.actor = a[events_EV.actor];
        if (a[events_EV.note])
            ev.note = a[events_EV.note];
        if (a[events_EV.runUrl])
            ev.runUrl = a[events_EV.runUrl];
        if (a[events_EV.decision])
            ev.decision = a[events_EV.decision];
        if (a[events_EV.environment])
            ev.environment = a[events_EV.environment];
        if (a[events_EV.finding])
            ev.finding = a[events_EV.finding];
        out.push(ev);
    }
    return out.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
/** The status now: the last status-bearing event. */
function events_currentStatus(events) {
    let s;
    for (const e of events)
        if (e.status)
            s = e.status;
    return s;
}
/** The evaluation.json an evaluation event carries (its manifest and layer fetched and verified). */
async function eventEvaluation(backend, event) {
    return event.type === 'evaluation' ? eventLayer(backend, event, MEDIA.evaluation) : undefined;
}
/** The layer of `mediaType` an event carries (deployment.json, monitor-report.json, ...), verified. */
async function eventLayer(backend, event, mediaType) {
    const m = await backend.getManifest(event.digest);
    if (!m)
        return undefined;
    const layer = JSON.parse(m.bytes.toString('utf8')).layers.find((l) => l.mediaType === mediaType);
    return layer ? backend.getBlob(layer) : undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/js/src/data/csv.js
/**
 * A streaming RFC 4180 push parser, hand-tuned for throughput.
 *
 *   const p = new CsvParser({ delimiter: ',', file, onRecord(fields, line) { ... } });
 *   p.write(chunk); p.write(chunk); ...; p.end();
 *
 * Dialect:
 * - Fields are separated by `delimiter` (one character); records end at LF, CRLF or a lone CR.
 * - A field that starts with `"` is quoted: it may hold delimiters, newlines and `""` (one quote).
 *   Text after the closing quote up to the next delimiter/end of line is appended literally
 *   (`"ab"cd` is `abcd`, as Python's csv does). A `"` anywhere else in an unquoted field is an
 *   ordinary character (`12"` is `12"`), as most lenient readers do.
 * - A UTF-8 byte order mark (U+FEFF) at the very start is dropped.
 * - Empty lines produce no record (anywhere in the file, as pandas' skip_blank_lines does; a line
 *   holding only `""` is a record with one empty field). So a trailing newline, or several, is fine.
 * - The final record needs no line terminator.
 * - A quoted field still open at end of input is a DataError naming the file and the line on
 *   which the field opened.
 *
 * `line` passed to onRecord is the 1-based physical line on which the record starts (embedded
 * newlines in quoted fields advance the count; CRLF counts once). Chunks may split anywhere,
 * including between CR and LF, inside a `""` pair, or inside a quoted field; the records and line
 * numbers are the same for any split. Memory is bounded by the largest record.
 *
 * `fields` is a fresh array per record (the callee may keep or mutate it). Field strings may be
 * V8 slices of the input chunk: a consumer that retains many long field strings for a long time
 * keeps their chunk alive too.
 *
 * Hot path: the next delimiter / LF / CR / quote are located with indexOf on the whole chunk and
 * cached until the scan passes them (one search per occurrence, not per field or character). A
 * line with no quote is then just split at the cached delimiter positions; quoted fields use
 * indexOf('"') per segment. No regex, no per-character loop, no per-field closures. About
 * 200+ MB/s on plain numeric/categorical CSV (see readers.ts for the end-to-end path).
 */

const LF = 10;
const CR = 13;
const QUOTE = 34;
// Parser states between chunks.
const FIELD_START = 0; // at the start of a field (a record if `fields` is empty)
const IN_UNQUOTED = 1; // inside an unquoted field; `partial` holds its text so far
const IN_QUOTED = 2; // inside a quoted field; `partial` holds its unescaped text so far
const QUOTE_PENDING = 3; // the chunk ended on a `"` inside a quoted field: `""` or the closing quote?
const AFTER_QUOTE = 4; // just past a closing quote (transient; never saved between chunks)
class CsvParser {
    delimiter;
    delimCode;
    onRecord;
    file;
    fields = [];
    state = FIELD_START;
    partial = '';
    /** Line at the current scan position (1-based). */
    line = 1;
    /** Line on which the current record started. */
    recLine = 1;
    /** Line on which the open quoted field started. */
    quoteLine = 1;
    /** The previous chunk ended with a CR that was already counted as a line break. */
    crPending = false;
    bomPending = true;
    ended = false;
    constructor(opts) {
        const delimiter = opts.delimiter ?? ',';
        if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
            throw new errors/* ConfigurationError */.j1(`CSV delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`);
        }
        this.delimiter = delimiter;
        this.delimCode = delimiter.charCodeAt(0);
        this.onRecord = opts.onRecord;
        this.file = opts.file ?? '<input>';
        this.bomPending = opts.bom ?? true;
    }
    /** True between records: every record so far is complete and no quoted field is open. */
    get atRecordStart() {
        return this.state === FIELD_START && this.fields.length === 0 && !this.crPending;
    }
    /** Physical line (1-based) at the end of the input written so far. */
    get currentLine() {
        return this.line;
    }
    /** Feeds the next piece of text. Calls onRecord for every record completed by it. */
    write(chunk) {
        if (this.ended)
            throw new Error('CsvParser.write after end');
        const s = chunk;
        const n = s.length;
        if (n === 0)
            return;
        let i = 0;
        if (this.bomPending) {
            this.bomPending = false;
            if (s.charCodeAt(0) === 0xfeff)
                i = 1;
        }
        if (this.crPending) {
            this.crPending = false;
            if (i < n && s.charCodeAt(i) === LF) {
                // The CR ending the previous chunk and this LF are one line break, already counted.
                if (this.state === IN_QUOTED)
                    this.partial += '\n';
                i++;
            }
        }
        if (i === n)
            return;
        const d = this.delimiter;
        const dc = this.delimCode;
        const onRecord = this.onRecord;
        let fields = this.fields;
        let line = this.line;
        let recLine = this.recLine;
        let state = this.state;
        let val = this.partial;
        // Next delimiter / LF / CR / quote at or after the scan position (n if none; -1 = not computed yet).
        // Positions only move forward, so a cached value >= i is still the next occurrence.
        let nD = -1;
        let nL = -1;
        let nR = -1;
        let nQ = -1;
        if (state === QUOTE_PENDING) {
            if (s.charCodeAt(i) === QUOTE) {
                val += '"';
                i++;
                state = IN_QUOTED;
            }
            else {
                state = AFTER_QUOTE;
            }
        }
        for (;;) {
            if (state === IN_QUOTED) {
                // Find the closing quote; `val` holds the text so far.
                for (;;) {
                    const q = s.indexOf('"', i);
                    const end = q === -1 ? n : q;
                    // Count line breaks in s[i, end): each LF, and each CR not followed by LF.
                    if (nL < i) {
                        nL = s.indexOf('\n', i);
                        if (nL === -1)
                            nL = n;
                    }
                    while (nL < end) {
                        line++;
                        nL = s.indexOf('\n', nL + 1);
                        if (nL === -1)
                            nL = n;
                    }
                    if (nR < i) {
                        nR = s.indexOf('\r', i);
                        if (nR === -1)
                            nR = n;
                    }
                    while (nR < end) {
                        if (nR + 1 === n) {
                            line++;
                            this.crPending = true;
                        }
                        else if (s.charCodeAt(nR + 1) !== LF)
                            line++;
                        nR = s.indexOf('\r', nR + 1);
                        if (nR === -1)
                            nR = n;
                    }
                    if (q === -1) {
                        this.partial = val + s.slice(i);
                        return this.save(IN_QUOTED, fields, line, recLine);
                    }
                    if (q + 1 === n) {
                        this.partial = val + s.slice(i, q);
                        return this.save(QUOTE_PENDING, fields, line, recLine);
                    }
                    if (s.charCodeAt(q + 1) === QUOTE) {
                        val += s.slice(i, q + 1);
                        i = q + 2;
                        continue;
                    }
                    val += s.slice(i, q);
                    i = q + 1;
                    state = AFTER_QUOTE;
                    break;
                }
            }
            if (state === AFTER_QUOTE) {
                // i < n here: a closing quote is only confirmed once the character after it is seen.
                const c = s.charCodeAt(i);
                if (c === dc) {
                    fields.push(val);
                    val = '';
                    i++;
                    state = FIELD_START;
                }
                else if (c === LF || c === CR) {
                    fields.push(val);
                    val = '';
                    onRecord(fields, recLine);
                    fields = [];
                    line++;
                    i++;
                    if (c === CR) {
                        if (i === n)
                            this.crPending = true;
                        else if (s.charCodeAt(i) === LF)
                            i++;
                    }
                    recLine = line;
                    state = FIELD_START;
                }
                else {
                    state = IN_UNQUOTED; // lenient: `"ab"cd` continues as unquoted text appended to `ab`
                }
            }
            if (state === IN_UNQUOTED) {
                const start = i;
                let c = 0;
                while (i < n) {
                    c = s.charCodeAt(i);
                    if (c === dc || c === LF || c === CR)
                        break;
                    i++;
                }
                if (i === n) {
                    this.partial = val + s.slice(start);
                    return this.save(IN_UNQUOTED, fields, line, recLine);
                }
                fields.push(val + s.slice(start, i));
                val = '';
                i++;
                if (c !== dc) {
                    onRecord(fields, recLine);
                    fields = [];
                    line++;
                    if (c === CR) {
                        if (i === n)
                            this.crPending = true;
                        else if (s.charCodeAt(i) === LF)
                            i++;
                    }
                    recLine = line;
                }
                state = FIELD_START;
            }
            // Hot loop, at the start of a field. The next delimiter, LF, CR and quote are found with
            // indexOf and cached until the scan passes them, so each is searched for once per
            // occurrence. When no quote comes before the end of the line, the rest of the line is
            // split at delimiters without looking at any other character.
            while (i < n) {
                if (nL < i) {
                    nL = s.indexOf('\n', i);
                    if (nL === -1)
                        nL = n;
                }
                if (nR < i) {
                    nR = s.indexOf('\r', i);
                    if (nR === -1)
                        nR = n;
                }
                const eol = nL < nR ? nL : nR;
                if (nQ < i) {
                    nQ = s.indexOf('"', i);
                    if (nQ === -1)
                        nQ = n;
                }
                if (nQ < eol) {
                    // A quote on this line: one field at a time.
                    if (nQ === i) {
                        this.quoteLine = line;
                        i++;
                        val = '';
                        state = IN_QUOTED;
                        break;
                    }
                    if (nD < i) {
                        nD = s.indexOf(d, i);
                        if (nD === -1)
                            nD = n;
                    }
                    if (nD < eol) {
                        fields.push(s.slice(i, nD));
                        i = nD + 1;
                        continue;
                    }
                    // This field (with a literal quote in it) runs to the end of the line.
                }
                else {
                    for (;;) {
                        if (nD < i) {
                            nD = s.indexOf(d, i);
                            if (nD === -1)
                                nD = n;
                        }
                        if (nD >= eol)
                            break;
                        fields.push(s.slice(i, nD));
                        i = nD + 1;
                    }
                }
                if (eol === n) {
                    if (i === n)
                        break; // the chunk ended right after a delimiter: at a field start
                    this.partial = s.slice(i);
                    return this.save(IN_UNQUOTED, fields, line, recLine);
                }
                // End of line at eol.
                if (eol !== i || fields.length !== 0) {
                    fields.push(s.slice(i, eol));
                    onRecord(fields, recLine);
                    fields = [];
                } // else: an empty line, no record
                line++;
                i = eol + 1;
                if (eol === nR) {
                    if (i === n)
                        this.crPending = true;
                    else if (s.charCodeAt(i) === LF)
                        i++;
                }
                recLine = line;
            }
            if (state !== IN_QUOTED) {
                this.partial = '';
                return this.save(FIELD_START, fields, line, recLine);
            }
            if (i === n) {
                this.partial = '';
                return this.save(IN_QUOTED, fields, line, recLine);
            }
        }
    }
    /** Signals end of input: emits the last record, or throws on an unterminated quoted field. */
    end() {
        if (this.ended)
            return;
        this.ended = true;
        const fields = this.fields;
        switch (this.state) {
            case IN_QUOTED:
                throw new errors/* DataError */.fL(`${this.file}:${this.quoteLine}: unterminated quoted field (the quote opened on line ${this.quoteLine} is never closed)`, this.file, this.quoteLine);
            case QUOTE_PENDING:
            case AFTER_QUOTE:
            case IN_UNQUOTED:
                fields.push(this.partial);
                this.onRecord(fields, this.recLine);
                break;
            default:
                if (fields.length !== 0) {
                    fields.push('');
                    this.onRecord(fields, this.recLine);
                }
        }
        this.fields = [];
        this.partial = '';
    }
    save(state, fields, line, recLine) {
        this.state = state;
        this.fields = fields;
        this.line = line;
        this.recLine = recLine;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/gates/paired-data.js
/**
 * Both models' predictions on the same rows, aligned by data row index: what the paired tests of
 * compare-to-baseline run on. Reads the predictions.csv files evaluate-model writes.
 */





/** The predictions file of an evaluation: as recorded, else next to the evaluation.json. */
function predictionsFile(ev, evaluationPath) {
    const p = ev.predictions;
    if (!p)
        throw new errors/* DataError */.fL(`${evaluationPath}: records no predictions file`, evaluationPath);
    if ((0,external_node_fs_.existsSync)(p))
        return p;
    // Downloaded artifacts keep the files together but not the paths they were written to.
    const beside = (0,external_node_path_.join)((0,external_node_path_.dirname)(evaluationPath), (0,external_node_path_.basename)(p));
    if ((0,external_node_fs_.existsSync)(beside))
        return beside;
    throw new errors/* DataError */.fL(`${evaluationPath}: its predictions file ${p} was not found (also looked beside the evaluation)`, evaluationPath);
}
function parseCsv(path) {
    const rows = [];
    const lines = [];
    const parser = new CsvParser({
        file: path,
        onRecord: (fields, line) => {
            rows.push(fields);
            lines.push(line);
        },
    });
    parser.write((0,external_node_fs_.readFileSync)(path, 'utf8'));
    parser.end();
    if (rows.length === 0)
        throw new errors/* DataError */.fL(`${path}: empty predictions file`, path);
    return { header: rows[0], rows: rows.slice(1), lines: lines.slice(1) };
}
/** A value from a predictions file quoted for a one-line message. */
function shown(v) {
    const s = (v ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}
/**
 * A cell of a predictions file as a number: a probability in [0, 1], or any finite number. A
 * predictions file is an artifact (from a pull request's run, perhaps): a cell that is not what
 * evaluate-model writes is refused with the file and line, never tested as NaN.
 */
function cellNumber(p, i, col, file, what, probability) {
    const v = p.rows[i][col];
    const x = v === undefined || v.trim() === '' ? NaN : Number(v);
    if (probability ? !(x >= 0 && x <= 1) : !Number.isFinite(x)) {
        throw new errors/* DataError */.fL(`${file}:${p.lines[i]}: ${what} ${shown(v)} is not ${probability ? 'a probability in [0, 1]' : 'a finite number'}`, file, p.lines[i]);
    }
    return x;
}
function loadPaired(candidate, candidatePath, baseline, baselinePath) {
    const cFile = predictionsFile(candidate, candidatePath);
    const bFile = predictionsFile(baseline, baselinePath);
    const c = parseCsv(cFile);
    const b = parseCsv(bFile);
    const col = (p, name, file) => {
        const i = p.header.indexOf(name);
        if (i < 0)
            throw new DataError(`${file}: no '${name}' column (header: ${p.header.join(', ')})`, file);
        return i;
    };
    const bRow = col(b, 'row', bFile);
    const byRow = new Map();
    b.rows.forEach((r, i) => byRow.set(r[bRow], i));
    const n = c.rows.length;
    if (b.rows.length !== n)
        throw new DataError(`${cFile} has ${n} rows, ${bFile} ${b.rows.length}: the two evaluations did not see the same rows`, cFile);
    const task = candidate.task;
    const y = new Float64Array(n);
    const cand = new Float64Array(n);
    const base = new Float64Array(n);
    const cRow = col(c, 'row', cFile);
    const cLabel = col(c, 'label', cFile);
    const bLabel = col(b, 'label', bFile);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const j = byRow.get(c.rows[i][cRow]);
        if (j === undefined)
            throw new DataError(`${bFile}: has no row ${c.rows[i][cRow]}, which ${cFile} has`, bFile);
        if (b.rows[j][bLabel] !== c.rows[i][cLabel])
            throw new DataError(`row ${c.rows[i][cRow]}: label '${c.rows[i][cLabel]}' in ${cFile} but '${b.rows[j][bLabel]}' in ${bFile}`, cFile);
        order[i] = j;
    }
    let candidateLoss;
    let baselineLoss;
    if (task === 'binary') {
        const pos = candidate.positiveLabel;
        // Labels are written as labelKey() of the cell, so the classes are compared the same way.
        const classes = candidate.classes.length === 2 ? candidate.classes.map((k) => labelKey(k) ?? k) : null;
        if (pos === null || !classes)
            throw new DataError(`${candidatePath}: a binary evaluation needs its two classes and positiveLabel for paired tests`, candidatePath);
        const cs = col(c, 'score', cFile);
        const bs = col(b, 'score', bFile);
        for (let i = 0; i < n; i++) {
            const label = c.rows[i][cLabel];
            if (!classes.includes(label))
                throw new DataError(`${cFile}:${c.lines[i]}: label ${shown(label)} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, cFile, c.lines[i]);
            y[i] = label === pos ? 1 : 0;
            cand[i] = cellNumber(c, i, cs, cFile, 'score', true);
            base[i] = cellNumber(b, order[i], bs, bFile, 'score', true);
        }
    }
    else if (task === 'regression') {
        const cp = col(c, 'prediction', cFile);
        const bp = col(b, 'prediction', bFile);
        for (let i = 0; i < n; i++) {
            y[i] = cellNumber(c, i, cLabel, cFile, 'label', false);
            cand[i] = cellNumber(c, i, cp, cFile, 'prediction', false);
            base[i] = cellNumber(b, order[i], bp, bFile, 'prediction', false);
        }
    }
    else {
        const classes = candidate.classes;
        if (JSON.stringify(classes) !== JSON.stringify(baseline.classes))
            throw new DataError(`${candidatePath} and ${baselinePath} have different classes`, candidatePath);
        // Labels are written as labelKey() of the cell, predictions as the class name: either form maps.
        const idx = new Map([...classes.map((k, i) => [labelKey(k) ?? k, i]), ...classes.map((k, i) => [k, i])]);
        const cp = col(c, 'prediction', cFile);
        const bp = col(b, 'prediction', bFile);
        const cProb = classes.map((k) => col(c, `p_${k}`, cFile));
        const bProb = classes.map((k) => col(b, `p_${k}`, bFile));
        candidateLoss = new Float64Array(n);
        baselineLoss = new Float64Array(n);
        const eps = 2.220446049250313e-16;
        const classOf = (p, r, column, file, what) => {
            const k = idx.get(p.rows[r][column]);
            if (k === undefined)
                throw new DataError(`${file}:${p.lines[r]}: ${what} ${shown(p.rows[r][column])} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, file, p.lines[r]);
            return k;
        };
        for (let i = 0; i < n; i++) {
            const label = classOf(c, i, cLabel, cFile, 'label');
            y[i] = label;
            cand[i] = classOf(c, i, cp, cFile, 'prediction');
            base[i] = classOf(b, order[i], bp, bFile, 'prediction');
            const pc = cellNumber(c, i, cProb[label], cFile, `p_${classes[label]}`, true);
            const pb = cellNumber(b, order[i], bProb[label], bFile, `p_${classes[label]}`, true);
            candidateLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pc)));
            baselineLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pb)));
        }
    }
    const slices = new Map();
    const groups = new Map();
    c.header.forEach((h, i) => {
        if (h.startsWith('slice:'))
            slices.set(h.slice(6), c.rows.map((r) => r[i]));
        if (h.startsWith('slice:') || h.startsWith('sensitive:'))
            groups.set(h.slice(h.indexOf(':') + 1), c.rows.map((r) => r[i]));
    });
    return { task, n, y, candidate: cand, baseline: base, candidateLoss, baselineLoss, slices, groups };
}
/** The rows of `p` where `keep` holds. */
function subsetPaired(p, keep) {
    let k = 0;
    const all = new Uint32Array(p.n);
    for (let i = 0; i < p.n; i++)
        if (keep(i))
            all[k++] = i;
    const idx = all.subarray(0, k);
    const pick = (a) => {
        const out = new Float64Array(k);
        for (let j = 0; j < k; j++)
            out[j] = a[idx[j]];
        return out;
    };
    return {
        task: p.task,
        n: idx.length,
        y: pick(p.y),
        candidate: pick(p.candidate),
        baseline: pick(p.baseline),
        candidateLoss: p.candidateLoss && pick(p.candidateLoss),
        baselineLoss: p.baselineLoss && pick(p.baselineLoss),
        slices: new Map(),
    };
}

;// CONCATENATED MODULE: ./.build/js/src/registry/artifact.js
/**
 * What a model version holds (image-spec 1.1 artifact): one layer per model file titled with its
 * file name, then evaluation.json, train-manifest.json, data-report.json, profile.json, the data
 * schema (schema.yml or schema.json, as given) and model-card.md as layers; a config blob with the lineage summary; standard annotations. Nothing
 * time- or run-dependent goes into the manifest, so the same files give the same digest; when and
 * by which run a version was registered is its history's first event.
 */







function readJson(path, input) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* ConfigurationError */.j1(`input '${input}': file not found: ${path}`);
    const bytes = (0,external_node_fs_.readFileSync)(path);
    try {
        return { bytes, value: JSON.parse(bytes.toString('utf8')) };
    }
    catch (e) {
        throw new errors/* DataError */.fL(`${path}: not JSON: ${e.message}`, path);
    }
}
async function buildVersion(inp) {
    if (!inp.model.length)
        throw new errors/* ConfigurationError */.j1(`input 'model' is required: the model file(s) to register`);
    const blobs = [];
    const layers = [];
    const titles = new Set();
    const addTitle = (t, input) => {
        if (titles.has(t))
            throw new errors/* ConfigurationError */.j1(`input '${input}': two files are named ${t}; a version stores files by name`);
        titles.add(t);
    };
    const files = [];
    for (const path of inp.model) {
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* ConfigurationError */.j1(`input 'model': file not found: ${path}`);
        const title = (0,external_node_path_.basename)(path);
        addTitle(title, 'model');
        const { digest, size } = await fileDigest(path);
        blobs.push({ digest, size, path });
        layers.push({ mediaType: oci_MEDIA.modelFile, digest, size, annotations: { [oci_ANN.title]: title } });
        files.push({ title, digest, size });
    }
    const config = { kind: 'modelgate-model', schemaVersion: 1, name: inp.name, metrics: {}, files };
    const read = { config };
    const addJson = (bytes, mediaType, title, input) => {
        addTitle(title, input);
        const d = describe(mediaType, bytes, { [oci_ANN.title]: title });
        blobs.push({ digest: d.digest, size: d.size, bytes });
        layers.push(d);
    };
    if (inp.evaluation) {
        const { bytes, value } = readJson(inp.evaluation, 'evaluation');
        validate_assertArtifact('evaluation', value, inp.evaluation);
        const ev = value;
        read.evaluation = value;
        config.task = ev.task;
        config.rows = ev.rows;
        config.data = { sha256: ev.data.sha256 };
        for (const [k, m] of Object.entries(ev.metrics))
            config.metrics[k] = m.value;
        addJson(bytes, oci_MEDIA.evaluation, 'evaluation.json', 'evaluation');
        // Its per-row predictions too, when they are there: a later comparison on the same data pairs rows.
        let predictions;
        try {
            predictions = predictionsFile(value, inp.evaluation);
        }
        catch {
            predictions = undefined;
        }
        if (predictions) {
            const { digest, size } = await fileDigest(predictions);
            const title = (0,external_node_path_.basename)(predictions);
            addTitle(title, 'evaluation');
            blobs.push({ digest, size, path: predictions });
            layers.push({ mediaType: oci_MEDIA.predictions, digest, size, annotations: { [oci_ANN.title]: title } });
        }
    }
    if (inp.trainManifest) {
        const { bytes, value } = readJson(inp.trainManifest, 'train-manifest');
        if (value.kind !== 'train-manifest' || typeof value.key !== 'string')
            throw new errors/* DataError */.fL(`${inp.trainManifest}: not a train-manifest.json (kind train-manifest with a key)`, inp.trainManifest);
        config.trainManifestKey = value.key;
        read.trainManifest = value;
        const params = value.params;
        if (params?.values)
            config.params = params.values;
        const git = value.git;
        if (git)
            config.git = { commit: git.commit, dirty: git.dirty };
        addJson(bytes, oci_MEDIA.trainManifest, 'train-manifest.json', 'train-manifest');
    }
    if (inp.dataReport) {
        const { bytes, value } = readJson(inp.dataReport, 'data-report');
        validate_assertArtifact('data-report', value, inp.dataReport);
        addJson(bytes, oci_MEDIA.dataReport, 'data-report.json', 'data-report');
    }
    if (inp.profile) {
        const { bytes, value } = readJson(inp.profile, 'profile');
        validate_assertArtifact('profile', value, inp.profile);
        addJson(bytes, oci_MEDIA.profile, 'profile.json', 'profile');
    }
    if (inp.schema) {
        if (!(0,external_node_fs_.existsSync)(inp.schema))
            throw new errors/* ConfigurationError */.j1(`input 'schema': file not found: ${inp.schema}`);
        const bytes = (0,external_node_fs_.readFileSync)(inp.schema);
        // Checked the way validate-data loads it, so a version never stores a schema monitor cannot use.
        (0,data_schema/* loadSchema */.e$)(inp.schema);
        addJson(bytes, oci_MEDIA.schema, /\.ya?ml$/i.test(inp.schema) ? 'schema.yml' : 'schema.json', 'schema');
    }
    if (!config.git && inp.revision)
        config.git = { commit: inp.revision };
    if (inp.card)
        addJson(Buffer.from(typeof inp.card === 'string' ? inp.card : inp.card(read)), oci_MEDIA.card, 'model-card.md', 'card');
    const configBytes = jsonBytes(config);
    const configDesc = describe(oci_MEDIA.modelConfig, configBytes);
    blobs.push({ digest: configDesc.digest, size: configDesc.size, bytes: configBytes });
    const annotations = { [oci_ANN.title]: inp.name, [oci_ANN.description]: `modelgate model ${inp.name}` };
    const revision = config.git?.commit ?? inp.revision;
    if (revision)
        annotations[oci_ANN.revision] = revision;
    if (inp.source)
        annotations[oci_ANN.source] = inp.source;
    const manifest = { schemaVersion: 2, mediaType: oci_MEDIA.manifest, artifactType: oci_MEDIA.model, config: configDesc, layers, annotations };
    return { manifest, bytes: jsonBytes(manifest), config, blobs };
}

;// CONCATENATED MODULE: ./.build/js/src/registry/lock.js
/**
 * A writer lock over a registry that has no transactions: Lamport's bakery algorithm, with tags as
 * its registers. A registry offers one atomic step, "point a tag at a manifest" (last writer wins),
 * and a listing of tags; no compare-and-set. Picking `v<max+1>` and writing it races (two writers
 * both write v7 and one version is lost), and "write, then read back" does not close the race (a
 * slower writer can overwrite after the first one checked). The bakery needs only registers that
 * each writer alone writes, so every writer uses tags of its own, named by a random id:
 *
 *   mg-lock.<id>.c<ms>   "choosing" (the doorway), with the writer's start time for the lease
 *   mg-lock.<id>.t<k>    its ticket k = 1 + the largest ticket it saw
 *   mg-lock.<id>.d       done (only where they cannot be deleted)
 *
 * All three point at one manifest of the writer's own, so on release a registry that allows
 * deletes drops them with one DELETE of that manifest; the layout folder removes them from its index.
 * A writer enters when, in one listing, no live writer is still choosing and none holds a smaller
 * (ticket, id). Writers that stop without releasing are ignored once their lease (start time + 120 s)
 * has passed; that bounds how long a crash blocks others, and assumes clocks agree within the lease.
 * Inside the lock, version numbers, aliases and the referrers fallback index are read and written
 * with no other writer between the read and the write.
 */



const lock_LOCK_PREFIX = 'mg-lock.';
const LEASE_MS = 120_000;
const WAIT_MS = 300_000;
const lock_TAG = /^mg-lock\.([0-9a-f]{16})\.(c(\d+)|t(\d+)|d)$/;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** One manifest per writer (its id annotated), so concurrent writers never PUT the same manifest at once. */
const lockBytes = (id) => jsonBytes({ schemaVersion: 2, mediaType: oci_MEDIA.manifest, artifactType: oci_MEDIA.lock, config: EMPTY, layers: [EMPTY], annotations: { 'vnd.modelgate.lock': id } });
function writers(tags) {
    const out = new Map();
    for (const t of tags) {
        const m = lock_TAG.exec(t);
        if (!m)
            continue;
        const w = out.get(m[1]) ?? { done: false };
        if (m[3] !== undefined)
            w.start = Number(m[3]);
        else if (m[4] !== undefined)
            w.ticket = Number(m[4]);
        else
            w.done = true;
        out.set(m[1], w);
    }
    return out;
}
/** Runs `fn` while holding the repository's writer lock. */
async function lock_withLock(backend, fn, opts = {}) {
    const now = opts.now ?? Date.now;
    const lease = opts.leaseMs ?? LEASE_MS;
    const id = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    await backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: EMPTY_BYTES });
    const bytes = lockBytes(id);
    const put = (suffix) => backend.putManifest(bytes, oci_MEDIA.manifest, `${lock_LOCK_PREFIX}${id}.${suffix}`);
    const release = async () => {
        if (backend.deleteTags)
            await backend.deleteTags((await backend.listTags()).filter((t) => t.startsWith(`${lock_LOCK_PREFIX}${id}.`)));
        else if (!(await backend.deleteManifest?.(sha256(bytes))))
            await put('d');
    };
    const live = (w) => !w.done && w.start !== undefined && now() - w.start < lease;
    await put(`c${now()}`);
    let max = 0;
    for (const [, w] of writers(await backend.listTags()))
        if (live(w) && w.ticket !== undefined)
            max = Math.max(max, w.ticket);
    const ticket = max + 1;
    await put(`t${ticket}`);
    const deadline = now() + (opts.waitMs ?? WAIT_MS);
    for (let round = 0;; round++) {
        let blocked = false;
        for (const [other, w] of writers(await backend.listTags())) {
            if (other === id || !live(w))
                continue;
            if (w.ticket === undefined || w.ticket < ticket || (w.ticket === ticket && other < id)) {
                blocked = true;
                break;
            }
        }
        if (!blocked)
            break;
        if (now() > deadline) {
            await release();
            throw new errors/* ServiceError */._7(`${backend.location}: waited ${(opts.waitMs ?? WAIT_MS) / 1000} s for other registrations to finish; try again`);
        }
        await sleep(Math.min(500, 10 + 15 * round) * (0.5 + Math.random()));
    }
    try {
        return await fn();
    }
    finally {
        await release();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./.build/js/src/registry/layout.js
/**
 * An OCI image layout folder (image-spec 1.1, image-layout.md): `oci-layout`, `index.json` and
 * `blobs/sha256/<hex>`. Blobs are written under a temp name, verified and renamed, so a reader never
 * sees half a blob; `index.json` is rewritten whole under a lock file and renamed into place, so a
 * tag is either there or not. Tags are index entries annotated `org.opencontainers.image.ref.name`,
 * which is how skopeo and ORAS read them (`oci:<dir>:<tag>`).
 */









const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 120_000;
let tmpCounter = 0;
const tmpName = (path) => `${path}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`;
const layout_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Copies a stream to `dest` through a temp file, checking size and sha256 before the rename. */
async function streamVerified(source, dest, expect, what) {
    (0,files/* makeDirs */.X2)((0,external_node_path_.dirname)(dest));
    const tmp = tmpName(dest);
    const h = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            h.update(chunk);
            size += chunk.length;
            cb(null, chunk);
        },
    });
    try {
        await (0,external_node_stream_promises_.pipeline)(source, tap, (0,external_node_fs_.createWriteStream)(tmp));
        const got = 'sha256:' + h.digest('hex');
        if (got !== expect.digest || size !== expect.size) {
            throw new errors/* ServiceError */._7(`${what} ${expect.digest}: content does not match its digest (got ${got}, ${size} bytes, expected ${expect.size}); refusing it`);
        }
        (0,external_node_fs_.renameSync)(tmp, dest);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
}
function verifyBytes(bytes, digest, what) {
    const got = sha256(bytes);
    if (got !== digest)
        throw new errors/* ServiceError */._7(`${what} ${digest}: content does not match its digest (got ${got}); refusing it`);
    return bytes;
}
class LayoutBackend {
    dir;
    location;
    constructor(dir) {
        this.dir = dir;
        this.location = `oci-layout://${dir}`;
    }
    blobPath(digest) {
        if (!isDigest(digest))
            throw new errors/* DataError */.fL(`${this.location}: not a sha256 digest: ${digest}`);
        return (0,external_node_path_.join)(this.dir, 'blobs', 'sha256', hex(digest));
    }
    init() {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, 'oci-layout'))) {
            try {
                (0,files/* makeDirs */.X2)((0,external_node_path_.join)(this.dir, 'blobs', 'sha256'));
            }
            catch (e) {
                throw (0,files/* outputError */.cw)(e, this.dir);
            }
            (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
        }
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, 'index.json'))) {
            // `wx`: two processes initialising at once both end with the same empty index.
            try {
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: oci_MEDIA.index, manifests: [] }), { flag: 'wx' });
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
            }
        }
    }
    readIndex() {
        const path = (0,external_node_path_.join)(this.dir, 'index.json');
        if (!(0,external_node_fs_.existsSync)(path))
            return { schemaVersion: 2, mediaType: oci_MEDIA.index, manifests: [] };
        try {
            const idx = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
            if (!Array.isArray(idx.manifests))
                throw new Error('no manifests array');
            return idx;
        }
        catch (e) {
            throw new errors/* DataError */.fL(`${path}: not an OCI image index: ${e.message}`, path);
        }
    }
    /** Runs `fn` holding `index.json.lock` (created exclusively; taken over when older than 30 s). */
    async withIndexLock(fn) {
        const lock = (0,external_node_path_.join)(this.dir, 'index.json.lock');
        const deadline = Date.now() + LOCK_WAIT_MS;
        for (let attempt = 0;; attempt++) {
            try {
                const fh = await (0,promises_.open)(lock, 'wx');
                await fh.writeFile(`${process.pid}\n`);
                await fh.close();
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                const age = await (0,promises_.stat)(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
                if (age > LOCK_STALE_MS)
                    await (0,promises_.rm)(lock, { force: true });
                if (Date.now() > deadline)
                    throw new errors/* ServiceError */._7(`${lock}: held for more than ${LOCK_WAIT_MS / 1000} s; remove it if no modelgate process is running`);
                await layout_sleep(2 + Math.random() * Math.min(50, 2 * attempt));
            }
        }
        try {
            return fn();
        }
        finally {
            (0,external_node_fs_.rmSync)(lock, { force: true });
        }
    }
    async hasBlob(digest) {
        return (0,external_node_fs_.existsSync)(this.blobPath(digest));
    }
    async putBlob(src) {
        this.init();
        const dest = this.blobPath(src.digest);
        if ((0,external_node_fs_.existsSync)(dest) && (0,external_node_fs_.statSync)(dest).size === src.size)
            return { uploaded: 0, mounted: false };
        if (src.bytes) {
            verifyBytes(Buffer.from(src.bytes), src.digest, 'blob');
            (0,files/* writeFileAtomic */.Zf)(dest, src.bytes);
        }
        else if (src.path) {
            await streamVerified((0,external_node_fs_.createReadStream)(src.path, { highWaterMark: 1 << 20 }), dest, src, `blob (from ${src.path})`);
        }
        else
            throw new Error('putBlob: neither bytes nor path');
        return { uploaded: src.size, mounted: false };
    }
    async getBlob(desc) {
        const path = this.blobPath(desc.digest);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* ServiceError */._7(`${this.location}: blob ${desc.digest} is missing`);
        return verifyBytes(await (0,promises_.readFile)(path), desc.digest, `${this.location}: blob`);
    }
    async blobToFile(desc, path) {
        const src = this.blobPath(desc.digest);
        if (!(0,external_node_fs_.existsSync)(src))
            throw new errors/* ServiceError */._7(`${this.location}: blob ${desc.digest} is missing`);
        await streamVerified((0,external_node_fs_.createReadStream)(src, { highWaterMark: 1 << 20 }), path, desc, `${this.location}: blob`);
    }
    async putManifest(bytes, mediaType, tag) {
        const digest = sha256(bytes);
        await this.putBlob({ digest, size: bytes.length, bytes });
        if (tag) {
            const parsed = JSON.parse(bytes.toString('utf8'));
            const entry = { mediaType, digest, size: bytes.length, ...(parsed.artifactType ? { artifactType: parsed.artifactType } : {}), annotations: { [oci_ANN.refName]: tag } };
            await this.withIndexLock(() => {
                const idx = this.readIndex();
                idx.manifests = idx.manifests.filter((m) => m.annotations?.[oci_ANN.refName] !== tag);
                idx.manifests.push(entry);
                (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.dir, 'index.json'), JSON.stringify(idx));
            });
        }
        return digest;
    }
    async getManifest(ref) {
        let desc;
        if (isDigest(ref)) {
            if (!(0,external_node_fs_.existsSync)(this.blobPath(ref)))
                return undefined;
            desc = { digest: ref, mediaType: '' };
        }
        else {
            desc = this.readIndex().manifests.find((m) => m.annotations?.[oci_ANN.refName] === ref);
            if (!desc)
                return undefined;
        }
        const bytes = verifyBytes(await (0,promises_.readFile)(this.blobPath(desc.digest)), desc.digest, `${this.location}: manifest`);
        const mediaType = desc.mediaType || JSON.parse(bytes.toString('utf8')).mediaType || oci_MEDIA.manifest;
        return { bytes, digest: desc.digest, mediaType };
    }
    async deleteTags(tags) {
        const drop = new Set(tags);
        if (!drop.size)
            return;
        await this.withIndexLock(() => {
            const idx = this.readIndex();
            idx.manifests = idx.manifests.filter((m) => !drop.has(m.annotations?.[oci_ANN.refName] ?? ''));
            (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.dir, 'index.json'), JSON.stringify(idx));
        });
    }
    async listTags() {
        return this.readIndex()
            .manifests.map((m) => m.annotations?.[oci_ANN.refName])
            .filter((t) => !!t);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/registry/auth.js
/**
 * Registry authentication as Docker and ORAS do it: send the request, and on a 401 read the
 * WWW-Authenticate challenge. `Basic` means send the username and password; `Bearer
 * realm=..,service=..,scope=..` (ghcr.io, Docker Hub, distribution's `auth: token`) means ask the
 * realm for a token for that scope (with the credentials as Basic, or anonymously) and send it.
 * Tokens are kept per scope set and asked again when a challenge names a scope we do not hold.
 */

/** Parses `Bearer realm="https://a/token",service="reg",scope="repository:x:pull"` (quoted or bare values). */
function parseChallenge(header) {
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
    for (const p of m[2].matchAll(re))
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    return { scheme: m[1].toLowerCase(), params };
}
class Auth {
    creds;
    fetchFn;
    allowPlainRealm;
    header;
    scopes = new Set();
    heldScopes = new Set();
    inflight;
    constructor(creds, fetchFn, allowPlainRealm) {
        this.creds = creds;
        this.fetchFn = fetchFn;
        this.allowPlainRealm = allowPlainRealm;
    }
    get password() {
        return this.creds.token ?? this.creds.password;
    }
    basic() {
        const pw = this.password;
        if (pw === undefined)
            return undefined;
        const user = this.creds.username ?? 'modelgate';
        return 'Basic ' + Buffer.from(`${user}:${pw}`).toString('base64');
    }
    /** The Authorization header to send now, if any. */
    current() {
        return this.header;
    }
    /**
     * Answers a 401. Returns true when there is a new Authorization header worth retrying with,
     * false when there is nothing more to try (then the 401 is the user's to fix).
     */
    async answer(wwwAuthenticate, context, sent) {
        // One token request at a time; a request that was refused with an older header retries with the new one.
        while (this.inflight)
            await this.inflight.catch(() => undefined);
        if (this.header !== undefined && this.header !== sent)
            return true;
        const ch = wwwAuthenticate ? parseChallenge(wwwAuthenticate) : undefined;
        if (!ch)
            return false;
        if (ch.scheme === 'basic') {
            const b = this.basic();
            if (!b || this.header === b)
                return false;
            this.header = b;
            return true;
        }
        if (ch.scheme !== 'bearer' || !ch.params.realm)
            return false;
        const wanted = (ch.params.scope ?? '').split(' ').filter(Boolean);
        // The token we hold was made for these scopes and was still refused: the credentials lack the right.
        if (this.header?.startsWith('Bearer ') && wanted.every((s) => this.heldScopes.has(s)))
            return false;
        for (const s of wanted)
            this.scopes.add(s);
        this.inflight = this.fetchToken(ch, context);
        try {
            await this.inflight;
        }
        finally {
            this.inflight = undefined;
        }
        return true;
    }
    async fetchToken(ch, context) {
        const realm = new URL(ch.params.realm);
        if (realm.protocol !== 'https:' && !this.allowPlainRealm(realm)) {
            throw new errors/* ServiceError */._7(`${context}: the token realm ${realm.origin} is not HTTPS; refusing to send credentials to it (set insecure: true for a test registry)`);
        }
        const scopes = new Set(this.scopes);
        if (ch.params.service)
            realm.searchParams.set('service', ch.params.service);
        for (const s of scopes)
            realm.searchParams.append('scope', s);
        const headers = {};
        const b = this.basic();
        if (b)
            headers.authorization = b;
        const res = await this.fetchFn(realm, { headers });
        if (!res.ok) {
            await res.body?.cancel();
            throw new errors/* ServiceError */._7(`${context}: the token service ${realm.origin}${realm.pathname} answered ${res.status}${res.status === 401 || res.status === 403 ? ': check username/password or token' : ''}`);
        }
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* ServiceError */._7(`${context}: the token service ${realm.origin}${realm.pathname} returned no token`);
        this.header = `Bearer ${token}`;
        this.heldScopes = scopes;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/registry/remote.js
/**
 * An OCI distribution registry over Node's fetch (distribution-spec 1.1): blobs are uploaded after
 * a HEAD says they are missing, monolithically (POST then PUT with the body) or in chunks (PATCH
 * with Content-Range, then PUT), always streamed from disk; cross-repository mount; manifests;
 * paginated tags; the referrers API when the registry has one. 5xx, 429 and dropped connections
 * are retried with backoff; 401 goes through the challenge flow in auth.ts. Plain HTTP only for
 * loopback hosts (as Docker does) or with `insecure`.
 */






const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const isLoopback = (host) => {
    const name = host.replace(/:\d+$/, '');
    return LOOPBACK.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
};
const remote_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class RemoteBackend {
    host;
    repository;
    location;
    base;
    auth;
    fetchFn;
    chunkSize;
    attempts;
    tagPageSize;
    /** Counters for tests and benchmarks. */
    stats = { requests: 0, bytesSent: 0 };
    constructor(host, repository, opts = {}) {
        this.host = host;
        this.repository = repository;
        const plain = opts.insecure || isLoopback(host);
        this.base = `${plain ? 'http' : 'https'}://${host}/v2/${repository}`;
        this.location = `oci://${host}/${repository}`;
        this.fetchFn = opts.fetch ?? fetch;
        this.chunkSize = opts.chunkSize ?? 16 << 20;
        this.attempts = opts.attempts ?? 4;
        this.tagPageSize = opts.tagPageSize ?? 1000;
        this.auth = new Auth(opts.credentials ?? {}, this.fetchFn, (u) => !!opts.insecure || isLoopback(u.host));
    }
    async send(req) {
        const what = `${req.method} ${this.location}${String(req.url).startsWith(this.base) ? String(req.url).slice(this.base.length) : ''}`;
        let challenged = 0;
        for (let attempt = 1;; attempt++) {
            const headers = { ...req.headers };
            const authz = this.auth.current();
            if (authz)
                headers.authorization = authz;
            let res;
            try {
                this.stats.requests++;
                const body = req.body?.();
                res = await this.fetchFn(req.url, { method: req.method, headers, body, redirect: 'follow', ...(body ? { duplex: 'half' } : {}) });
            }
            catch (e) {
                if (attempt < this.attempts) {
                    await remote_sleep(100 * 2 ** attempt);
                    continue;
                }
                throw new errors/* ServiceError */._7(`${what}: ${e.cause?.message ?? e.message}`);
            }
            if (res.status === 401 && challenged < 2 && (await this.auth.answer(res.headers.get('www-authenticate'), what, authz))) {
                await res.body?.cancel();
                challenged++;
                attempt--;
                continue;
            }
            if (req.ok.includes(res.status))
                return res;
            if ((res.status >= 500 || res.status === 429) && attempt < this.attempts) {
                await res.body?.cancel();
                const after = Number(res.headers.get('retry-after'));
                await remote_sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 10) * 1000 : 100 * 2 ** attempt);
                continue;
            }
            throw Object.assign(new errors/* ServiceError */._7(`${what}: ${res.status} ${await errorText(res)}`), { status: res.status });
        }
    }
    url(path, query) {
        const u = new URL(this.base + path);
        for (const [k, v] of Object.entries(query ?? {}))
            u.searchParams.set(k, v);
        return u;
    }
    /** Upload session URLs come back relative or absolute, with state in the query. */
    location_(res) {
        const loc = res.headers.get('location');
        if (!loc)
            throw new errors/* ServiceError */._7(`${this.location}: upload answered without a Location header`);
        return new URL(loc, this.base);
    }
    async hasBlob(digest) {
        const res = await this.send({ method: 'HEAD', url: this.url(`/blobs/${digest}`), ok: [200, 404] });
        return res.status === 200;
    }
    async putBlob(src, opts = {}) {
        let present = false;
        try {
            present = await this.hasBlob(src.digest);
        }
        catch (e) {
            // A registry that keeps answering the existence check with a server error (distribution after
            // a crash mid-upload, on a blob it half wrote) can still take the upload, whose digest it
            // verifies: upload rather than give up.
            if (!(e.status >= 500))
                throw e;
        }
        if (present)
            return { uploaded: 0, mounted: false };
        let session;
        if (opts.mountFrom) {
            const res = await this.send({ method: 'POST', url: this.url('/blobs/uploads/', { mount: src.digest, from: opts.mountFrom }), headers: { 'content-length': '0' }, ok: [201, 202] });
            await res.body?.cancel();
            if (res.status === 201)
                return { uploaded: 0, mounted: true };
            session = this.location_(res);
        }
        else {
            const res = await this.send({ method: 'POST', url: this.url('/blobs/uploads/'), headers: { 'content-length': '0' }, ok: [202] });
            await res.body?.cancel();
            session = this.location_(res);
        }
        const body = (start, end) => {
            if (src.bytes)
                return () => Buffer.from(src.bytes.subarray(start, end));
            // An empty blob is an empty body; a file range is streamed, never read whole.
            if (end === start)
                return () => Buffer.alloc(0);
            // A Node stream is an async iterable, which fetch sends as it reads (no web-stream conversion).
            return () => (0,external_node_fs_.createReadStream)(src.path, { start, end: end - 1, highWaterMark: 1 << 20 });
        };
        if (src.size > this.chunkSize) {
            for (let start = 0; start < src.size; start += this.chunkSize) {
                const end = Math.min(src.size, start + this.chunkSize);
                const res = await this.send({
                    method: 'PATCH',
                    url: session,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(end - start), 'content-range': `${start}-${end - 1}` },
                    body: body(start, end),
                    ok: [202],
                });
                await res.body?.cancel();
                this.stats.bytesSent += end - start;
                session = this.location_(res);
            }
            session.searchParams.set('digest', src.digest);
            const res = await this.send({ method: 'PUT', url: session, headers: { 'content-length': '0' }, ok: [201] });
            await res.body?.cancel();
        }
        else {
            session.searchParams.set('digest', src.digest);
            const res = await this.send({
                method: 'PUT',
                url: session,
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(src.size) },
                body: body(0, src.size),
                ok: [201],
            });
            await res.body?.cancel();
            this.stats.bytesSent += src.size;
        }
        return { uploaded: src.size, mounted: false };
    }
    async getBlobResponse(digest) {
        const res = await this.send({ method: 'GET', url: this.url(`/blobs/${digest}`), ok: [200, 404] });
        if (res.status === 404) {
            await res.body?.cancel();
            throw new errors/* ServiceError */._7(`${this.location}: blob ${digest} is missing`);
        }
        return res;
    }
    async getBlob(desc) {
        if (desc.size > 64 << 20)
            throw new Error(`getBlob: ${desc.digest} is ${desc.size} bytes; stream it with blobToFile`);
        const res = await this.getBlobResponse(desc.digest);
        return verifyBytes(Buffer.from(await res.arrayBuffer()), desc.digest, `${this.location}: blob`);
    }
    async blobToFile(desc, path) {
        const res = await this.getBlobResponse(desc.digest);
        await streamVerified(external_node_stream_.Readable.fromWeb(res.body), path, desc, `${this.location}: blob`);
    }
    async putManifest(bytes, mediaType, tag) {
        const digest = sha256(bytes);
        let res;
        for (let attempt = 1;; attempt++) {
            // distribution 2.8 answers DIGEST_INVALID when two clients PUT the same manifest at once
            // (both write its blob); the bytes are ours and verified, so sending them again is safe.
            res = await this.send({ method: 'PUT', url: this.url(`/manifests/${tag ?? digest}`), headers: { 'content-type': mediaType }, body: () => Buffer.from(bytes), ok: attempt < 4 ? [201, 400] : [201] });
            if (res.status === 201)
                break;
            const text = await res.text();
            if (!text.includes('DIGEST_INVALID'))
                throw new errors/* ServiceError */._7(`PUT ${this.location}/manifests/${tag ?? digest}: 400 ${text.slice(0, 200)}`);
            await remote_sleep(50 * attempt * (0.5 + Math.random()));
        }
        await res.body?.cancel();
        const said = res.headers.get('docker-content-digest');
        if (said && said !== digest)
            throw new errors/* ServiceError */._7(`${this.location}: the registry stored manifest ${tag ?? digest} as ${said}, not ${digest}`);
        return digest;
    }
    async getManifest(ref) {
        const res = await this.send({ method: 'GET', url: this.url(`/manifests/${ref}`), headers: { accept: `${oci_MEDIA.manifest}, ${oci_MEDIA.index}` }, ok: [200, 404] });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        const bytes = Buffer.from(await res.arrayBuffer());
        const said = res.headers.get('docker-content-digest');
        const digest = isDigest(ref) ? ref : (said ?? sha256(bytes));
        verifyBytes(bytes, digest, `${this.location}: manifest ${isDigest(ref) ? '' : ref + ' '}`.trimEnd());
        return { bytes, digest, mediaType: res.headers.get('content-type')?.split(';')[0] ?? oci_MEDIA.manifest };
    }
    async deleteManifest(digest) {
        // 202 deleted; 405 (distribution without storage.delete), 404 or 400 mean it cannot be.
        const res = await this.send({ method: 'DELETE', url: this.url(`/manifests/${digest}`), ok: [202, 200, 400, 404, 405] });
        await res.body?.cancel();
        return res.status === 202 || res.status === 200;
    }
    async listTags() {
        const tags = [];
        let next = this.url('/tags/list', { n: String(this.tagPageSize) });
        for (let page = 0; next && page < 10_000; page++) {
            const res = await this.send({ method: 'GET', url: next, ok: [200, 404] });
            if (res.status === 404) {
                await res.body?.cancel();
                return tags;
            }
            const body = (await res.json());
            tags.push(...(body.tags ?? []));
            // Link: </v2/<name>/tags/list?n=1000&last=x>; rel="next"
            const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(res.headers.get('link') ?? '');
            next = link ? new URL(link[1], this.base) : undefined;
        }
        return tags;
    }
    async referrersApi(digest) {
        const res = await this.send({ method: 'GET', url: this.url(`/referrers/${digest}`), headers: { accept: oci_MEDIA.index }, ok: [200, 404, 400, 405] });
        if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith(oci_MEDIA.index)) {
            await res.body?.cancel();
            return undefined;
        }
        return (await res.json()).manifests ?? [];
    }
}
async function errorText(res) {
    const text = await res.text().catch(() => '');
    try {
        const e = JSON.parse(text).errors?.[0];
        if (e)
            return `${e.code ?? ''} ${e.message ?? ''}`.trim();
    }
    catch {
        // not JSON
    }
    return text.slice(0, 200).replace(/\s+/g, ' ') || res.statusText;
}

;// CONCATENATED MODULE: ./.build/js/src/registry/reference.js
/**
 * Registry references: `oci-layout://<dir>[:<tag>|@<digest>]` (an OCI image layout folder) and
 * `oci://<host>[:port]/<repository>[:<tag>|@<digest>]` (a distribution registry). A `registry`
 * input names the place without the model; the model's `name` is appended as the last path
 * segment (`oci-layout://models` + `churn` = `oci-layout://models/churn`, one layout per model).
 */




const REPO = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Parses a reference; `input` names the input in error messages. */
function reference_parseReference(ref, input = 'registry') {
    const m = /^(oci-layout|oci):\/\/(.+)$/.exec(ref.trim());
    if (!m)
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${ref}' is not a registry reference; use oci-layout://<dir> or oci://<host>/<repository>`);
    let rest = m[2];
    let digest;
    let tag;
    const at = rest.lastIndexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            throw new errors/* ConfigurationError */.j1(`input '${input}': '${digest}' is not a sha256 digest (sha256:<64 hex>)`);
    }
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    // A colon after the last slash starts the tag, except host:port with no repository path after it.
    if (colon > slash && !(m[1] === 'oci' && slash < 0)) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag))
            throw new errors/* ConfigurationError */.j1(`input '${input}': '${tag}' is not a valid tag`);
    }
    rest = rest.replace(/\/+$/, '');
    if (m[1] === 'oci-layout')
        return { kind: 'layout', path: rest, tag, digest };
    const first = rest.indexOf('/');
    const host = first < 0 ? rest : rest.slice(0, first);
    const repository = first < 0 ? '' : rest.slice(first + 1);
    if (!host)
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${ref}' has no host`);
    if (repository && !REPO.test(repository))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${repository}' is not a valid repository name (lowercase letters, digits, . _ - and /)`);
    return { kind: 'remote', path: rest, host, repository, tag, digest };
}
/** `registry` + `name` -> the reference of the model's repository. */
function modelReference(registry, name) {
    const r = reference_parseReference(registry);
    if (r.tag || r.digest)
        throw new errors/* ConfigurationError */.j1(`input 'registry': '${registry}' names a version; give the registry only and the model as 'name'`);
    if (!name)
        return r;
    if (!REPO.test(name))
        throw new errors/* ConfigurationError */.j1(`input 'name': '${name}' must be lowercase letters, digits and . _ - (a repository name)`);
    return reference_parseReference(`${r.kind === 'layout' ? 'oci-layout' : 'oci'}://${r.path ? r.path + '/' : ''}${name}`);
}
function reference_openBackend(ref, conn = {}) {
    if (ref.kind === 'layout')
        return new LayoutBackend(ref.path);
    if (!ref.repository)
        throw new errors/* ConfigurationError */.j1(`'oci://${ref.path}' names no repository; use oci://<host>/<repository>`);
    return new RemoteBackend(ref.host, ref.repository, { credentials: conn.credentials, insecure: conn.insecure });
}
function formatReference(backend, at) {
    return at.digest ? `${backend.location}@${at.digest}` : `${backend.location}:${at.tag}`;
}

;// CONCATENATED MODULE: ./.build/js/src/registry/versions.js
/**
 * Model versions on a Backend: register (blobs, then the manifest, then under the writer lock the
 * history event and the `v<n>` tag, then aliases), resolve, list, show, pull, promote, approve or
 * reject, and the history timeline. Version tags never move; alias tags do; `latest` follows the
 * highest version; `latest` and `v<digits>` cannot be aliases.
 */







const VERSION_TAG = /^v([1-9]\d*)$/;
/** An alias a user may set: a valid tag that is neither reserved nor one of ours. */
function checkAlias(alias, input = 'alias') {
    if (!isTag(alias))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${alias}' is not a valid tag (letters, digits, . _ -, at most 128)`);
    if (alias === 'latest' || /^v\d+$/.test(alias))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${alias}' is reserved (latest and v<digits> are set by register)`);
    if (alias.startsWith(lock_LOCK_PREFIX) || alias.startsWith('sha256-'))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${alias}' is reserved for modelgate's own tags`);
}
const versionNumber = (tag) => {
    const m = VERSION_TAG.exec(tag);
    return m ? Number(m[1]) : undefined;
};
/** Tags a person would care about: versions and aliases, not the lock or referrers fallback tags. */
const isUserTag = (t) => !t.startsWith(LOCK_PREFIX) && !/^sha256-[a-f0-9]{64}$/.test(t);
function annotations(kind, who, extra) {
    const a = { [oci_ANN.created]: (who.now?.() ?? new Date()).toISOString(), [events_EV.type]: kind };
    if (who.actor)
        a[events_EV.actor] = who.actor;
    if (who.runUrl)
        a[events_EV.runUrl] = who.runUrl;
    for (const [k, v] of Object.entries(extra))
        if (v !== undefined)
            a[k] = v;
    return a;
}
async function pool(items, n, fn) {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
        while (next < items.length)
            await fn(items[next++]);
    }));
}
async function register(backend, opts, log) {
    for (const a of opts.aliases)
        checkAlias(a);
    const built = await buildVersion(opts);
    const stats = { bytesUploaded: 0, blobsUploaded: 0, blobsSkipped: 0, blobsMounted: 0 };
    // 1. Blobs (HEAD first: an unchanged file is not sent again).
    await pool(built.blobs, 4, async (b) => {
        const r = await backend.putBlob(b);
        stats.bytesUploaded += r.uploaded;
        if (r.mounted)
            stats.blobsMounted++;
        else if (r.uploaded || b.size === 0)
            stats.blobsUploaded++;
        else
            stats.blobsSkipped++;
    });
    // 2. The manifest, by digest: not reachable by any tag yet.
    const digest = await backend.putManifest(built.bytes, oci_MEDIA.manifest);
    const subject = { mediaType: oci_MEDIA.manifest, digest, size: built.bytes.length };
    // 3. Under the lock: its number (or the one it already has), its history, its tags.
    return lock_withLock(backend, async () => {
        const tags = await backend.listTags();
        const events = await events_versionEvents(backend, digest);
        let version;
        let created = false;
        const claimed = [...events].reverse().find((e) => e.type === 'registered' && e.version)?.version;
        if (claimed) {
            const at = await backend.getManifest(claimed);
            if (at?.digest === digest)
                version = claimed;
            else if (!at) {
                // Interrupted after its history event and before its tag: finish it.
                await backend.putManifest(built.bytes, oci_MEDIA.manifest, claimed);
                version = claimed;
                created = true;
            }
        }
        if (!version) {
            const max = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            version = `v${max + 1}`;
            await events_appendEvent(backend, subject, annotations('registered', opts, { [events_EV.version]: version, [events_EV.status]: opts.status ?? 'pending', [events_EV.dataDigest]: built.config.data?.sha256 }));
            await backend.putManifest(built.bytes, oci_MEDIA.manifest, version);
            created = true;
        }
        else if (opts.status && events_currentStatus(events) !== opts.status) {
            await events_appendEvent(backend, subject, annotations('status', opts, { [events_EV.version]: version, [events_EV.status]: opts.status }));
        }
        if (created) {
            const newest = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            if (versionNumber(version) >= newest)
                await backend.putManifest(built.bytes, oci_MEDIA.manifest, 'latest');
        }
        for (const alias of opts.aliases)
            await moveAlias(backend, alias, subject, built.bytes, version, opts);
        log.info(`${created ? 'registered' : 'already registered'} ${backend.location}:${version} (${digest}); ${stats.blobsUploaded} blob(s) uploaded, ${stats.bytesUploaded} bytes; ${stats.blobsSkipped} already there`);
        return { version, digest, reference: formatReference(backend, { digest }), created, stats };
    });
}
async function moveAlias(backend, alias, subject, bytes, version, who) {
    const at = await backend.getManifest(alias);
    if (at?.digest === subject.digest)
        return false;
    await events_appendEvent(backend, subject, annotations('alias', who, { [events_EV.version]: version, [events_EV.alias]: alias }));
    await backend.putManifest(bytes, oci_MEDIA.manifest, alias);
    return true;
}
/** A version by tag (version or alias; default `latest`) or digest, every digest verified. */
async function versions_resolve(backend, ref = {}) {
    const at = ref.digest ?? ref.tag ?? 'latest';
    const m = await backend.getManifest(at);
    if (!m)
        throw new errors/* ServiceError */._7(`${backend.location}: no version ${at}`);
    const manifest = JSON.parse(m.bytes.toString('utf8'));
    if (manifest.artifactType !== oci_MEDIA.model)
        throw new errors/* ServiceError */._7(`${backend.location}:${at} is not a modelgate model version (artifactType ${manifest.artifactType ?? 'none'})`);
    const config = JSON.parse((await backend.getBlob(manifest.config)).toString('utf8'));
    const events = await events_versionEvents(backend, m.digest);
    const version = ref.tag && versionNumber(ref.tag) ? ref.tag : [...events].reverse().find((e) => e.type === 'registered')?.version;
    return { digest: m.digest, manifest, bytes: m.bytes, config, version };
}
/** Every version, oldest first, with its aliases, status and metrics summary. */
async function versions_listVersions(backend, opts = {}) {
    const tags = (await backend.listTags()).filter(isUserTag);
    let versions = tags.filter((t) => versionNumber(t) !== undefined).sort((a, b) => versionNumber(a) - versionNumber(b));
    if (opts.last)
        versions = versions.slice(-opts.last);
    const aliasDigests = new Map();
    for (const t of tags) {
        if (versionNumber(t) !== undefined)
            continue;
        const m = await backend.getManifest(t);
        if (m)
            aliasDigests.set(m.digest, [...(aliasDigests.get(m.digest) ?? []), t]);
    }
    const out = [];
    for (const v of versions) {
        const r = await versions_resolve(backend, { tag: v });
        const events = await versionEvents(backend, r.digest);
        const reg = events.find((e) => e.type === 'registered' && e.version === v);
        out.push({ version: v, digest: r.digest, aliases: (aliasDigests.get(r.digest) ?? []).sort(), status: currentStatus(events), registeredAt: reg?.at, actor: reg?.actor, metrics: r.config.metrics, dataDigest: r.config.data?.sha256 });
    }
    return out;
}
/** The history of one version, or of every version when no tag or digest is given; oldest first. */
async function versions_history(backend, ref) {
    if (ref.tag || ref.digest) {
        const r = await versions_resolve(backend, ref);
        return (await versionEvents(backend, r.digest)).map((e) => ({ ...e, version: e.version ?? r.version }));
    }
    const all = [];
    for (const t of (await backend.listTags()).filter((x) => versionNumber(x) !== undefined)) {
        const m = await backend.getManifest(t);
        if (m)
            all.push(...(await versionEvents(backend, m.digest)).map((e) => ({ ...e, version: e.version ?? t })));
    }
    return all.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
async function subjectOf(backend, ref) {
    const r = await versions_resolve(backend, ref);
    if (!r.version)
        throw new errors/* ServiceError */._7(`${backend.location}@${r.digest} was never registered as a version here`);
    return { r, subject: { mediaType: oci_MEDIA.manifest, digest: r.digest, size: r.bytes.length }, version: r.version };
}
/** Points `alias` at a version (a tag move) and records who moved it. */
async function promote(backend, ref, alias, who) {
    checkAlias(alias);
    return withLock(backend, async () => {
        const { r, subject, version } = await subjectOf(backend, ref);
        const moved = await moveAlias(backend, alias, subject, r.bytes, version, who);
        return { version, digest: r.digest, moved };
    });
}
/** Appends a status event (approved, rejected, pending). */
async function setStatus(backend, ref, status, who) {
    return withLock(backend, async () => {
        const { r, subject, version } = await subjectOf(backend, ref);
        await appendEvent(backend, subject, annotations('status', who, { [EV.version]: version, [EV.status]: status, [EV.note]: who.note }));
        return { version, digest: r.digest };
    });
}
/** Appends a later evaluation of the version (evaluation.json stored as the event's layer). */
async function addEvaluation(backend, ref, evaluation, who) {
    return withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return appendEvent(backend, subject, annotations('evaluation', who, { [EV.version]: version, [EV.dataDigest]: who.dataDigest }), { bytes: evaluation, mediaType: MEDIA.evaluation, title: 'evaluation.json' });
    });
}
/** Appends a deployment (deploy's deployment.json as the event's layer, its decision and environment as annotations). */
async function addDeployment(backend, ref, deployment, who) {
    return withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return appendEvent(backend, subject, annotations('deployment', who, { [EV.version]: version, [EV.decision]: who.decision, [EV.environment]: who.environment, [EV.note]: who.note }), { bytes: deployment, mediaType: MEDIA.deployment, title: 'deployment.json' });
    });
}
/** Appends a monitor run (monitor-report.json as the event's layer, its finding as an annotation). */
async function addMonitor(backend, ref, report, who) {
    return lock_withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return events_appendEvent(backend, subject, annotations('monitor', who, { [events_EV.version]: version, [events_EV.finding]: who.finding, [events_EV.note]: who.note }), { bytes: report, mediaType: oci_MEDIA.monitorReport, title: 'monitor-report.json' });
    });
}
/** Downloads every titled layer of a version into `dir`, each verified; returns title -> path. */
async function versions_pull(backend, ref, dir, only) {
    const r = await versions_resolve(backend, ref);
    const files = {};
    for (const layer of r.manifest.layers) {
        const title = layer.annotations?.[oci_ANN.title];
        if (!title || (only && !only(layer)))
            continue;
        if (title.includes('/') || title.includes('\\') || title === '.' || title === '..')
            throw new errors/* ServiceError */._7(`${backend.location}@${r.digest}: layer title '${title}' is not a plain file name; refusing to write it`);
        const path = (0,external_node_path_.join)(dir, title);
        await backend.blobToFile(layer, path);
        files[title] = path;
    }
    return { version: r, files };
}
/** A layer of a version by title, in memory (small JSON or markdown layers). */
async function layerText(backend, r, title) {
    const layer = r.manifest.layers.find((l) => l.annotations?.[ANN.title] === title);
    return layer ? (await backend.getBlob(layer)).toString('utf8') : undefined;
}


;// CONCATENATED MODULE: ./.build/js/src/monitor/history.js
/**
 * monitor runs in the version's history: each run appends a `monitor` event (its finding as an
 * annotation, monitor-report.json as the layer) through src/registry, as deploy records its
 * decisions, so `modelgate registry history <ref>` lists them. The earlier runs' reports are read
 * back for the trend.
 */



async function recordMonitor(backend, digest, report, who) {
    const bytes = Buffer.from(JSON.stringify(report, null, 2) + '\n');
    const note = report.reasons.map((r) => r.message).join('; ').slice(0, 1000) || 'nothing found';
    return addMonitor(backend, { digest }, bytes, { ...who, finding: report.finding, note });
}
/** The reports of earlier monitor runs of a version, oldest first (at most `last`). */
async function monitorHistory(backend, digest, last = 20) {
    const events = (await events_versionEvents(backend, digest)).filter((e) => e.type === 'monitor').slice(-last);
    const out = [];
    for (const e of events) {
        const bytes = await eventLayer(backend, e, oci_MEDIA.monitorReport);
        if (!bytes)
            continue;
        try {
            out.push(JSON.parse(bytes.toString('utf8')));
        }
        catch {
            // A layer that is not JSON is not a point of the trend.
        }
    }
    return out;
}

// EXTERNAL MODULE: ./.build/js/src/data/values.js
var values = __webpack_require__(7106);
;// CONCATENATED MODULE: ./.build/js/src/monitor/predictions.js
/**
 * The model's answers recorded in the window (capture files: `prediction` and `p_<class>` columns)
 * and prediction drift against the registered evaluation: the shares of the predicted classes
 * (drift.ts's categorical test: chi-square up to `small-sample` reference rows, else
 * Jensen-Shannon) and the distribution of the score (binary: the positive class's probability;
 * regression: the prediction; drift.ts's numeric test: KS, else Wasserstein). The reference is the
 * evaluation's per-row predictions when stored with it; without them the class shares come from its
 * confusion table and the score is not tested.
 */





const num = (c) => (typeof c === 'number' ? c : typeof c === 'string' && c.trim() !== '' ? Number(c) : NaN);
/** Reads the recorded answers of the window's rows, in the evaluation's class order. */
function windowPredictions(w, ev) {
    const idx = (name) => w.columns.indexOf(name);
    const ri = idx('request_id');
    const pi = idx('prediction');
    const classes = ev?.classes ?? [];
    const keys = classes.map((k) => (0,data_schema/* labelKey */.kJ)(k) ?? k);
    const pc = keys.map((k) => idx(`p_${k}`));
    const n = w.rows.length;
    const task = ev?.task;
    const hasProbabilities = classes.length > 0 && pc.every((i) => i >= 0);
    const score = new Float64Array(n).fill(NaN);
    const proba = new Float64Array(task === 'multiclass' && hasProbabilities ? n * classes.length : 0).fill(NaN);
    const predicted = [];
    const requestIds = [];
    const posIdx = task === 'binary' ? keys.indexOf((0,data_schema/* labelKey */.kJ)(ev.positiveLabel) ?? '') : -1;
    w.rows.forEach((r, i) => {
        const id = ri >= 0 ? r.cells[ri] : null;
        requestIds.push(id === null || id === undefined ? null : String(id));
        const p = pi >= 0 ? (r.cells[pi] ?? null) : null;
        predicted.push(task === 'regression' ? null : (0,data_schema/* labelKey */.kJ)(p));
        if (task === 'regression')
            score[i] = num(p ?? undefined);
        else if (task === 'binary' && hasProbabilities && posIdx >= 0)
            score[i] = num(r.cells[pc[posIdx]]);
        else if (task === 'multiclass' && hasProbabilities)
            for (let j = 0; j < keys.length; j++)
                proba[i * keys.length + j] = num(r.cells[pc[j]]);
        if (task === 'regression' && p !== null && !Number.isFinite(score[i]))
            throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(r.file)}:${r.line}: prediction '${String(p).slice(0, 40)}' is not a number (task regression)`, r.file, r.line);
    });
    return { requestIds, predicted, score, proba, hasPredictions: pi >= 0, hasProbabilities };
}
/** Class shares and score distribution of the window against the registered evaluation. */
function predictionDrift(wp, ev, rows, settings) {
    const out = { reference: null, classes: null, score: null, skipped: [] };
    if (!ev) {
        out.skipped.push('the version holds no evaluation.json: no reference for the predictions');
        return out;
    }
    if (!wp.hasPredictions) {
        out.skipped.push("the data has no 'prediction' column (capture files of modelgate serve have one)");
        return out;
    }
    out.reference = rows ? 'predictions' : 'confusion';
    if (ev.task !== 'regression') {
        const ref = new values/* ColumnValues */.b();
        if (rows)
            for (const p of rows.predicted)
                ref.add(p);
        else {
            const conf = ev.tables?.confusion;
            if (conf)
                ev.classes.forEach((k, j) => ref.categories.set((0,data_schema/* labelKey */.kJ)(k) ?? k, conf.reduce((s, row) => s + (row[j] ?? 0), 0)));
        }
        const cur = new values/* ColumnValues */.b();
        for (const p of wp.predicted)
            if (p !== null)
                cur.add(p);
        if (ref.categoricalCount === 0)
            out.skipped.push('class shares: the evaluation stores neither its predictions nor a confusion table');
        else
            out.classes = exactDrift({ column: 'predicted class', kind: 'categorical', setting: {}, referenceRows: ref.categoricalCount }, ref, cur, settings.smallSample) ?? null;
    }
    if (ev.task === 'binary' || ev.task === 'regression') {
        const what = ev.task === 'binary' ? `score (probability of ${ev.positiveLabel})` : 'prediction';
        if (!rows)
            out.skipped.push(`${what}: the evaluation's per-row predictions are not stored with the version`);
        else if (ev.task === 'binary' && !wp.hasProbabilities)
            out.skipped.push(`${what}: the data has no p_<class> columns`);
        else {
            const ref = new values/* ColumnValues */.b();
            for (const x of rows.score)
                ref.addNumber(x);
            const cur = new values/* ColumnValues */.b();
            for (const x of wp.score)
                if (Number.isFinite(x))
                    cur.addNumber(x);
            out.score = exactDrift({ column: what, kind: 'numeric', setting: {}, referenceRows: rows.score.length }, ref, cur, settings.smallSample) ?? null;
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/js/src/data/infer.js
/**
 * Schema inference from a profile, written for a person to read and edit. It infers what TFDV does
 * (types, nullability, small category sets) and numeric ranges, which TFDV does not, with a margin:
 * held-out rows fall a little outside the observed extremes all the time, and a schema that cries
 * wolf gets switched off. The rules, each stated in the schema's descriptions:
 *
 * - type: integer / number / boolean / string from the values seen; `null` added (nullable) unless
 *   the data is large (NON_NULL_MIN_ROWS, 1000 rows) and the column was never null: a sample without
 *   nulls says little about the next file, while 1000 rows without one bound the null rate below
 *   0.3% (the rule of three at 95%). Remove "null" from a type to require a value.
 * - text in a numeric column (at most 10% of values, see ColumnProfile.textInNumeric): numeric.
 * - range (x-dataset): the observed [min, max] widened by 10% of its span on each side; a column
 *   that never went below 0 keeps 0 as its floor (counts, amounts, durations).
 * - max-null-fraction (x-dataset), for nullable columns: the observed fraction plus three binomial
 *   standard errors plus 0.5 points, so the same source rarely trips it.
 * - enum: for text columns with at most 20 distinct values, each seen at least twice.
 * - format: `date` for dates, `date-time` for timestamps with a zone, `iso-date-time` when some had
 *   none. No time rule is inferred: freshness and gaps are a property of the feed, for a person to set.
 */


const MAX_ENUM = 20;
const RANGE_MARGIN = 0.1;
function nice(x, dir) {
    if (x === 0 || !Number.isFinite(x))
        return x;
    const mag = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 3);
    return (dir === 'down' ? Math.floor(x / mag) : Math.ceil(x / mag)) * mag;
}
function infer_round(x) {
    return Number(x.toPrecision(6));
}
/** Rows from which a column never null is inferred as required to have a value (non-nullable). */
const NON_NULL_MIN_ROWS = 1000;
function inferColumn(col, rows) {
    const nullable = col.nulls > 0 || rows < NON_NULL_MIN_ROWS;
    const withNull = (t) => (nullable ? [t, 'null'] : t);
    const total = col.count + col.nulls;
    const observed = [`${col.count} values`, `${col.nulls} null`];
    const rules = {};
    const property = {};
    switch (col.type) {
        case 'integer':
        case 'number': {
            const { min, max } = col.moments;
            observed.push(`min ${infer_round(min)}`, `max ${infer_round(max)}`);
            property.type = withNull(col.type);
            const margin = (max - min) * RANGE_MARGIN;
            let lo = nice(min - margin, 'down');
            const hi = nice(max + margin, 'up');
            if (min >= 0 && lo < 0)
                lo = 0;
            rules.range = { min: col.type === 'integer' ? Math.floor(lo) : infer_round(lo), max: col.type === 'integer' ? Math.ceil(hi) : infer_round(hi) };
            break;
        }
        case 'boolean':
            property.type = withNull('boolean');
            break;
        case 'date':
        case 'date-time': {
            // Checked by ajv-formats: `date` (RFC 3339 full-date, leap years included), `date-time` (needs a
            // zone), or `iso-date-time` when some timestamps had none (wall-clock time).
            property.type = withNull('string');
            property.format = col.type === 'date' ? 'date' : col.time.naive > 0 ? 'iso-date-time' : 'date-time';
            const t = col.summary().time;
            observed.push(`from ${t.min}`, `to ${t.max}`);
            break;
        }
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
    if (col.nulls > 0 && total > 0) {
        const p = col.nulls / total;
        const bound = Math.min(1, p + 3 * Math.sqrt((p * (1 - p)) / total) + 0.005);
        rules['max-null-fraction'] = Math.ceil(bound * 1000) / 1000;
    }
    const why = col.nulls > 0 ? '' : nullable ? `; nullable: no null seen, but under ${NON_NULL_MIN_ROWS} rows` : `; not nullable: no null in ${rows} rows`;
    property.description = `inferred from ${rows} rows: ${observed.join(', ')}${why}`;
    return { property, rules: Object.keys(rules).length ? rules : undefined };
}
function infer_inferSchema(profile, source) {
    const properties = (0,objects/* dict */.j)();
    const columns = (0,objects/* dict */.j)();
    for (const col of profile.columns) {
        const { property, rules } = inferColumn(col, profile.rows);
        properties[col.name] = property;
        if (rules)
            columns[col.name] = rules;
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: `rows of ${source}`,
        description: `Inferred by modelgate validate-data --infer-schema from ${profile.rows} rows. Columns are nullable (type [..., "null"]) unless ` +
            `the data had at least ${NON_NULL_MIN_ROWS} rows and the column no null; remove "null" from a type to require a value, add it to allow none.`,
        type: 'object',
        properties,
        required: profile.columns.map((c) => c.name),
        'x-dataset': { columns },
    };
}
/** YAML for .yml/.yaml paths (with a header comment), JSON otherwise. */
function infer_renderSchema(schema, path) {
    if (/\.ya?ml$/i.test(path)) {
        return ('# Inferred by `modelgate validate-data --infer-schema`. Review and edit it: ranges carry a 10% margin,\n' +
            '# categories list what was seen. JSON Schema draft 2020-12 for one row, plus dataset rules in x-dataset.\n' +
            `# Nullability: a column is nullable (type [..., "null"]) unless the data had at least ${NON_NULL_MIN_ROWS} rows and the\n` +
            '# column never was null. To require a value, remove "null" from its type (and from its enum); to allow none, add it.\n' +
            stringify(schema, { lineWidth: 0 }));
    }
    return JSON.stringify(schema, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/quality.js
/**
 * Data quality of the window against the version's schema: the schema registered with it (register's
 * `schema` input), else one inferred from its training profile as `validate-data --infer-schema`
 * would. Only the model's features are checked: the schema is narrowed to them (the label and
 * columns the data adds, such as capture's request_id, are not required; `min-rows` is dropped, a
 * window may be small), written to a temp file and loaded by validate-data's loader, so the rows
 * are checked by the same code as a dataset.
 */







function qualitySchema(profile, registered, features) {
    const full = registered ? (0,files/* parseYamlOrJson */.oL)((0,external_node_fs_.readFileSync)(registered, 'utf8'), registered) : infer_inferSchema(profile, 'the training profile');
    const keep = new Set(features);
    const properties = (0,objects/* dict */.j)();
    for (const f of features) {
        const p = (0,objects/* own */.Z)(full.properties, f);
        if (p)
            properties[f] = p;
    }
    const columns = (0,objects/* dict */.j)();
    for (const f of features) {
        const c = (0,objects/* own */.Z)(full['x-dataset']?.columns, f);
        if (c)
            columns[f] = c;
    }
    // Columns the data adds (capture's request_id, prediction, ...) are allowed; min-rows is dropped.
    const narrowed = { ...full, properties, required: (full.required ?? []).filter((c) => keep.has(c)), 'x-dataset': { columns } };
    delete narrowed.additionalProperties;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'modelgate-monitor-schema-'));
    const path = (0,external_node_path_.join)(dir, 'schema.json');
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(narrowed));
    return { source: registered ? 'registered' : 'inferred', schema: (0,data_schema/* loadSchema */.e$)(path) };
}

// EXTERNAL MODULE: ./.build/js/src/lib/young-generation.js + 2 modules
var young_generation = __webpack_require__(5452);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/chunks.js
var chunks = __webpack_require__(2548);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/parquet-chunks.js
var parquet_chunks = __webpack_require__(5679);
// EXTERNAL MODULE: ./.build/js/src/lib/self-worker.js
var self_worker = __webpack_require__(8470);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/worker.js + 1 modules
var worker = __webpack_require__(3266);
;// CONCATENATED MODULE: ./.build/js/src/data/parallel/early.js
/**
 * The parallel pass's worker threads, and starting them early. validate-data starts them as soon as
 * it knows the pass will most likely be split (one CSV/TSV or Parquet file larger than a chunk,
 * more than one worker), before it loads the schema, reads the header and plans the cuts: a
 * thread's start-up (loading the program again, ~100-150 ms of one core) then overlaps the main
 * thread's own instead of following it, and the thread takes its first chunk sooner. The pass takes
 * them in place of new ones; whoever started them stops the ones left, on every path.
 */






const early_defaultWorkers = () => availableParallelism();
const WORKER_OLD_GENERATION_MB = 96;
/**
 * V8's young generation per worker, in MB (its default on this machine's memory is 48): the pass
 * allocates a little per row and keeps little, so a small nursery is collected often and cheaply;
 * with 8, two workers' peak RSS on the bench's 1M-row CSV went from 235-251 MB to 202-216 MB, at
 * the same wall time within the noise (bench/RESULTS.md).
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/**
 * The worker thread: the running bundle started again (its entry serves chunks when it sees the
 * worker flag), or, from the TypeScript sources (tests), worker-entry.ts under tsx's loader.
 */
function early_startWorker() {
    // A worker's live data is one chunk's text and its sketches; a capped old generation makes V8
    // collect instead of growing the heap over a long file, and a small young generation keeps each
    // worker's nursery from adding tens of MB to the peak (a worker that runs out falls back to
    // one pass, see runWorkers).
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    // From the sources, import.meta.url ends in .ts and the worker runs worker-entry.ts under tsx.
    const entry = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.ts' : './worker-entry.js', import.meta.url);
    return startSelfWorker(WORKER_FLAG, entry, { resourceLimits });
}
/**
 * Starts the worker threads a pass over `files` will most likely use: for one CSV/TSV file (not
 * gzip) or one Parquet file larger than a chunk, one fewer than the chunks or workers (the main
 * thread is one of them). Undefined when none: one worker, several
 * files, a shard, a file that is missing or small. A guess, never a decision: the pass decides as
 * before and starts or leaves unused what it needs; nothing depends on which thread runs a chunk.
 */
function early_startEarly(input) {
    const workers = Math.max(1, Math.floor(input.workers ?? early_defaultWorkers()));
    if (workers < 2 || input.files.length !== 1 || input.shard || input.keepValues)
        return undefined;
    const file = input.files[0];
    let format;
    let size;
    try {
        format = detectFormat(file, input.format);
        const st = statSync(file);
        if (!st.isFile())
            return undefined;
        size = st.size;
    }
    catch {
        return undefined; // the pass reports it
    }
    const chunkBytes = input.chunkBytes ?? CHUNK_BYTES;
    if (size <= chunkBytes)
        return undefined;
    const chunks = Math.ceil(size / chunkBytes);
    const text = (format === 'csv' || format === 'tsv') && !file.toLowerCase().endsWith('.gz');
    if (format !== 'parquet' && !text)
        return undefined;
    // The main thread is one of the threads.
    const n = Math.min(workers, chunks) - 1;
    const idle = [];
    for (let i = 0; i < n; i++) {
        const w = (input.start ?? early_startWorker)();
        idle.push(w);
        // A worker that fails before it is taken is not used: the pass starts another in its place,
        // whose failure, if it fails the same way, the pass reports (its listeners come when it is taken).
        const drop = () => {
            const k = idle.indexOf(w);
            if (k >= 0)
                idle.splice(k, 1);
        };
        w.on('error', drop);
        w.on('exit', drop);
    }
    return {
        take: () => idle.shift(),
        stop: async () => {
            await Promise.all(idle.splice(0).map((w) => w.terminate()));
        },
    };
}

;// CONCATENATED MODULE: ./.build/js/src/data/parallel/pass.js
/**
 * validate-data's pass over one dataset on several cores: the file is cut into chunks at record
 * boundaries (chunks.ts) or of row groups (parquet-chunks.ts), the main thread and worker threads
 * profile and validate chunks (see runWorkers), and the main thread merges their states in chunk order (profiles, violations, range and category rule states), then judges
 * the dataset rules once. The result is the same, byte for byte, for any number of workers: one
 * worker runs the same chunks in the main thread.
 *
 * Only a single uncompressed CSV/TSV file larger than one chunk, or a single Parquet file of more
 * than one chunk of row groups (parquet-chunks.ts), is split. Everything else reads in one
 * sequential pass (scan), as do inputs the split can not serve exactly: exact drift tests
 * (they keep every value), `unique` rules (a repeat's message names the row of the first
 * occurrence anywhere in the file), a cut that falls inside a quoted field, bytes that are not
 * UTF-8, or any error in a chunk (the sequential pass then reports it with its true line).
 */












/** True for inputs that are never split: several files, a shard, gzip, JSON Lines, Parquet. */
function oneFileOfText(opts) {
    if (opts.files.length !== 1 || opts.shard)
        return false;
    const format = detectFormat(opts.files[0], opts.format);
    return (format === 'csv' || format === 'tsv') && !opts.files[0].toLowerCase().endsWith('.gz');
}
/** Why a large CSV/TSV file can not be split exactly, or null when it can. */
function notSplittable(opts) {
    if (opts.keepValues)
        return 'exact drift tests keep every value (one pass)';
    if (Object.values(opts.schema?.rules.columns ?? {}).some((r) => r.unique))
        return 'a unique rule needs one pass';
    return null;
}
/**
 * This thread's young generation during the pass, in MB: twice a worker's (it merges their
 * results too). Unbounded, Node 24's grew to 128 MB on the bench's 10M-row files (see
 * young-generation.ts and bench/RESULTS.md); scan() and the Parquet reader tick it.
 */
const MAIN_YOUNG_GENERATION_MB = 16;
/** This thread's garbage budget during the pass, in MB (see young-generation.ts). */
const MAIN_GARBAGE_MB = 16;
/** Like scan(), on `workers` threads when the input can be split (same result either way). */
async function pass_scanParallel(opts, par = {}) {
    armYoungGeneration(MAIN_YOUNG_GENERATION_MB, MAIN_GARBAGE_MB);
    try {
        return await scanSplit(opts, par);
    }
    finally {
        releaseYoungGeneration();
    }
}
async function scanSplit(opts, par) {
    // One time for every chunk's freshness and not-future rules.
    opts = { ...opts, asOf: opts.asOf ?? Date.now() };
    const workers = Math.max(1, Math.floor(par.workers ?? defaultWorkers()));
    // One sequential pass, with the same progress line; early workers are not needed.
    const sequential = async () => {
        await par.early?.stop();
        return scan(par.onProgress ? { ...opts, onProgress: par.onProgress } : opts);
    };
    const fallback = (reason) => {
        if (workers > 1)
            par.onFallback?.(reason);
        return sequential();
    };
    // Inputs that are never split, and files of one chunk, are read as always, without a word.
    if (oneParquetFile(opts))
        return scanParquetParallel(opts, par, workers, fallback);
    if (!oneFileOfText(opts))
        return sequential();
    const file = opts.files[0];
    let size;
    try {
        size = statSync(file).size;
    }
    catch {
        return sequential(); // scan reports the missing file
    }
    const chunkBytes = par.chunkBytes ?? CHUNK_BYTES;
    if (size <= chunkBytes)
        return sequential();
    const why = notSplittable(opts);
    if (why)
        return fallback(why);
    const format = detectFormat(file, opts.format);
    const delimiter = format === 'tsv' ? '\t' : ',';
    const head = readHeader(file, size, delimiter);
    if (!head || head.some((n) => n.trim() === '') || new Set(head).size !== head.length || head.some((n) => n.includes('\0')))
        return fallback('the header needs the sequential reader');
    if (readFirstBytes(file).includes(0))
        return fallback('the file does not look like text');
    const cuts = planCuts(file, size, chunkBytes);
    if (cuts.length < 2)
        return sequential();
    const tasks = cuts.map((start, index) => ({
        index,
        file,
        start,
        end: cuts[index + 1] ?? size,
        last: index === cuts.length - 1,
        delimiter,
        format,
        header: head,
        schemaPath: par.schemaPath,
        maxSamples: opts.maxSamples,
        naValues: opts.naValues,
        asOf: opts.asOf,
    }));
    return runTasks(tasks, opts, par, workers, size, fallback);
}
/** The chunks on `workers` threads (1: in this thread), merged in order; the fallback's result if any chunk fails. */
async function runTasks(tasks, opts, par, workers, size, fallback) {
    const merger = new Merger(opts, tasks[0].file, size, par.onProgress);
    const n = Math.min(workers, tasks.length);
    // This thread runs chunks next to n - 1 worker threads, Parquet's too: on the bench's 1M-row
    // Parquet file at 2 workers, 1.54-1.70 s and 2.6-2.9 s of CPU against 1.75-1.99 s and 3.0-3.4 s
    // on two worker threads (one isolate fewer to start and warm up), for 210-241 MB of peak RSS
    // against 200-223 MB (this thread's young generation is not capped like a worker's).
    par.onSplit?.(tasks.length, n);
    let failed;
    if (n === 1) {
        await par.early?.stop();
        failed = await runHere(tasks, opts, merger);
    }
    else {
        const running = runWorkers(tasks, n, opts, merger, () => par.early?.take() ?? startWorker(), par.idle);
        // The pool has started (taken) all its workers before its first await: early ones left over are not needed.
        const stopped = par.early?.stop();
        try {
            failed = await running;
        }
        finally {
            await stopped;
        }
    }
    if (failed)
        return fallback(failed);
    return merger.finish();
}
/** True for one Parquet file without a shard (split by row groups). */
function oneParquetFile(opts) {
    return opts.files.length === 1 && !opts.shard && detectFormat(opts.files[0], opts.format) === 'parquet';
}
/** scanParallel for one Parquet file: chunks of whole row groups. */
async function scanParquetParallel(opts, par, workers, fallback) {
    const file = opts.files[0];
    const alone = async () => {
        await par.early?.stop();
        return scan(opts);
    };
    let size;
    try {
        size = statSync(file).size;
    }
    catch {
        return alone(); // scan reports the missing file
    }
    const plan = await planParquet(file, par.chunkBytes ?? CHUNK_BYTES);
    if (!plan || plan.chunks.length < 2)
        return alone();
    const why = notSplittable(opts);
    if (why)
        return fallback(why);
    // The footer and page headers count as the last chunk's bytes, so that progress ends at 100%.
    plan.chunks[plan.chunks.length - 1].end = size;
    const tasks = plan.chunks.map((c, index) => ({
        index,
        file,
        format: 'parquet',
        ...c,
        header: plan.header,
        schemaPath: par.schemaPath,
        maxSamples: opts.maxSamples,
        asOf: opts.asOf,
    }));
    return runTasks(tasks, opts, par, workers, size, fallback);
}
function readFirstBytes(file) {
    const buf = Buffer.alloc(Math.min(statSync(file).size, 64 * 1024));
    const fd = openSync(file, 'r');
    try {
        readSync(fd, buf, 0, buf.length, 0);
    }
    finally {
        closeSync(fd);
    }
    return buf;
}
/** One chunk in this thread; an exception is a failed result (its first line the reason). */
async function runHereOne(t, schema) {
    try {
        return await runTask(t, schema);
    }
    catch (e) {
        return { index: t.index, ok: false, reason: e.message.split('\n')[0] };
    }
}
/** The chunks one after another in this thread. Returns why the split failed, or null. */
async function runHere(tasks, opts, merger) {
    for (const t of tasks) {
        const r = await runHereOne(t, opts.schema);
        if (!r.ok)
            return r.reason;
        merger.add(r, t);
    }
    return null;
}
/**
 * The chunks on `n` threads, each given its next chunk when it returns one, results merged in
 * chunk order (ordered-pool.ts): this thread (warm, its schema compiled, it starts at once while
 * a worker thread first loads the program) and `n` - 1 worker threads. Returns why the split
 * failed, or null.
 */
async function runWorkers(tasks, n, opts, merger, start, idle) {
    const take = (r, i) => {
        if (!r.ok)
            return r.reason;
        try {
            merger.add(r, tasks[i]);
        }
        catch (e) {
            return e.message.split('\n')[0];
        }
        return null;
    };
    return runOrdered(tasks, n - 1, start, take, { here: (t) => runHereOne(t, opts.schema), idle, steal: true });
}
/** Merges chunk results in order into the result of one pass. */
class Merger {
    opts;
    file;
    size;
    onProgress;
    profile = null;
    violations;
    rules;
    text = [];
    rows = 0;
    lines = 0;
    bytesDone = 0;
    constructor(opts, file, size, onProgress) {
        this.opts = opts;
        this.file = file;
        this.size = size;
        this.onProgress = onProgress;
        this.violations = new Violations(opts.maxSamples);
        this.rules = [];
    }
    add(r, task) {
        const rowOff = this.rows;
        const lineOff = this.lines;
        const shift = (s) => ({ ...s, row: s.row === null ? null : s.row + rowOff, line: s.line === null ? null : s.line + lineOff });
        const p = Profile.fromWire(r.profile);
        if (this.profile === null) {
            this.profile = p;
            this.rules = task.header.map((name) => {
                const rules = this.opts.schema?.rules.columns?.[name];
                return rules ? new RuleState(name, rules, this.opts.asOf, this.opts.maxSamples) : undefined;
            });
        }
        else {
            p.sources.length = 0;
            this.profile.merge(p, this.file);
            Profile.recycleWire(r.profile); // merged: p is done with
        }
        const v = this.violations;
        v.count += r.violations.count;
        for (const [rule, k] of Object.entries(r.violations.byRule))
            v.byRule[rule] = (v.byRule[rule] ?? 0) + k;
        for (const s of r.violations.samples)
            if (v.samples.length < v.maxSamples)
                v.samples.push(shift(s));
        r.rules.forEach((c, i) => {
            const mine = this.rules[i];
            if (!c || !mine)
                return;
            mine.outside += c.outside;
            mine.unexpected += c.unexpected;
            for (const s of c.outsideSamples)
                if (mine.outsideSamples.length < this.opts.maxSamples)
                    mine.outsideSamples.push(shift(s));
            for (const s of c.unexpectedSamples)
                if (mine.unexpectedSamples.length < this.opts.maxSamples)
                    mine.unexpectedSamples.push(shift(s));
            if (c.time && mine.time)
                mine.time.merge(c.time, shift, rowOff, lineOff);
        });
        r.text.forEach((t, i) => {
            if (!t)
                return;
            const mine = (this.text[i] ??= []);
            for (const s of t)
                if (mine.length < this.opts.maxSamples)
                    mine.push(shift(s));
        });
        this.rows += r.rows;
        this.lines += r.lines;
        this.bytesDone += task.end - task.start;
        this.onProgress?.(this.bytesDone, this.size, this.rows);
    }
    finish() {
        const profile = this.profile;
        textViolations(profile, this.text, this.violations);
        if (this.opts.schema)
            datasetRules(this.opts.schema, profile, this.rules, this.violations);
        return { profile, violations: this.violations, rowsRead: this.rows, format: detectFormat(this.file, this.opts.format), bytes: this.size };
    }
}

;// CONCATENATED MODULE: ./.build/js/src/fairness/audit.js
/**
 * The fairness section of evaluate-model: per sensitive feature (a column, or the intersection of
 * two written `a*b`), the groups with their rates and intervals, and the measures across groups
 * with bootstrap intervals and the groups that set them. Pure: takes per-row labels, predictions
 * and group values, returns data for evaluation.json.
 */





/** The group that collects values with fewer than min-slice-rows rows (as slices do). */
const OTHER = '(other)';
/** Separator of the two values of an intersection group. */
const JOIN = ' & ';
/** The random stream of fairness intervals (metrics use 0 and 1; see metrics/intervals.ts). */
const STREAM_FAIRNESS = 7;
const METHODS = {
    groups: 'Wilson score interval per group rate',
    measures: "percentile bootstrap within groups (each group's confusion cells redrawn Multinomial(n_g, cells_g / n_g), group sizes fixed)",
};
/** A `sensitive` entry: `sex`, or `sex*race` for the intersection of two columns. */
function audit_parseSensitive(entries) {
    return entries.map((name) => {
        const columns = name.split('*').map((c) => c.trim());
        if (columns.length > 2 || columns.some((c) => c === ''))
            throw new ConfigurationError(`input 'sensitive': '${name}' is not a column or the intersection of two columns written a*b`);
        return { name: columns.join('*'), columns };
    });
}
/** The columns `sensitive` reads, each once. */
function sensitiveColumns(entries) {
    return [...new Set(audit_parseSensitive(entries).flatMap((e) => e.columns))];
}
/** A row's value of a feature: the column's value, or the two values joined. */
function audit_featureValue(parts) {
    return parts.join(JOIN);
}
/**
 * Groups rows by value: values with fewer than `minRows` rows are pooled into "(other)"; "(other)"
 * itself is a group only when it reaches `minRows`. Groups are ordered by size, then by name.
 */
function groupRows(values, minRows) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    const kept = [...counts].filter(([, n]) => n >= minRows);
    const pooled = [...counts].filter(([, n]) => n < minRows).map(([v]) => v).sort();
    const otherRows = pooled.reduce((a, v) => a + counts.get(v), 0);
    if (pooled.length && otherRows >= minRows)
        kept.push([OTHER, otherRows]);
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return audit_assign(values, kept.map(([v]) => v), pooled);
}
/** Group ids of rows against known groups and pooled values (the paired tests reuse an evaluation's groups). */
function audit_assign(values, names, pooled) {
    const index = new Map(names.map((v, i) => [v, i]));
    const other = index.get(OTHER);
    const inPool = new Set(pooled);
    const ids = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const id = inPool.has(v) ? other : index.get(v);
        ids[i] = id ?? -1;
    }
    return { ids, names, pooled };
}
/** Confusion cells per group, group-major [tn, fp, fn, tp]: label y (0/1) against prediction. */
function groupCells(ids, groups, y, predicted) {
    const cells = new Float64Array(4 * groups);
    for (let i = 0; i < ids.length; i++) {
        const g = ids[i];
        if (g >= 0)
            cells[4 * g + 2 * y[i] + predicted(i)]++;
    }
    return cells;
}
const finite = (x) => (Number.isFinite(x) ? x : null);
function audit(input) {
    const z = criticalValue(input.confidence);
    const rng = createRng(input.seed, STREAM_FAIRNESS);
    const features = input.features.map((f) => {
        const grouping = groupRows(f.values, input.minGroupRows);
        const G = grouping.names.length;
        const cells = groupCells(grouping.ids, G, input.y, (i) => (input.score[i] >= input.threshold ? 1 : 0));
        const notes = [];
        if (grouping.pooled.length) {
            const shown = grouping.pooled.slice(0, 10).join(', ') + (grouping.pooled.length > 10 ? `, and ${grouping.pooled.length - 10} more` : '');
            notes.push(grouping.names.includes(OTHER) ? `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) pooled into ${OTHER}: ${shown}` : `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) left out (pooled they still number fewer): ${shown}`);
        }
        const groups = grouping.names.map((value, g) => {
            const r = groupRates(cells, 4 * g);
            const c = cells.subarray(4 * g, 4 * g + 4);
            const [tn, fp, fn, tp] = [c[0], c[1], c[2], c[3]];
            const rate = (x, k, n) => ({ value: finite(x), ci: n > 0 ? wilsonInterval(k, n, z) : null });
            return {
                value,
                rows: r.rows,
                positives: fn + tp,
                selectionRate: rate(r.selectionRate, tp + fp, r.rows),
                truePositiveRate: rate(r.truePositiveRate, tp, tp + fn),
                falsePositiveRate: rate(r.falsePositiveRate, fp, fp + tn),
                precision: rate(r.precision, tp, tp + fp),
                accuracy: rate(r.accuracy, tp + tn, r.rows),
            };
        });
        for (const g of groups) {
            if (g.truePositiveRate.value === null)
                notes.push(`group ${g.value} has no positive labels: its true positive rate is undefined and it is left out of the measures built on it`);
            if (g.falsePositiveRate.value === null)
                notes.push(`group ${g.value} has no negative labels: its false positive rate is undefined and it is left out of the measures built on it`);
        }
        const point = measuresOf(cells, G);
        const cis = G >= 2 ? measureIntervals(cells, G, rng, input.resamples, input.confidence) : MEASURES.map(() => null);
        if (G < 2)
            notes.push(`${G} group(s) with at least min-slice-rows (${input.minGroupRows}) rows: the measures across groups need two`);
        const measures = Object.fromEntries(MEASURES.map((m, i) => {
            const p = point[m];
            const value = finite(p.value);
            return [m, { value, ci: value === null ? null : cis[i], groups: value === null ? null : [grouping.names[p.groups[0]], grouping.names[p.groups[1]]], rate: p.rate }];
        }));
        const di = measures.disparate_impact_ratio.value;
        return { name: f.name, columns: f.columns, groups, pooled: grouping.pooled, measures, fourFifths: di === null ? null : di >= 0.8, notes };
    });
    return { confidence: input.confidence, resamples: input.resamples, seed: input.seed, minGroupRows: input.minGroupRows, methods: METHODS, features };
}

;// CONCATENATED MODULE: ./.build/js/src/fairness/pretraining.js
/**
 * SageMaker Clarify's pre-training bias measures on the labels, before any model: for each value d
 * of a sensitive column (the facet d) against all other rows (the facet a):
 *
 * - class imbalance CI = (n_a - n_d) / (n_a + n_d), in [-1, 1]; near 1: group d is rare in the data.
 *   Its interval is the Wilson interval of the share p_d = n_d / n carried through CI = 1 - 2·p_d.
 * - difference in positive proportions DPL = q_a - q_d, where q is the share of positive labels;
 *   positive: group d gets the positive label less often. Newcombe's hybrid score interval for a
 *   difference of two independent proportions (statsmodels' confint_proportions_2indep(method =
 *   "newcomb")), from the two Wilson intervals.
 */


/** Newcombe's interval (method 10) of p1 - p2 for x1 of n1 and x2 of n2. */
function newcombeInterval(x1, n1, x2, n2, z) {
    const a = wilsonInterval(x1, n1, z);
    const b = wilsonInterval(x2, n2, z);
    if (!a || !b)
        return null;
    const p1 = x1 / n1;
    const p2 = x2 / n2;
    const d = p1 - p2;
    return [d - Math.sqrt((p1 - a[0]) ** 2 + (b[1] - p2) ** 2), d + Math.sqrt((a[1] - p1) ** 2 + (p2 - b[0]) ** 2)];
}
/** Per value: rows and positive labels; the measures of each value against the rest. */
function pretraining_pretrainingMeasures(counts, confidence) {
    const z = criticalValue(confidence);
    let n = 0;
    let pos = 0;
    for (const c of counts.values()) {
        n += c.rows;
        pos += c.positives;
    }
    return [...counts]
        .sort((x, y) => y[1].rows - x[1].rows || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
        .map(([value, c]) => {
        const na = n - c.rows;
        const share = wilsonInterval(c.rows, n, z);
        return {
            value,
            rows: c.rows,
            positives: c.positives,
            classImbalance: { value: (na - c.rows) / n, ci: share ? [1 - 2 * share[1], 1 - 2 * share[0]] : null },
            positiveProportionDifference: na > 0 && c.rows > 0 ? { value: (pos - c.positives) / na - c.positives / c.rows, ci: newcombeInterval(pos - c.positives, na, c.positives, c.rows, z) } : { value: null, ci: null },
        };
    });
}

;// CONCATENATED MODULE: ./.build/js/src/fairness/labels.js
/**
 * validate-data's `sensitive`: one pass over the data that counts, per sensitive feature value, the
 * rows and the rows with the positive label, then Clarify's pre-training measures
 * (fairness/pretraining.ts). Only the label and the sensitive columns are read.
 */






const LABEL_BIAS_METHOD = "per value d against the other rows a: class imbalance (n_a - n_d) / n with the Wilson interval of n_d / n; difference in positive proportions q_a - q_d with Newcombe's hybrid score interval (SageMaker Clarify's CI and DPL)";
async function labels_labelBias(config) {
    const features = parseSensitive(config.sensitive);
    // Per feature: value -> label key -> rows.
    const counts = features.map(() => new Map());
    let at = [];
    let labelAt = -1;
    let file = config.files[0];
    let unlabeled = 0;
    const na = new Set(config.naValues ?? []);
    await readRows(config.files, {
        beginFile(path) {
            file = path;
        },
        header(columns) {
            labelAt = columns.indexOf(config.label);
            if (labelAt < 0)
                throw new ConfigurationError(`input 'label': no column '${config.label}' in ${file} (columns: ${showColumns(columns)})`);
            at = features.map((f) => f.columns.map((c) => {
                const i = columns.indexOf(c);
                if (i < 0)
                    throw new ConfigurationError(`input 'sensitive': no column '${c}' in ${file} (columns: ${showColumns(columns)})`);
                return i;
            }));
        },
        row(cells) {
            const raw = cells[labelAt] ?? null;
            const key = typeof raw === 'string' && na.has(raw) ? null : labelKey(raw);
            if (key === null) {
                unlabeled++;
                return;
            }
            features.forEach((_, k) => {
                const value = featureValue(at[k].map((i) => (cells[i] === null || cells[i] === undefined || (typeof cells[i] === 'string' && na.has(cells[i])) ? '(missing)' : String(cells[i]))));
                let byLabel = counts[k].get(value);
                if (!byLabel)
                    counts[k].set(value, (byLabel = new Map()));
                byLabel.set(key, (byLabel.get(key) ?? 0) + 1);
            });
        },
        bad(line, message) {
            throw new DataError(`${file}:${line}: ${message}`, file, line);
        },
    }, { format: config.format, shard: config.shard });
    const labels = new Set();
    for (const m of counts[0]?.values() ?? [])
        for (const l of m.keys())
            labels.add(l);
    const positive = positiveOf(labels, config);
    return {
        label: config.label,
        positiveLabel: positive,
        confidence: config.confidence,
        unlabeled,
        method: LABEL_BIAS_METHOD,
        features: features.map((f, k) => {
            const byValue = new Map([...counts[k]].map(([v, m]) => [v, { rows: [...m.values()].reduce((a, b) => a + b, 0), positives: m.get(positive) ?? 0 }]));
            return { name: f.name, columns: f.columns, groups: pretrainingMeasures(byValue, config.confidence) };
        }),
    };
}
/** The positive label: `positive-label`, else 1 for 0/1 labels, else the larger of two in sorted order (scikit-learn's classes_[1]). */
function positiveOf(labels, config) {
    if (config.positiveLabel !== undefined) {
        const key = labelKey(config.positiveLabel);
        if (!labels.has(key))
            throw new ConfigurationError(`input 'positive-label': '${config.positiveLabel}' is not a label of column '${config.label}' (labels: ${[...labels].slice(0, 10).join(', ')})`);
        return key;
    }
    const sorted = [...labels].every((x) => Number.isFinite(Number(x))) ? [...labels].sort((a, b) => Number(a) - Number(b)) : [...labels].sort();
    if (sorted.length !== 2)
        throw new ConfigurationError(`input 'sensitive': the pre-training measures need a yes/no label; column '${config.label}' has ${sorted.length} labels (${sorted.slice(0, 10).join(', ')}); set 'positive-label' to count one of them as the positive outcome`);
    return sorted[1];
}

;// CONCATENATED MODULE: ./.build/js/src/data/validate.js
/**
 * validate-data: schema, profile and drift in one streaming pass over the data (plus one over a
 * reference dataset when drift is tested exactly). Outputs are written only after everything was
 * computed, each to a temp name renamed into place, so an unreadable input leaves nothing behind.
 */














/** Confidence of the pre-training bias intervals. */
const BIAS_CONFIDENCE = 0.95;
async function expandAll(patterns) {
    const files = [];
    for (const p of patterns)
        files.push(...(await expandDataGlob(p)));
    return [...new Set(files)];
}
/** The JSON of a profile file; a file that is not JSON is reported as truncated or corrupt. */
function readProfileJson(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(path)}: cannot read the profile (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : e.message.split('\n')[0]})`, path);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const what = text.trim() === '' ? 'empty' : 'not valid JSON, truncated or corrupt';
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(path)}: the profile is ${what} (${e.message.split('\n')[0]}); write it again with validate-data --profile`, path);
    }
}
/** A profile.json file: validated against its JSON Schema before use. */
function loadProfile(path) {
    const json = readProfileJson(path);
    validate_assertArtifact('profile', json, path);
    return profile/* Profile */.WV.fromJSON(json);
}
/** A .json reference is a profile (JSON is no data format): unreadable or another artifact is an error, not a guess. */
function isProfileFile(path) {
    if (!/\.json$/i.test(path) || !existsSync(path))
        return false;
    const kind = readProfileJson(path)?.kind;
    if (kind !== 'profile')
        throw new DataError(`${showPath(path)}: a .json reference must be a profile.json (from validate-data --profile); this one has kind ${JSON.stringify(kind ?? null)}`, path);
    return true;
}
/** `render` turns the report into the markdown written to `markdown` (the adapter passes report/'s; the domain never imports it). */
async function validateData(config, log, render) {
    // A wrong output path fails now, not after the pass over the data.
    for (const [input, path] of [['report', config.report], ['profile', config.profile], ['markdown', config.markdown], ['infer-schema', config.inferSchema]]) {
        if (path !== undefined)
            assertWritable(path, input);
    }
    // The pass's worker threads start now, when the pass will most likely be split, so that their
    // start-up overlaps the schema's compilation and the pass's planning (data/parallel/early.ts).
    const early = config.merge.length ? undefined : startEarly({ files: config.data, format: config.format, shard: config.shard, keepValues: config.reference !== undefined && !/\.json$/i.test(config.reference), workers: config.workers });
    try {
        return await validateWith(config, log, render, early);
    }
    finally {
        await early?.stop();
    }
}
async function validateWith(config, log, render, early) {
    const schema = config.schema ? loadSchema(config.schema) : undefined;
    const asOf = config.asOf ?? Date.now();
    if (config.sensitive?.length && !config.label)
        throw new ConfigurationError(`input 'sensitive' needs 'label': the pre-training measures compare the groups' labels`);
    if (config.sensitive?.length && !config.data.length)
        throw new ConfigurationError(`input 'sensitive' needs 'data' (merged profiles hold no joint counts of groups and labels)`);
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
            refScan = await log.group(`Reading reference ${reference}`, async () => scan({ files: await expandAll([reference]), format: config.format, schema, keepValues: true, maxSamples: 0, naValues: config.naValues }));
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
        // A progress line on a terminal (stderr), or a log line every few seconds in CI; none with
        // --quiet or --json (the logger decides: src/lib/logger.ts).
        const bar = log.progress?.(`Reading ${sources[0]}`);
        cur = await log.group(`Reading ${sources.join(', ')}`, () => scanParallel({ files: sources, format: config.format, shard: config.shard, schema, keepValues: exactDriftWanted, maxSamples: config.maxSamples, naValues: config.naValues, asOf }, {
            workers: config.workers,
            early,
            // While this thread waits for the worker threads: compile the checks of the artifacts written after the pass.
            idle: () => {
                prepareArtifact('data-report');
                if (config.profile)
                    prepareArtifact('profile');
            },
            schemaPath: config.schema,
            onSplit: (chunks, workers) => log.info(`read in ${chunks} chunks on ${workers === 1 ? 'the main thread' : `${workers} worker threads (the main thread is one of them)`}`),
            onFallback: (why) => log.info(`read in one pass on one thread: ${why}`),
            onProgress: bar?.update,
        })).finally(() => bar?.end());
        log.info(`${cur.rowsRead} rows, ${cur.profile.columns.length} columns, ${cur.violations.count} violations`);
        // A schema inferred from no aligned row describes nothing. When no data row has the header's
        // field count, line 1 is most likely not the header: a title, a comment or a count line
        // before it (scikit-learn's bundled CSV files start with one).
        // A header whose first name and another are numbers is most likely data or a count line (a
        // pivot table's year columns follow a text name).
        const numericNames = cur.profile.columns.filter((c) => c.name.trim() !== '' && Number.isFinite(Number(c.name)));
        if (numericNames.length >= 2 && numericNames[0] === cur.profile.columns[0]) {
            log.warning(`${sources[0]}: the header on line 1 names columns with numbers (${numericNames.slice(0, 4).map((c) => c.name).join(', ')}${numericNames.length > 4 ? ', ...' : ''}): is line 1 data or a count line rather than the header?`);
        }
        // One column whose name and values are words separated by spaces: a file separated by spaces
        // or aligned in columns (scikit-learn's linnerud and diabetes files), read as a single text
        // column that passes every check.
        const only = cur.profile.columns.length === 1 ? cur.profile.columns[0] : undefined;
        if (only && (cur.format === 'csv' || cur.format === 'tsv') && /\S\s+\S/.test(only.name.trim()) && only.summary().topValues.some((v) => typeof v.value === 'string' && /\S\s+\S/.test(v.value.trim()))) {
            log.warning(`${sources[0]}: read as one column, ${JSON.stringify(only.name)}: are its fields separated by spaces? modelgate reads ${cur.format === 'csv' ? 'commas' : 'tabs'} (${cur.format.toUpperCase()}); convert the file, e.g. to commas`);
        }
        if (config.inferSchema && cur.rowsRead > 0 && cur.violations.byRule['ragged-row'] === cur.rowsRead) {
            const n = cur.profile.columns.length;
            throw new DataError(`${sources[0]}: cannot infer a schema: none of the ${cur.rowsRead} data rows has the ${n} field${n === 1 ? '' : 's'} of the header on line 1; if the lines before the header hold a title, a comment or counts, remove them`, sources[0], 1);
        }
    }
    // Drift, per column present on both sides.
    const drift = [];
    const driftSkipped = [];
    const coverage = [];
    let schemaDrift = null;
    let datasetDrift = null;
    if (refProfile) {
        await log.group('Testing drift', async () => {
            const r = columnsDrift(refProfile, cur.profile, config.drift, refScan && cur.values ? { reference: refScan.values, current: cur.values } : undefined);
            drift.push(...r.drift);
            driftSkipped.push(...r.driftSkipped);
            schemaDrift = r.schemaDrift;
            datasetDrift = r.datasetDrift;
            coverage.push(...r.timeCoverage);
            for (const d of drift)
                (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);
        });
    }
    // Pre-training bias: a second pass that reads only the label and the sensitive columns.
    const bias = config.sensitive?.length
        ? await log.group('Pre-training bias of the labels', async () => labelBias({ files: sources, format: config.format, shard: config.shard, label: config.label, positiveLabel: config.positiveLabel, sensitive: config.sensitive, confidence: BIAS_CONFIDENCE, naValues: config.naValues }))
        : undefined;
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
        ...(coverage.length ? { timeCoverage: coverage } : {}),
        datasetDrift,
        schemaDrift,
        ...(bias ? { bias } : {}),
    };
    assertArtifact('data-report', report, config.report ?? 'data-report', 'write');
    const markdown = render(report);
    // Annotations on the data file's lines, so they show in the pull request diff.
    for (const v of cur.violations.samples.slice(0, config.annotations)) {
        if (v.file && v.line)
            log.error(v.message, { file: v.file, startLine: v.line, title: `modelgate: ${v.rule}` });
    }
    // Everything is computed: now write, all files to temp names first, then renamed into place.
    const outputs = [];
    if (config.inferSchema)
        outputs.push({ path: config.inferSchema, data: renderSchema(inferSchema(cur.profile, sources.join(', ')), config.inferSchema) });
    if (config.profile) {
        const json = cur.profile.toJSON();
        assertArtifact('profile', json, config.profile, 'write');
        outputs.push({ path: config.profile, data: JSON.stringify(json, null, 2) + '\n' });
    }
    if (config.report)
        outputs.push({ path: config.report, data: JSON.stringify(report, null, 2) + '\n' });
    if (config.markdown)
        outputs.push({ path: config.markdown, data: markdown });
    writeFilesAtomic(outputs);
    if (config.inferSchema)
        log.info(`wrote inferred schema ${config.inferSchema}`);
    return { report, passed, failure: passed ? undefined : `data validation failed: ${reasons.join('; ')}`, markdown };
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/reference.js
/**
 * What the registry stores for the monitored version: its training profile (required), the data
 * schema (when registered with one), evaluation.json and its per-row predictions. Pulled, every
 * digest verified, into a fresh temp folder.
 */












/** Opens the registry a reference names and pulls what monitor needs of the version. */
async function loadRegistered(model, conn) {
    const r = reference_parseReference(model, 'model');
    const backend = reference_openBackend({ ...r, tag: undefined, digest: undefined }, conn);
    const at = { tag: r.tag ?? (r.digest ? undefined : 'latest'), digest: r.digest };
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'modelgate-monitor-'));
    const wanted = new Set([oci_MEDIA.profile, oci_MEDIA.schema, oci_MEDIA.evaluation, oci_MEDIA.predictions]);
    const { version, files } = await versions_pull(backend, at, dir, (l) => wanted.has(l.mediaType));
    const titled = (media) => version.manifest.layers.filter((l) => l.mediaType === media).map((l) => files[l.annotations?.['org.opencontainers.image.title'] ?? ''])[0];
    const profilePath = titled(oci_MEDIA.profile);
    if (!profilePath)
        throw new errors/* DataError */.fL(`input 'model': ${model} (${version.version ?? version.digest}) holds no profile.json; register the version with its training profile (register's 'profile' input), which monitor tests production data against`);
    const out = { reference: model, backend, at, resolved: version, profile: loadProfile(profilePath), schemaFile: titled(oci_MEDIA.schema) };
    const evPath = titled(oci_MEDIA.evaluation);
    if (evPath) {
        const ev = JSON.parse((0,external_node_fs_.readFileSync)(evPath, 'utf8'));
        validate_assertArtifact('evaluation', ev, `${model}: evaluation.json`);
        out.evaluation = ev;
        const pred = titled(oci_MEDIA.predictions);
        if (pred)
            out.rows = readEvaluatedRows(ev, pred);
    }
    return out;
}
/** The per-row file evaluate-model writes (row, label, score | prediction, p_<class>...), checked cell by cell. */
function readEvaluatedRows(ev, file) {
    const p = parseCsv(file);
    const col = (name) => {
        const i = p.header.indexOf(name);
        if (i < 0)
            throw new errors/* DataError */.fL(`${file}: no '${name}' column (header: ${p.header.join(', ')})`, file);
        return i;
    };
    const n = p.rows.length;
    const classes = ev.classes ?? [];
    const keys = classes.map((k) => (0,data_schema/* labelKey */.kJ)(k) ?? k);
    const y = new Float64Array(n);
    const score = new Float64Array(ev.task === 'multiclass' ? 0 : n);
    const proba = new Float64Array(ev.task === 'multiclass' ? n * classes.length : 0);
    const predicted = [];
    const label = col('label');
    const classIndex = (v, i) => {
        const k = keys.indexOf(v) >= 0 ? keys.indexOf(v) : classes.indexOf(v);
        if (k < 0)
            throw new errors/* DataError */.fL(`${file}:${p.lines[i]}: '${v.slice(0, 40)}' is not one of the evaluation's classes`, file, p.lines[i]);
        return k;
    };
    if (ev.task === 'regression') {
        const pr = col('prediction');
        for (let i = 0; i < n; i++) {
            y[i] = cellNumber(p, i, label, file, 'label', false);
            score[i] = cellNumber(p, i, pr, file, 'prediction', false);
        }
    }
    else if (ev.task === 'binary') {
        const s = col('score');
        const pr = col('prediction');
        const pos = ev.positiveLabel;
        for (let i = 0; i < n; i++) {
            classIndex(p.rows[i][label], i);
            y[i] = p.rows[i][label] === pos ? 1 : 0;
            score[i] = cellNumber(p, i, s, file, 'score', true);
            predicted.push(keys[classIndex(p.rows[i][pr], i)]);
        }
    }
    else {
        const pr = col('prediction');
        const pc = classes.map((k) => col(`p_${k}`));
        const K = classes.length;
        for (let i = 0; i < n; i++) {
            y[i] = classIndex(p.rows[i][label], i);
            predicted.push(keys[classIndex(p.rows[i][pr], i)]);
            for (let j = 0; j < K; j++)
                proba[i * K + j] = cellNumber(p, i, pc[j], file, `p_${classes[j]}`, true);
        }
    }
    return { task: ev.task, classes, y, score, proba, predicted };
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/window.js
/**
 * The window of production rows monitor judges: the data files are read once with the dataset
 * readers (CSV, TSV, JSON Lines, Parquet, globs), each row's time taken from the time column, and
 * the rows within `window` of the newest row (or of `as-of`) kept. Shadow answers in capture files
 * (`shadow: true`, a candidate's answer to a request the stable model served) are dropped, and so
 * are rows another version answered (a canary's share of a split) when the `version` column names
 * the monitored version on some rows (served from a registry reference, capture records `v<n>`). The kept
 * rows are then replayed, in their order and with their file and line, into validate-data's scan,
 * so the window gets the same profile and schema checks as a dataset.
 */





/** Capture columns (src/serve/capture.ts) that are not model inputs. */
const CAPTURE_COLUMNS = (/* unused pure expression or super */ null && (['request_id', 'variant', 'version', 'shadow', 'timestamp', 'prediction']));
async function window_expandAll(patterns) {
    const files = [];
    for (const p of patterns)
        files.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    return [...new Set(files)];
}
/** The time column: `time-column`, else `timestamp` when the data has one. */
function timeColumnOf(o, columns, sources) {
    const timeColumn = o.timeColumn ?? (columns.includes('timestamp') ? 'timestamp' : undefined);
    if (o.timeColumn && !columns.includes(o.timeColumn))
        throw new errors/* ConfigurationError */.j1(`input 'time-column': ${(0,files/* showName */.$i)(o.timeColumn)} is not a column of ${sources.map(files/* showPath */.P8).join(', ')} (columns: ${columns.slice(0, 20).map(files/* showName */.$i).join(', ')})`);
    if (o.windowMs !== undefined && !timeColumn)
        throw new errors/* ConfigurationError */.j1(`input 'window' needs a time column: the data has no 'timestamp' column; name one with 'time-column'`);
    return timeColumn;
}
/**
 * Reads the data and keeps the window's rows. Two passes, so that memory holds the window, not
 * the whole data (months of capture files for a day's window): the first finds the columns and
 * the newest time, the second keeps the rows within the window.
 */
async function readWindow(o) {
    const sources = await window_expandAll(o.data);
    // Pass 1: columns, rows read, each row's time (checked) and the newest.
    let columns = [];
    let file = sources[0];
    // The time column's index as columns appear (a JSON Lines key may first appear after some rows).
    const timeName = o.timeColumn ?? 'timestamp';
    let ti = -1;
    let newest = -Infinity;
    let newestAt = null;
    let rowsRead = 0;
    let untimed;
    const read = await (0,readers/* readRows */.aK)(sources, {
        beginFile(path) {
            file = path;
        },
        header(names) {
            columns = [...names];
            ti = columns.indexOf(timeName);
        },
        newColumn(name, index) {
            columns[index] = name;
            if (ti < 0 && name === timeName)
                ti = index;
        },
        row(cells, line) {
            rowsRead++;
            const cell = ti < 0 ? null : (cells[ti] ?? null);
            const t = cell === null ? undefined : parseTime(cell);
            if (t === undefined) {
                // A JSON Lines row without the key (it first appears in a later row) has no time at all.
                untimed ??= { file, line, cell, absent: ti < 0 || cells[ti] === undefined };
            }
            else if (t > newest) {
                newest = t;
                newestAt = { file, line };
            }
        },
    }, { format: o.format });
    columns = read.columns;
    const timeColumn = timeColumnOf(o, columns, sources);
    if (timeColumn && untimed) {
        const { file: at, line, cell, absent } = untimed;
        const what = absent ? `has no ${(0,files/* showName */.$i)(timeColumn)} (the time column): every row needs one` : cell === null ? 'is empty' : `'${String(cell).slice(0, 40)}' is not an ISO 8601 time (a real date) or a number of Unix seconds`;
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(at)}:${line}: ${absent ? 'the row' : (0,files/* showName */.$i)(timeColumn)} ${what}`, at, line);
    }
    const to = timeColumn ? (o.asOf ?? newest) : null;
    const from = to === null || o.windowMs === undefined ? null : to - o.windowMs;
    // Pass 2: the rows within (from, to], shadow answers left out, with the events scan replays. Times
    // are parsed again rather than kept from pass 1 (8 bytes a row of the whole data).
    ti = -1;
    const events = [];
    const rows = [];
    const si = columns.indexOf('shadow');
    const capture = si >= 0 && columns.includes('request_id');
    let shadowDropped = 0;
    let index = 0;
    await (0,readers/* readRows */.aK)(sources, {
        beginFile(path) {
            file = path;
            events.push({ t: 'file', path });
        },
        header(names) {
            ti = timeColumn ? names.indexOf(timeColumn) : -1;
            events.push({ t: 'header', names: [...names] });
        },
        newColumn(name, i) {
            if (ti < 0 && name === timeColumn)
                ti = i;
            events.push({ t: 'column', name, index: i });
        },
        bad(line, message) {
            events.push({ t: 'bad', line, message });
        },
        row(cells, line) {
            index++;
            const time = ti < 0 ? undefined : parseTime(cells[ti] ?? null);
            if (time !== undefined && ((to !== null && time > to) || (from !== null && time <= from)))
                return;
            if (capture && (cells[si] === true || cells[si] === 'true')) {
                shadowDropped++;
                return;
            }
            events.push({ t: 'row', cells, line, time });
            rows.push({ cells, line, file });
        },
    }, { format: o.format });
    if (index !== rowsRead)
        throw new errors/* DataError */.fL(`${sources.map(files/* showPath */.P8).join(', ')}: changed while monitor read it (${rowsRead} rows, then ${index})`, sources[0]);
    let otherVersionDropped = 0;
    const vi = columns.indexOf('version');
    if (capture && vi >= 0 && o.version && rows.some((r) => r.cells[vi] === o.version)) {
        const other = new Set(rows.filter((r) => r.cells[vi] !== o.version).map((r) => r.cells));
        otherVersionDropped = other.size;
        if (other.size) {
            rows.splice(0, rows.length, ...rows.filter((r) => !other.has(r.cells)));
            events.splice(0, events.length, ...events.filter((e) => e.t !== 'row' || !other.has(e.cells)));
        }
    }
    return { sources, format: read.format, bytes: read.bytes, columns, rows, rowsRead, shadowDropped, otherVersionDropped, timeColumn: timeColumn ?? null, from, to: to === -Infinity ? null : to, newestAt: timeColumn ? newestAt : null, events };
}
/** validate-data's scan over the window's rows: the profile, and violations of `schema`. */
async function scanWindow(w, schema, naValues) {
    return (0,data_scan/* scan */.SQ)({
        files: w.sources,
        schema,
        keepValues: false,
        maxSamples: 20,
        naValues,
        read: async (sink) => {
            for (const e of w.events) {
                if (e.t === 'file')
                    sink.beginFile?.(e.path);
                else if (e.t === 'header')
                    sink.header(e.names);
                else if (e.t === 'column')
                    sink.newColumn?.(e.name, e.index);
                else if (e.t === 'bad')
                    sink.bad?.(e.line, e.message);
                // scan keeps the cells it is given: a copy, so the window's rows stay as read.
                else
                    sink.row([...e.cells], e.line);
            }
            return { format: w.format, bytes: w.bytes, columns: w.columns };
        },
    });
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/index.js
/**
 * monitor: a window of production data against what the registry stores for a version (the one an
 * alias such as `production` points at): feature drift (validate-data's tests against the training
 * profile), prediction drift (against the registered evaluation), data quality (the registered
 * schema), and, with labels, decay of the real metrics. Writes monitor-report.json (temp + rename)
 * and appends the result to the version's history. Never imports @actions/* or report/.
 */












const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());
async function runMonitor(config, log) {
    (0,files/* assertWritable */.Bz)(config.report, 'report');
    const t = config.thresholds;
    const reg = await log.group(`Reading ${config.model} from the registry`, () => loadRegistered(config.model, config.connection));
    const ev = reg.evaluation;
    const version = reg.resolved.version ?? null;
    log.info(`version ${version ?? reg.resolved.digest}: profile of ${reg.profile.rows} rows${reg.schemaFile ? ', schema' : ''}${ev ? `, evaluation (${ev.task}, ${ev.rows} rows${reg.rows ? ', with per-row predictions' : ''})` : ''}`);
    // Labels first: a missing labels file fails before the pass over the data.
    const labels = config.labels ? await readLabels(config.labels, ev?.label) : undefined;
    if (labels && !ev)
        throw new errors/* DataError */.fL(`input 'labels': ${config.model} holds no evaluation.json, so there is nothing to test decay against`);
    const window = await log.group(`Reading ${config.data.join(', ')}`, () => readWindow({ data: config.data, format: config.format, windowMs: config.windowMs, timeColumn: config.timeColumn, asOf: config.asOf, version: version ?? undefined }));
    const span = window.to === null ? 'every row (no time column)' : window.from === null ? `every row up to ${iso(window.to)}` : `${iso(window.from)} to ${iso(window.to)}`;
    if (window.rows.length === 0)
        throw new errors/* DataError */.fL(`no rows in the window (${span}) of ${window.sources.join(', ')}: ${window.rowsRead} row(s) read${window.shadowDropped ? `, ${window.shadowDropped} shadow` : ''}; nothing to judge`);
    log.info(`window ${span}: ${window.rows.length} of ${window.rowsRead} rows${window.shadowDropped ? `; ${window.shadowDropped} shadow answers left out` : ''}${window.otherVersionDropped ? `; ${window.otherVersionDropped} answered by other versions left out` : ''}`);
    // A window ends at the newest row's time: one row stamped in the future (a skewed clock, Unix
    // milliseconds read as seconds) moves the window away from the data, and "none" is then
    // recorded on a handful of rows. Said in the log and the report's notes.
    const ahead = config.asOf === undefined && window.to !== null && window.newestAt ? window.to - Date.now() : 0;
    const future = ahead > 86_400_000 && window.newestAt
        ? `the newest time, ${iso(window.to)} (${(0,files/* showPath */.P8)(window.newestAt.file)}:${window.newestAt.line}), is ${(0,duration/* formatDuration */.a3)(ahead, 1)} after now and the window ends there: ${window.rows.length} of ${window.rowsRead} rows; a clock error, or Unix milliseconds read as seconds? 'as-of' sets the window's end`
        : undefined;
    if (future)
        log.warning(future);
    // The model's features: the training columns (label aside) the data has. A capture file holds
    // only the columns the model was fed, so a training column missing from the data is a note, not a
    // finding, unless the registered importance names it as a model input.
    const label = ev?.label;
    const trained = reg.profile.columns.map((c) => c.name).filter((c) => c !== label);
    const present = new Set(window.columns);
    const features = trained.filter((c) => present.has(c));
    const inputs = ev?.importance?.features?.map((f) => f.name) ?? [];
    const missing = inputs.filter((c) => trained.includes(c) && !present.has(c));
    const absent = trained.filter((c) => !present.has(c) && !missing.includes(c));
    const quality = qualitySchema(reg.profile, reg.schemaFile, features);
    const scanned = await scanWindow(window, quality.schema, config.naValues);
    const settings = { ...t.drift, ignore: [...t.drift.ignore, ...(label ? [label] : [])] };
    const cd = drift_columns_columnsDrift(reg.profile, scanned.profile, settings);
    const drift = cd.drift.filter((d) => features.includes(d.column)).map(({ histogram: _h, ...d }) => d);
    const importance = importanceUse(ev?.importance, features, t);
    for (const d of drift)
        (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);
    const wp = windowPredictions(window, ev);
    const pd = predictionDrift(wp, ev, reg.rows, settings);
    for (const d of [pd.classes, pd.score])
        if (d)
            (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);
    const decay = labels && ev ? decay_decay(labels, wp, ev, reg.rows, t) : null;
    if (decay?.skipped)
        log.info(`decay not tested: ${decay.skipped}`);
    for (const x of decay?.tests ?? [])
        (x.decayed ? log.warning : log.info)(`${x.metric}: ${x.reference ?? 'n/a'} -> ${x.current ?? 'n/a'} (${x.test}, p = ${x.pValue.toPrecision(3)}, Holm ${x.pValueAdjusted.toPrecision(3)})${x.decayed ? ' decayed' : ''}`);
    const violations = scanned.violations.toJSON();
    const { finding, reasons } = decide({ drift, missing, importance, prediction: pd, violations: violations.count, decay, thresholds: t });
    const notes = [];
    if (future)
        notes.push(future);
    if (importance.note)
        notes.push(importance.note);
    if (quality.source === 'inferred')
        notes.push("the version was registered without a schema (register's 'schema' input): quality is checked against a schema inferred from its training profile");
    if (absent.length)
        notes.push(`training columns not in the data, not tested: ${absent.slice(0, 20).join(', ')}${absent.length > 20 ? ', ...' : ''} (a capture file holds only the model's inputs)`);
    notes.push(...pd.skipped);
    if (labels === undefined)
        notes.push('no labels: decay not tested');
    const drifted = drift.filter((d) => d.drifted).map((d) => d.column);
    const { drift: driftSettings, ...plain } = t;
    const report = {
        kind: 'monitor-report',
        schemaVersion: 1,
        finding,
        reasons,
        driftedColumns: drifted,
        at: new Date().toISOString(),
        model: { reference: config.model, version, digest: reg.resolved.digest, name: reg.resolved.config.name, task: ev?.task ?? null },
        window: { sources: window.sources, timeColumn: window.timeColumn, from: iso(window.from), to: iso(window.to), rows: window.rows.length, rowsRead: window.rowsRead, shadowDropped: window.shadowDropped, otherVersionDropped: window.otherVersionDropped },
        drift: { features, importance, columns: drift, skipped: cd.driftSkipped.filter((s) => features.includes(s.column)), drifted: drifted.length, tested: drift.length, share: drift.length ? drifted.length / drift.length : 0, missingFeatures: missing },
        predictionDrift: pd,
        quality: { schema: quality.source, violations },
        decay,
        thresholds: { ...plain, drift: { datasetDriftShare: driftSettings.datasetDriftShare, smallSample: driftSettings.smallSample } },
        notes,
    };
    validate_assertArtifact('monitor-report', report, config.report, 'write');
    (0,files/* writeFileAtomic */.Zf)(config.report, JSON.stringify(report, null, 2) + '\n');
    log.info(`finding: ${finding}${reasons.length ? ` (${reasons.map((r) => r.message).join('; ')})` : ''}`);
    let event;
    let history;
    if (config.record) {
        event = await recordMonitor(reg.backend, reg.resolved.digest, report, config.actor);
        history = await monitorHistory(reg.backend, reg.resolved.digest);
        log.info(`registry: ${finding} recorded in the history of ${version ?? reg.resolved.digest}`);
    }
    else
        history = [...(await monitorHistory(reg.backend, reg.resolved.digest)), report];
    return { report, history, event };
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/report.js
/** The numbers a trend chart follows across runs. */
function trendPoint(r) {
    const point = { 'drifted share': r.drift.share };
    for (const t of r.decay?.tests ?? [])
        point[t.metric] = t.current;
    return point;
}

;// CONCATENATED MODULE: ./.build/js/src/report/markdown.js
/**
 * Markdown built from data. Anything that came from a data file or a pull request (column names,
 * category values, messages quoting cells) goes through `esc`, which neutralises markdown and HTML
 * so a crafted value cannot inject links, images, mentions, HTML or break a table.
 */
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '#': '&#35;',
    '~': '&#126;',
    '@': '&#64;',
    '!': '&#33;',
    ':': '&#58;',
};
/** Escapes untrusted text for a markdown table cell or line; newlines and other control characters become spaces; long text is cut. */
function esc(value, max = 120) {
    let s = value === null || value === undefined ? '' : String(value);
    // eslint-disable-next-line no-control-regex
    s = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return s.replace(/[&<>|\\`*_[\]()#~@!:]/g, (c) => ESCAPES[c]);
}
/** A markdown table; cells must already be escaped or be trusted markup. */
function table(header, rows, align) {
    const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
    return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
/** A collapsed section (renders on GitHub). */
function markdown_details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Formats a number for people: fixed significant digits, no exponent for ordinary magnitudes. */
function markdown_fmt(x, digits = 4) {
    if (x === null || x === undefined)
        return '–';
    if (!Number.isFinite(x))
        return x > 0 ? '∞' : x < 0 ? '−∞' : 'n/a';
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a >= 1e6 || a < 1e-4)
        return x.toExponential(digits - 1);
    if (Number.isInteger(x))
        return String(x);
    return String(Number(x.toPrecision(digits)));
}
function pct(x, digits = 1) {
    return `${(x * 100).toFixed(digits)}%`;
}
/** Text in a code span: entities would show literally there, so backticks and line breaks are dropped instead. */
function code(value, max = 200) {
    let s = value === null || value === undefined ? '' : String(value).replace(/[`\r\n\t]+/g, ' ');
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return '`' + s + '`';
}

;// CONCATENATED MODULE: ./.build/js/src/report/mermaid.js

/** Neutralises data-derived text for mermaid (see the module comment); empty text becomes '_'. */
function label(value, max = 40) {
    let s = String(value ?? '')
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N} _.+=/-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    if (s.length > max)
        s = s.slice(0, max - 1) + '_';
    return s || '_';
}
/** A finite number for mermaid text, rounded to 6 significant digits; null for NaN/Infinity/null. */
function mermaid_num(x) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return null;
    return String(Number(x.toPrecision(6)));
}
const fence = (body) => ['```mermaid', ...body, '```'].join('\n');
/** The allowed delta of a relative gate (signed: negative for a regression margin), from its rule text. */
function allowedDelta(g) {
    const m = /^(max-regression|require-improvement)(?:\s+(-?\d+(?:\.\d+)?(?:e-?\d+)?)(%)?)?$/.exec(g.rule.trim());
    if (!m)
        return null;
    const raw = m[2] === undefined ? 0 : Number(m[2]);
    const amount = m[3] ? (raw / 100) * Math.abs(g.baseline ?? 0) : raw;
    const dir = DIRECTION[g.metric] ?? 1;
    return m[1] === 'max-regression' ? -dir * amount : dir * amount;
}
const SCALE = 1000;
/**
 * Forest plot of the gated deltas: one section per gate that has a delta and an interval; a bar
 * over the interval (red when the gate failed, highlighted when underpowered), a milestone at no
 * change (0) and one at the allowed margin. Mermaid's gantt parser takes no negative times (and
 * with `dateFormat X`, seconds, it put every start at the first one), so the scale is milliseconds
 * (`dateFormat x`) shifted to start at 1, and the axis labels are hidden: the numbers are in the
 * task labels.
 * Null when no gate has an interval.
 */
function mermaid_forestChart(gates, opts = {}) {
    const rows = gates.filter((g) => g.delta !== null && g.ci && mermaid_num(g.ci[0]) !== null && mermaid_num(g.ci[1]) !== null).slice(0, opts.max ?? 30);
    if (!rows.length)
        return null;
    const margins = rows.map((g) => allowedDelta(g));
    const values = rows.flatMap((g, i) => [g.ci[0], g.ci[1], 0, margins[i] ?? 0]).filter(Number.isFinite);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    // Whole positions (the parser takes integers) in thousandths of the span, the smallest value at 1.
    const span = hi - lo || 1;
    const at = (x) => String(1 + Math.round(((x - lo) / span) * SCALE));
    const lines = ['gantt', '  title Δ candidate − baseline (bar = interval, ◆ = no change and allowed margin)', '  dateFormat x', '  axisFormat .', '  todayMarker off'];
    rows.forEach((g, i) => {
        const name = label(g.metric) + (g.slice ? ` ${label(g.slice.column, 24)}=${label(g.slice.value, 24)}` : '');
        const [cl, ch] = g.ci;
        lines.push(`  section ${name}`);
        const state = g.passed ? (g.underpowered ? 'active, ' : '') : 'crit, ';
        // A zero-width interval still gets a visible bar.
        const end = String(Math.max(Number(at(ch)), Number(at(cl)) + 1));
        lines.push(`  Δ ${mermaid_num(g.delta)} [${mermaid_num(cl)}, ${mermaid_num(ch)}] ${g.passed ? 'pass' : 'fail'} : ${state}g${i}, ${at(cl)}, ${end}`);
        lines.push(`  0 : milestone, z${i}, ${at(0)}, 0ms`);
        const margin = margins[i];
        if (margin !== null && mermaid_num(margin) !== null)
            lines.push(`  margin ${mermaid_num(margin)} : milestone, m${i}, ${at(margin)}, 0ms`);
    });
    return fence(lines);
}
/**
 * Drift per feature as one comparable score: statistic / threshold for distance tests, and
 * log(p) / log(threshold) for tests with a p-value; 1 is the drift threshold (the line). Capped at 10.
 */
function driftScore(d) {
    let s;
    // No finite statistic (a zero-spread reference): the decision is all there is.
    if (d.statistic === null && d.pValue === undefined)
        s = d.drifted ? 10 : 0;
    else if (d.pValue !== undefined)
        s = d.threshold > 0 && d.threshold < 1 ? Math.log(Math.max(d.pValue, 1e-300)) / Math.log(d.threshold) : 0;
    else
        s = d.threshold > 0 ? d.statistic / d.threshold : 0;
    return Number.isFinite(s) ? Math.min(10, Math.max(0, s)) : 10;
}
function driftChart(drift, opts = {}) {
    const rows = [...drift].sort((a, b) => driftScore(b) - driftScore(a)).slice(0, opts.max ?? 40);
    if (!rows.length)
        return null;
    const scores = rows.map((d) => mermaid_num(driftScore(d)) ?? '0');
    return fence([
        'xychart-beta horizontal',
        '  title "Drift score per column (1 = drift threshold)"',
        `  x-axis [${rows.map((d) => `"${label(d.column)}"`).join(', ')}]`,
        `  y-axis "score" 0 --> ${Math.max(2, Math.ceil(Math.max(...rows.map(driftScore))))}`,
        `  bar [${scores.join(', ')}]`,
        `  line [${rows.map(() => '1').join(', ')}]`,
    ]);
}
/**
 * One line chart per metric over versions (oldest first), e.g. the gated metrics across the last
 * registered versions. Versions missing a metric are left out of that metric's chart; a metric
 * with fewer than two points gets no chart.
 */
function historyCharts(history, metrics) {
    const out = [];
    for (const metric of metrics) {
        const pts = history.map((h) => ({ v: h.version, x: mermaid_num(h.metrics[metric]) })).filter((p) => p.x !== null);
        if (pts.length < 2)
            continue;
        const xs = pts.map((p) => Number(p.x));
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 1;
        out.push(fence([
            'xychart-beta',
            `  title "${label(metric)}"`,
            `  x-axis [${pts.map((p) => `"${label(p.v, 24)}"`).join(', ')}]`,
            `  y-axis "${label(metric)}" ${mermaid_num(lo - pad)} --> ${mermaid_num(hi + pad)}`,
            `  line [${pts.map((p) => p.x).join(', ')}]`,
        ]));
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/js/src/report/charts.js


/** The deltas against margins (the history over registered versions is report/registry-history.ts's). */
function comparisonCharts(c) {
    const out = [];
    const forest = forestChart(c.gates);
    if (forest)
        out.push('', details('Chart: each gated delta with its interval against the allowed margin', forest));
    return out;
}
/** Drift score per column, beside the drift table. */
function driftDetails(drift) {
    const chart = driftChart(drift);
    return chart ? ['', markdown_details(`Chart: drift per column (${drift.filter((d) => d.drifted).length} of ${drift.length} drifted)`, chart)] : [];
}

;// CONCATENATED MODULE: ./.build/js/src/report/monitor.js




const ICON = { none: '✅', warn: '⚠️', act: '🛑' };
/** "12-06 06.30" (mermaid labels allow digits, spaces, '-' and '.'). */
const when = (iso) => iso.slice(5, 16).replace('T', ' ').replace(':', '.');
function trendSection(history) {
    if (history.length < 2)
        return [];
    const points = history.map((r) => ({ version: when(r.at), metrics: trendPoint(r) }));
    const metrics = [...new Set(points.flatMap((p) => Object.keys(p.metrics)))];
    const charts = historyCharts(points, metrics.slice(0, 4));
    const rows = history.map((r) => [esc(r.at.replace('T', ' ').slice(0, 16)), `${ICON[r.finding]} ${r.finding}`, markdown_fmt(r.drift.share), ...metrics.slice(1, 4).map((m) => markdown_fmt(trendPoint(r)[m]))]);
    const body = [table(['run', 'finding', 'drifted share', ...metrics.slice(1, 4).map((m) => esc(m))], rows, ['l', 'l', 'r', ...metrics.slice(1, 4).map(() => 'r')]), ...charts].join('\n\n');
    return ['', markdown_details(`Trend over the last ${history.length} monitor runs of this version`, body, true)];
}
function renderMonitor(r, history = []) {
    const out = [];
    out.push(`## ${ICON[r.finding]} Monitor ${esc(r.model.name)} ${esc(r.model.version ?? '')}: ${r.finding}`);
    const w = r.window;
    out.push('', `${w.rows} of ${w.rowsRead} rows${w.to ? ` from ${esc(w.from ?? 'the first row')} to ${esc(w.to)}` : ''}${w.shadowDropped ? ` (${w.shadowDropped} shadow answers left out)` : ''}${w.otherVersionDropped ? ` (${w.otherVersionDropped} answered by other versions left out)` : ''}, against ${esc(r.model.reference, 200)}.`);
    if (r.reasons.length)
        out.push('', ...r.reasons.map((x) => `- **${x.level}** (${x.check}): ${esc(x.message, 600)}`));
    else
        out.push('', 'Nothing found: no feature or prediction drifted, no violation, no decay shown.');
    const d = r.drift;
    if (d.columns.length) {
        const top = new Set(d.importance.top);
        out.push('', `### Feature drift: ${d.drifted} of ${d.tested} drifted${d.importance.source === 'none' ? ' (no importance: every feature alike)' : ` (top features by ${esc(d.importance.method ?? 'importance')}: ${d.importance.top.map((c) => esc(c)).join(', ') || 'none'})`}`);
        out.push('', table(['feature', 'test', 'statistic', 'p', 'drifted'], d.columns.map((c) => [esc(c.column) + (top.has(c.column) ? ' ★' : ''), c.test, markdown_fmt(c.statistic), markdown_fmt(c.pValue), c.drifted ? '**yes**' : 'no']), ['l', 'l', 'r', 'r', 'l']));
        out.push(...driftDetails(d.columns));
    }
    if (d.missingFeatures.length)
        out.push('', `Missing features: ${d.missingFeatures.map((c) => esc(c)).join(', ')}`);
    const p = r.predictionDrift;
    const pd = [p.classes, p.score].filter((x) => x !== null);
    if (pd.length)
        out.push('', '### Prediction drift', '', table(['what', 'test', 'statistic', 'p', 'drifted'], pd.map((x) => [esc(x.column), x.test, markdown_fmt(x.statistic), markdown_fmt(x.pValue), x.drifted ? '**yes**' : 'no']), ['l', 'l', 'r', 'r', 'l']));
    const q = r.quality.violations;
    out.push('', `### Quality: ${q.count} violation(s) of the ${r.quality.schema === 'registered' ? 'registered schema' : 'schema inferred from the training profile'}`);
    if (q.count)
        out.push('', table(['rule', 'count'], Object.entries(q.byRule).map(([k, v]) => [esc(k), String(v)]), ['l', 'r']));
    const dec = r.decay;
    if (dec) {
        out.push('', `### Decay: ${dec.labelled} labelled rows (${dec.unmatched} label(s) for requests outside the window)`);
        if (dec.skipped)
            out.push('', esc(dec.skipped, 400));
        if (dec.tests.length)
            out.push('', table(['metric', 'registered', 'window', 'Δ [interval]', 'test', 'p (Holm)', 'decayed'], dec.tests.map((x) => [esc(x.metric), markdown_fmt(x.reference), markdown_fmt(x.current), `${markdown_fmt(x.difference)}${x.ci ? ` [${markdown_fmt(x.ci[0])}, ${markdown_fmt(x.ci[1])}]` : ''}`, esc(x.test), markdown_fmt(x.pValueAdjusted), x.decayed ? '**yes**' : 'no']), ['l', 'r', 'r', 'r', 'l', 'r', 'l']));
    }
    if (r.notes.length)
        out.push('', ...r.notes.map((n) => `> ${esc(n, 400)}`));
    out.push(...trendSection(history));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./.build/js/src/registry/pull-input.js
/**
 * Registry references where other actions take a file: evaluate-model's `model` and
 * compare-to-baseline's `baseline` may be `oci-layout://…` or `oci://…` references. The version's
 * layers are pulled (every digest verified) into a fresh temp folder and the local path is used.
 * Credentials come from MODELGATE_REGISTRY_USERNAME / _PASSWORD / _TOKEN.
 */







const isRegistryReference = (s) => !!s && /^(oci|oci-layout):\/\//.test(s);
function connectionFromEnv(env = process.env) {
    return {
        credentials: { username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN },
        insecure: env.MODELGATE_REGISTRY_INSECURE === 'true',
    };
}
/** Pulls a version (model files, and evaluation.json with its predictions) into a new temp folder. */
async function pullVersion(ref, input, opts) {
    const r = parseReference(ref, input);
    const backend = openBackend({ ...r, tag: undefined, digest: undefined }, opts.conn ?? connectionFromEnv());
    const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'modelgate-pull-'));
    const wanted = new Set([...(opts.withModel ? [MEDIA.modelFile] : []), ...(opts.withEvaluation ? [MEDIA.evaluation, MEDIA.predictions] : [])]);
    const { version, files } = await pull(backend, { tag: r.tag, digest: r.digest }, dir, (l) => wanted.has(l.mediaType));
    const modelTitles = version.manifest.layers.filter((l) => l.mediaType === MEDIA.modelFile).map((l) => l.annotations?.['org.opencontainers.image.title'] ?? '');
    const model = modelTitles.find((t) => t.endsWith('.onnx')) ?? modelTitles[0];
    const out = { dir, files, version, model: model ? files[model] : undefined, evaluation: files['evaluation.json'] };
    if (opts.withModel && !out.model)
        throw new DataError(`input '${input}': ${ref} holds no model file`);
    return out;
}
/** The last `last` versions of the model a reference names (its tag or digest ignored). */
async function recentVersions(ref, last, conn) {
    const r = parseReference(ref);
    return listVersions(openBackend({ ...r, tag: undefined, digest: undefined }, conn ?? connectionFromEnv()), { last });
}

;// CONCATENATED MODULE: ./.build/js/src/github/event.js
/**
 * What the actions read from the event payload (GITHUB_EVENT_PATH, or @actions/github's
 * `context.payload`, handed in as `unknown`): the pull request, whether it comes from a fork, and
 * the run a workflow_run event is about. Each reader checks the shape it needs and says which
 * field is missing.
 */


function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}
function need(v, what) {
    if (v === undefined)
        throw new DataError(`event payload: ${what} is missing or malformed`);
    return v;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function event_int(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}
/** Reads and parses the event payload file. */
function readEventPayload(path) {
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        throw new DataError(`cannot read the event payload ${path}: ${e.message}`, path);
    }
}
/** True for a payload's pull request whose head repository is not the base repository. */
function isForkPullRequest(payload) {
    const pr = pullRequestFromEvent(payload);
    return pr !== undefined && pr.isFork;
}
/**
 * The pull request of a pull_request / pull_request_target payload; undefined when the payload
 * has none (push, schedule).
 */
function pullRequestFromEvent(payload) {
    const pr = obj(obj(payload)?.pull_request);
    if (!pr)
        return undefined;
    const head = need(obj(pr.head), 'pull_request.head');
    const base = need(obj(pr.base), 'pull_request.base');
    const baseRepo = need(str(obj(base.repo)?.full_name), 'pull_request.base.repo.full_name');
    const headRepoObj = obj(head.repo);
    const headRepo = headRepoObj ? need(str(headRepoObj.full_name), 'pull_request.head.repo.full_name') : null;
    return {
        number: need(event_int(pr.number), 'pull_request.number'),
        headSha: need(str(head.sha), 'pull_request.head.sha'),
        headRef: need(str(head.ref), 'pull_request.head.ref'),
        headRepo,
        baseRepo,
        // GitHub compares repository names case-insensitively.
        isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
}
/** The run a workflow_run payload is about; undefined for other events. */
function workflowRunFromEvent(payload) {
    const run = obj(obj(payload)?.workflow_run);
    if (!run)
        return undefined;
    const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id: need(event_int(run.id), 'workflow_run.id'),
        event: need(str(run.event), 'workflow_run.event'),
        conclusion: str(run.conclusion) ?? null,
        headSha: need(str(run.head_sha), 'workflow_run.head_sha'),
        headRepo: str(obj(run.head_repository)?.full_name) ?? null,
        pullRequests: prs.map((p) => event_int(obj(p)?.number)).filter((n) => n !== undefined),
    };
}
/** The page of a workflow run: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
function runUrl(serverUrl, repository, runId) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}

;// CONCATENATED MODULE: ./.build/js/src/report/model-card.js
/**
 * The model card stored with every version (model-card.md): intended use (the author's `card`
 * text), evaluation with intervals, slices, and lineage. Values from data (slice names, params)
 * are escaped; the author's text is theirs and kept as written.
 */

const ci = (m) => (m.ci && m.ci[0] !== null && m.ci[1] !== null ? `[${markdown_fmt(m.ci[0])}, ${markdown_fmt(m.ci[1])}]` : '–');
function modelCard(c) {
    const out = [`# Model card: ${esc(c.name)}`, ''];
    out.push('## Intended use', '', c.intendedUse?.trim() || '_Not stated. Pass `card` to register to describe what this model is for and what it must not be used for._', '');
    const ev = c.evaluation;
    if (ev) {
        out.push('## Evaluation', '', `Task ${esc(ev.task)}, ${ev.rows} rows, data sha256 ${code(ev.data.sha256, 80)}; intervals at ${markdown_fmt(ev.confidence * 100)}% confidence.`, '');
        out.push(table(['metric', 'value', 'interval'], Object.entries(ev.metrics).map(([k, m]) => [esc(k), markdown_fmt(m.value), ci(m)]), ['l', 'r', 'r']), '');
        const slices = ev.slices.filter((s) => !s.skipped && s.metrics);
        if (slices.length) {
            const names = [...new Set(slices.flatMap((s) => Object.keys(s.metrics)))].slice(0, 4);
            out.push('## Slices', '');
            out.push(table(['slice', 'rows', ...names.map((n) => esc(n))], slices.map((s) => [`${esc(s.column)} = ${esc(s.value)}`, String(s.rows), ...names.map((n) => markdown_fmt(s.metrics[n]?.value))]), ['l', 'r', ...names.map(() => 'r')]), '');
        }
    }
    else
        out.push('## Evaluation', '', '_No evaluation was registered with this version._', '');
    out.push('## Lineage', '');
    const commit = c.trainManifest?.git?.commit ?? c.revision;
    if (commit)
        out.push(`- Commit: ${code(commit, 80)}${c.trainManifest?.git?.dirty ? ' (working tree had changes)' : ''}`);
    if (c.source)
        out.push(`- Source: ${esc(c.source, 200)}`);
    if (c.trainManifest)
        out.push(`- Training cache key: ${code(c.trainManifest.key)}`);
    for (const f of c.files)
        out.push(`- File ${code(f.title)}: ${f.size} bytes, ${code(f.digest)}`);
    const params = c.trainManifest?.params?.values;
    if (params && Object.keys(params).length) {
        out.push('', table(['param', 'value'], Object.entries(params).map(([k, v]) => [esc(k), esc(JSON.stringify(v))])));
    }
    out.push('');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./.build/js/src/actions/types.js
function defineAction(def) {
    return def;
}

;// CONCATENATED MODULE: ./.build/js/src/actions/register.js
/** register adapter: inputs -> RegisterConfig -> registry/versions.register() -> outputs, summary. */











/** Credentials and transport for any registry command: `username`/`password` or `token`, `insecure`. */
function connectionInputs(inputs, env = process.env) {
    const given = { username: inputs.string('username'), password: inputs.string('password'), token: inputs.string('token') };
    // None given: the environment variables every registry reference reads.
    const credentials = given.username || given.password || given.token ? given : (connectionFromEnv(env).credentials ?? {});
    return connectionFrom(credentials, inputs.boolean('insecure', false));
}
/** The connection from the values of those inputs (an adapter that reads them itself: monitor). */
function connectionFrom(credentials, insecure) {
    if (credentials.password && credentials.token)
        throw new errors/* ConfigurationError */.j1(`inputs 'password' and 'token': give one of them`);
    return { credentials, insecure };
}
/** Who is acting and from which run, from the Actions environment (or the local user). */
function actorFromEnv(env = process.env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    let actor = env.GITHUB_ACTOR;
    if (!actor) {
        try {
            actor = (0,external_node_os_.userInfo)().username;
        }
        catch {
            actor = undefined;
        }
    }
    return {
        actor,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? runUrl(server, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : undefined,
        revision: env.GITHUB_SHA,
        source: env.GITHUB_REPOSITORY ? `${server.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}` : undefined,
    };
}
function cardRenderer(c) {
    return (read) => modelCard({
        name: c.name,
        evaluation: read.evaluation,
        trainManifest: read.trainManifest,
        files: read.config.files,
        revision: c.revision,
        source: c.source,
        intendedUse: c.intendedUse,
    });
}
/* harmony default export */ const actions_register = (defineAction({
    name: 'register',
    secrets: ['password', 'token'],
    parse(inputs) {
        const name = inputs.required('name');
        const model = inputs.list('model');
        if (!model.length)
            throw new errors/* ConfigurationError */.j1(`input 'model' is required: the model file(s) to register`);
        const aliases = inputs.list('alias');
        for (const a of aliases)
            checkAlias(a);
        const card = inputs.string('card');
        const env = actorFromEnv();
        const config = {
            target: modelReference(inputs.string('registry') ?? 'oci-layout://registry', name),
            connection: connectionInputs(inputs),
            name,
            model,
            evaluation: inputs.string('evaluation'),
            trainManifest: inputs.string('train-manifest'),
            dataReport: inputs.string('data-report'),
            profile: inputs.string('profile'),
            schema: inputs.string('schema'),
            aliases,
            status: inputs.choice('status', STATUSES),
            intendedUse: card && !card.includes('\n') && (0,external_node_fs_.existsSync)(card) ? (0,external_node_fs_.readFileSync)(card, 'utf8') : card,
            actor: { actor: env.actor, runUrl: env.runUrl },
            revision: env.revision,
            source: env.source,
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const backend = reference_openBackend(config.target, config.connection);
        const r = await log.group(`register ${config.name} in ${backend.location}`, () => register(backend, {
            name: config.name,
            model: config.model,
            evaluation: config.evaluation,
            trainManifest: config.trainManifest,
            dataReport: config.dataReport,
            profile: config.profile,
            schema: config.schema,
            card: cardRenderer(config),
            aliases: config.aliases,
            status: config.status,
            revision: config.revision,
            source: config.source,
            ...config.actor,
        }, log));
        const summary = [
            `### modelgate register: ${esc(config.name)} ${r.version}`,
            '',
            `${r.created ? 'Registered' : 'Already registered (same files, same digest)'}: ${code(r.reference, 300)}`,
            '',
            `Uploaded ${r.stats.blobsUploaded} blob(s), ${r.stats.bytesUploaded} bytes; ${r.stats.blobsSkipped} already in the registry.${config.aliases.length ? ` Aliases: ${config.aliases.map((a) => code(a)).join(', ')}.` : ''}`,
            '',
        ].join('\n');
        return { passed: true, outputs: { version: r.version, digest: r.digest, reference: r.reference }, summary };
    },
}));

;// CONCATENATED MODULE: ./.build/js/src/actions/monitor.js
/**
 * monitor adapter: inputs -> MonitorConfig -> monitor/runMonitor() -> monitor-report.json, job
 * summary with the trend, outputs. No statistics here: they are in src/monitor and src/stats.
 */









const RANK = { none: 0, warn: 1, act: 2 };
/* harmony default export */ const monitor = (defineAction({
    name: 'monitor',
    secrets: ['password', 'token'],
    parse(inputs) {
        const data = inputs.paths('data');
        if (!data.length)
            throw new errors/* ConfigurationError */.j1(`input 'data' is required: the production data (files or globs)`);
        const model = inputs.required('model');
        reference_parseReference(model, 'model');
        const thresholdsInput = inputs.pathOrInline('thresholds');
        const thresholds = thresholdsInput === undefined ? parseThresholds(undefined, 'thresholds') : (() => {
            const { value, source } = (0,files/* readConfigInput */.nt)(thresholdsInput, 'thresholds');
            return parseThresholds(value, source);
        })();
        const window = inputs.string('window');
        const asOfText = inputs.string('as-of');
        const asOf = asOfText === undefined ? undefined : parseTime(asOfText);
        if (asOfText !== undefined && (asOf === undefined || /^\s*-?\d+(\.\d+)?\s*$/.test(asOfText)))
            throw new errors/* ConfigurationError */.j1(`input 'as-of' must be an ISO 8601 time such as 2026-12-06T00:00:00Z; got '${asOfText}'`);
        const who = actorFromEnv();
        const config = {
            data,
            format: inputs.choice('format', ['csv', 'tsv', 'jsonl', 'parquet']),
            model,
            connection: connectionFrom({ username: inputs.string('username'), password: inputs.string('password'), token: inputs.string('token') }, inputs.boolean('insecure', false)),
            labels: inputs.path('labels'),
            windowMs: window === undefined ? undefined : parseWindow(window),
            timeColumn: inputs.string('time-column'),
            asOf,
            thresholds,
            report: inputs.path('report') ?? 'monitor-report.json',
            record: inputs.boolean('record', true),
            failOn: inputs.choice('fail-on', FAIL_ON) ?? 'never',
            naValues: (0,data_scan/* parseNaValues */.vA)([]),
            actor: { actor: who.actor, runUrl: who.runUrl },
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const { report, history } = await runMonitor(config, log);
        const failed = config.failOn !== 'never' && RANK[report.finding] >= RANK[config.failOn];
        return {
            passed: !failed,
            failure: failed ? `monitor finding ${report.finding} (fail-on ${config.failOn}): ${report.reasons.map((r) => r.message).join('; ')}` : undefined,
            outputs: { finding: report.finding, 'drifted-columns': JSON.stringify(report.driftedColumns), report: config.report },
            summary: renderMonitor(report, history),
        };
    },
}));

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./.build/js/src/generated/actions-meta.js
const actions_meta_actionsMeta = {
    "run": {
        "description": "Run the stages of a modelgate.yml (validate-data, train, evaluate-model, compare-to-baseline) in one step, in order.",
        "inputs": {
            "path": {
                "description": "A modelgate.yml, or a directory holding one. Relative paths inside it are relative to its directory.",
                "required": false,
                "default": "."
            },
            "stages": {
                "description": "Run only these stages (one per line, or space or comma separated). Default: every stage in the file, in order.",
                "required": false
            },
            "github-token": {
                "description": "Token for the stages that talk to GitHub (compare-to-baseline's comment and check), unless a stage sets its own. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN). Never write a token or any `${{ }}` expression into modelgate.yml: the runner does not evaluate that file.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "html": {
                "description": "Also write a self-contained HTML page (one page for the whole pipeline: the data report, every evaluation and the comparison the stages wrote) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when every stage passed."
            },
            "failed-stages": {
                "description": "Comma-separated names of the stages that failed."
            },
            "outputs": {
                "description": "JSON object: stage name -> that stage's outputs."
            }
        }
    },
    "compare-to-baseline": {
        "description": "Compare a candidate evaluation with the production baseline by paired statistical tests, gate the merge, and post one sticky PR comment with the metrics diff.",
        "inputs": {
            "mode": {
                "description": "`compare` (default): compare, comment and check. `publish`: post a comparison made by a pull_request run of a fork (read from `out` and `comment-file`), from a workflow_run workflow, without running any PR code.",
                "required": false,
                "default": "compare"
            },
            "candidate": {
                "description": "Required in `compare` mode: evaluation.json of the candidate model, or a registered version holding one.",
                "required": false
            },
            "baseline": {
                "description": "evaluation.json of the production model, or a registered version (`oci-layout://registry/churn:production`): its stored evaluation when it ran on the candidate's data, else its model evaluated on the candidate's rows so tests stay paired. Without it this is the first model: only absolute gates (min, max) apply.",
                "required": false
            },
            "gates": {
                "description": "Gate file (YAML or JSON; schema src/schemas/gates.schema.json) or inline YAML.",
                "required": false
            },
            "confidence": {
                "description": "Confidence level of the decisions; overrides the gate file. Default 0.95.",
                "required": false
            },
            "correction": {
                "description": "Adjustment across gates: `holm`, `bh` or `none`; overrides the gate file. Default holm.",
                "required": false
            },
            "bootstrap": {
                "description": "Resamples of the paired bootstraps.",
                "required": false,
                "default": "2000"
            },
            "seed": {
                "description": "Seed of the paired bootstraps.",
                "required": false,
                "default": "0"
            },
            "data-report": {
                "description": "data-report.json from validate-data, shown in a collapsed section of the comment.",
                "required": false
            },
            "train-manifest": {
                "description": "train-manifest.json of the candidate, for the training section (cache hit, params diff).",
                "required": false
            },
            "baseline-manifest": {
                "description": "train-manifest.json of the baseline, to diff params against.",
                "required": false
            },
            "sweep-report": {
                "description": "sweep.json of the sweep that chose the candidate (train's `sweep-report` output): the comment gets a collapsed leaderboard and the chosen variant's validation score beside its test score (the candidate's evaluation).",
                "required": false
            },
            "comment": {
                "description": "Post or update the sticky PR comment. Default: true in a pull_request run, false elsewhere.",
                "required": false
            },
            "github-token": {
                "description": "Token for the comment, the check run and override permission checks. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN).",
                "required": false,
                "default": "${{ github.token }}"
            },
            "check-name": {
                "description": "Name of the check run (or commit status) that carries the verdict, for branch protection.",
                "required": false,
                "default": "modelgate"
            },
            "out": {
                "description": "Path of comparison.json.",
                "required": false,
                "default": "comparison.json"
            },
            "html": {
                "description": "Also write a self-contained HTML page (each gated delta with its interval against the allowed margin, the gate table, and the evaluations and data report it was given) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "comment-file": {
                "description": "Path of the comment markdown.",
                "required": false,
                "default": "comparison.md"
            },
            "fail-on-gate": {
                "description": "Fail the step when a gate fails.",
                "required": false,
                "default": "true"
            },
            "fail-on-publish-error": {
                "description": "Fail the step when the comment or the check cannot be posted (GitHub down, too slow, refused). The verdict, outputs, summary and files are written first either way. Default: false in `compare` mode (the error is reported as an annotation and the step follows the verdict), true in `publish` mode.",
                "required": false
            },
            "publish-timeout": {
                "description": "Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included); past it publishing stops and is reported as failed.",
                "required": false,
                "default": "120"
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when every gate passed, `false` when one failed, empty when no gates are configured."
            },
            "failed-gates": {
                "description": "Comma-separated names of the failed gates (metric, or metric[column=value])."
            },
            "comment-url": {
                "description": "URL of the PR comment, when one was posted."
            },
            "report": {
                "description": "Path of comparison.json."
            }
        }
    },
    "deploy": {
        "description": "Roll a registered model out to a modelgate server or KServe (direct, blue-green, canary or shadow), judge candidate against stable statistically at each step, and promote or roll back; report to GitHub Deployments.",
        "inputs": {
            "model": {
                "description": "Registry reference of the model to deploy (registry/repository:tag or @sha256:digest, or a URI).",
                "required": true
            },
            "target": {
                "description": "Where to deploy: the URL of a `modelgate serve` server (its admin API), or `kserve` (an InferenceService applied with kubectl; needs `kserve-service` and `prometheus-url`).",
                "required": true
            },
            "strategy": {
                "description": "`direct`, `blue-green`, `canary` or `shadow`. kserve supports direct and canary (KServe cannot mirror traffic).",
                "required": false,
                "default": "canary"
            },
            "steps": {
                "description": "Canary weights in percent, ascending, ending at 100.",
                "required": false,
                "default": "10,50,100"
            },
            "interval": {
                "description": "Bake time of each judged step (the observation window): a number and a unit (ms, s, m, h, d, w), e.g. `30s`, `5m`, `1h`, `1m30s`; a plain number is seconds; at most 24h.",
                "required": false,
                "default": "30s"
            },
            "max-interval": {
                "description": "Longest a judged window may grow while it has fewer than `min-samples` requests per variant (low traffic): it is extended by `interval` at a time up to this, then the step is `no-data`. Default: 4 × `interval`; set it to `interval` for fixed windows.",
                "required": false
            },
            "warmup": {
                "description": "How long the candidate takes traffic, unjudged, before its first judged window (the first canary step, the blue-green bake, the shadow window): a freshly loaded model answers its first requests slower than a warm stable does, and a short window would count that against it (Spinnaker calls this the warm-up before analysis). Once per rollout. Default: 0.",
                "required": false
            },
            "termination-wait": {
                "description": "blue-green: how long blue is kept after the switch while green is judged on live traffic. Default: `interval`.",
                "required": false
            },
            "min-samples": {
                "description": "Fewest requests per variant in a window for the judge to decide; fewer is `no-data` (never a pass).",
                "required": false,
                "default": "200"
            },
            "judge": {
                "description": "Judge file (YAML or JSON) or inline YAML: confidence (0.98), tolerance (0.25), pass (95), marginal (75), groups (weights), metrics. Default: latency and a critical error rate (and agreement for shadow).",
                "required": false
            },
            "environment": {
                "description": "GitHub environment to record the rollout in as a deployment with statuses (needs `deployments: write`).",
                "required": false
            },
            "admin-token": {
                "description": "Bearer token of the modelgate server admin API. Masked in logs.",
                "required": false
            },
            "github-token": {
                "description": "Token for GitHub Deployments (used only with `environment`).",
                "required": false,
                "default": "${{ github.token }}"
            },
            "report": {
                "description": "Path of deployment.json.",
                "required": false,
                "default": "deployment.json"
            },
            "prometheus-url": {
                "description": "kserve: the Prometheus server that scrapes the modelgate metrics of the InferenceService.",
                "required": false
            },
            "kserve-service": {
                "description": "kserve: the InferenceService as namespace/name.",
                "required": false
            },
            "kserve-runtime": {
                "description": "kserve: the ServingRuntime to serve with (default: the one KServe picks for ONNX).",
                "required": false
            }
        },
        "outputs": {
            "decision": {
                "description": "`promoted`, `rolled-back`, `no-data` (traffic stays on stable), or `passed` (a shadow rollout that the judge passed; traffic never moved)."
            },
            "report": {
                "description": "Path of deployment.json."
            }
        }
    },
    "evaluate-model": {
        "description": "Evaluate an ONNX model on a dataset with onnxruntime: metrics with confidence intervals, slice metrics, calibration and latency, plus per-row predictions for paired comparisons.",
        "inputs": {
            "model": {
                "description": "Required (unless `merge`): the model, an .onnx file, or a registered version (`oci-layout://registry/churn:production`, `oci://ghcr.io/o/r/churn@sha256:…`; credentials from MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN).",
                "required": false
            },
            "data": {
                "description": "Required (unless `merge`): evaluation data files or globs (CSV, TSV, JSONL, Parquet), one per line.",
                "required": false
            },
            "format": {
                "description": "Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.",
                "required": false
            },
            "label": {
                "description": "Required (unless `merge`): the column holding the true label (or target value).",
                "required": false
            },
            "task": {
                "description": "`binary`, `multiclass` or `regression`. Default: inferred from the model outputs and the labels.",
                "required": false
            },
            "features": {
                "description": "Columns that feed a single [N, F] input, in training order, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore`, `slice-by` and `sensitive`. Models with one input per column take their columns by name.",
                "required": false
            },
            "ignore": {
                "description": "Columns never fed to the model (ids, timestamps), one per line.",
                "required": false
            },
            "na-values": {
                "description": "CSV/TSV cells that mean a missing value, read as train and validate-data read them (a list input): a float input gets NaN (the model's imputer fills it). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.",
                "required": false
            },
            "positive-label": {
                "description": "The positive class of a binary task. Default: the second class in sorted order (scikit-learn's classes_[1]), e.g. 1.",
                "required": false
            },
            "threshold": {
                "description": "Binary decision threshold on the positive-class probability: a row is predicted positive when its probability is >= threshold.",
                "required": false,
                "default": "0.5"
            },
            "score-type": {
                "description": "For a model whose one output is a single column: `probability`, `logit` (a sigmoid is applied) or `auto` (a Sigmoid node or values within [0, 1] mean probability).",
                "required": false,
                "default": "auto"
            },
            "slice-by": {
                "description": "Columns to compute metrics per value of, one per line.",
                "required": false
            },
            "sensitive": {
                "description": "Sensitive columns for the fairness audit (binary tasks), one per line; `a*b` audits the intersection of two columns. Per group: selection rate, true and false positive rates, precision and accuracy with intervals; across groups: fairlearn's demographic parity, equalized odds and equal opportunity measures and the disparate impact ratio (four-fifths rule), with bootstrap intervals. A sensitive column is read from the data and never fed to the model.",
                "required": false
            },
            "min-slice-rows": {
                "description": "Slices with fewer rows are not reported on their own; their values are pooled into \"(other)\".",
                "required": false,
                "default": "30"
            },
            "confidence": {
                "description": "Confidence level of every interval.",
                "required": false,
                "default": "0.95"
            },
            "bootstrap": {
                "description": "Resamples for bootstrap intervals.",
                "required": false,
                "default": "1000"
            },
            "seed": {
                "description": "Seed for the bootstrap: the same seed, data and model give the same intervals.",
                "required": false,
                "default": "0"
            },
            "batch-size": {
                "description": "Rows per onnxruntime call.",
                "required": false,
                "default": "4096"
            },
            "importance": {
                "description": "Compute permutation feature importance (scikit-learn's `permutation_importance`) on a sample of the rows: `true` or `false`.",
                "required": false,
                "default": "false"
            },
            "importance-repeats": {
                "description": "Shuffles per feature for `importance`; each gives one decrease, the interval comes from their spread.",
                "required": false,
                "default": "5"
            },
            "importance-max-rows": {
                "description": "Rows sampled (uniformly, seeded) for `importance`; its cost is (1 + features x repeats) predictions of these rows.",
                "required": false,
                "default": "10000"
            },
            "importance-metric": {
                "description": "Score whose decrease `importance` measures: `accuracy`, `roc_auc`, `log_loss` (classification), `r2`, `mae`, `rmse` (regression). Default: accuracy for classifiers, r2 for regression (scikit-learn's estimator.score).",
                "required": false
            },
            "shard": {
                "description": "Evaluate only shard `i/n` of the rows (row index modulo n equals i); merge the shards with `merge`.",
                "required": false
            },
            "merge": {
                "description": "evaluation.json files of shards (one per line, globs allowed) to merge into one evaluation instead of running the model.",
                "required": false
            },
            "out": {
                "description": "Path of evaluation.json.",
                "required": false,
                "default": "evaluation.json"
            },
            "html": {
                "description": "Also write a self-contained HTML page (metrics with intervals, ROC and precision-recall curves, the reliability diagram, the confusion matrix, per-slice metrics with intervals) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "predictions": {
                "description": "Path of the per-row predictions file (CSV), used by compare-to-baseline for paired tests. Default: next to `out`, named predictions.csv.",
                "required": false
            },
            "split-by": {
                "description": "A time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP): evaluate only the rows at or after `split-at`, the rows after those the model was trained on (train takes the same two inputs). Never fed to the model. The span evaluated is written to evaluation.json (`timeRange`).",
                "required": false
            },
            "split-at": {
                "description": "With `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC).",
                "required": false
            },
            "experiments": {
                "description": "Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.",
                "required": false,
                "default": ".modelgate/runs"
            },
            "workers": {
                "description": "Worker threads for the pass over one CSV/TSV file, each with its own onnxruntime session of cores / workers intra-op threads (evaluation.json is the same for any number apart from latency; predictions.csv the same bytes). Default: the cores available (`os.availableParallelism()`).",
                "required": false
            }
        },
        "outputs": {
            "task": {
                "description": "The task evaluated: binary, multiclass or regression."
            },
            "rows": {
                "description": "Rows evaluated."
            },
            "accuracy": {
                "description": "Accuracy (classification)."
            },
            "roc-auc": {
                "description": "ROC AUC (binary)."
            },
            "f1": {
                "description": "F1 of the positive class (binary)."
            },
            "macro-f1": {
                "description": "Macro-averaged F1 (multiclass)."
            },
            "log-loss": {
                "description": "Log loss (classification)."
            },
            "rmse": {
                "description": "Root mean squared error (regression)."
            },
            "mae": {
                "description": "Mean absolute error (regression)."
            },
            "r2": {
                "description": "Coefficient of determination (regression)."
            },
            "report": {
                "description": "Path of evaluation.json."
            },
            "predictions": {
                "description": "Path of the predictions file."
            },
            "roc_auc": {
                "description": "Deprecated alias of `roc-auc` (same value), kept until v2."
            },
            "macro_f1": {
                "description": "Deprecated alias of `macro-f1` (same value), kept until v2."
            },
            "log_loss": {
                "description": "Deprecated alias of `log-loss` (same value), kept until v2."
            },
            "run-id": {
                "description": "The id of the experiment run recorded (empty when none was)."
            }
        }
    },
    "monitor": {
        "description": "Test a window of production data (capture files of modelgate serve, or any dataset) against what the registry stores for a model version: feature drift against its training profile, prediction drift, data quality against its schema, and with labels, decay of its real metrics. Finds none, warn or act, and appends the result to the version's history.",
        "inputs": {
            "data": {
                "description": "Production data: files or globs (space or newline separated), CSV, TSV, JSON Lines or Parquet; e.g. the capture files of `modelgate serve` (`capture/*.jsonl`). In capture files, shadow answers are left out.",
                "required": true
            },
            "format": {
                "description": "Data format when the extension does not tell: csv, tsv, jsonl or parquet.",
                "required": false
            },
            "model": {
                "description": "Registry reference of the version to monitor, usually an alias: `oci-layout://registry/churn:production` or `oci://ghcr.io/<owner>/<repo>/churn:production`. It must hold the training profile (register's `profile`).",
                "required": true
            },
            "labels": {
                "description": "Labels that arrived later: a file (CSV, JSON Lines, Parquet) with `request_id` and the true label (a column named as the model's label, or `label`). Joined to the recorded predictions to measure and test decay; the model is not run again.",
                "required": false
            },
            "window": {
                "description": "Keep the rows whose time is within this of the newest row (or of `as-of`): `7d`, `12h`, `30m`, `2w`, `1d12h` (at least a minute). Default: every row.",
                "required": false
            },
            "time-column": {
                "description": "The column with each row's time: ISO 8601 (UTC unless it has an offset) or Unix seconds. Default: `timestamp` when the data has it (capture files do).",
                "required": false
            },
            "as-of": {
                "description": "End of the window, an ISO 8601 time. Default: the newest row's time.",
                "required": false
            },
            "thresholds": {
                "description": "What counts: a file (YAML or JSON) or inline YAML with alpha (0.05), top-features (3), warn-drifted-features (1), act-drifted-share (0.5), prediction-drift (act), quality (warn), min-labelled-rows (30), metrics (all with a test), drift (validate-data's drift settings).",
                "required": false
            },
            "report": {
                "description": "Path of monitor-report.json.",
                "required": false,
                "default": "monitor-report.json"
            },
            "fail-on": {
                "description": "Fail the step (exit 1) on this finding or a worse one: `act`, `warn`, or `never` (the finding is an output either way).",
                "required": false,
                "default": "never"
            },
            "record": {
                "description": "Append the result to the version's history in the registry (`modelgate registry history` shows it).",
                "required": false,
                "default": "true"
            },
            "username": {
                "description": "Registry username (with `password`).",
                "required": false
            },
            "password": {
                "description": "Registry password. Masked in logs; never stored.",
                "required": false
            },
            "token": {
                "description": "Registry token, used as the password (for ghcr.io: `github.token`; `packages: write` to record the history, `packages: read` with `record: false`). Masked in logs; never stored.",
                "required": false
            },
            "insecure": {
                "description": "Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "finding": {
                "description": "`none`, `warn` or `act` (see the README's Monitor section for what each means)."
            },
            "drifted-columns": {
                "description": "The drifted features, as a JSON array of names (`[]` when none)."
            },
            "report": {
                "description": "Path of monitor-report.json."
            }
        }
    },
    "register": {
        "description": "Register a model version in an OCI registry (an OCI image layout folder by default, or any distribution registry such as ghcr.io): immutable v1, v2… tags, moving aliases, the evaluation, lineage and model card stored with it, and an append-only history.",
        "inputs": {
            "registry": {
                "description": "Where versions go: `oci-layout://<dir>` (a folder, one OCI image layout per model) or `oci://<host>/<repository>` (e.g. `oci://ghcr.io/<owner>/<repo>`). The model's `name` is appended.",
                "required": false,
                "default": "oci-layout://registry"
            },
            "name": {
                "description": "The model's name: lowercase letters, digits and . _ - (the last segment of its repository).",
                "required": true
            },
            "model": {
                "description": "The model file(s) to register (space or newline separated), each stored unchanged as a layer titled with its file name.",
                "required": true
            },
            "evaluation": {
                "description": "evaluation.json of this model; its metrics and data digest go into the version's config and model card.",
                "required": false
            },
            "train-manifest": {
                "description": "train-manifest.json: cache key, params and commit are recorded as lineage.",
                "required": false
            },
            "data-report": {
                "description": "data-report.json of the training data, stored with the version.",
                "required": false
            },
            "profile": {
                "description": "profile.json of the training data, stored with the version (what `monitor` tests production data against).",
                "required": false
            },
            "schema": {
                "description": "The data schema validate-data checked the training data with (YAML or JSON), stored with the version (what `monitor` checks the quality of production rows against).",
                "required": false
            },
            "alias": {
                "description": "Aliases to point at this version (space or comma separated), e.g. `staging`. `latest` and `v<digits>` are reserved.",
                "required": false
            },
            "status": {
                "description": "Approval status to record: `pending`, `approved` or `rejected`. Default: pending for a new version, unchanged for an existing one.",
                "required": false
            },
            "card": {
                "description": "Intended use for the model card: markdown text, or a path to a markdown file.",
                "required": false
            },
            "username": {
                "description": "Registry username (with `password`). For ghcr.io any non-empty name works with a token. When none of username, password and token is given: MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN from the environment, as registry references read them.",
                "required": false
            },
            "password": {
                "description": "Registry password. Masked in logs; never stored.",
                "required": false
            },
            "token": {
                "description": "Registry token, used as the password (for ghcr.io: `github.token` with `packages: write`). Masked in logs; never stored.",
                "required": false
            },
            "insecure": {
                "description": "Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "version": {
                "description": "The version tag, e.g. `v3` (the existing one when these files were already registered)."
            },
            "digest": {
                "description": "The manifest digest of the version (sha256:…)."
            },
            "reference": {
                "description": "The immutable reference: `<registry>/<name>@<digest>`, usable as compare-to-baseline's `baseline` or evaluate-model's `model`."
            }
        }
    },
    "retrain": {
        "description": "Act on a monitoring finding: add the window's labelled rows to the training data (`mode: data`), then open or update one retrain pull request on a branch of its own, or one drift issue when there were no labels (`mode: publish`).",
        "inputs": {
            "mode": {
                "description": "`data`: add the window's rows to the training data file when the finding calls for a retrain (read-only job, before `train`). `publish`: open or update the retrain pull request (labelled `act`) or the drift issue (unlabelled `act`); nothing on `warn` or `none`. Publish runs no code from the repository and treats every file it reads as untrusted.",
                "required": true
            },
            "report": {
                "description": "monitor-report.json written by `monitor`: its `finding` and whether labels were tested (`decay`) decide what happens; its drifted columns and decayed metrics are shown. Required in `publish` mode; in `data` mode without it the window is added unconditionally (the workflow decided).",
                "required": false
            },
            "training-data": {
                "description": "`data` mode: the training data file (CSV, TSV or JSON Lines) that `train` reads.",
                "required": false
            },
            "out": {
                "description": "`data` mode: where the training data with the window's rows is written. Default: `training-data` itself, in place (the file the retrain pull request commits).",
                "required": false
            },
            "window": {
                "description": "`data` mode: the window's labelled rows (features and label, the training data's columns), as a CSV, TSV or JSON Lines file.",
                "required": false
            },
            "holdout": {
                "description": "`data` mode: the share of the window held out of training, its newest rows (rounded up), written to `holdout-data`: the rows on which the candidate and production are evaluated, so that neither was trained on them. 0 adds the whole window (then evaluate on other rows).",
                "required": false,
                "default": "0.5"
            },
            "holdout-data": {
                "description": "`data` mode: where the held-out rows are written (the window's format and columns). Required when `holdout` is above 0.",
                "required": false
            },
            "retrain-data": {
                "description": "`append` (the training data grows by the window) or `replace-oldest` (as many of its first rows are dropped, so its size stays). Default: `append`. In publish mode it is only named in the pull request's text.",
                "required": false
            },
            "files": {
                "description": "`publish` mode: repository paths to commit on the retrain branch (the training data or its pointer file, changed params), one per line; each is read from `source-dir`. Paths come from the workflow, never from the artifact.",
                "required": false
            },
            "source-dir": {
                "description": "`publish` mode: the folder holding the new contents of `files` (where the artifact of the monitoring job was downloaded).",
                "required": false,
                "default": "."
            },
            "report-path": {
                "description": "`publish` mode: where in the repository the monitoring report is committed on the branch (JSON; a markdown rendering goes beside it with `.md`).",
                "required": false,
                "default": "monitoring/monitor-report.json"
            },
            "branch": {
                "description": "The retrain pull request's branch. Each run rebuilds it as one commit on the base branch's head; a branch with commits modelgate did not make is never overwritten.",
                "required": false,
                "default": "modelgate/retrain"
            },
            "base": {
                "description": "The branch the pull request targets. Default: the repository's default branch. Nothing is ever committed to it.",
                "required": false
            },
            "comparison": {
                "description": "`publish` mode: comparison.json of the retrained candidate against production on the window's labelled rows (compare-to-baseline with `comment: false`); posted on the pull request as the sticky comment (from `comment-file`) and the `check-name` check on its head commit.",
                "required": false
            },
            "comment-file": {
                "description": "The comparison's markdown. Default: `comparison` with `.md` for `.json`.",
                "required": false
            },
            "labels": {
                "description": "`publish` mode: labels given to the drift issue when it is created, one per line.",
                "required": false
            },
            "github-token": {
                "description": "Token for the branch, the pull request, the issue, the comment and the check. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN). A pull request opened with the workflow's GITHUB_TOKEN starts no `pull_request` workflow: pass a GitHub App token to have the PR gate run as well.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "check-name": {
                "description": "Name of the check run (or commit status) that carries the comparison's verdict on the pull request's head.",
                "required": false,
                "default": "modelgate"
            },
            "publish-timeout": {
                "description": "Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included).",
                "required": false,
                "default": "120"
            }
        },
        "outputs": {
            "next": {
                "description": "What the finding calls for: `pull-request` (labelled `act`), `issue` (unlabelled `act`) or `none` (`warn`, `none`); empty in `data` mode without a report."
            },
            "rows": {
                "description": "`data` mode: rows of the training data after the window was added."
            },
            "added": {
                "description": "`data` mode: window rows added."
            },
            "dropped": {
                "description": "`data` mode: training rows dropped (`replace-oldest`)."
            },
            "held-out": {
                "description": "`data` mode: window rows held out in `holdout-data`."
            },
            "result": {
                "description": "`publish` mode: `created`, `updated` or `unchanged` (the pull request or issue), empty when nothing was done."
            },
            "number": {
                "description": "`publish` mode: the number of the pull request or issue."
            },
            "url": {
                "description": "`publish` mode: the URL of the pull request or issue."
            }
        }
    },
    "train": {
        "description": "Train a model only when its data, code or params changed: run your command (or a built-in trainer that exports ONNX), cache its outputs under a digest of its inputs, and record its lineage.",
        "inputs": {
            "command": {
                "description": "Your training command, any language, run by the shell in the workspace. Leave empty to use a built-in trainer (`algorithm`).",
                "required": false
            },
            "inputs": {
                "description": "Globs of the files whose content decides whether training must run: data, code, params, lockfiles (one per line). Required with `command`.",
                "required": false
            },
            "outputs": {
                "description": "Required with `command`: paths the command produces (model, metrics), one per line, inside the workspace: restored on a cache hit, saved on a miss.",
                "required": false
            },
            "params": {
                "description": "A params file (YAML, JSON or key=value); its values are part of the cache key, recorded in the manifest and diffed in the PR comment.",
                "required": false
            },
            "cache": {
                "description": "Reuse outputs of an earlier run with the same inputs (Actions cache in a workflow, a local folder outside).",
                "required": false,
                "default": "true"
            },
            "cache-key-prefix": {
                "description": "Prefix of the cache key, to keep caches of different models apart.",
                "required": false,
                "default": "modelgate-train"
            },
            "manifest": {
                "description": "Path of train-manifest.json (inputs and their digests, command, params, git commit, timings, cache hit).",
                "required": false,
                "default": "train-manifest.json"
            },
            "algorithm": {
                "description": "Built-in trainer: `logistic-regression` (binary or multinomial) or `linear-regression` (ridge), exported to ONNX with imputation, scaling and one-hot encoding inside the graph.",
                "required": false
            },
            "data": {
                "description": "Required with `algorithm`: the training data files or globs, one per line.",
                "required": false
            },
            "label": {
                "description": "Required with `algorithm`: the label column.",
                "required": false
            },
            "features": {
                "description": "Built-in trainers: feature columns, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore` and `split-by`, leaving out time columns (dates, timestamps) and identifier-like text columns (more than half the values distinct), named in the log.",
                "required": false
            },
            "ignore": {
                "description": "Built-in trainers: columns never used as features, one per line.",
                "required": false
            },
            "na-values": {
                "description": "Built-in trainers: CSV/TSV cells that mean a missing value, as validate-data reads them (a list input). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.",
                "required": false
            },
            "model": {
                "description": "Built-in trainers: path of the .onnx model to write.",
                "required": false,
                "default": "model.onnx"
            },
            "seed": {
                "description": "Built-in trainers: seed. The same data and seed give a byte-identical model file.",
                "required": false,
                "default": "0"
            },
            "max-categories": {
                "description": "Built-in trainers: the most distinct values a categorical column (or a classification label) may have; more is an error that names the column.",
                "required": false,
                "default": "1000"
            },
            "split-by": {
                "description": "Built-in trainers: a time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP) to split on: only the rows before `split-at` are trained on. Never a feature. The training rows' span goes into the manifest, for compare-to-baseline's leakage check.",
                "required": false
            },
            "split-at": {
                "description": "Built-in trainers, with `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC). evaluate-model takes the same two inputs and keeps the rows at or after it.",
                "required": false
            },
            "experiments": {
                "description": "Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.",
                "required": false,
                "default": ".modelgate/runs"
            },
            "l2": {
                "description": "Built-in trainers: L2 penalty strength; logistic-regression: 1/C of scikit-learn's LogisticRegression, linear-regression: Ridge's alpha. 0 means no penalty.",
                "required": false,
                "default": "1"
            },
            "sweep": {
                "description": "A hyperparameter sweep (a file or inline YAML, schema sweep.schema.json): a grid or a seeded random sample over train inputs (`l2`, `seed`, ...) with a budget; each variant is trained through the cache and scored on the `validation` split, and the best one becomes `model`.",
                "required": false
            },
            "sweep-step": {
                "description": "With `sweep`: `all` (plan, train every variant in parallel up to the cores, collect), `plan` (only write the variants as the `sweep-matrix` output for a job matrix), `variant` (train and score the one variant `sweep-variant`), or `collect` (choose among the variants' results and restore the winner from the cache).",
                "required": false,
                "default": "all"
            },
            "sweep-variant": {
                "description": "With `sweep-step: variant`: the variant to train, a name from the `sweep-matrix` output (e.g. `v03`).",
                "required": false
            },
            "sweep-results": {
                "description": "With `sweep-step: collect`: globs of the variants' result.json files (downloaded artifacts of the matrix jobs), one per line. Default: the sweep folder's `*/result.json`.",
                "required": false
            }
        },
        "outputs": {
            "cache-hit": {
                "description": "`true` when the outputs were restored from the cache and nothing was trained."
            },
            "model": {
                "description": "Path of the model, relative to the working directory (built-in trainers: `model`; command mode: the first of `outputs`)."
            },
            "manifest": {
                "description": "Path of train-manifest.json, relative to the working directory like `model`."
            },
            "duration-seconds": {
                "description": "Seconds spent training, to 0.1 s (0 on a cache hit)."
            },
            "sweep-matrix": {
                "description": "With `sweep`: the variants as a job matrix, `{\"include\":[{\"variant\":\"v01\",\"l2\":\"0.1\"},...]}`, for `fromJSON` in `strategy.matrix`."
            },
            "sweep-report": {
                "description": "With `sweep` (`all` or `collect`): path of sweep.json, the variants' validation scores and the chosen one."
            },
            "sweep-winner": {
                "description": "With `sweep` (`all` or `collect`): the chosen variant."
            },
            "run-id": {
                "description": "The id of the experiment run recorded (empty when none was)."
            }
        }
    },
    "validate-data": {
        "description": "Validate a dataset against a schema, profile it in one streaming pass, and test it for drift against a reference.",
        "inputs": {
            "data": {
                "description": "Required (unless `merge`): data files or globs, one per line (CSV, TSV, JSONL, Parquet, chosen by extension or by `format`). Several files are read as one dataset.",
                "required": false
            },
            "format": {
                "description": "Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.",
                "required": false
            },
            "schema": {
                "description": "Schema file (JSON or YAML): a JSON Schema (draft 2020-12) for one row, plus dataset rules under `x-dataset`.",
                "required": false
            },
            "infer-schema": {
                "description": "Write a schema inferred from `data` to this path: types, nullability, ranges with a margin, small category sets.",
                "required": false
            },
            "reference": {
                "description": "Dataset (exact tests) or profile.json (tests on its sketches, with their error bound) to test drift against.",
                "required": false
            },
            "drift": {
                "description": "Drift settings, a YAML/JSON file or inline YAML: per-column `test` and `threshold`, and `dataset-drift-share`.",
                "required": false
            },
            "na-values": {
                "description": "CSV/TSV cells that mean a missing value (a list input). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...). `default` stands for that list (`default, -999` extends it); `none` means only empty cells.",
                "required": false
            },
            "as-of": {
                "description": "The time `freshness` and `not-future` rules are judged at: an ISO 8601 date or timestamp (a date is its start, 00:00 UTC; a timestamp without a zone is UTC). Default: the time of the run.",
                "required": false
            },
            "profile": {
                "description": "Write the profile of `data` (mergeable sketches) to this path.",
                "required": false
            },
            "merge": {
                "description": "Profile files (one per line, globs allowed) to merge into one instead of reading `data`; the merged profile is written to `profile`.",
                "required": false
            },
            "shard": {
                "description": "Read only shard `i/n` of the rows (row index modulo n equals i, 0-based), for a matrix of jobs whose profiles are merged.",
                "required": false
            },
            "report": {
                "description": "Path of data-report.json. Default: `data-report.json`, or no report when `infer-schema` is given without `report`.",
                "required": false
            },
            "markdown": {
                "description": "Also write the report as a markdown section to this path (for a PR comment).",
                "required": false
            },
            "html": {
                "description": "Also write a self-contained HTML page (column histograms, the reference overlaid on drifted columns, the drift table) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "sensitive": {
                "description": "Sensitive columns (one per line; `a*b` for the intersection of two) whose groups' labels are compared before any model: SageMaker Clarify's class imbalance and difference in positive proportions per group, with 95% intervals. Needs `label`. Reported, never failing the run.",
                "required": false
            },
            "label": {
                "description": "The label column, for `sensitive`.",
                "required": false
            },
            "positive-label": {
                "description": "The positive label for `sensitive`. Default: 1 for 0/1 labels, else the second of two labels in sorted order.",
                "required": false
            },
            "fail-on": {
                "description": "What fails the step: `any` (violations or drift), `violations`, `drift`, or `never`.",
                "required": false,
                "default": "any"
            },
            "max-samples": {
                "description": "How many violations to keep as samples in the report (all are counted).",
                "required": false,
                "default": "100"
            },
            "annotations": {
                "description": "How many violations become annotations on the data file lines in the pull request.",
                "required": false,
                "default": "10"
            },
            "workers": {
                "description": "Worker threads for the pass over one large CSV/TSV or Parquet file (the report and profile are the same for any number). Default: the cores available (`os.availableParallelism()`).",
                "required": false
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when nothing that `fail-on` names was found."
            },
            "rows": {
                "description": "Rows read."
            },
            "violations": {
                "description": "Number of violations found."
            },
            "drifted-columns": {
                "description": "Comma-separated names of the columns that drifted."
            },
            "report": {
                "description": "Path of data-report.json (empty when none was written)."
            }
        }
    }
};

;// CONCATENATED MODULE: ./.build/js/src/lib/paths.js
/**
 * The path policy, for every action and every way of running it (one check, applied by `Inputs`):
 *
 * - Paths that come from the repository (action inputs in a workflow, the keys of modelgate.yml)
 *   must resolve inside the workspace, or inside the runner's temporary directory (RUNNER_TEMP).
 *   A pull request can edit both, and `data: ../../../etc/passwd` would otherwise copy a runner
 *   file into a report, or `report: ../../x.json` write over one.
 * - The workspace is GITHUB_WORKSPACE in Actions; for `modelgate run <dir>` it is the current
 *   directory when the file is inside it, else the file's own directory.
 * - Flags typed on the command line (`modelgate validate-data --data ~/x.csv`) are the user's own
 *   and are not confined.
 *
 * The check is lexical (`..` segments are resolved, symbolic links are not followed).
 */


/** True when `path` (resolved against `base`) is `dir` or below it. */
function isInside(path, dir, base = process.cwd()) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), (0,external_node_path_.resolve)(base, path));
    return !(rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel));
}
/** The path unchanged when the policy allows it; a ConfigurationError naming the input (`label`) otherwise. */
function confine(label, value, policy) {
    if (!policy)
        return value;
    if (policy.roots.some((r) => isInside(value, r)))
        return value;
    throw new errors/* ConfigurationError */.j1(`${label}: '${value}' is outside ${policy.what} (${policy.roots[0]}); paths from a workflow or modelgate.yml must stay inside it (see "Paths" in the README)`);
}
/** The policy of an action step: GITHUB_WORKSPACE and RUNNER_TEMP, when the runner set them. */
function actionsPathPolicy(env = process.env) {
    if (!env.GITHUB_WORKSPACE)
        return undefined;
    return { roots: [env.GITHUB_WORKSPACE, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: 'the workspace' };
}
/** The policy of a modelgate.yml run: its workspace (see above), plus RUNNER_TEMP in Actions. */
function pipelinePathPolicy(file, env = process.env) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = resolve(file, '..');
    const root = isInside(dir, workspace) ? resolve(workspace) : dir;
    return { roots: [root, ...(env.GITHUB_WORKSPACE && env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: root === dir ? 'the directory of the modelgate.yml' : 'the workspace' };
}

;// CONCATENATED MODULE: ./.build/js/src/lib/inputs.js
/**
 * Strict input parsing, shared by the action adapters, the CLI and modelgate.yml: the one place
 * inputs are read. An `InputSource` yields the raw value of an input (action input, CLI flag or
 * modelgate.yml key, same name): a string, a list of items (a YAML list, a repeated flag), or
 * undefined. `Inputs` turns it into typed values, throwing a ConfigurationError that names the
 * input on anything it cannot parse.
 *
 * Two rules hold for every value, whatever its source:
 * - An unevaluated expression (`${{ ... }}`) is never used: expressions are the runner's to
 *   evaluate, so one that reaches us (a default copied from action.yml, a modelgate.yml key) is an
 *   error, never a value sent anywhere.
 * - Paths follow one policy (src/lib/paths.ts), when the source comes with one.
 */




const EXPRESSION = /\$\{\{/;
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    label(name) {
        return this.source.label?.(name) ?? `input '${name}'`;
    }
    rawChecked(name) {
        const v = this.source.raw(name);
        const items = typeof v === 'string' ? [v] : (v ?? []);
        if (items.some((s) => EXPRESSION.test(s))) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} holds an unevaluated expression ('\${{ ... }}'); expressions are evaluated only in a workflow's 'with:' (the runner does it), never in modelgate.yml or on the command line${name === 'github-token' ? ': set GITHUB_TOKEN or pass the token itself' : ''}`);
        }
        return v;
    }
    string(name) {
        const raw = this.rawChecked(name);
        if (raw !== undefined && typeof raw !== 'string') {
            const items = raw.map((s) => s.trim()).filter(Boolean);
            if (items.length > 1)
                throw new errors/* ConfigurationError */.j1(`${this.label(name)} takes one value, got a list of ${items.length}`);
            return items[0];
        }
        const v = raw?.trim();
        return v === undefined || v === '' ? undefined : v;
    }
    required(name) {
        const v = this.string(name);
        if (v === undefined)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} is required`);
        return v;
    }
    /** YAML 1.2 core booleans only, like core.getBooleanInput: "yes" is an error, not false. */
    boolean(name, fallback) {
        const v = this.string(name);
        if (v === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(v))
            return true;
        if (['false', 'False', 'FALSE'].includes(v))
            return false;
        throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be true or false, got '${v}'`);
    }
    number(name, opts = {}) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const n = Number(v);
        const kind = opts.integer ? 'an integer' : 'a number';
        if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be ${kind}, got '${v}'`);
        }
        if (opts.min !== undefined && n < opts.min)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be >= ${opts.min}, got ${v}`);
        if (opts.max !== undefined && n > opts.max)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be <= ${opts.max}, got ${v}`);
        return n;
    }
    choice(name, options) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        if (!options.includes(v)) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be one of ${options.join(', ')}; got '${v}'`);
        }
        return v;
    }
    /**
     * A list input, by the convention of actions/cache's `path`: a value with line breaks is one
     * item per line, each kept whole (spaces, commas and parentheses included; lines are trimmed,
     * empty lines skipped). A YAML list in modelgate.yml and a repeated or multi-valued CLI flag are
     * one item per element, also whole. Only a value on a single line is split, at commas and
     * whitespace (`a,b` or `a b`), as it always was.
     */
    list(name) {
        const raw = this.rawChecked(name);
        if (raw === undefined)
            return [];
        if (typeof raw !== 'string')
            return raw.map((s) => s.trim()).filter(Boolean);
        if (/[\r\n]/.test(raw.trim()) || /\n\s*$/.test(raw))
            return raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
        return raw.split(/[\s,]+/).filter(Boolean);
    }
    /** A path (file or glob), checked against the source's path policy. */
    path(name) {
        const v = this.string(name);
        return v === undefined ? undefined : confine(this.label(name), v, this.source.paths);
    }
    /** A list of paths or globs (list rules above), each checked against the path policy. */
    paths(name) {
        return this.list(name).map((v) => confine(this.label(name), v, this.source.paths));
    }
    /** A file path or inline YAML (gates, drift settings): the path policy applies to a path. */
    pathOrInline(name) {
        const v = this.string(name);
        return v === undefined || (0,files/* looksInline */.MY)(v) ? v : confine(this.label(name), v, this.source.paths);
    }
    /** `i/n` with 0 <= i < n. */
    shard(name) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const m = /^(\d+)\/(\d+)$/.exec(v);
        const index = m ? Number(m[1]) : NaN;
        const count = m ? Number(m[2]) : NaN;
        if (!m || count < 1 || index >= count) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be i/n with 0 <= i < n (e.g. 0/4), got '${v}'`);
        }
        return { index, count };
    }
}
/**
 * The defaults an action declares in action.yml, for the sources the runner does not fill (CLI,
 * modelgate.yml). A default that is an expression (`${{ github.token }}`) is the runner's to
 * evaluate and is left out: `fallbacks` supply its value from the environment instead.
 */
function defaultsOf(action) {
    const meta = actionsMeta[action];
    if (!meta)
        return {};
    return Object.fromEntries(Object.entries(meta.inputs).map(([k, v]) => [k, v.default !== undefined && EXPRESSION.test(v.default) ? undefined : v.default]));
}
/** How help text shows an input's default: an expression is shown as where the CLI takes it from. */
function defaultForHelp(action, name) {
    const d = actionsMeta[action]?.inputs[name]?.default;
    if (d === undefined || !EXPRESSION.test(d))
        return d;
    return name === 'github-token' ? '$GITHUB_TOKEN' : undefined;
}
/**
 * What the runner would have put in place of an expression default, read from the environment
 * where a `run:` step has it: the token is GITHUB_TOKEN (or GH_TOKEN, as gh reads it).
 */
function environmentFallbacks(env = process.env) {
    return { 'github-token': env.GITHUB_TOKEN || env.GH_TOKEN || undefined };
}
/** An InputSource over a plain map, with defaults (from `defaultsOf`) filled in for absent names. */
function mapSource(values, defaults = {}, extra = {}) {
    return { raw: (name) => values[name] ?? defaults[name], ...extra };
}

// EXTERNAL MODULE: ./.build/js/src/lib/logger.js
var logger = __webpack_require__(485);
;// CONCATENATED MODULE: ./.build/js/src/lib/progress.js
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
function fmtSeconds(s) {
    if (!Number.isFinite(s))
        return '?';
    if (s < 60)
        return `${Math.ceil(s)} s`;
    const m = Math.floor(s / 60);
    return `${m} min ${Math.ceil(s - 60 * m)} s`;
}
/** The text of one progress line. */
function progressText(label, bytesDone, bytesTotal, rows, elapsedMs) {
    const mbps = elapsedMs > 0 ? bytesDone / 1e6 / (elapsedMs / 1000) : 0;
    const left = bytesDone > 0 ? ((bytesTotal - bytesDone) * elapsedMs) / bytesDone / 1000 : Infinity;
    const pct = bytesTotal > 0 ? (100 * bytesDone) / bytesTotal : 0;
    return `${label}: ${fmtInt(rows)} rows, ${pct.toFixed(0)}%, ${mbps.toFixed(0)} MB/s, ETA ${fmtSeconds(left)}`;
}
function progress(o) {
    const now = o.now ?? (() => Date.now());
    const start = now();
    const every = o.tty ? 200 : (o.everyMs ?? 5000);
    const after = o.afterMs ?? 2000;
    let last = -Infinity;
    let shown = false;
    return {
        update(done, total, rows) {
            const t = now();
            if (t - start < after || t - last < every)
                return;
            last = t;
            const text = progressText(o.label, done, total, rows, t - start);
            if (o.tty)
                o.write(`\r${text}\u001b[K`);
            else
                o.write(`${text}\n`);
            shown = true;
        },
        end() {
            if (shown && o.tty)
                o.write('\r\u001b[K');
        },
    };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/summary.js
/**
 * The job summary, capped: GitHub keeps at most 1 MiB of summary per step and drops a larger one
 * whole. A summary over the cap is cut at the last section boundary (a heading or a top-level
 * `<details>`) that fits, and a note says where the full report is.
 */
const SUMMARY_LIMIT = 1024 * 1024;
/** Room kept for the note and anything the runner adds. */
const MARGIN = 4 * 1024;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function capSummary(markdown, report, limit = SUMMARY_LIMIT) {
    if (bytes(markdown) <= limit)
        return { text: markdown, cut: false };
    const budget = limit - MARGIN;
    const lines = markdown.split('\n');
    let size = 0;
    let lastBoundary = 0; // lines[0 .. lastBoundary) fit and end before a section start
    let fitted = 0;
    let inFence = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^(```|~~~)/.test(line))
            inFence = !inFence;
        if (!inFence && i > 0 && /^(#{1,6} |<details)/.test(line))
            lastBoundary = i;
        size += bytes(line) + 1;
        if (size > budget)
            break;
        fitted = i + 1;
    }
    // No section boundary fits: cut at a line (a table row or a paragraph is still whole).
    const keep = lastBoundary > 0 ? lastBoundary : Math.max(fitted, 0);
    let text = lines.slice(0, keep).join('\n');
    // A single line longer than the budget is cut at a character.
    if (bytes(text) > budget)
        text = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
    const where = report ? `the full report is \`${report.replace(/`/g, '')}\` (keep it with actions/upload-artifact)` : 'the full report is in the step log and the report file';
    const note = `\n\n> [!NOTE]\n> This summary was cut at ${Math.round(bytes(text) / 1024)} KiB: GitHub keeps at most 1 MiB per step. ${where[0].toUpperCase()}${where.slice(1)}.\n`;
    return { text: text + note, cut: true };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/runtime.js
/**
 * The GitHub Actions adapter: the only place @actions/core is called. `runAction()` is the single
 * error path (codeql's runWrapper): user errors become one-line `core.setFailed` messages, bugs keep
 * their stack, and a failed check fails the step after the outputs and summary are written.
 *
 * Order of a step: parse the inputs -> run -> set the outputs -> write the summary -> publish (PR
 * comment, check run). Publishing comes last so that a GitHub outage or a hanging API can never
 * hide the verdict from later steps; the summary write is guarded and capped (src/actions/summary.ts)
 * and never changes the verdict.
 */







/**
 * A logger over @actions/core whose groups are one level deep, as the runner folds them: a group
 * opened inside another becomes a plain line in the outer one.
 */
function actionsLogger() {
    let depth = 0;
    return {
        // core.info writes the text as it is (warning, error, debug and groups escape theirs): a line
        // of untrusted data must not become a workflow command.
        info: (m) => core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(m)),
        // The runner's log is not a terminal: a plain line every few seconds.
        progress: (label) => progress({ label, tty: false, write: (t) => core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(t.trimEnd())) }),
        warning: (m, a) => core/* warning */.$e(m, a),
        error: (m, a) => core/* error */.z3(m, a),
        debug: (m) => core/* debug */.Yz(m),
        group: async (name, fn) => {
            if (depth > 0) {
                core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(`-- ${name}`));
                return fn();
            }
            depth++;
            try {
                return await core/* group */.Os(name, fn);
            }
            finally {
                depth--;
            }
        },
    };
}
/** The config as JSON for the debug log, with secret inputs (and any `token` field) blanked. */
function redactedConfig(config, secrets = []) {
    const hidden = new Set(['token', ...secrets, ...secrets.map((s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase()))]);
    return JSON.stringify(config, (k, v) => (hidden.has(k) && v ? '***' : v), 2);
}
/** Appends the step's summary; never throws (a summary is a courtesy, not the verdict). */
async function writeSummary(markdown, report) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* debug */.Yz('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
    }
    try {
        const { text, cut } = capSummary(markdown, report);
        if (cut)
            core/* warning */.$e(`the job summary was cut to fit GitHub's 1 MiB limit${report ? `; the full report is ${report}` : ''}`);
        await core/* summary */.z.addRaw(text, true).write();
    }
    catch (e) {
        core/* warning */.$e(`job summary not written: ${e instanceof Error ? e.message : String(e)}`);
    }
    finally {
        core/* summary */.z.emptyBuffer();
    }
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, String(value));
}
/** Presents a result: outputs, summary, then the publish phase; returns why the step fails, if it does. */
async function presentResult(name, result, log) {
    const failures = [];
    setOutputs(result.outputs);
    if (result.summary)
        await writeSummary(result.summary, typeof result.outputs.report === 'string' ? result.outputs.report : undefined);
    if (!result.passed)
        failures.push(result.failure ?? `${name} failed`);
    if (result.publish) {
        const published = await result.publish(log);
        if (published.outputs)
            setOutputs(published.outputs);
        if (published.failure)
            failures.push(published.failure);
    }
    return failures;
}
/**
 * The raw value of an action input. The runner sets INPUT_<NAME> for every input with a default,
 * expressions evaluated. A tool that runs the action without the runner (@github/local-action)
 * leaves the variable unset and returns action.yml's default as written, `${{ github.token }}`
 * included: such an unevaluated default counts as not given (the token then comes from
 * GITHUB_TOKEN), while an expression in a variable that is set stays an error (Inputs).
 */
function actionInput(name, env = process.env, getInput = core/* getInput */.V4) {
    // Untrimmed, so that a list input's trailing line break (`features: |` with one item) survives.
    const value = getInput(name, { trimWhitespace: false }) || undefined;
    if (value !== undefined && env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined && /\$\{\{/.test(value))
        return undefined;
    return value;
}
async function runAction(def) {
    try {
        // Secret inputs are masked in every log line, whatever prints them.
        for (const name of def.secrets ?? []) {
            const value = core/* getInput */.V4(name);
            if (value)
                core/* setSecret */.Pq(value);
        }
        const inputs = new Inputs({ raw: (name) => actionInput(name), paths: actionsPathPolicy() });
        const config = def.parse(inputs);
        core/* debug */.Yz(`${def.name} config: ${redactedConfig(config, def.secrets)}`);
        const log = actionsLogger();
        const result = await def.run(config, log);
        const failures = await presentResult(def.name, result, log);
        if (failures.length)
            core/* setFailed */.C1(failures.join('; '));
    }
    catch (e) {
        if ((0,errors/* isUserError */.iU)(e))
            core/* setFailed */.C1(e.message);
        else
            core/* setFailed */.C1(e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
}

;// CONCATENATED MODULE: ./.build/js/src/main/monitor.js
// Entry of the monitor action: `run()` as @github/local-action and the bundle call it.


const run = () => runAction(monitor);


/***/ })

};
