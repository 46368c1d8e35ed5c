export const id = 517;
export const ids = [517];
export const modules = {

/***/ 29095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ columnsDrift)
/* harmony export */ });
/* unused harmony export timeCoverage */
/* harmony import */ var _lib_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49477);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79012);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80717);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81477);
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
function columnsDrift(reference, current, settings, exact) {
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
        const setting = (0,_lib_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .Z)(settings.columns, col.name) ?? {};
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
        if (kind === 'categorical' && !setting.test && (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .identifierLike */ .$F)(ref.count, ref.distinctCount.value)) {
            driftSkipped.push({ column: col.name, reason: `looks like an identifier (${ref.distinctCount.value} distinct in ${ref.count} values); set a test in the drift settings to test it` });
            continue;
        }
        if (!exact && kind === 'categorical' && (!ref.topTracked || !col.topTracked)) {
            driftSkipped.push({ column: col.name, reason: 'its category counts are not in the profile (a numeric column with over 256 distinct values on one side); test it against a dataset' });
            continue;
        }
        const input = { column: col.name, kind, setting, referenceRows: reference.rows };
        const result = exact ? (0,_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .exactDrift */ .$C)(input, exact.reference.get(col.name), exact.current.get(col.name), settings.smallSample) : (0,_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .sketchDrift */ .O)(input, ref, col, settings.smallSample);
        if (result && kind === 'numeric')
            result.histogram = (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .jointHistogram */ .Pw)(ref, col) ?? undefined;
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
    const show = (ms) => (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTime */ .fU)(ms, dateOnly, naive);
    const lo = Math.max(r.min, c.min);
    const hi = Math.min(r.max, c.max);
    // By day (the finest the profile keeps while under 20000 days; else the months or years it keeps).
    let inside = 0;
    const curJson = c.toJSON();
    const toDay = (k) => (curJson.unit === 'day' ? k : curJson.unit === 'month' ? (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .daysFromCivil */ .Hd)(Math.floor(k / 12), (k % 12) + 1, 1) : (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .daysFromCivil */ .Hd)(k, 1, 1));
    const firstDay = Math.floor(r.min / _time_js__WEBPACK_IMPORTED_MODULE_3__/* .MS_PER_DAY */ .ec);
    const lastDay = Math.floor(r.max / _time_js__WEBPACK_IMPORTED_MODULE_3__/* .MS_PER_DAY */ .ec);
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


/***/ }),

/***/ 79012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $C: () => (/* binding */ exactDrift),
  ml: () => (/* binding */ parseDriftSettings),
  O: () => (/* binding */ sketchDrift)
});

// UNUSED EXPORTS: DEFAULT_THRESHOLD, DRIFT_TESTS, categoricalStatistic, chooseTest, explain, isDrifted, movedCategories, movedRanges

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/objects.js
var objects = __webpack_require__(49477);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(51638);
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
var intervals = __webpack_require__(94685);
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


/***/ }),

/***/ 22870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _A: () => (/* binding */ inferSchema),
/* harmony export */   ok: () => (/* binding */ renderSchema)
/* harmony export */ });
/* unused harmony exports NON_NULL_MIN_ROWS, inferColumn */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _lib_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49477);
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
function round(x) {
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
function inferSchema(profile, source) {
    const properties = (0,_lib_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .dict */ .j)();
    const columns = (0,_lib_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .dict */ .j)();
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
function renderSchema(schema, path) {
    if (/\.ya?ml$/i.test(path)) {
        return ('# Inferred by `modelgate validate-data --infer-schema`. Review and edit it: ranges carry a 10% margin,\n' +
            '# categories list what was seen. JSON Schema draft 2020-12 for one row, plus dataset rules in x-dataset.\n' +
            `# Nullability: a column is nullable (type [..., "null"]) unless the data had at least ${NON_NULL_MIN_ROWS} rows and the\n` +
            '# column never was null. To require a value, remove "null" from its type (and from its enum); to allow none, add it.\n' +
            (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(schema, { lineWidth: 0 }));
    }
    return JSON.stringify(schema, null, 2) + '\n';
}


/***/ }),

/***/ 62883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ loadProfile),
  l: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/schemas/validate.js + 6 modules
