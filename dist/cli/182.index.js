export const id = 182;
export const ids = [182];
export const modules = {

/***/ 47182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ deploy)
});

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/github/client.js
var github_client = __webpack_require__(56910);
// EXTERNAL MODULE: ./.build/js/src/github/deployments.js
var deployments = __webpack_require__(59677);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/lib/duration.js
var duration = __webpack_require__(20677);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(51638);
;// CONCATENATED MODULE: ./.build/js/src/stats/mannwhitney.js
/**
 * Two independent samples, x (the candidate) against y (the stable model): the two-sided
 * Mann-Whitney U test and the Hodges-Lehmann shift estimate with its confidence interval, the
 * statistics behind the deploy judge (Kayenta's method).
 *
 * - `mannWhitneyU` is scipy.stats.mannwhitneyu(x, y, alternative='two-sided', method='auto',
 *   use_continuity=True) (scipy 1.10): the statistic is U1 = R1 - n1(n1+1)/2 of x; the p-value is
 *   exact (the null distribution of U counted exactly) when at least one sample has 8 or fewer
 *   values and the samples have no ties, and otherwise the normal approximation with the tie
 *   correction and a continuity correction of 0.5. Checked against scipy to 1e-9 (relative). One
 *   departure: 8 or fewer values against more than 2,500 is asymptotic (see scipyExact).
 * - `hodgesLehmann` is R's wilcox.test(x, y, conf.int = TRUE, conf.level) (R 4.2): the estimate
 *   is the median of the n1*n2 differences x_i - y_j; the interval is exact (order statistics of
 *   the differences at qwilcox's quantile) when both samples have fewer than 50 values and the
 *   samples have no ties, and otherwise the inversion of the normal approximation with the
 *   continuity correction, which R finds with uniroot(tol = 1e-4) and this module finds exactly:
 *   the bound is the difference at which the statistic crosses the critical value. The two
 *   agree to R's tolerance (the fixtures check 1e-4 of the data's scale).
 *
 * The two functions choose exact or asymptotic by different rules because they follow their two
 * references; each result says which it used. Differences are never materialised: the k-th
 * smallest x_i - y_j is found by bisection over the bit patterns of doubles with an O(n1 + n2)
 * count, so a window of 100,000 requests per variant costs milliseconds, not 10^10 differences.
 */

function fail(fn, message) {
    throw new RangeError(`${fn}: ${message}`);
}
function sortedFinite(fn, name, a) {
    if (a === null || typeof a !== 'object' || typeof a.length !== 'number')
        fail(fn, `${name} must be an array of numbers`);
    if (a.length === 0)
        fail(fn, `${name} is empty`);
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) {
        const v = a[i];
        if (typeof v !== 'number' || !Number.isFinite(v))
            fail(fn, `${name}[${i}] is not a finite number (${String(v)})`);
        out[i] = v;
    }
    return out.sort();
}
/** Sum of t^3 - t over the tie groups of a sorted array. */
function tieTerm(sorted) {
    let sum = 0;
    for (let i = 0; i < sorted.length;) {
        let j = i + 1;
        while (j < sorted.length && sorted[j] === sorted[i])
            j++;
        const t = j - i;
        sum += t * t * t - t;
        i = j;
    }
    return sum;
}
/** U1 with midranks, and the tie term of the combined sample, from the sorted samples. */
function rankSum(xs, ys) {
    const n1 = xs.length;
    const n2 = ys.length;
    let i = 0;
    let j = 0;
    let rank = 0;
    let r1 = 0;
    let ties = 0;
    while (i < n1 || j < n2) {
        const v = j >= n2 || (i < n1 && xs[i] <= ys[j]) ? xs[i] : ys[j];
        let cx = 0;
        let cy = 0;
        while (i < n1 && xs[i] === v)
            (i++, cx++);
        while (j < n2 && ys[j] === v)
            (j++, cy++);
        const t = cx + cy;
        r1 += cx * (rank + (t + 1) / 2);
        rank += t;
        ties += t * t * t - t;
    }
    return { u1: r1 - (n1 * (n1 + 1)) / 2, ties };
}
const countsCache = new Map();
/**
 * Frequencies of U = 0..m*n under the null (the coefficients of the Gaussian binomial
 * [m+n choose m]_q), by the recursion f(i, j, u) = f(i-1, j, u-j) + f(i, j-1, u) (the largest
 * value is an x, above all j y's, or a y): additions of positive numbers only, so doubles keep
 * 1e-16 relative precision up to C(98, 49) ~ 2.5e28. Cost O(m^2 n^2) time, O(m^2 n) memory for
 * m <= n; callers keep m^2 n^2 under EXACT_WORK_LIMIT.
 */
function mannWhitneyCounts(m, n) {
    if (m > n)
        return mannWhitneyCounts(n, m);
    const key = `${m},${n}`;
    const hit = countsCache.get(key);
    if (hit)
        return hit;
    // f[i]: distribution for (i, j) at the current j, for i = 0..m.
    let f = Array.from({ length: m + 1 }, () => Float64Array.of(1));
    for (let j = 1; j <= n; j++) {
        const g = [Float64Array.of(1)];
        for (let i = 1; i <= m; i++) {
            const out = new Float64Array(i * j + 1);
            const a = g[i - 1];
            const b = f[i];
            for (let u = 0; u < a.length; u++)
                out[u + j] += a[u];
            for (let u = 0; u < b.length; u++)
                out[u] += b[u];
            g.push(out);
        }
        f = g;
    }
    const out = f[m];
    if (countsCache.size > 64)
        countsCache.clear();
    countsCache.set(key, out);
    return out;
}
/** Above this m^2 n^2 the exact distribution is not counted (about a second of work). */
const EXACT_WORK_LIMIT = 4e8;
/** P(U <= q) for sample sizes m, n (R's pwilcox). */
function pwilcox(q, m, n) {
    const f = mannWhitneyCounts(m, n);
    let total = 0;
    let below = 0;
    for (let u = 0; u < f.length; u++) {
        total += f[u];
        if (u <= q)
            below += f[u];
    }
    return below / total;
}
/** The smallest q with P(U <= q) >= p, with R's fuzz of 10 machine epsilons (R's qwilcox, p <= 0.5). */
function qwilcox(p, m, n) {
    const f = mannWhitneyCounts(m, n);
    let total = 0;
    for (let u = 0; u < f.length; u++)
        total += f[u];
    const target = p - 10 * Number.EPSILON;
    let acc = 0;
    for (let q = 0; q < f.length; q++) {
        acc += f[q] / total;
        if (acc >= target)
            return q;
    }
    return f.length - 1;
}
/**
 * scipy's rule for method='auto': exact when one sample has at most 8 values and nothing is tied;
 * here also only while counting the distribution stays under EXACT_WORK_LIMIT (8 against more than
 * 2,500 values is asymptotic, where scipy would still be exact and slow; close, not identical).
 */
function scipyExact(n1, n2, ties) {
    return !(n1 > 8 && n2 > 8) && ties === 0 && n1 * n1 * n2 * n2 <= EXACT_WORK_LIMIT;
}
/** The two-sided Mann-Whitney U test of x against y; see the module comment for the definitions. */
function mannWhitneyU(x, y, opts = {}) {
    const xs = sortedFinite('mannWhitneyU', 'x', x);
    const ys = sortedFinite('mannWhitneyU', 'y', y);
    const n1 = xs.length;
    const n2 = ys.length;
    const { u1, ties } = rankSum(xs, ys);
    const uMax = Math.max(u1, n1 * n2 - u1);
    const method = opts.method === 'exact' || opts.method === 'asymptotic' ? opts.method : scipyExact(n1, n2, ties) ? 'exact' : 'asymptotic';
    let p;
    if (method === 'exact') {
        const f = mannWhitneyCounts(n1, n2);
        let total = 0;
        let upper = 0;
        const k = Math.round(uMax);
        for (let u = 0; u < f.length; u++) {
            total += f[u];
            if (u >= k)
                upper += f[u];
        }
        p = (2 * upper) / total;
    }
    else {
        const n = n1 + n2;
        const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1))));
        const z = (uMax - (n1 * n2) / 2 - 0.5) / s;
        p = s > 0 ? 2 * (0,distributions/* normalSf */.nG)(z) : 1;
    }
    return { statistic: u1, pvalue: Math.min(1, Math.max(0, p)), method };
}
// ---------------------------------------------------------------------------------------------
// Order statistics of the pairwise differences, without materialising them
// ---------------------------------------------------------------------------------------------
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const SIGN = 1n << 63n;
const MASK = (1n << 64n) - 1n;
/** A key whose unsigned order is the numeric order of doubles. */
function keyOf(v) {
    f64[0] = v === 0 ? 0 : v;
    const b = u64[0];
    return b & SIGN ? ~b & MASK : b | SIGN;
}
function mannwhitney_valueOf(key) {
    u64[0] = key & SIGN ? key & ~SIGN : ~key & MASK;
    return f64[0];
}
/** #{(i, j): xs[i] - ys[j] <= t} for sorted xs, ys, computed with the same float subtraction. */
function countAtMost(xs, ys, t) {
    let p = 0;
    let count = 0;
    const n2 = ys.length;
    for (let i = 0; i < xs.length; i++) {
        while (p < n2 && xs[i] - ys[p] > t)
            p++;
        count += n2 - p;
    }
    return count;
}
/** The k-th smallest (1-based) of the differences xs[i] - ys[j]. */
function kthDifference(xs, ys, k) {
    const lo0 = xs[0] - ys[ys.length - 1];
    const hi0 = xs[xs.length - 1] - ys[0];
    if (k <= 1)
        return lo0;
    if (k >= xs.length * ys.length)
        return hi0;
    // Smallest key whose value v has count(D <= v) >= k.
    let lo = keyOf(lo0);
    let hi = keyOf(hi0);
    while (lo < hi) {
        const mid = lo + ((hi - lo) >> 1n);
        if (countAtMost(xs, ys, mannwhitney_valueOf(mid)) >= k)
            hi = mid;
        else
            lo = mid + 1n;
    }
    return mannwhitney_valueOf(lo);
}
/** The Hodges-Lehmann shift of x relative to y with R's wilcox.test interval; see the module comment. */
function hodgesLehmann(x, y, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    if (!(confidence > 0 && confidence < 1))
        fail('hodgesLehmann', `confidence must be in (0, 1), got ${confidence}`);
    const xs = sortedFinite('hodgesLehmann', 'x', x);
    const ys = sortedFinite('hodgesLehmann', 'y', y);
    const n1 = xs.length;
    const n2 = ys.length;
    const N = n1 * n2;
    const kth = (k) => kthDifference(xs, ys, k);
    const estimate = N % 2 === 1 ? kth((N + 1) / 2) : (kth(N / 2) + kth(N / 2 + 1)) / 2;
    const alpha = 1 - confidence;
    const { ties } = rankSum(xs, ys);
    if (n1 < 50 && n2 < 50 && ties === 0) {
        let qu = qwilcox(alpha / 2, n1, n2);
        if (qu === 0)
            qu = 1;
        const ql = N - qu;
        return {
            estimate,
            low: kth(qu),
            high: kth(ql + 1),
            confidence,
            achievedConfidence: 1 - 2 * pwilcox(qu - 1, n1, n2),
            method: 'exact',
        };
    }
    // Away from the differences themselves, (x - d, y) is tied only within x and within y.
    const n = n1 + n2;
    const sigma = Math.sqrt((N / 12) * (n + 1 - (tieTerm(xs) + tieTerm(ys)) / (n * (n - 1))));
    if (!(sigma > 0))
        fail('hodgesLehmann', 'cannot compute a confidence interval when all observations are tied');
    const z = (0,distributions/* normalQuantile */.Zl)(1 - alpha / 2);
    // Lower bound: where #{D > d} - N/2 - 0.5 falls to z*sigma; upper: where #{D > d} - N/2 + 0.5 falls to -z*sigma.
    const lowK = Math.ceil(N / 2 - 0.5 - z * sigma);
    const highK = Math.ceil(N / 2 + 0.5 + z * sigma);
    return {
        estimate,
        low: kth(Math.max(1, lowK)),
        high: kth(Math.min(N, highK)),
        confidence,
        achievedConfidence: confidence,
        method: 'asymptotic',
    };
}