var validate = __webpack_require__(60704);
// EXTERNAL MODULE: ./.build/js/src/data/drift-columns.js
var drift_columns = __webpack_require__(29095);
// EXTERNAL MODULE: ./.build/js/src/data/infer.js
var infer = __webpack_require__(22870);
// EXTERNAL MODULE: ./.build/js/src/data/profile.js + 4 modules
var profile = __webpack_require__(80717);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 40 modules
var readers = __webpack_require__(48699);
// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 1 modules
var scan = __webpack_require__(48806);
// EXTERNAL MODULE: ./.build/js/src/lib/ordered-pool.js
var ordered_pool = __webpack_require__(37355);
// EXTERNAL MODULE: ./.build/js/src/lib/young-generation.js + 2 modules
var young_generation = __webpack_require__(15452);
// EXTERNAL MODULE: ./.build/js/src/data/violations.js
var violations = __webpack_require__(45648);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/chunks.js
var parallel_chunks = __webpack_require__(82548);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/parquet-chunks.js
var parquet_chunks = __webpack_require__(25679);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/js/src/lib/self-worker.js
var self_worker = __webpack_require__(48470);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/worker.js
var worker = __webpack_require__(78064);
;// CONCATENATED MODULE: ./.build/js/src/data/parallel/early.js
/**
 * The parallel pass's worker threads, and starting them early. validate-data starts them as soon as
 * it knows the pass will most likely be split (one CSV/TSV or Parquet file larger than a chunk,
 * more than one worker), before it loads the schema, reads the header and plans the cuts: a
 * thread's start-up (loading the program again, ~100-150 ms of one core) then overlaps the main
 * thread's own instead of following it, and the thread takes its first chunk sooner. The pass takes
 * them in place of new ones; whoever started them stops the ones left, on every path.
 */






const defaultWorkers = () => (0,external_node_os_.availableParallelism)();
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
function startWorker() {
    // A worker's live data is one chunk's text and its sketches; a capped old generation makes V8
    // collect instead of growing the heap over a long file, and a small young generation keeps each
    // worker's nursery from adding tens of MB to the peak (a worker that runs out falls back to
    // one pass, see runWorkers).
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    // From the sources, import.meta.url ends in .ts and the worker runs worker-entry.ts under tsx.
    const entry = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.ts' : './worker-entry.js', import.meta.url);
    return (0,self_worker/* startSelfWorker */.Zn)(worker/* WORKER_FLAG */.oy, entry, { resourceLimits });
}
/**
 * Starts the worker threads a pass over `files` will most likely use: for one CSV/TSV file (not
 * gzip) or one Parquet file larger than a chunk, one fewer than the chunks or workers (the main
 * thread is one of them). Undefined when none: one worker, several
 * files, a shard, a file that is missing or small. A guess, never a decision: the pass decides as
 * before and starts or leaves unused what it needs; nothing depends on which thread runs a chunk.
 */