// EXTERNAL MODULE: ./.build/js/src/stats/proportions.js
var proportions = __webpack_require__(71714);
// EXTERNAL MODULE: ./.build/js/src/serve/metric-names.js
var metric_names = __webpack_require__(63168);
;// CONCATENATED MODULE: ./.build/js/src/deploy/metric-names.js
/**
 * The names deploy reads, in one place: the keys of a judged window's samples and counts, and the
 * Prometheus series of the modelgate server, imported from serve (src/serve/metric-names.ts, the
 * names /metrics renders), so the two cannot drift apart.
 */

/** Window sample key: per-request latency in milliseconds (answered requests). */
const SAMPLE_LATENCY_MS = 'latency_ms';
/** Window sample key: each answered row's score (positive-class or top-class probability): the prediction distribution. */
const SAMPLE_SCORE = 'score';
/** Window counts key: requests that failed out of all requests (answered + failed). */
const COUNT_ERRORS = 'errors';
/** The label that tells the two models apart, and its values. */
const VARIANT_LABEL = metric_names/* LABELS */.kg.variant;
const VARIANT_STABLE = metric_names/* VARIANTS */.xb.stable;
const VARIANT_CANDIDATE = metric_names/* VARIANTS */.xb.candidate;
/** The label that names the served model (serve's `--name`). */
const MODEL_LABEL = metric_names/* LABELS */.kg.model;
/** The label that says what a server's variant serves (serve's `reference`: its registry reference). */
const REFERENCE_LABEL = metric_names/* LABELS */.kg.reference;
/** The environment variable that sets it (serve's settings are MODELGATE_SERVE_<NAME>). */
const REFERENCE_ENV = 'MODELGATE_SERVE_REFERENCE';
const PROM = Object.freeze({
    /** Counter of answered requests, labels {model, variant, endpoint}. */
    requests: metric_names/* SERIES */.mU.requests,
    /** Counter of failed requests, labels {model, variant, kind}. */
    errors: metric_names/* SERIES */.mU.errors,
    /** Histogram of request latency in seconds, labels {model, variant, le}. */
    durationBucket: `${metric_names/* SERIES */.mU.duration}_bucket`,
    /** Histogram of each answered row's score (positive-class or top-class probability), labels {model, variant, le}. */
    scoreBucket: `${metric_names/* SERIES */.mU.score}_bucket`,
    /** Counters of a shadow's recomputed rows and of those whose label differed, labels {model, variant="candidate"}. */
    shadowRows: metric_names/* SERIES */.mU.shadowRows,
    shadowDisagreements: metric_names/* SERIES */.mU.shadowDisagreements,
});

;// CONCATENATED MODULE: ./.build/js/src/deploy/judge.js
/**
 * The judge: candidate against stable over one window, metric by metric, as Netflix's Kayenta
 * judges a canary (its Mann-Whitney classifier and weighted-sum scorer), with the statistics in
 * src/stats.
 *
 * Per metric, a classification:
 * - continuous samples (latency, numeric predictions): the Hodges-Lehmann shift of candidate over
 *   stable and its confidence interval (R's wilcox.test, at `confidence`, default 0.98). Bounds
 *   are +-tolerance * |estimate| (tolerance default 0.25). `high` when the interval's lower end is
 *   above the upper bound: the shift is significant and not small beside the interval's width;
 *   `low` symmetrically. Only the metric's bad `direction` is classified; the other is `pass`.
 *   Identical samples, or a single value throughout, are `pass` (Kayenta's shortcuts). An
 *   optional effect size `allowedIncrease` (`allowedDecrease`), a ratio to stable: the interval's
 *   lower end must also exceed (allowedIncrease - 1) * stable's median (upper end below
 *   -(1 - allowedDecrease) * median), i.e. the candidate is shown to be worse by more than that
 *   share. Kayenta compares the ratio of the means instead; one garbage-collection pause in a
 *   small window moves a mean, not the interval. Default 1: no extra slack (latency's default
 *   metric sets 1.1). The two-sided Mann-Whitney p-value is reported beside it.
 * - proportions (error rate): Fisher's exact test of candidate errors/requests against stable's;
 *   `high` when p < 1 - confidence and the candidate's rate is the higher one. Exact, so valid for
 *   the handful of errors a step sees.
 * - agreement (shadow: share of mirrored requests where the candidate's answer matched stable's):
 *   `low` when the Wilson interval's upper end is below `minAgreement`.
 * Either variant with fewer than `minSamples` observations is `no-data`.
 *
 * Scores (Kayenta's WeightedSumScorer): a group scores 100 * passes / classified metrics; the
 * summary is the sum of group scores times group weights / 100, groups without a weight sharing
 * what the given weights leave of 100. Outcome: `no-data` when any metric has too few samples
 * (never a pass); `fail` when a critical metric is not `pass` (it fails alone, score 0); else
 * `pass` at score >= pass threshold (95), `marginal` at >= marginal threshold (75), `fail` below.
 */



const DEFAULT_JUDGE = Object.freeze({
    confidence: 0.98,
    tolerance: 0.25,
    passThreshold: 95,
    marginalThreshold: 75,
    groups: {},
});
/** The metrics judged when no judge file is given: latency (increase is bad) and the error rate (critical). */
function defaultMetrics(shadow) {
    const m = [
        // A shift in latency is judged only when it matters: the candidate's mean must also be more than
        // 10% above stable's (Kayenta's effect-size threshold, `allowed-increase`). Without it any shift
        // the test can resolve rolls back, and large windows resolve microseconds.
        { name: 'latency', kind: 'continuous', source: SAMPLE_LATENCY_MS, direction: 'increase', group: 'latency', critical: false, allowedIncrease: 1.1 },
        { name: 'error-rate', kind: 'proportion', source: COUNT_ERRORS, direction: 'increase', group: 'errors', critical: true },
    ];
    if (shadow)
        m.push({ name: 'agreement', kind: 'agreement', source: 'agreement', direction: 'decrease', group: 'agreement', critical: true, minAgreement: 0.95 });
    return m;
}
const round = (v) => (Number.isFinite(v) ? Number(v.toPrecision(12)) : v);
function mean(a) {
    let s = 0;
    for (const v of a)
        s += v;
    return s / a.length;
}
function median(a) {
    const s = Float64Array.from(a).sort();
    const h = s.length >> 1;
    return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}