function startEarly(input) {
    const workers = Math.max(1, Math.floor(input.workers ?? defaultWorkers()));
    if (workers < 2 || input.files.length !== 1 || input.shard || input.keepValues)
        return undefined;
    const file = input.files[0];
    let format;
    let size;
    try {
        format = (0,readers/* detectFormat */.Tz)(file, input.format);
        const st = (0,external_node_fs_.statSync)(file);
        if (!st.isFile())
            return undefined;
        size = st.size;
    }
    catch {
        return undefined; // the pass reports it
    }
    const chunkBytes = input.chunkBytes ?? parallel_chunks/* CHUNK_BYTES */.EC;
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
        const w = (input.start ?? startWorker)();
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
    const format = (0,readers/* detectFormat */.Tz)(opts.files[0], opts.format);
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
async function scanParallel(opts, par = {}) {
    (0,young_generation/* armYoungGeneration */.vn)(MAIN_YOUNG_GENERATION_MB, MAIN_GARBAGE_MB);
    try {
        return await scanSplit(opts, par);
    }
    finally {
        (0,young_generation/* releaseYoungGeneration */.Q5)();
    }
}
async function scanSplit(opts, par) {
    // One time for every chunk's freshness and not-future rules.
    opts = { ...opts, asOf: opts.asOf ?? Date.now() };
    const workers = Math.max(1, Math.floor(par.workers ?? defaultWorkers()));
    // One sequential pass, with the same progress line; early workers are not needed.
    const sequential = async () => {
        await par.early?.stop();
        return (0,scan/* scan */.SQ)(par.onProgress ? { ...opts, onProgress: par.onProgress } : opts);
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
        size = (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return sequential(); // scan reports the missing file
    }
    const chunkBytes = par.chunkBytes ?? parallel_chunks/* CHUNK_BYTES */.EC;
    if (size <= chunkBytes)
        return sequential();
    const why = notSplittable(opts);
    if (why)
        return fallback(why);
    const format = (0,readers/* detectFormat */.Tz)(file, opts.format);
    const delimiter = format === 'tsv' ? '\t' : ',';
    const head = (0,parallel_chunks/* readHeader */.ay)(file, size, delimiter);
    if (!head || head.some((n) => n.trim() === '') || new Set(head).size !== head.length || head.some((n) => n.includes('\0')))
        return fallback('the header needs the sequential reader');
    if (readFirstBytes(file).includes(0))
        return fallback('the file does not look like text');
    const cuts = (0,parallel_chunks/* planCuts */.b8)(file, size, chunkBytes);
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
    return opts.files.length === 1 && !opts.shard && (0,readers/* detectFormat */.Tz)(opts.files[0], opts.format) === 'parquet';
}
/** scanParallel for one Parquet file: chunks of whole row groups. */
async function scanParquetParallel(opts, par, workers, fallback) {
    const file = opts.files[0];
    const alone = async () => {
        await par.early?.stop();
        return (0,scan/* scan */.SQ)(opts);
    };
    let size;
    try {
        size = (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return alone(); // scan reports the missing file
    }
    const plan = await (0,parquet_chunks/* planParquet */.Y)(file, par.chunkBytes ?? parallel_chunks/* CHUNK_BYTES */.EC);
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
    const buf = Buffer.alloc(Math.min((0,external_node_fs_.statSync)(file).size, 64 * 1024));
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return buf;
}
/** One chunk in this thread; an exception is a failed result (its first line the reason). */
async function runHereOne(t, schema) {
    try {
        return await (0,worker/* runTask */.ZZ)(t, schema);
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
    return (0,ordered_pool/* runOrdered */.dX)(tasks, n - 1, start, take, { here: (t) => runHereOne(t, opts.schema), idle, steal: true });
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
        this.violations = new violations/* Violations */.n(opts.maxSamples);
        this.rules = [];
    }
    add(r, task) {
        const rowOff = this.rows;
        const lineOff = this.lines;
        const shift = (s) => ({ ...s, row: s.row === null ? null : s.row + rowOff, line: s.line === null ? null : s.line + lineOff });
        const p = profile/* Profile */.WV.fromWire(r.profile);
        if (this.profile === null) {
            this.profile = p;
            this.rules = task.header.map((name) => {
                const rules = this.opts.schema?.rules.columns?.[name];
                return rules ? new scan/* RuleState */._S(name, rules, this.opts.asOf, this.opts.maxSamples) : undefined;
            });
        }
        else {
            p.sources.length = 0;
            this.profile.merge(p, this.file);
            profile/* Profile */.WV.recycleWire(r.profile); // merged: p is done with
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
        (0,scan/* textViolations */.qP)(profile, this.text, this.violations);
        if (this.opts.schema)
            (0,scan/* datasetRules */.Gv)(this.opts.schema, profile, this.rules, this.violations);
        return { profile, violations: this.violations, rowsRead: this.rows, format: (0,readers/* detectFormat */.Tz)(this.file, this.opts.format), bytes: this.size };
    }
}

// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var data_schema = __webpack_require__(85547);
// EXTERNAL MODULE: ./.build/js/src/fairness/audit.js
var audit = __webpack_require__(28252);
// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(94685);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(51638);
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
    const a = (0,intervals/* wilsonInterval */.YV)(x1, n1, z);
    const b = (0,intervals/* wilsonInterval */.YV)(x2, n2, z);
    if (!a || !b)
        return null;
    const p1 = x1 / n1;
    const p2 = x2 / n2;
    const d = p1 - p2;
    return [d - Math.sqrt((p1 - a[0]) ** 2 + (b[1] - p2) ** 2), d + Math.sqrt((a[1] - p1) ** 2 + (p2 - b[0]) ** 2)];
}
/** Per value: rows and positive labels; the measures of each value against the rest. */
function pretrainingMeasures(counts, confidence) {
    const z = (0,distributions/* criticalValue */.z7)(confidence);
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
        const share = (0,intervals/* wilsonInterval */.YV)(c.rows, n, z);
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
async function labelBias(config) {
    const features = (0,audit/* parseSensitive */.uK)(config.sensitive);
    // Per feature: value -> label key -> rows.
    const counts = features.map(() => new Map());
    let at = [];
    let labelAt = -1;
    let file = config.files[0];
    let unlabeled = 0;
    const na = new Set(config.naValues ?? []);
    await (0,readers/* readRows */.aK)(config.files, {
        beginFile(path) {
            file = path;
        },
        header(columns) {
            labelAt = columns.indexOf(config.label);
            if (labelAt < 0)
                throw new errors/* ConfigurationError */.j1(`input 'label': no column '${config.label}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
            at = features.map((f) => f.columns.map((c) => {
                const i = columns.indexOf(c);
                if (i < 0)
                    throw new errors/* ConfigurationError */.j1(`input 'sensitive': no column '${c}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
                return i;
            }));
        },
        row(cells) {
            const raw = cells[labelAt] ?? null;
            const key = typeof raw === 'string' && na.has(raw) ? null : (0,data_schema/* labelKey */.kJ)(raw);
            if (key === null) {
                unlabeled++;
                return;
            }
            features.forEach((_, k) => {
                const value = (0,audit/* featureValue */.ks)(at[k].map((i) => (cells[i] === null || cells[i] === undefined || (typeof cells[i] === 'string' && na.has(cells[i])) ? '(missing)' : String(cells[i]))));
                let byLabel = counts[k].get(value);
                if (!byLabel)
                    counts[k].set(value, (byLabel = new Map()));
                byLabel.set(key, (byLabel.get(key) ?? 0) + 1);
            });
        },
        bad(line, message) {
            throw new errors/* DataError */.fL(`${file}:${line}: ${message}`, file, line);
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
        const key = (0,data_schema/* labelKey */.kJ)(config.positiveLabel);
        if (!labels.has(key))
            throw new errors/* ConfigurationError */.j1(`input 'positive-label': '${config.positiveLabel}' is not a label of column '${config.label}' (labels: ${[...labels].slice(0, 10).join(', ')})`);
        return key;
    }
    const sorted = [...labels].every((x) => Number.isFinite(Number(x))) ? [...labels].sort((a, b) => Number(a) - Number(b)) : [...labels].sort();
    if (sorted.length !== 2)
        throw new errors/* ConfigurationError */.j1(`input 'sensitive': the pre-training measures need a yes/no label; column '${config.label}' has ${sorted.length} labels (${sorted.slice(0, 10).join(', ')}); set 'positive-label' to count one of them as the positive outcome`);
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
        files.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
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
    (0,validate/* assertArtifact */.fp)('profile', json, path);
    return profile/* Profile */.WV.fromJSON(json);
}
/** A .json reference is a profile (JSON is no data format): unreadable or another artifact is an error, not a guess. */
function isProfileFile(path) {
    if (!/\.json$/i.test(path) || !(0,external_node_fs_.existsSync)(path))
        return false;
    const kind = readProfileJson(path)?.kind;
    if (kind !== 'profile')
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(path)}: a .json reference must be a profile.json (from validate-data --profile); this one has kind ${JSON.stringify(kind ?? null)}`, path);
    return true;
}
/** `render` turns the report into the markdown written to `markdown` (the adapter passes report/'s; the domain never imports it). */
async function validateData(config, log, render) {
    // A wrong output path fails now, not after the pass over the data.
    for (const [input, path] of [['report', config.report], ['profile', config.profile], ['markdown', config.markdown], ['infer-schema', config.inferSchema]]) {
        if (path !== undefined)
            (0,files/* assertWritable */.Bz)(path, input);
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
    const schema = config.schema ? (0,data_schema/* loadSchema */.e$)(config.schema) : undefined;
    const asOf = config.asOf ?? Date.now();
    if (config.sensitive?.length && !config.label)
        throw new errors/* ConfigurationError */.j1(`input 'sensitive' needs 'label': the pre-training measures compare the groups' labels`);
    if (config.sensitive?.length && !config.data.length)
        throw new errors/* ConfigurationError */.j1(`input 'sensitive' needs 'data' (merged profiles hold no joint counts of groups and labels)`);
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
            refScan = await log.group(`Reading reference ${reference}`, async () => (0,scan/* scan */.SQ)({ files: await expandAll([reference]), format: config.format, schema, keepValues: true, maxSamples: 0, naValues: config.naValues }));
        refProfile ??= refScan.profile;
    }
    let cur;
    let sources;
    if (config.merge.length) {
        sources = await expandAll(config.merge);
        const profiles = sources.map(loadProfile);
        const merged = profiles.slice(1).reduce((acc, p, i) => acc.merge(p, sources[i + 1]), profiles[0]);
        cur = { profile: merged, violations: new violations/* Violations */.n(0), rowsRead: merged.rows, format: 'csv', bytes: 0 };
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
                (0,validate/* prepareArtifact */.Au)('data-report');
                if (config.profile)
                    (0,validate/* prepareArtifact */.Au)('profile');
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
            throw new errors/* DataError */.fL(`${sources[0]}: cannot infer a schema: none of the ${cur.rowsRead} data rows has the ${n} field${n === 1 ? '' : 's'} of the header on line 1; if the lines before the header hold a title, a comment or counts, remove them`, sources[0], 1);
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
            const r = (0,drift_columns/* columnsDrift */.t)(refProfile, cur.profile, config.drift, refScan && cur.values ? { reference: refScan.values, current: cur.values } : undefined);
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
    (0,validate/* assertArtifact */.fp)('data-report', report, config.report ?? 'data-report', 'write');
    const markdown = render(report);
    // Annotations on the data file's lines, so they show in the pull request diff.
    for (const v of cur.violations.samples.slice(0, config.annotations)) {
        if (v.file && v.line)
            log.error(v.message, { file: v.file, startLine: v.line, title: `modelgate: ${v.rule}` });
    }
    // Everything is computed: now write, all files to temp names first, then renamed into place.
    const outputs = [];
    if (config.inferSchema)
        outputs.push({ path: config.inferSchema, data: (0,infer/* renderSchema */.ok)((0,infer/* inferSchema */._A)(cur.profile, sources.join(', ')), config.inferSchema) });
    if (config.profile) {
        const json = cur.profile.toJSON();
        (0,validate/* assertArtifact */.fp)('profile', json, config.profile, 'write');
        outputs.push({ path: config.profile, data: JSON.stringify(json, null, 2) + '\n' });
    }
    if (config.report)
        outputs.push({ path: config.report, data: JSON.stringify(report, null, 2) + '\n' });
    if (config.markdown)
        outputs.push({ path: config.markdown, data: markdown });
    (0,files/* writeFilesAtomic */.aV)(outputs);
    if (config.inferSchema)
        log.info(`wrote inferred schema ${config.inferSchema}`);
    return { report, passed, failure: passed ? undefined : `data validation failed: ${reasons.join('; ')}`, markdown };
}


/***/ }),

/***/ 12043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ comparisonCharts),
/* harmony export */   m: () => (/* binding */ driftDetails)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29527);
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72435);


/** The deltas against margins (the history over registered versions is report/registry-history.ts's). */
function comparisonCharts(c) {
    const out = [];
    const forest = (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .forestChart */ .Qf)(c.gates);
    if (forest)
        out.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)('Chart: each gated delta with its interval against the allowed margin', forest));
    return out;
}
/** Drift score per column, beside the drift table. */
function driftDetails(drift) {
    const chart = (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .driftChart */ .YZ)(drift);
    return chart ? ['', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`Chart: drift per column (${drift.filter((d) => d.drifted).length} of ${drift.length} drifted)`, chart)] : [];
}


/***/ })

};