function sameMultiset(a, b) {
    if (a.length !== b.length)
        return false;
    const x = Float64Array.from(a).sort();
    const y = Float64Array.from(b).sort();
    return x.every((v, i) => v === y[i]);
}
const allows = (d, c) => d === 'either' || (c === 'high' ? d === 'increase' : d === 'decrease');
function judgeContinuous(m, spec, w) {
    const s = w.stable.samples[m.source] ?? [];
    const c = w.candidate.samples[m.source] ?? [];
    const base = {
        name: m.name,
        kind: m.kind,
        group: m.group,
        critical: m.critical,
        direction: m.direction,
        classification: 'pass',
        reason: '',
        test: 'hodges-lehmann',
        stable: { n: s.length, value: s.length ? round(median(s)) : null },
        candidate: { n: c.length, value: c.length ? round(median(c)) : null },
        estimate: null,
        ci: null,
        pValue: null,
    };
    if (s.length < spec.minSamples || c.length < spec.minSamples) {
        return { ...base, classification: 'no-data', reason: `${Math.min(s.length, c.length)} samples, fewer than min-samples ${spec.minSamples}` };
    }
    if (sameMultiset(s, c))
        return { ...base, reason: 'candidate and stable samples are identical' };
    const first = s[0];
    if (s.every((v) => v === first) && c.every((v) => v === first))
        return { ...base, reason: 'one value throughout' };
    const hl = hodgesLehmann(c, s, { confidence: spec.confidence });
    const p = mannWhitneyU(c, s).pvalue;
    const bound = spec.tolerance * Math.abs(hl.estimate);
    const scale = Math.abs(median(s));
    const above = Math.max(bound, ((m.allowedIncrease ?? 1) - 1) * scale);
    const below = Math.max(bound, (1 - (m.allowedDecrease ?? 1)) * scale);
    const out = { ...base, estimate: round(hl.estimate), ci: [round(hl.low), round(hl.high)], pValue: round(p) };
    const pct = `${(spec.confidence * 100).toPrecision(3)}%`;
    if (allows(m.direction, 'high') && hl.low > above) {
        return { ...out, classification: 'high', reason: `candidate higher by ${fmt(hl.estimate)} (${pct} CI ${fmt(hl.low)} to ${fmt(hl.high)})` };
    }
    if (allows(m.direction, 'low') && hl.high < -below) {
        return { ...out, classification: 'low', reason: `candidate lower by ${fmt(-hl.estimate)} (${pct} CI ${fmt(hl.low)} to ${fmt(hl.high)})` };
    }
    return { ...out, reason: `shift ${fmt(hl.estimate)} (${pct} CI ${fmt(hl.low)} to ${fmt(hl.high)})` };
}
function judgeProportion(m, spec, w) {
    const s = w.stable.counts[m.source] ?? { events: 0, total: 0 };
    const c = w.candidate.counts[m.source] ?? { events: 0, total: 0 };
    const rs = s.total ? s.events / s.total : null;
    const rc = c.total ? c.events / c.total : null;
    const base = {
        name: m.name,
        kind: m.kind,
        group: m.group,
        critical: m.critical,
        direction: m.direction,
        classification: 'pass',
        reason: '',
        test: 'fisher-exact',
        stable: { n: s.total, value: rs === null ? null : round(rs) },
        candidate: { n: c.total, value: rc === null ? null : round(rc) },
        estimate: null,
        ci: null,
        pValue: null,
    };
    if (s.total < spec.minSamples || c.total < spec.minSamples) {
        return { ...base, classification: 'no-data', reason: `${Math.min(s.total, c.total)} requests, fewer than min-samples ${spec.minSamples}` };
    }
    const p = (0,proportions/* fisherExact */.R)(c.events, c.total - c.events, s.events, s.total - s.events).pvalue;
    const diff = rc - rs;
    const out = { ...base, estimate: round(diff), pValue: round(p) };
    const what = `${c.events}/${c.total} against ${s.events}/${s.total}, Fisher p = ${p.toPrecision(3)}`;
    const significant = p < 1 - spec.confidence;
    if (significant && diff > 0 && allows(m.direction, 'high'))
        return { ...out, classification: 'high', reason: `candidate rate higher: ${what}` };
    if (significant && diff < 0 && allows(m.direction, 'low'))
        return { ...out, classification: 'low', reason: `candidate rate lower: ${what}` };
    return { ...out, reason: what };
}
function judgeAgreement(m, spec, w) {
    const a = w.agreement ?? { events: 0, total: 0 };
    const floor = m.minAgreement ?? 0.95;
    const share = a.total ? a.events / a.total : null;
    const base = {
        name: m.name,
        kind: m.kind,
        group: m.group,
        critical: m.critical,
        direction: 'decrease',
        classification: 'pass',
        reason: '',
        test: 'wilson',
        stable: { n: a.total, value: null },
        candidate: { n: a.total, value: share === null ? null : round(share) },
        estimate: share === null ? null : round(share),
        ci: null,
        pValue: null,
    };
    if (a.total < spec.minSamples)
        return { ...base, classification: 'no-data', reason: `${a.total} compared answers, fewer than min-samples ${spec.minSamples}` };
    const ci = (0,proportions/* wilsonInterval */.Y)(a.events, a.total, spec.confidence);
    const out = { ...base, ci: [round(ci.low), round(ci.high)] };
    const what = `${a.events}/${a.total} answers agree (CI ${fmt(ci.low)} to ${fmt(ci.high)}), floor ${floor}`;
    if (ci.high < floor)
        return { ...out, classification: 'low', reason: `agreement below the floor: ${what}` };
    return { ...out, reason: what };
}
function fmt(v) {
    return Math.abs(v) >= 100 ? v.toFixed(1) : Number(v.toPrecision(3)).toString();
}
/** Kayenta's weighted sum of group scores; see the module comment. */
function scoreGroups(metrics, weights) {
    const names = [...new Set(metrics.map((m) => m.group))];
    const given = names.filter((g) => g in weights).reduce((s, g) => s + weights[g], 0);
    const unweighted = names.filter((g) => !(g in weights)).length;
    const share = unweighted ? Math.max(0, 100 - given) / unweighted : 0;
    const groups = names.map((name) => {
        const ms = metrics.filter((m) => m.group === name);
        const count = (c) => ms.filter((m) => m.classification === c).length;
        const pass = count('pass');
        const classified = pass + count('high') + count('low');
        return { name, weight: weights[name] ?? share, score: classified ? (100 * pass) / classified : null, pass, high: count('high'), low: count('low'), noData: count('no-data') };
    });
    const score = groups.reduce((s, g) => s + (g.score === null ? 0 : (g.score * g.weight) / 100), 0);
    return { groups, score: round(score) };
}
/** Judges one window; see the module comment for the rules. */
function judgeWindow(spec, window) {
    const metrics = spec.metrics.map((m) => m.kind === 'continuous' ? judgeContinuous(m, spec, window) : m.kind === 'proportion' ? judgeProportion(m, spec, window) : judgeAgreement(m, spec, window));
    const { groups, score } = scoreGroups(metrics, spec.groups);
    const noData = metrics.filter((m) => m.classification === 'no-data');
    if (noData.length) {
        return { outcome: 'no-data', score, groups, metrics, reason: `not enough data: ${noData.map((m) => `${m.name} (${m.reason})`).join('; ')}` };
    }
    const critical = metrics.filter((m) => m.critical && m.classification !== 'pass');
    if (critical.length) {
        return { outcome: 'fail', score: 0, groups, metrics, reason: `critical metric failed: ${critical.map((m) => `${m.name} ${m.classification}: ${m.reason}`).join('; ')}` };
    }
    const bad = metrics.filter((m) => m.classification !== 'pass').map((m) => `${m.name} ${m.classification}`);
    const detail = bad.length ? ` (${bad.join(', ')})` : '';
    if (score >= spec.passThreshold)
        return { outcome: 'pass', score, groups, metrics, reason: `score ${score} >= pass threshold ${spec.passThreshold}${detail}` };
    if (score >= spec.marginalThreshold)
        return { outcome: 'marginal', score, groups, metrics, reason: `score ${score} is marginal (>= ${spec.marginalThreshold}, < ${spec.passThreshold})${detail}` };
    return { outcome: 'fail', score, groups, metrics, reason: `score ${score} < marginal threshold ${spec.marginalThreshold}${detail}` };
}

;// CONCATENATED MODULE: ./.build/js/src/deploy/config.js
/**
 * The deploy configuration from its inputs: durations (`30s`, `5m`), canary steps, and the judge
 * file (YAML or JSON, a path or inline), strictly: every mistake is a ConfigurationError naming
 * the input or the file and the field.
 *
 * Judge file (all keys optional; kebab-case as in modelgate.yml):
 *
 *   confidence: 0.98          # of the Hodges-Lehmann interval and the Fisher test
 *   tolerance: 0.25           # effect tolerance (Kayenta): bounds are +-tolerance * |shift|
 *   pass: 95                  # score thresholds
 *   marginal: 75
 *   groups: { latency: 40, errors: 60 }   # weights in percent; others share the rest
 *   metrics:                  # replaces the defaults (latency, error-rate; agreement for shadow)
 *     - name: latency
 *       kind: continuous      # continuous | proportion | agreement
 *       source: latency_ms    # window key (metric-names.ts): latency_ms or score (each row's
 *                             # positive/top-class probability: the prediction distribution) for
 *                             # continuous, errors for proportion
 *       direction: increase   # the bad direction: increase | decrease | either
 *       group: latency
 *       critical: false
 *       allowed-increase: 1.1 # also require mean ratio above this (Kayenta's effect size)
 */




/**
 * `30s`, `5m`, `1h`, `250ms`, `1m30s` (src/lib/duration.ts's units: ms, s, m, h, d, w), a space
 * allowed before the unit, or a plain number of seconds; as milliseconds, at most 24h.
 */
function parseDuration(value, input, opts = {}) {
    const text = value.trim().replace(/^(\d+(?:\.\d+)?)$/, '$1s').replace(/(\d)\s+(?=[a-z])/g, '$1');
    const n = (0,duration/* durationMs */.pc)(text);
    if (n === undefined)
        throw new errors/* ConfigurationError */.j1(`input '${input}' must be a duration such as 30s, 5m or 1h (a number and a unit: ms, s, m, h, d, w; a plain number is seconds); got '${value}'`);
    if (n === 0 && opts.allowZero)
        return 0;
    if (n < 1 || n > 24 * 3_600_000)
        throw new errors/* ConfigurationError */.j1(`input '${input}' must be between 1ms and 24h; got '${value}'`);
    return n;
}
/** Canary weights: ascending percents in (0, 100], ending at 100. */
function parseSteps(items, input = 'steps') {
    const steps = items.map((s) => {
        const n = Number(s.replace(/%$/, ''));
        if (!Number.isFinite(n) || n <= 0 || n > 100)
            throw new errors/* ConfigurationError */.j1(`input '${input}': '${s}' is not a percentage in (0, 100]`);
        return n;
    });
    if (steps.length === 0)
        throw new errors/* ConfigurationError */.j1(`input '${input}' needs at least one weight, e.g. 10,50,100`);
    for (let i = 1; i < steps.length; i++) {
        if (steps[i] <= steps[i - 1])
            throw new errors/* ConfigurationError */.j1(`input '${input}' must be ascending; got ${steps.join(',')}`);
    }
    if (steps.at(-1) !== 100)
        throw new errors/* ConfigurationError */.j1(`input '${input}' must end at 100 (the candidate takes all traffic before promotion); got ${steps.join(',')}`);
    return steps;
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function num(o, key, where, min, max) {
    const v = o[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'number' || !(v >= min && v <= max))
        throw new errors/* ConfigurationError */.j1(`${where}.${key} must be a number in [${min}, ${max}]; got ${JSON.stringify(v)}`);
    return v;
}
function oneOf(o, key, where, options) {
    const v = o[key];
    if (v === undefined)
        return undefined;
    if (!options.includes(v))
        throw new errors/* ConfigurationError */.j1(`${where}.${key} must be one of ${options.join(', ')}; got ${JSON.stringify(v)}`);
    return v;
}
function checkKeys(o, where, allowed) {
    for (const k of Object.keys(o))
        if (!allowed.includes(k))
            throw new errors/* ConfigurationError */.j1(`${where}: unknown key '${k}' (allowed: ${allowed.join(', ')})`);
}
const KINDS = ['continuous', 'proportion', 'agreement'];
const DIRECTIONS = ['increase', 'decrease', 'either'];
function parseMetric(v, where) {
    if (!isObj(v))
        throw new errors/* ConfigurationError */.j1(`${where} must be a mapping`);
    checkKeys(v, where, ['name', 'kind', 'source', 'direction', 'group', 'critical', 'allowed-increase', 'allowed-decrease', 'min-agreement']);
    if (typeof v.name !== 'string' || !v.name)
        throw new errors/* ConfigurationError */.j1(`${where}.name is required`);
    const kind = oneOf(v, 'kind', where, KINDS) ?? 'continuous';
    if (kind !== 'agreement' && (typeof v.source !== 'string' || !v.source))
        throw new errors/* ConfigurationError */.j1(`${where}.source is required for a ${kind} metric`);
    if (v.critical !== undefined && typeof v.critical !== 'boolean')
        throw new errors/* ConfigurationError */.j1(`${where}.critical must be true or false`);
    if (v.group !== undefined && typeof v.group !== 'string')
        throw new errors/* ConfigurationError */.j1(`${where}.group must be a string`);
    const sources = { continuous: [SAMPLE_LATENCY_MS, SAMPLE_SCORE], proportion: [COUNT_ERRORS], agreement: ['agreement'] };
    if (kind !== 'agreement' && !sources[kind].includes(v.source)) {
        throw new errors/* ConfigurationError */.j1(`${where}.source: a ${kind} metric reads one of ${sources[kind].join(', ')}; got ${JSON.stringify(v.source)}`);
    }
    const m = {
        name: v.name,
        kind,
        source: typeof v.source === 'string' ? v.source : 'agreement',
        direction: oneOf(v, 'direction', where, DIRECTIONS) ?? (kind === 'agreement' ? 'decrease' : 'increase'),
        group: v.group ?? v.name,
        critical: v.critical ?? false,
    };
    const inc = num(v, 'allowed-increase', where, 0, 1e6);
    const dec = num(v, 'allowed-decrease', where, 0, 1e6);
    const floor = num(v, 'min-agreement', where, 0, 1);
    if (inc !== undefined)
        m.allowedIncrease = inc;
    if (dec !== undefined)
        m.allowedDecrease = dec;
    if (floor !== undefined)
        m.minAgreement = floor;
    return m;
}
/** The judge from a parsed judge file (or none), the min-samples input and whether it is a shadow rollout. */
function parseJudge(file, minSamples, shadow) {
    const spec = { ...DEFAULT_JUDGE, groups: {}, minSamples, metrics: defaultMetrics(shadow) };
    if (!file)
        return spec;
    const where = `${file.source}: judge`;
    const o = file.value ?? {};
    if (!isObj(o))
        throw new errors/* ConfigurationError */.j1(`${where}: the judge must be a mapping`);
    checkKeys(o, where, ['confidence', 'tolerance', 'pass', 'marginal', 'groups', 'metrics']);
    spec.confidence = num(o, 'confidence', where, 0.5, 0.9999) ?? spec.confidence;
    spec.tolerance = num(o, 'tolerance', where, 0, 10) ?? spec.tolerance;
    spec.passThreshold = num(o, 'pass', where, 0, 100) ?? spec.passThreshold;
    spec.marginalThreshold = num(o, 'marginal', where, 0, 100) ?? spec.marginalThreshold;
    if (spec.marginalThreshold > spec.passThreshold)
        throw new errors/* ConfigurationError */.j1(`${where}: marginal (${spec.marginalThreshold}) must not exceed pass (${spec.passThreshold})`);
    if (o.groups !== undefined) {
        if (!isObj(o.groups))
            throw new errors/* ConfigurationError */.j1(`${where}.groups must map group names to weights`);
        for (const g of Object.keys(o.groups))
            spec.groups[g] = num(o.groups, g, `${where}.groups`, 0, 100);
        const sum = Object.values(spec.groups).reduce((s, w) => s + w, 0);
        if (sum > 100)
            throw new errors/* ConfigurationError */.j1(`${where}.groups: weights sum to ${sum}, more than 100`);
    }
    if (o.metrics !== undefined) {
        if (!Array.isArray(o.metrics) || o.metrics.length === 0)
            throw new errors/* ConfigurationError */.j1(`${where}.metrics must be a non-empty list`);
        spec.metrics = o.metrics.map((m, i) => parseMetric(m, `${where}.metrics[${i}]`));
        const names = spec.metrics.map((m) => m.name);
        const dup = names.find((n, i) => names.indexOf(n) !== i);
        if (dup)
            throw new errors/* ConfigurationError */.j1(`${where}.metrics: '${dup}' appears twice`);
    }
    return spec;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./.build/js/src/deploy/kserve.js
/**
 * The kserve target: a KServe InferenceService (serving.kserve.io/v1beta1) whose predictor loads
 * the model from its registry reference, rolled out with KServe's own canary: a new storageUri
 * with `canaryTrafficPercent: N` sends N% to the new revision and the rest to the previous ready
 * one; promote removes the field (the new revision takes everything); rollback sets it to 0. The
 * rollout's state record and the stable/candidate references are annotations on the object.
 * Windows are read from Prometheus, by the `reference` label of the series the modelgate server
 * exports: each predictor gets MODELGATE_SERVE_REFERENCE = the registry reference it serves. KServe has no request mirroring, so the shadow and blue-green strategies (which bake
 * on mirrored traffic) are refused for this target.
 *
 * Manifests go through a `Cluster` (kubectl by default); nothing here talks to Kubernetes itself.
 */



const ANNOTATION_RECORD = 'modelgate.dev/deploy-record';
const ANNOTATION_STABLE = 'modelgate.dev/stable';
const ANNOTATION_CANDIDATE = 'modelgate.dev/candidate';
/** A registry reference as KServe's storageUri: OCI references (modelcars) get `oci://`; URIs with a scheme pass through. */
function storageUriFor(ref) {
    const r = ref.trim();
    if (!r || /\s/.test(r))
        throw new errors/* ConfigurationError */.j1(`input 'model': not a registry reference: '${ref}'`);
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(r))
        return r;
    if (!/^[A-Za-z0-9.-]+(:\d+)?\/[a-z0-9._/-]+(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/.test(r)) {
        throw new errors/* ConfigurationError */.j1(`input 'model': '${ref}' is neither a URI nor an OCI reference (registry/repository[:tag][@sha256:digest])`);
    }
    return `oci://${r}`;
}
/** The InferenceService serving `model`; `canaryTrafficPercent` present only while a canary runs. */
function renderInferenceService(opts, model, canaryTrafficPercent, annotations) {
    if (canaryTrafficPercent !== undefined && !(Number.isInteger(canaryTrafficPercent) && canaryTrafficPercent >= 0 && canaryTrafficPercent <= 100)) {
        throw new errors/* ConfigurationError */.j1(`canaryTrafficPercent must be an integer 0..100, got ${canaryTrafficPercent}`);
    }
    const predictor = {
        ...(opts.minReplicas !== undefined ? { minReplicas: opts.minReplicas } : {}),
        ...(opts.maxReplicas !== undefined ? { maxReplicas: opts.maxReplicas } : {}),
        ...(canaryTrafficPercent !== undefined ? { canaryTrafficPercent } : {}),
        model: {
            modelFormat: { name: opts.modelFormat ?? 'onnx' },
            storageUri: storageUriFor(model),
            ...(opts.runtime ? { runtime: opts.runtime } : {}),
            protocolVersion: opts.protocolVersion ?? 'v2',
            // A modelgate serve runtime labels its metrics with what it serves, so the judge can tell
            // the canary's revision from the previous one in Prometheus (other runtimes ignore it).
            env: [{ name: REFERENCE_ENV, value: model }],
        },
    };
    return {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: { name: opts.name, namespace: opts.namespace, annotations: { ...annotations }, labels: { 'app.kubernetes.io/managed-by': 'modelgate' } },
        spec: { predictor },
    };
}
/** kubectl as a Cluster: arguments as an array (no shell), the manifest on stdin. Used only when a cluster is configured. */
function kubectlCluster(kubectl = 'kubectl', context) {
    const run = (args, input) => new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(kubectl, [...(context ? ['--context', context] : []), ...args], { maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
            if (err)
                reject(Object.assign(new errors/* ServiceError */._7(`kubectl ${args[0]}: ${String(stderr).trim().split('\n')[0] || err.message}`), { stderr }));
            else
                resolve(stdout);
        });
        if (input !== undefined)
            child.stdin.end(input);
    });
    return {
        async get(namespace, name) {
            try {
                return JSON.parse(await run(['get', 'inferenceservice', name, '-n', namespace, '-o', 'json']));
            }
            catch (e) {
                if (/NotFound/.test(String(e.stderr)))
                    return undefined;
                throw e;
            }
        },
        async apply(manifest) {
            await run(['apply', '--server-side', '--field-manager=modelgate', '--force-conflicts', '-f', '-'], JSON.stringify(manifest));
        },
    };
}
class KServeTarget {
    opts;
    cluster;
    prometheus;
    clock;
    kind = 'kserve';
    location;
    windowStart = 0;
    constructor(opts, cluster, prometheus, clock) {
        this.opts = opts;
        this.cluster = cluster;
        this.prometheus = prometheus;
        this.clock = clock;
        this.location = `${opts.namespace}/${opts.name}`;
    }
    async current() {
        return this.cluster.get(this.opts.namespace, this.opts.name);
    }
    async write(model, percent, annotations) {
        await this.cluster.apply(renderInferenceService(this.opts, model, percent, annotations));
    }
    static annotations(isvc) {
        return { ...(isvc?.metadata.annotations ?? {}) };
    }
    async state() {
        const isvc = await this.current();
        if (!isvc)
            return { weight: 0, shadow: false };
        const a = isvc.metadata.annotations ?? {};
        const percent = isvc.spec.predictor.canaryTrafficPercent;
        const candidate = a[ANNOTATION_CANDIDATE] || undefined;
        return { stable: a[ANNOTATION_STABLE] || undefined, candidate, weight: candidate ? (percent ?? 100) : 0, shadow: false };
    }
    async loadCandidate(model) {
        const isvc = await this.current();
        const a = KServeTarget.annotations(isvc);
        if (!isvc) {
            // The first version: nothing to split traffic with, it serves everything once applied.
            await this.write(model, undefined, { [ANNOTATION_STABLE]: '', [ANNOTATION_CANDIDATE]: model });
            return;
        }
        if (!(ANNOTATION_STABLE in a))
            throw new errors/* ConfigurationError */.j1(`InferenceService ${this.location} was not created by modelgate (no ${ANNOTATION_STABLE} annotation); refusing to change it`);
        await this.write(model, a[ANNOTATION_STABLE] ? 0 : undefined, { ...a, [ANNOTATION_CANDIDATE]: model });
    }
    async setWeight(percent) {
        const isvc = await this.current();
        const a = KServeTarget.annotations(isvc);
        const model = a[ANNOTATION_CANDIDATE];
        if (!model)
            throw new Error('internal error: setWeight without a candidate');
        await this.write(model, Math.round(percent), a);
    }
    async setShadow(on) {
        if (on)
            throw new errors/* ConfigurationError */.j1(`the kserve target cannot mirror traffic (KServe has no shadow); use strategy canary or direct`);
    }
    async promote() {
        const a = KServeTarget.annotations(await this.current());
        const model = a[ANNOTATION_CANDIDATE];
        if (!model)
            return;
        delete a[ANNOTATION_CANDIDATE];
        await this.write(model, undefined, { ...a, [ANNOTATION_STABLE]: model });
    }
    async rollback() {
        const isvc = await this.current();
        const a = KServeTarget.annotations(isvc);
        const model = a[ANNOTATION_CANDIDATE];
        if (!isvc || !model)
            return;
        if (!a[ANNOTATION_STABLE])
            throw new errors/* ServiceError */._7(`InferenceService ${this.location}: the first version failed and there is no earlier one to roll back to`);
        // KServe's rollback: the latest revision keeps its spec but gets 0% of the traffic.
        await this.write(model, 0, a);
        // Then the spec goes back to stable, so the next rollout starts from it.
        delete a[ANNOTATION_CANDIDATE];
        await this.write(a[ANNOTATION_STABLE], undefined, a);
    }
    async resetWindow() {
        this.windowStart = this.clock.now();
    }
    async readWindow() {
        const s = await this.state();
        if (!s.stable || !s.candidate)
            throw new Error('internal error: readWindow without stable and candidate');
        const now = this.clock.now();
        const seconds = (now - this.windowStart) / 1000;
        const at = now / 1000;
        return {
            stable: await this.prometheus.variantWindow(s.stable, seconds, at),
            candidate: await this.prometheus.variantWindow(s.candidate, seconds, at),
        };
    }
    async health(variant) {
        const isvc = await this.current();
        const conditions = (isvc?.status?.conditions ?? []);
        const ready = conditions.find((c) => c.type === (variant === 'candidate' ? 'LatestDeploymentReady' : 'Ready')) ?? conditions.find((c) => c.type === 'Ready');
        const ok = ready?.status === 'True';
        return { ok, detail: ok ? `${this.location} ${variant} ready` : `${this.location} ${variant} not ready${ready?.message ? `: ${ready.message}` : ''}` };
    }
    async readRecord() {
        const raw = (await this.current())?.metadata.annotations?.[ANNOTATION_RECORD];
        if (!raw)
            return undefined;
        try {
            return JSON.parse(raw);
        }
        catch {
            throw new errors/* ServiceError */._7(`InferenceService ${this.location}: annotation ${ANNOTATION_RECORD} is not JSON; remove it to start afresh`);
        }
    }
    async writeRecord(record) {
        const isvc = await this.current();
        if (!isvc)
            return;
        const a = KServeTarget.annotations(isvc);
        if (record)
            a[ANNOTATION_RECORD] = JSON.stringify({ ...record, reference: undefined });
        else
            delete a[ANNOTATION_RECORD];
        const p = isvc.spec.predictor;
        await this.write(a[ANNOTATION_CANDIDATE] ?? a[ANNOTATION_STABLE], a[ANNOTATION_CANDIDATE] ? p.canaryTrafficPercent : undefined, a);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/deploy/prometheus.js
/**
 * A small client of Prometheus' HTTP API (GET /api/v1/query, instant vectors) that reads one
 * model's window from the series the modelgate server exports (names in metric-names.ts): request
 * outcomes, the latency histogram, and shadow comparisons. Latency comes as histogram buckets, so
 * the judge sees each request at its bucket's upper bound: tied samples, which the Mann-Whitney
 * test's tie correction (asymptotic method) is made for; the resolution of the judgement is the
 * bucket width. The prediction distribution (the judge's `score` source) comes the same way from
 * the score histogram, each row at its bucket's upper bound (tenths of probability).
 */


/** A PromQL string literal (double quotes, backslash escapes). */
function promString(s) {
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
/** Parses an /api/v1/query answer (resultType vector); throws ServiceError on an error answer. */
function parseVector(body, query) {
    const b = body;
    if (!b || b.status !== 'success')
        throw new errors/* ServiceError */._7(`Prometheus refused '${query}': ${b?.error ?? 'no success status'}`);
    if (b.data?.resultType !== 'vector' || !Array.isArray(b.data.result))
        throw new errors/* ServiceError */._7(`Prometheus answered '${query}' with ${b.data?.resultType ?? 'nothing'}, expected a vector`);
    return b.data.result.map((r) => ({ metric: r.metric ?? {}, value: Number(r.value?.[1]) }));
}
/** Observations per histogram bucket, from cumulative `le` counts, as samples at each bucket's upper bound (latency: ms). */
function bucketsToSamples(buckets, opts = {}) {
    const { maxSamples = 200_000, thin = false, scale = 1000 } = opts;
    const finite = buckets
        .map((b) => ({ le: b.metric.le === '+Inf' ? Infinity : Number(b.metric.le), count: Math.round(b.value) }))
        .filter((b) => !Number.isNaN(b.le) && Number.isFinite(b.count))
        .sort((a, b) => a.le - b.le);
    const bins = [];
    let prev = 0;
    let lastFinite = 0;
    for (const b of finite) {
        const n = Math.max(0, b.count - prev);
        prev = Math.max(prev, b.count);
        // The overflow bucket has no upper bound: its observations count as twice the last finite bound.
        bins.push({ at: (Number.isFinite(b.le) ? b.le : lastFinite * 2) * scale, n });
        if (Number.isFinite(b.le))
            lastFinite = b.le;
    }
    const total = bins.reduce((t, b) => t + b.n, 0);
    if (total > maxSamples) {
        if (!thin)
            throw new errors/* ServiceError */._7(`more than ${maxSamples} requests in one window; shorten the interval`);
        for (const b of bins)
            b.n = Math.floor((b.n * maxSamples) / total);
    }
    const out = [];
    for (const b of bins)
        for (let i = 0; i < b.n; i++)
            out.push(b.at);
    return out;
}
class PrometheusClient {
    url;
    fetchFn;
    constructor(url, fetchFn = fetch) {
        this.url = url;
        this.fetchFn = fetchFn;
    }
    async query(q, atSeconds) {
        const u = new URL('api/v1/query', this.url.endsWith('/') ? this.url : this.url + '/');
        u.searchParams.set('query', q);
        if (atSeconds !== undefined)
            u.searchParams.set('time', String(atSeconds));
        let res;
        try {
            res = await this.fetchFn(u, { headers: { accept: 'application/json' } });
        }
        catch (e) {
            throw new errors/* ServiceError */._7(`cannot reach Prometheus at ${this.url}: ${e.message}`);
        }
        const body = await res.json().catch(() => undefined);
        if (!res.ok && !body)
            throw new errors/* ServiceError */._7(`Prometheus at ${this.url} answered ${res.status} to '${q}'`);
        // Every query here is a count (an increase of a counter or a histogram bucket): NaN, a negative
        // or an infinite answer (a broken exporter, a proxy's placeholder) would reach the judge's tests
        // as numbers they cannot take, a crash mid-rollout instead of one line.
        const samples = parseVector(body, q);
        for (const s of samples) {
            if (!(s.value >= 0 && s.value <= Number.MAX_SAFE_INTEGER)) {
                const labels = Object.entries(s.metric).map(([k, v]) => `${k}=${promString(v)}`).join(',');
                throw new errors/* ServiceError */._7(`Prometheus at ${this.url} answered '${q}' with ${String(s.value)}${labels ? ` for {${labels}}` : ''}, not a count`);
            }
        }
        return samples;
    }
    /** The observations, over the `seconds` before `atSeconds`, of the servers labelled with `reference` (the registry reference they serve). */
    async variantWindow(reference, seconds, atSeconds) {
        const sel = `{${REFERENCE_LABEL}=${promString(reference)}}`;
        const range = `[${Math.max(1, Math.round(seconds))}s]`;
        const answered = await this.query(`sum(increase(${PROM.requests}${sel}${range}))`, atSeconds);
        const failed = await this.query(`sum(increase(${PROM.errors}${sel}${range}))`, atSeconds);
        const buckets = await this.query(`sum by (le) (increase(${PROM.durationBucket}${sel}${range}))`, atSeconds);
        // Rows, not requests: a busy window holds more of them than the judge needs, so they are thinned.
        const scores = await this.query(`sum by (le) (increase(${PROM.scoreBucket}${sel}${range}))`, atSeconds);
        const sum = (v) => v.reduce((t, x) => t + Math.round(x.value), 0);
        const errors = sum(failed);
        const total = sum(answered) + errors;
        return {
            samples: { [SAMPLE_LATENCY_MS]: bucketsToSamples(buckets), [SAMPLE_SCORE]: bucketsToSamples(scores, { thin: true, scale: 1 }) },
            counts: { [COUNT_ERRORS]: { events: errors, total } },
        };
    }
    /** Shadow comparisons of the candidate labelled `reference` against stable over the window: rows whose label agreed, of rows compared. */
    async agreement(reference, seconds, atSeconds) {
        const sel = `{${REFERENCE_LABEL}=${promString(reference)}}`;
        const range = `[${Math.max(1, Math.round(seconds))}s]`;
        const sum = (v) => v.reduce((t, x) => t + Math.round(x.value), 0);
        const total = sum(await this.query(`sum(increase(${PROM.shadowRows}${sel}${range}))`, atSeconds));
        const differ = sum(await this.query(`sum(increase(${PROM.shadowDisagreements}${sel}${range}))`, atSeconds));
        return { events: Math.max(0, total - differ), total };
    }
}

// EXTERNAL MODULE: ./.build/js/src/schemas/validate.js + 6 modules
var validate = __webpack_require__(60704);
;// CONCATENATED MODULE: ./.build/js/src/deploy/report.js
/**
 * deployment.json: the record of one rollout, validated against src/schemas/deployment.schema.json
 * before it is written (temp file + rename: never half-written).
 */


function makeDeployment(config, target, result, environment) {
    const j = config.judge;
    const d = {
        kind: 'deployment',
        schemaVersion: 1,
        model: config.model,
        strategy: config.strategy,
        ...(environment ? { environment } : {}),
        target: { kind: target.kind, location: target.location },
        settings: {
            steps: config.strategy === 'canary' ? config.steps : [],
            intervalSeconds: config.intervalMs / 1000,
            maxIntervalSeconds: (config.maxIntervalMs ?? config.intervalMs) / 1000,
            warmupSeconds: (config.warmupMs ?? 0) / 1000,
            ...(config.strategy === 'blue-green' ? { terminationWaitSeconds: config.terminationWaitMs / 1000 } : {}),
            minSamples: j.minSamples,
            confidence: j.confidence,
            tolerance: j.tolerance,
            thresholds: { pass: j.passThreshold, marginal: j.marginalThreshold },
            groups: j.groups,
            metrics: j.metrics,
        },
        steps: result.steps,
        decision: result.decision,
        reason: result.reason,
        startedAt: result.startedAt,
        finishedAt: result.finishedAt,
        ...(result.resumed ? { resumed: result.resumed } : {}),
    };
    return d;
}
/** Validates and writes; an invalid record is a bug in modelgate and is not written. */
function writeDeployment(path, d) {
    (0,validate/* assertArtifact */.fp)('deployment', d, path, 'write');
    (0,files/* writeJsonAtomic */.ZJ)(path, d);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./.build/js/src/deploy/rollout.js
/**
 * The strategies as one state machine over a `Target`. A strategy is a plan, a list of phases;
 * the runner executes them in order, writing the state record to the target before each one, so
 * that a rerun after an interruption (the deploy process killed) finds where it stopped:
 *
 * - direct:     load, direct (all traffic to the candidate, health check, back to stable if unhealthy), promote
 * - blue-green: load, smoke (green's health), bake (mirror traffic to green for `interval`, judge),
 *               switch (all traffic to green at once), termination (keep blue for the termination
 *               wait, judge green's live window against blue's bake window; roll back to blue on a
 *               late failure), promote (blue released)
 * - canary:     load, then per step (e.g. 10, 50, 100) set the weight, wait `interval`, judge; roll
 *               back at the first fail or no-data; a marginal score continues except at the last
 *               step, where only a pass promotes; promote
 * - shadow:     load, shadow (mirror for `interval`, judge latency, errors and agreement; answers
 *               always come from stable), then the candidate is unloaded whatever the outcome:
 *               decision `passed` or `rolled-back` / `no-data`; traffic never moves.
 *
 * A window at 100% has no stable traffic: it is judged against stable's observations from the
 * last window that had them (kept in the state record).
 *
 * Recovery: when the target holds a record of an unfinished rollout, a rerun for the same model
 * and strategy continues it from the recorded phase (that phase is redone: its window is
 * observed again, since the interrupted one's observations were lost); a rerun for another model
 * or strategy first rolls the interrupted one back. Every target operation is idempotent, so a
 * phase interrupted halfway is safe to redo.
 */


function plan(config) {
    switch (config.strategy) {
        case 'direct':
            return [{ kind: 'load' }, { kind: 'direct' }, { kind: 'promote' }];
        case 'blue-green':
            return [{ kind: 'load' }, { kind: 'smoke' }, { kind: 'bake' }, { kind: 'switch' }, { kind: 'termination' }, { kind: 'promote' }];
        case 'canary':
            return [{ kind: 'load' }, ...config.steps.map((weight, i) => ({ kind: 'canary', weight, last: i === config.steps.length - 1 })), { kind: 'promote' }];
        case 'shadow':
            return [{ kind: 'load' }, { kind: 'shadow' }];
    }
}
const iso = (ms) => new Date(ms).toISOString();
async function runDeploy(config, target, clock, log) {
    const started = clock.now();
    const phases = plan(config);
    const steps = [];
    let resumed;
    let start = 0;
    let record = {
        id: (0,external_node_crypto_.randomUUID)(),
        model: config.model,
        strategy: config.strategy,
        phase: 0,
        phaseKind: phases[0].kind,
        startedAt: iso(started),
        updatedAt: iso(started),
    };
    const previous = await target.readRecord();
    if (previous) {
        if (previous.model === config.model && previous.strategy === config.strategy && previous.phase < phases.length) {
            log.warning(`an interrupted ${previous.strategy} rollout of ${previous.model} was in phase '${previous.phaseKind}': continuing it from that phase`);
            record = { ...previous };
            start = previous.phase;
            resumed = { id: previous.id, phase: previous.phaseKind, model: previous.model, action: 'continued' };
        }
        else {
            log.warning(`an interrupted ${previous.strategy} rollout of ${previous.model} (phase '${previous.phaseKind}') is rolled back first`);
            await target.rollback();
            await target.writeRecord(undefined);
            resumed = { id: previous.id, phase: previous.phaseKind, model: previous.model, action: 'rolled-back' };
        }
    }
    const finish = async (ending) => {
        if (ending.decision !== 'promoted')
            await target.rollback();
        await target.writeRecord(undefined);
        log.info(`decision: ${ending.decision}: ${ending.reason}`);
        return { ...ending, steps, startedAt: iso(started), finishedAt: iso(clock.now()), ...(resumed ? { resumed } : {}) };
    };
    /** Observes one window of `ms` and judges it; windows at 100% use the kept stable observations. */
    // A window short of min-samples grows by `ms` at a time up to max-interval (low traffic), then is no-data.
    // The first judged window is preceded by the warm-up: traffic flows, nothing is judged.
    let observedMs = 0;
    let warm = !config.warmupMs;
    const observe = async (ms, weight) => {
        if (!warm) {
            warm = true;
            log.info(`warm-up: the candidate takes traffic for ${config.warmupMs / 1000}s before the first judged window`);
            await clock.sleep(config.warmupMs);
        }
        await target.resetWindow();
        await clock.sleep(ms);
        observedMs = ms;
        const maxMs = Math.max(ms, config.maxIntervalMs ?? ms);
        for (;;) {
            const window = await target.readWindow();
            if (weight >= 100 && record.reference)
                window.stable = record.reference;
            else if (weight < 100)
                record.reference = window.stable;
            const j = judgeWindow(config.judge, window);
            if (j.outcome !== 'no-data' || observedMs + ms > maxMs)
                return j;
            log.info(`too few samples after ${observedMs / 1000}s (${j.reason}): observing ${ms / 1000}s more, up to max-interval ${maxMs / 1000}s`);
            await clock.sleep(ms);
            observedMs += ms;
        }
    };
    const report = (index, phase, weight, t0, outcome, reason, j) => {
        const s = { index, phase: phase.kind, weight, startedAt: iso(t0), finishedAt: iso(clock.now()), outcome, reason };
        if (j)
            Object.assign(s, { score: j.score, windowSeconds: observedMs / 1000, judgement: { groups: j.groups, metrics: j.metrics } });
        steps.push(s);
        log.info(`${phase.kind}${phase.kind === 'canary' ? ` ${weight}%` : ''}: ${outcome}: ${reason}`);
        return s;
    };
    /** The ending a judged window leads to, or undefined to go on. */
    const verdict = (j, what, last) => {
        if (j.outcome === 'no-data')
            return { decision: 'no-data', reason: `${what}: ${j.reason}` };
        if (j.outcome === 'fail')
            return { decision: 'rolled-back', reason: `${what}: ${j.reason}` };
        if (j.outcome === 'marginal' && last)
            return { decision: 'rolled-back', reason: `${what}: ${j.reason}; the last judgement must pass` };
        return undefined;
    };
    for (let i = start; i < phases.length; i++) {
        const phase = phases[i];
        record = { ...record, phase: i, phaseKind: phase.kind, updatedAt: iso(clock.now()) };
        await target.writeRecord(record);
        const t0 = clock.now();
        switch (phase.kind) {
            case 'load': {
                const s = await target.state();
                if (s.candidate !== config.model)
                    await target.loadCandidate(config.model);
                report(i, phase, 0, t0, 'ok', `${config.model} loaded as candidate on ${target.kind} ${target.location}`);
                break;
            }
            case 'smoke': {
                const h = await target.health('candidate');
                report(i, phase, 0, t0, h.ok ? 'ok' : 'failed', h.detail);
                if (!h.ok)
                    return finish({ decision: 'rolled-back', reason: `smoke test failed: ${h.detail}` });
                break;
            }
            case 'bake': {
                await target.setShadow(true);
                const j = await observe(config.intervalMs, 0);
                await target.setShadow(false);
                report(i, phase, 0, t0, j.outcome, j.reason, j);
                const end = verdict(j, 'bake', true);
                if (end)
                    return finish(end);
                break;
            }
            case 'switch':
                await target.setWeight(100);
                report(i, phase, 100, t0, 'ok', 'all traffic switched to the candidate; stable kept for the termination wait');
                break;
            case 'termination': {
                const j = await observe(config.terminationWaitMs, 100);
                report(i, phase, 100, t0, j.outcome, j.reason, j);
                const end = verdict(j, 'after the switch', true);
                if (end)
                    return finish(end);
                break;
            }
            case 'canary': {
                await target.setWeight(phase.weight);
                const j = await observe(config.intervalMs, phase.weight);
                report(i, phase, phase.weight, t0, j.outcome, j.reason, j);
                const end = verdict(j, `step ${phase.weight}%`, phase.last);
                if (end)
                    return finish(end);
                break;
            }
            case 'shadow': {
                await target.setShadow(true);
                const j = await observe(config.intervalMs, 0);
                await target.setShadow(false);
                report(i, phase, 0, t0, j.outcome, j.reason, j);
                return finish(verdict(j, 'shadow', true) ?? { decision: 'passed', reason: `shadow: ${j.reason}` });
            }
            case 'direct': {
                await target.setWeight(100);
                await clock.sleep(Math.min(config.intervalMs, 5000));
                const h = await target.health('candidate');
                report(i, phase, 100, t0, h.ok ? 'ok' : 'failed', h.detail);
                if (!h.ok)
                    return finish({ decision: 'rolled-back', reason: `health check after the switch failed: ${h.detail}` });
                break;
            }
            case 'promote': {
                await target.promote();
                report(i, phase, 100, t0, 'ok', `${config.model} promoted`);
                const last = steps.filter((s) => s.judgement).at(-1);
                return finish({ decision: 'promoted', reason: last ? `${last.phase}${last.phase === 'canary' ? ` ${last.weight}%` : ''}: ${last.reason}` : `${config.model} is healthy` });
            }
        }
    }
    throw new Error('internal error: the rollout plan ended without a decision');
}

;// CONCATENATED MODULE: ./.build/js/src/deploy/record.js
/** The recorder over a registry: promoted -> alias + history; rolled back / no-data -> rejected + history; shadow -> history only. */
function registryRecorder(registry, alias) {
    return {
        async record(d) {
            const entry = { kind: 'deployment', decision: d.decision, ...(d.environment ? { environment: d.environment } : {}), reason: d.reason, at: d.finishedAt, report: d };
            if (d.decision === 'promoted' && alias)
                await registry.moveAlias(d.model, alias);
            if (d.decision === 'rolled-back' || d.decision === 'no-data')
                await registry.reject(d.model, d.reason);
            await registry.appendHistory(d.model, entry);
        },
    };
}

// EXTERNAL MODULE: ./.build/js/src/registry/pull-input.js
var pull_input = __webpack_require__(71059);
// EXTERNAL MODULE: ./.build/js/src/registry/reference.js + 2 modules
var reference = __webpack_require__(17301);
// EXTERNAL MODULE: ./.build/js/src/registry/versions.js + 2 modules
var versions = __webpack_require__(76122);
;// CONCATENATED MODULE: ./.build/js/src/deploy/registry-history.js
/**
 * `RegistryHistory` (record.ts) over src/registry: the model deploy rolled out is a registry
 * reference (`oci-layout://<dir>:<tag>` or `oci://<host>/<repository>:<tag>|@<digest>`); its
 * version is resolved there, the environment's alias is moved with `promote`, a rejection is a
 * `rejected` status event whose note is the judge's reason, and the deployment record is a
 * `deployment` history event carrying deployment.json.
 */




function registry_history_open(model, conn) {
    if (!(0,pull_input/* isRegistryReference */.lb)(model))
        throw new errors/* ConfigurationError */.j1(`input 'model': '${model}' is not a registry reference (oci-layout://… or oci://…); the decision can only be recorded in a registry`);
    const r = (0,reference/* parseReference */.F2)(model, 'model');
    return { backend: (0,reference/* openBackend */.f2)({ ...r, tag: undefined, digest: undefined }, conn), at: { tag: r.tag ?? (r.digest ? undefined : 'latest'), digest: r.digest } };
}
/** The history over registries reached by reference (credentials from the environment, as for register). */
function registryHistory(who = {}, conn = (0,pull_input/* connectionFromEnv */.WG)()) {
    return historyOver((model) => registry_history_open(model, conn), who);
}
/** The history over the backend `opener` gives (the tests pass one with their registry's credentials). */
function historyOver(opener, who = {}) {
    return {
        async moveAlias(model, alias) {
            const { backend, at } = opener(model);
            await (0,versions/* promote */.pt)(backend, at, alias, who);
        },
        async appendHistory(model, entry) {
            const { backend, at } = opener(model);
            const bytes = Buffer.from(JSON.stringify(entry.report, null, 2) + '\n');
            await (0,versions/* addDeployment */.PC)(backend, at, bytes, { ...who, decision: entry.decision, environment: entry.environment, note: entry.reason.slice(0, 1000) });
        },
        async reject(model, reason) {
            const { backend, at } = opener(model);
            await (0,versions/* setStatus */.Lx)(backend, at, 'rejected', { ...who, note: reason.slice(0, 1000) });
        },
    };
}

;// CONCATENATED MODULE: ./.build/js/src/deploy/serve-target.js
/**
 * The serve target: the admin API of a `modelgate serve` server (src/serve/server.ts), over HTTP
 * with `Authorization: Bearer <admin-token>`. The routes it uses, for the server's one model
 * `<name>` (found with GET /admin/models):
 *
 *   GET    /admin/models                          -> { models: [name] }
 *   GET    /admin/models/<name>                   -> { stable: {ref, version}, candidate: {ref, version, mode, weight 0..1} | null, previous }
 *   POST   /admin/models/<name>/load              { model, mode: "split", weight: 0 }
 *   POST   /admin/models/<name>/weights           { weight: 0..1, mode: "split" | "shadow" }
 *   POST   /admin/models/<name>/promote           candidate becomes stable
 *   POST   /admin/models/<name>/rollback          drops the candidate
 *   POST   /admin/models/<name>/window/reset      starts a new observation window
 *   GET    /admin/models/<name>/window            -> per variant { requests, errors, latencyMs[] }, shadow { rows, agree }
 *   GET|PUT|DELETE /admin/models/<name>/deploy-record   the rollout's state record (404 when none)
 *   GET    /v2/models/<name>/versions/<v>/ready   the candidate's readiness (Open Inference Protocol)
 *
 * The server's `rollback` with no candidate restores the version a promote replaced; the Target's
 * rollback means "stable serves everything", so it is sent only while a candidate is loaded, and
 * `promote` only while one is (both idempotent, as the Target interface asks).
 */


class ServeTarget {
    token;
    fetchFn;
    kind = 'serve';
    location;
    base;
    name;
    constructor(url, token, fetchFn = fetch) {
        this.token = token;
        this.fetchFn = fetchFn;
        const u = new URL(url);
        u.username = '';
        u.password = '';
        this.base = u.toString().replace(/\/+$/, '');
        this.location = this.base;
    }
    async call(method, path, body, okEmpty = false) {
        let res;
        try {
            res = await this.fetchFn(this.base + path, {
                method,
                headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
                ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
            });
        }
        catch (e) {
            throw new errors/* ServiceError */._7(`cannot reach the model server at ${this.base}: ${e.message}`);
        }
        if (res.status === 401 || res.status === 403)
            throw new errors/* ServiceError */._7(`${method} ${path} on ${this.base}: ${res.status}; check input 'admin-token'`);
        if (res.status === 404 && path.startsWith('/admin/models') && !this.token)
            throw new errors/* ServiceError */._7(`${method} ${path} on ${this.base}: 404; the server's admin API is off or no 'admin-token' was given`);
        if (res.status === 204 || (okEmpty && res.status === 404)) {
            await res.body?.cancel();
            return undefined;
        }
        const text = await res.text();
        if (!res.ok)
            throw new errors/* ServiceError */._7(`${method} ${path} on ${this.base}: ${res.status} ${text.slice(0, 200).replace(/\s+/g, ' ')}`);
        return text ? JSON.parse(text) : undefined;
    }
    /** `/admin/models/<name>` (the server's one model, looked up once). */
    async model() {
        if (this.name === undefined) {
            const r = await this.call('GET', '/admin/models');
            const name = r?.models?.[0];
            if (!name)
                throw new errors/* ServiceError */._7(`${this.base} serves no model`);
            this.name = name;
        }
        return `/admin/models/${encodeURIComponent(this.name)}`;
    }
    async serveState() {
        return (await this.call('GET', await this.model()));
    }
    async state() {
        const s = await this.serveState();
        const c = s.candidate;
        return { stable: s.stable.ref, candidate: c?.ref, weight: c && c.mode === 'split' ? Math.round(c.weight * 1000) / 10 : 0, shadow: c?.mode === 'shadow' };
    }
    async loadCandidate(model) {
        await this.call('POST', `${await this.model()}/load`, { model, mode: 'split', weight: 0 });
    }
    async setWeight(percent) {
        await this.call('POST', `${await this.model()}/weights`, { weight: percent / 100, mode: 'split' });
    }
    async setShadow(on) {
        await this.call('POST', `${await this.model()}/weights`, { weight: 0, mode: on ? 'shadow' : 'split' });
    }
    async promote() {
        if ((await this.serveState()).candidate)
            await this.call('POST', `${await this.model()}/promote`);
    }
    async rollback() {
        if ((await this.serveState()).candidate)
            await this.call('POST', `${await this.model()}/rollback`);
    }
    async resetWindow() {
        await this.call('POST', `${await this.model()}/window/reset`);
    }
    async readWindow() {
        const w = (await this.call('GET', `${await this.model()}/window`));
        const v = (o) => ({ samples: { [SAMPLE_LATENCY_MS]: o.latencyMs, [SAMPLE_SCORE]: o.scores ?? [] }, counts: { [COUNT_ERRORS]: { events: o.errors, total: o.requests + o.errors } } });
        return { stable: v(w.stable), candidate: v(w.candidate), ...(w.shadow.rows ? { agreement: { events: w.shadow.agree, total: w.shadow.rows } } : {}) };
    }
    async health(variant) {
        try {
            const s = await this.serveState();
            const v = variant === 'stable' ? s.stable : s.candidate;
            if (!v)
                return { ok: false, detail: `no ${variant} loaded on ${this.base}` };
            const res = await this.fetchFn(`${this.base}/v2/models/${encodeURIComponent(s.name)}/versions/${encodeURIComponent(v.version)}/ready`);
            await res.body?.cancel();
            return res.ok ? { ok: true, detail: `${variant} ${v.version} ready on ${this.base}` } : { ok: false, detail: `${variant} ${v.version} not ready on ${this.base} (${res.status})` };
        }
        catch (e) {
            return { ok: false, detail: e.message };
        }
    }
    async readRecord() {
        return this.call('GET', `${await this.model()}/deploy-record`, undefined, true);
    }
    async writeRecord(record) {
        if (record)
            await this.call('PUT', `${await this.model()}/deploy-record`, record);
        else
            await this.call('DELETE', `${await this.model()}/deploy-record`, undefined, true);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/deploy/types.js
const STRATEGIES = ['direct', 'blue-green', 'canary', 'shadow'];
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

// EXTERNAL MODULE: ./.build/js/src/report/markdown.js
var markdown = __webpack_require__(29527);
;// CONCATENATED MODULE: ./.build/js/src/report/deployment.js

const ICON = { promoted: '✅', 'rolled-back': '↩️', 'no-data': '⚠️', passed: '✅' };
function stepName(s) {
    return s.phase === 'canary' ? `${s.weight}%` : s.phase;
}
/** A mermaid xychart of one metric's candidate and stable values over the judged steps. */
function chart(d, metric) {
    const judged = d.steps.filter((s) => s.judgement?.metrics.some((m) => m.name === metric));
    if (judged.length === 0)
        return undefined;
    const values = judged.map((s) => s.judgement.metrics.find((m) => m.name === metric));
    if (values.every((v) => v.candidate.value === null && v.stable.value === null))
        return undefined;
    const num = (v) => (v === null ? 0 : Number(v.toPrecision(6)));
    const label = (s) => JSON.stringify(s.replace(/["\\]/g, ''));
    const title = metric.replace(/["\\]/g, '');
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title}: stable (first line) and candidate (second line)"`,
        `  x-axis [${judged.map((s) => label(stepName(s))).join(', ')}]`,
        `  line [${values.map((v) => num(v.stable.value)).join(', ')}]`,
        `  line [${values.map((v) => num(v.candidate.value)).join(', ')}]`,
        '```',
    ].join('\n');
}
function renderDeployment(d, opts = {}) {
    const out = [];
    out.push(`## ${ICON[d.decision]} Deploy ${(0,markdown/* esc */.UQ)(d.model, 200)}: ${d.decision}`);
    out.push('', `${d.strategy} on ${(0,markdown/* esc */.UQ)(d.target.kind)}${d.environment ? ` to \`${(0,markdown/* esc */.UQ)(d.environment)}\`` : ''}. ${(0,markdown/* esc */.UQ)(d.reason, 600)}`);
    if (d.resumed)
        out.push('', `Resumed an interrupted rollout of ${(0,markdown/* esc */.UQ)(d.resumed.model, 200)} (phase ${(0,markdown/* esc */.UQ)(d.resumed.phase)}): ${d.resumed.action}.`);
    out.push('', (0,markdown/* table */.tp)(['step', 'weight', 'outcome', 'score', 'reason'], d.steps.map((s) => [(0,markdown/* esc */.UQ)(stepName(s)), `${s.weight}%`, s.outcome, s.score === undefined ? '' : (0,markdown/* fmt */.Sc)(s.score, 3), (0,markdown/* esc */.UQ)(s.reason, 300)]), ['l', 'r', 'l', 'r', 'l']));
    const judged = d.steps.filter((s) => s.judgement);
    if (judged.length) {
        out.push('', '### Judged metrics', '');
        const rows = judged.flatMap((s) => s.judgement.metrics.map((m) => [
            (0,markdown/* esc */.UQ)(stepName(s)),
            (0,markdown/* esc */.UQ)(m.name) + (m.critical ? ' (critical)' : ''),
            m.classification,
            (0,markdown/* fmt */.Sc)(m.stable.value),
            (0,markdown/* fmt */.Sc)(m.candidate.value),
            (0,markdown/* fmt */.Sc)(m.estimate),
            m.ci ? `${(0,markdown/* fmt */.Sc)(m.ci[0])} to ${(0,markdown/* fmt */.Sc)(m.ci[1])}` : '',
            m.pValue === null ? '' : (0,markdown/* fmt */.Sc)(m.pValue, 3),
            `${m.stable.n} / ${m.candidate.n}`,
        ]));
        out.push((0,markdown/* table */.tp)(['step', 'metric', 'class', 'stable', 'candidate', 'shift', `${(0,markdown/* fmt */.Sc)(d.settings.confidence * 100, 3)}% CI`, 'p', 'n (stable / candidate)'], rows, ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']));
        const metrics = [...new Set(judged.flatMap((s) => s.judgement.metrics.map((m) => m.name)))];
        for (const m of metrics) {
            const c = chart(d, m);
            if (c)
                out.push('', c);
        }
        out.push('', `<sub>Judge: Mann-Whitney / Hodges-Lehmann at ${(0,markdown/* fmt */.Sc)(d.settings.confidence * 100, 3)}% with effect tolerance ${(0,markdown/* fmt */.Sc)(d.settings.tolerance)}, Fisher exact for rates; pass ≥ ${d.settings.thresholds.pass}, marginal ≥ ${d.settings.thresholds.marginal}; min-samples ${d.settings.minSamples}.${opts.logUrl ? ` [log](${opts.logUrl})` : ''}</sub>`);
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/js/src/actions/compare-github.js
var compare_github = __webpack_require__(60668);
// EXTERNAL MODULE: ./.build/js/src/actions/types.js
var types = __webpack_require__(51692);
;// CONCATENATED MODULE: ./.build/js/src/actions/deploy.js
/**
 * deploy adapter: inputs -> DeployConfig and a Target -> runDeploy() -> deployment.json, job
 * summary, GitHub deployment statuses -> outputs. No statistics here: the judge is in src/deploy.
 */

















function parseTarget(value, inputs, strategy) {
    if (value === 'kserve') {
        if (strategy === 'shadow' || strategy === 'blue-green')
            throw new errors/* ConfigurationError */.j1(`input 'strategy': ${strategy} needs mirrored traffic, which KServe does not have; use canary or direct with target kserve`);
        const m = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)$/.exec(inputs.service ?? '');
        if (!m)
            throw new errors/* ConfigurationError */.j1(`input 'kserve-service' must be namespace/name (Kubernetes names) with target kserve; got '${inputs.service ?? ''}'`);
        if (!inputs.prometheus)
            throw new errors/* ConfigurationError */.j1(`input 'prometheus-url' is required with target kserve (the judge reads the metrics from it)`);
        return { kind: 'kserve', namespace: m[1], name: m[3], prometheusUrl: inputs.prometheus, runtime: inputs.runtime };
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`input 'target' must be a modelgate server URL (http://host:port) or 'kserve'; got '${value}'`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* ConfigurationError */.j1(`input 'target' must be an http(s) URL or 'kserve'; got '${value}'`);
    if (url.username || url.password)
        throw new errors/* ConfigurationError */.j1(`input 'target' must not carry credentials; pass the token as 'admin-token'`);
    return { kind: 'serve', url: url.toString(), adminToken: inputs.admin };
}
function makeTarget(config) {
    const t = config.target;
    if (t.kind === 'serve')
        return new ServeTarget(t.url, t.adminToken);
    return new KServeTarget({ name: t.name, namespace: t.namespace, runtime: t.runtime }, kubectlCluster(), new PrometheusClient(t.prometheusUrl), realClock);
}
function optionalDuration(value, input) {
    return value === undefined ? undefined : parseDuration(value, input);
}
/* harmony default export */ const deploy = ((0,types/* defineAction */.Q)({
    name: 'deploy',
    secrets: ['admin-token', 'github-token'],
    parse(inputs) {
        const strategy = inputs.choice('strategy', STRATEGIES) ?? 'canary';
        const interval = parseDuration(inputs.string('interval') ?? '30s', 'interval');
        const judgeInput = inputs.string('judge');
        const minSamples = inputs.number('min-samples', { min: 1, integer: true }) ?? 200;
        const ctx = (0,compare_github/* githubContext */.h4)();
        const config = {
            model: inputs.required('model'),
            strategy,
            steps: parseSteps(inputs.list('steps').length ? inputs.list('steps') : ['10', '50', '100']),
            intervalMs: interval,
            warmupMs: parseDuration(inputs.string('warmup') ?? '0', 'warmup', { allowZero: true }),
            // Defaults in milliseconds, not through the parser: 4 × a 7h interval is past the 24h an input
            // may say, and the user who gave only `interval` should not be told 'max-interval' is wrong.
            maxIntervalMs: optionalDuration(inputs.string('max-interval'), 'max-interval') ?? 4 * interval,
            terminationWaitMs: optionalDuration(inputs.string('termination-wait'), 'termination-wait') ?? interval,
            judge: parseJudge(judgeInput === undefined ? undefined : (0,files/* readConfigInput */.nt)(judgeInput, 'judge'), minSamples, strategy === 'shadow'),
            target: parseTarget(inputs.required('target'), { admin: inputs.string('admin-token'), prometheus: inputs.string('prometheus-url'), service: inputs.string('kserve-service'), runtime: inputs.string('kserve-runtime') }, strategy),
            report: inputs.string('report') ?? 'deployment.json',
            environment: inputs.string('environment'),
            github: { token: inputs.string('github-token'), repository: ctx.repository, sha: process.env.GITHUB_SHA, apiUrl: ctx.apiUrl, runUrl: ctx.runUrl },
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const target = makeTarget(config);
        const gh = config.environment && config.github.token && config.github.repository && config.github.sha ? config.github : undefined;
        if (config.environment && !gh)
            log.warning(`environment '${config.environment}': no GitHub deployment recorded (needs github-token, GITHUB_REPOSITORY and GITHUB_SHA)`);
        const client = gh ? (0,github_client/* createGitHubClient */.L)(gh.token, { baseUrl: gh.apiUrl, log }) : undefined;
        const repo = gh ? (0,github_client/* parseRepo */.E)(gh.repository, 'GITHUB_REPOSITORY') : undefined;
        let deploymentId;
        if (client && repo) {
            ({ id: deploymentId } = await (0,deployments/* createDeployment */.Y)(client, {
                repo,
                ref: gh.sha,
                environment: config.environment,
                description: `${config.strategy} ${config.model}`,
                payload: { model: config.model, strategy: config.strategy, target: target.kind },
            }));
            await (0,deployments/* setDeploymentStatus */.e)(client, repo, deploymentId, 'in_progress', { logUrl: gh.runUrl, description: `${config.strategy} rollout of ${config.model}` });
        }
        let result;
        try {
            result = await log.group(`${config.strategy} rollout of ${config.model} on ${target.kind}`, () => runDeploy(config, target, realClock, log));
        }
        catch (e) {
            if (client && repo && deploymentId !== undefined)
                await (0,deployments/* setDeploymentStatus */.e)(client, repo, deploymentId, 'error', { logUrl: gh.runUrl, description: e.message });
            throw e;
        }
        const deployment = makeDeployment(config, target, result, config.environment);
        if (deploymentId !== undefined)
            deployment.github = { deploymentId, environment: config.environment, ...(gh.runUrl ? { logUrl: gh.runUrl } : {}) };
        writeDeployment(config.report, deployment);
        // The registry (src/deploy/record.ts): promoted moves the environment's alias and appends the
        // deployment to the version's history; rolled back / no-data marks the version rejected.
        if ((0,pull_input/* isRegistryReference */.lb)(config.model)) {
            try {
                await registryRecorder(registryHistory({ actor: process.env.GITHUB_ACTOR, runUrl: gh?.runUrl ?? config.github.runUrl }), config.environment).record(deployment);
            }
            catch (e) {
                if (client && repo && deploymentId !== undefined)
                    await (0,deployments/* setDeploymentStatus */.e)(client, repo, deploymentId, 'error', { logUrl: gh.runUrl, description: `${result.decision}, but not recorded in the registry: ${e.message}` });
                throw e;
            }
            log.info(`registry: ${result.decision} recorded in the history of ${config.model}${result.decision === 'promoted' && config.environment ? `; alias ${config.environment} moved to it` : ''}${result.decision === 'rolled-back' || result.decision === 'no-data' ? '; status rejected' : ''}`);
        }
        else
            log.info(`registry: ${config.model} is not a registry reference; the decision is recorded in ${config.report} only`);
        const ok = result.decision === 'promoted' || result.decision === 'passed';
        if (client && repo && deploymentId !== undefined) {
            await (0,deployments/* setDeploymentStatus */.e)(client, repo, deploymentId, ok ? 'success' : 'failure', { logUrl: gh.runUrl, description: `${result.decision}: ${result.reason}` });
        }
        return {
            passed: ok,
            failure: ok ? undefined : `${result.decision}: ${result.reason}`,
            outputs: { decision: result.decision, report: config.report },
            summary: renderDeployment(deployment, { logUrl: gh?.runUrl }),
        };
    },
}));


/***/ }),

/***/ 63168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kg: () => (/* binding */ LABELS),
/* harmony export */   mU: () => (/* binding */ SERIES),
/* harmony export */   xb: () => (/* binding */ VARIANTS)
/* harmony export */ });
/* unused harmony export SHADOW_ENDPOINT */
/**
 * The Prometheus series `modelgate serve` exports on /metrics and their labels: one source of
 * truth, rendered by metrics.ts and read back by deploy (src/deploy/prometheus.ts, through
 * src/deploy/metric-names.ts) from a Prometheus that scrapes the server.
 */
const SERIES = Object.freeze({
    /** Counter: requests answered, labels {model, variant, endpoint} (endpoint `shadow` for shadow copies). */
    requests: 'modelgate_requests_total',
    /** Counter: failed requests, labels {model, variant, kind}. */
    errors: 'modelgate_errors_total',
    /** Histogram (seconds): time from request received to answer ready, labels {model, variant}. */
    duration: 'modelgate_request_duration_seconds',
    batchRows: 'modelgate_batch_rows',
    queueDepth: 'modelgate_queue_depth',
    inflight: 'modelgate_inflight_requests',
    predictions: 'modelgate_predictions_total',
    score: 'modelgate_prediction_score',
    /** Counter: rows a shadow recomputed, labels {model, variant="candidate"}. */
    shadowRows: 'modelgate_shadow_rows_total',
    /** Counter: of those, rows where the shadow's label differed, labels {model, variant="candidate"}. */
    shadowDisagreements: 'modelgate_shadow_disagreements_total',
});
/** Labels: the model's name (`--name`), and the variant, `stable` or `candidate`. */
const LABELS = Object.freeze({ model: 'model', variant: 'variant', reference: 'reference', endpoint: 'endpoint', kind: 'kind' });
const VARIANTS = Object.freeze({ stable: 'stable', candidate: 'candidate' });
/** The `endpoint` label value of a shadow copy's request. */
const SHADOW_ENDPOINT = 'shadow';


/***/ }),

/***/ 71714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fisherExact),
/* harmony export */   Y: () => (/* binding */ wilsonInterval)
/* harmony export */ });
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51638);
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
    return (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .SX)(n + 1) - (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .SX)(k + 1) - (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .SX)(n - k + 1);
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
function wilsonInterval(successes, n, confidence) {
    count('wilsonInterval', 'successes', successes);
    count('wilsonInterval', 'n', n);
    if (successes > n)
        throw new RangeError(`wilsonInterval: successes (${successes}) exceed n (${n})`);
    if (n === 0)
        return { low: 0, high: 1 };
    const z = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - (1 - confidence) / 2);
    const p = successes / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const center = (p + z2 / (2 * n)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
    return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}


/***/ })

};
