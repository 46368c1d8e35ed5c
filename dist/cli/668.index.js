export const id = 668;
export const ids = [668];
export const modules = {

/***/ 60668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ readPublished),
/* harmony export */   Sn: () => (/* binding */ withOverrides),
/* harmony export */   Y$: () => (/* binding */ withBudget),
/* harmony export */   Z: () => (/* binding */ eventPullRequest),
/* harmony export */   c: () => (/* binding */ postComparison),
/* harmony export */   h4: () => (/* binding */ githubContext),
/* harmony export */   lt: () => (/* binding */ commentTarget)
/* harmony export */ });
/* unused harmony exports conclusionOf, applyOverrides */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
/* harmony import */ var _gates_compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4101);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22318);
/**
 * compare-to-baseline's GitHub glue (adapter layer): the sticky comment, the check run (or status),
 * overrides by maintainers, and the fork-safe publish mode. The GitHub calls themselves are in
 * src/github; this file decides which to make from the event.
 */




/** What the runner tells us about this run (GITHUB_* variables). */
function githubContext(env = process.env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        repository: env.GITHUB_REPOSITORY,
        workflow: env.GITHUB_WORKFLOW,
        apiUrl: env.GITHUB_API_URL,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .runUrl */ .Vp)(server, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : undefined,
    };
}
function conclusionOf(c) {
    return c.passed === null ? 'neutral' : c.passed ? 'success' : 'failure';
}
/**
 * Applies accepted `/modelgate accept <metric> <reason>` overrides to failed gates: the gate passes,
 * and who accepted it and why is recorded in the gate and in `comparison.override`.
 */
function applyOverrides(c, accepted, rejected) {
    const gates = c.gates.map((g) => {
        const o = !g.passed ? accepted.find((a) => a.metric === g.metric) : undefined;
        return o ? { ...g, passed: true, override: { by: o.by, reason: o.reason, url: o.commentUrl }, reason: `accepted by ${o.by}: ${o.reason} (was: ${g.reason})` } : g;
    });
    const used = accepted.filter((a) => c.gates.some((g) => !g.passed && g.metric === a.metric));
    const { passed, verdict } = c.passed === null ? { passed: null, verdict: c.verdict } : (0,_gates_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(gates, c.dataValidation);
    return {
        ...c,
        gates,
        passed,
        verdict,
        override: { accepted: used.map((a) => ({ metric: a.metric, by: a.by, reason: a.reason, url: a.commentUrl })), rejected: rejected.map((r) => ({ by: r.by, reason: r.why })) },
    };
}
/** A client whose every request stops at the step's publishing budget. */
function clientFor(gh, log, budget, timeoutSeconds) {
    return (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubClient */ .LX)(gh.token, { log, baseUrl: gh.apiUrl, signal: budget, requestTimeoutMs: Math.min(30, timeoutSeconds) * 1000 });
}
/** Runs `fn` with an AbortSignal that fires after `seconds`; rejects then, even if `fn` ignores it. */
async function withBudget(seconds, fn) {
    const controller = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`GitHub did not finish within ${seconds} s (publish-timeout)`));
        }, seconds * 1000);
    });
    try {
        return await Promise.race([fn(controller.signal), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** The pull request the run's event is about, if any. */
function eventPullRequest(config) {
    const event = config.github.eventPath ? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventPayload */ .N5)(config.github.eventPath) : undefined;
    return event ? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .pullRequestFromEvent */ .vR)(event) : undefined;
}
/** The pull request of a compare-mode run that should get a comment, or why it does not. */
function commentTarget(config, comparison, log) {
    const gh = config.github;
    const pr = eventPullRequest(config);
    if (pr)
        comparison.pullRequest = { number: pr.number, headSha: pr.headSha };
    if (!config.comment || !pr)
        return undefined;
    if (pr.isFork) {
        log.warning(`pull request #${pr.number} comes from a fork, whose token cannot comment or create checks: upload ${config.out} and ${config.commentFile} and post them from a workflow_run workflow with mode: publish (see workflows-examples/fork-safe-*.yml)`);
        return undefined;
    }
    if (!gh.token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'github-token' is required to comment (or set comment: false)`);
    return pr;
}
/**
 * Compare mode, before the verdict is final: maintainers' `/modelgate accept` overrides of failed
 * gates. A GitHub failure here is a warning; the verdict stands as computed.
 */
async function withOverrides(config, pr, comparison, markdown, log, rerender) {
    const failed = comparison.gates.filter((g) => !g.passed).map((g) => g.metric);
    if (!failed.length)
        return { comparison, markdown };
    const gh = config.github;
    try {
        // Before the outputs are set: a short budget of its own, so a hanging API delays the verdict
        // by at most 30 s.
        const budget = Math.min(30, config.publishTimeout);
        const o = await withBudget(budget, (signal) => (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .collectOverrides */ ._T)(clientFor(gh, log, signal, budget), { repo: (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepo */ .E3)(gh.repository ?? pr.baseRepo), prNumber: pr.number, metrics: failed }, log));
        if (!o.accepted.length && !o.rejected.length)
            return { comparison, markdown };
        const c = applyOverrides(comparison, o.accepted, o.rejected);
        for (const r of o.rejected)
            log.warning(`override by ${r.by} not accepted: ${r.why}`);
        return { comparison: c, markdown: rerender ? rerender(c) : markdown };
    }
    catch (e) {
        log.warning(`overrides not read (${e instanceof Error ? e.message : String(e)}); the verdict stands without them`);
        return { comparison, markdown };
    }
}
/**
 * Posts the sticky comment and the check run (or status): compare mode for `pr`, publish mode from
 * the comparison's own pull request. Throws on failure; bounded by `publishTimeout`.
 */
async function postComparison(config, comparison, markdown, log, pr) {
    const gh = config.github;
    const workflow = gh.workflow ?? 'modelgate';
    return withBudget(config.publishTimeout, async (signal) => {
        if (config.mode === 'publish') {
            if (!gh.token)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'github-token' is required in publish mode`);
            if (!gh.repository)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('publish mode runs in GitHub Actions (GITHUB_REPOSITORY is not set)');
            // The sha this run was triggered for, from the event payload GitHub wrote: the workflow_run's
            // head (fork-safe pair) or the pull request's head (a publish job in the pull_request workflow).
            const event = gh.eventPath ? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventPayload */ .N5)(gh.eventPath) : undefined;
            const runHeadSha = event === undefined ? undefined : ((0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowRunFromEvent */ .jc)(event)?.headSha ?? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .pullRequestFromEvent */ .vR)(event)?.headSha);
            const own = comparison.pullRequest;
            const result = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .publish */ .mk)(clientFor(gh, log, signal, config.publishTimeout), {
                prNumber: own?.number,
                headSha: own?.headSha,
                body: markdown,
                verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown },
                repo: (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepo */ .E3)(gh.repository),
                checkName: gh.checkName,
                workflow,
                runHeadSha,
                detailsUrl: gh.runUrl,
            }, log);
            return result.published ? { commentUrl: result.comment.url } : {};
        }
        if (!pr)
            return {};
        const client = clientFor(gh, log, signal, config.publishTimeout);
        const repo = (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepo */ .E3)(gh.repository ?? pr.baseRepo);
        const comment = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .upsertStickyComment */ .qD)(client, { repo, issueNumber: pr.number, marker: (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .stickyMarker */ .YL)(workflow), body: markdown, fullReportUrl: gh.runUrl }, log);
        log.info(`PR comment ${comment.action}: ${comment.url}`);
        const verdict = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .reportVerdict */ .Ki)(client, { repo, headSha: pr.headSha, checkName: gh.checkName, verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown }, detailsUrl: gh.runUrl, fullReportUrl: gh.runUrl }, log);
        log.info(verdict.kind === 'check-run' ? `check run ${gh.checkName}: ${verdict.url}` : `commit status ${verdict.context}: ${verdict.state} (${verdict.reason})`);
        return { commentUrl: comment.url };
    });
}
/** Reads the comparison and comment a pull_request run uploaded (publish mode). */
function readPublished(out, commentFile) {
    return { comparison: JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(out, 'utf8')), markdown: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(commentFile, 'utf8') };
}


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UD: () => (/* binding */ compare),
  Vj: () => (/* binding */ verdictOf)
});

// UNUSED EXPORTS: rowsToResolve

// EXTERNAL MODULE: ./.build/js/src/stats/multiple.js
var multiple = __webpack_require__(53669);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(51638);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var stats_rng = __webpack_require__(91472);
;// CONCATENATED MODULE: ./.build/js/src/stats/paired.js
/**
 * Paired comparisons of a candidate model with the production baseline on the same rows: the
 * tests compare-to-baseline uses to decide whether the candidate regressed. Pure functions over
 * numbers and typed arrays, reproducing statsmodels / scipy (versions recorded in
 * test/fixtures/paired/paired-goldens.json, made by scripts/fixtures/paired_goldens.py) with the
 * tolerances stated on each function.
 *
 * Sign conventions. Functions named after scipy take (x, y) and test d = x - y, as scipy does
 * (`ttestRel`, `wilcoxon`, `pairedPermutationTest`). The accuracy functions take the baseline and
 * the candidate by name and report delta = candidate accuracy - baseline accuracy, so delta < 0
 * is a regression. For a lower-is-better metric (an error, a latency) pass x = baseline errors,
 * y = candidate errors: then d > 0 means the candidate is better, the same orientation.
 *
 * Tests return `statistic` and `pvalue` and say whether the p-value is exact, asymptotic or
 * Monte Carlo, and for which alternative. Invalid input throws a RangeError naming the argument.
 * Every function is O(n) or O(n log n) in the rows, except the resampling ones, which cost
 * O(n) per resample, or O(k) when the per-row values take k <= min(64, n/32) distinct values (an
 * accuracy difference: 3), and the exact enumerations, bounded by their size limits.
 */


// ---------------------------------------------------------------------------------------------
// Input validation
// ---------------------------------------------------------------------------------------------
function fail(fn, message) {
    throw new RangeError(`${fn}: ${message}`);
}
function alternativeOf(fn, a) {
    if (a === undefined)
        return 'two-sided';
    if (a !== 'two-sided' && a !== 'less' && a !== 'greater')
        fail(fn, `alternative must be 'two-sided', 'less' or 'greater', got ${JSON.stringify(a)}`);
    return a;
}
function isArrayLike(a) {
    return a !== null && typeof a === 'object' && typeof a.length === 'number';
}
/** d[i] = x[i] - y[i] as a Float64Array; x and y must be equally long arrays of finite numbers. */
function differences(fn, x, y) {
    if (!isArrayLike(x))
        fail(fn, 'x must be an array of numbers');
    if (!isArrayLike(y))
        fail(fn, 'y must be an array of numbers');
    if (x.length !== y.length)
        fail(fn, `x and y must have the same length (paired rows), got ${x.length} and ${y.length}`);
    const d = new Float64Array(x.length);
    for (let i = 0; i < d.length; i++) {
        const a = x[i];
        const b = y[i];
        if (typeof a !== 'number' || !Number.isFinite(a))
            fail(fn, `x[${i}] is not a finite number (${String(a)})`);
        if (typeof b !== 'number' || !Number.isFinite(b))
            fail(fn, `y[${i}] is not a finite number (${String(b)})`);
        d[i] = a - b;
        if (!Number.isFinite(d[i]))
            fail(fn, `x[${i}] - y[${i}] overflows`);
    }
    return d;
}
function integerIn(fn, name, v, min, max = Number.MAX_SAFE_INTEGER) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
        fail(fn, `${name} must be an integer in [${min}, ${max}], got ${String(v)}`);
    return v;
}
function openUnit(fn, name, v) {
    if (typeof v !== 'number' || !(v > 0 && v < 1))
        fail(fn, `${name} must be a number in (0, 1), got ${String(v)}`);
    return v;
}
/** The p-value of a standard-normal statistic z for the given alternative. */
function normalPvalue(z, alternative) {
    if (alternative === 'greater')
        return (0,distributions/* normalSf */.nG)(z);
    if (alternative === 'less')
        return (0,distributions/* normalCdf */.vr)(z);
    return Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(z)));
}
/** The p-value of a Student-t statistic for the given alternative (scipy's _ttest_finish). */
function studentTPvalue(t, df, alternative) {
    if (alternative === 'greater')
        return (0,distributions/* studentTSf */.d)(t, df);
    if (alternative === 'less')
        return (0,distributions/* studentTSf */.d)(-t, df);
    return Math.min(1, 2 * (0,distributions/* studentTSf */.d)(Math.abs(t), df));
}
/** Sum with Neumaier's compensation: error ~ε·Σ|v| whatever n (numpy's pairwise sum: ~ε log n). */
function compensatedSum(v) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const t = s + x;
        c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
        s = t;
    }
    return s + c;
}
/**
 * Streams of the user's seed (src/stats/rng.ts) for the resampling here, apart from those of the
 * metric intervals (0 and 1, src/metrics/intervals.ts) and of the gate's own resampling in
 * src/gates (7 and up), so that equal seeds do not give them the same draws.
 */
const STREAM_BOOTSTRAP = 2;
const STREAM_PERMUTATION = 3;
/**
 * The resampling tests switch to category counts when the per-row values take at most this many
 * distinct values, and at most one per 32 rows (a binomial variate costs ~30 uniform row draws).
 */
const MAX_CATEGORIES = 64;
function maxCategories(n) {
    return Math.min(MAX_CATEGORIES, Math.floor(n / 32));
}
/**
 * The distinct values of v and how many rows hold each, or undefined when there are more than
 * `max` (O(n) with a hash map that stops growing at max + 1 keys).
 */
function categories(v, max) {
    if (max < 1)
        return undefined;
    const map = new Map();
    for (let i = 0; i < v.length; i++) {
        const key = v[i];
        const c = map.get(key);
        if (c === undefined) {
            if (map.size === max)
                return undefined;
            map.set(key, 1);
        }
        else
            map.set(key, c + 1);
    }
    const values = new Float64Array(map.size);
    const sizes = new Float64Array(map.size);
    let k = 0;
    for (const [value, size] of map) {
        values[k] = value;
        sizes[k++] = size;
    }
    return { values, sizes };
}
function correct(fn, name, v, i) {
    if (v === true || v === 1)
        return 1;
    if (v === false || v === 0)
        return 0;
    return fail(fn, `${name}[${i}] must be a boolean or 0/1, got ${String(v)}`);
}
/**
 * Counts the paired 2x2 table from per-row correctness (booleans or 0/1) of the baseline and the
 * candidate on the same rows, in one pass.
 */
function pairedTable(baselineCorrect, candidateCorrect) {
    const fn = 'pairedTable';
    if (!isArrayLike(baselineCorrect))
        fail(fn, 'baselineCorrect must be an array of booleans or 0/1');
    if (!isArrayLike(candidateCorrect))
        fail(fn, 'candidateCorrect must be an array of booleans or 0/1');
    const n = baselineCorrect.length;
    if (candidateCorrect.length !== n)
        fail(fn, `baselineCorrect and candidateCorrect must have the same length (paired rows), got ${n} and ${candidateCorrect.length}`);
    const cells = [0, 0, 0, 0]; // index 2·baseline + candidate
    for (let i = 0; i < n; i++)
        cells[2 * correct(fn, 'baselineCorrect', baselineCorrect[i], i) + correct(fn, 'candidateCorrect', candidateCorrect[i], i)]++;
    return { bothCorrect: cells[3], baselineOnly: cells[2], candidateOnly: cells[1], neitherCorrect: cells[0], n };
}
function checkTable(fn, t) {
    if (t === null || typeof t !== 'object')
        fail(fn, 'table must be a PairedTable');
    const parts = [t.bothCorrect, t.baselineOnly, t.candidateOnly, t.neitherCorrect];
    const names = ['bothCorrect', 'baselineOnly', 'candidateOnly', 'neitherCorrect'];
    parts.forEach((v, i) => integerIn(fn, `table.${names[i]}`, v, 0));
    if (parts[0] + parts[1] + parts[2] + parts[3] !== t.n)
        fail(fn, `table.n (${t.n}) must equal the sum of the four cells (${parts[0] + parts[1] + parts[2] + parts[3]})`);
    if (t.n < 1)
        fail(fn, 'table.n must be at least 1');
}
/** 'auto' uses the exact binomial test when b + c is below this, the chi-square test otherwise. */
const MCNEMAR_EXACT_BELOW = 25;
/**
 * McNemar's test of marginal homogeneity from the discordant counts b (baseline right, candidate
 * wrong) and c (candidate right, baseline wrong), as statsmodels.stats.contingency_tables.mcnemar:
 *
 * - exact: two-sided binomial test, p = min(1, 2·P(Bin(b + c, ½) <= min(b, c)));
 * - asymptotic: X² = (|b - c| - 1)² / (b + c) with the continuity correction (statsmodels and R
 *   do not clamp |b - c| - 1 at 0, nor do we), p = P(χ²₁ >= X²).
 *
 * 'auto' (the default) picks exact when b + c < 25 (MCNEMAR_EXACT_BELOW), where the chi-square
 * approximation is poor. With no discordant pairs (b + c = 0) the p-value is 1 either way
 * (statsmodels' chi-square form divides by zero there: X² = ∞ and p = 0 with the correction, NaN
 * without). Agrees with statsmodels to 1e-12 relative (exact p at b + c = 10^6: 4e-13 from the
 * 35-digit value).
 */
function mcnemar(b, c, opts = {}) {
    const fn = 'mcnemar';
    integerIn(fn, 'b', b, 0);
    integerIn(fn, 'c', c, 0);
    const exactOpt = opts.exact ?? 'auto';
    if (exactOpt !== true && exactOpt !== false && exactOpt !== 'auto')
        fail(fn, `exact must be true, false or 'auto', got ${String(exactOpt)}`);
    const correction = opts.correction ?? true;
    if (typeof correction !== 'boolean')
        fail(fn, `correction must be a boolean, got ${String(correction)}`);
    const n = b + c;
    const exact = exactOpt === 'auto' ? n < MCNEMAR_EXACT_BELOW : exactOpt;
    if (exact) {
        const k = Math.min(b, c);
        return { statistic: k, pvalue: Math.min(1, 2 * (0,distributions/* binomCdf */.vf)(k, n, 0.5)), method: 'exact' };
    }
    if (n === 0)
        return { statistic: 0, pvalue: 1, method: 'asymptotic' };
    const statistic = (Math.abs(b - c) - (correction ? 1 : 0)) ** 2 / n;
    return { statistic, pvalue: (0,distributions/* chi2Sf */.wv)(statistic, 1), method: 'asymptotic' };
}
/** Tango's score statistic for H0: delta = delta0 (see tangoScoreTest). */
function tangoZ(t, delta0) {
    const n = t.n;
    const nB = t.baselineOnly;
    const nC = t.candidateOnly;
    const num = nC - nB - n * delta0;
    if (num === 0)
        return 0;
    // Restricted MLE of P(baseline only) under delta = delta0: the larger root of
    // 2n q² + W q - nB δ0 (1 - δ0) = 0 (Tango 1998), in the form without cancellation.
    const w = -nC - nB + (2 * n - nC + nB) * delta0;
    const prod = nB * delta0 * (1 - delta0);
    const root = Math.sqrt(Math.max(0, w * w + 8 * n * prod));
    const q = w <= 0 ? (root - w) / (4 * n) : (2 * prod) / (root + w);
    const variance = n * (2 * q + delta0 * (1 - delta0));
    if (!(variance > 0))
        return num > 0 ? Infinity : -Infinity;
    return num / Math.sqrt(variance);
}
/**
 * Tango's (1998) asymptotic score test of H0: delta = delta0 for the paired difference in
 * accuracy delta = P(candidate right) - P(baseline right):
 *
 *   Z = (c - b - n δ0) / sqrt(n (2 q̃ + δ0 (1 - δ0))),
 *
 * with q̃ the maximum-likelihood P(baseline only) restricted to delta = δ0 (closed form). 'greater'
 * is H1: delta > δ0, 'less' is H1: delta < δ0; p-values from the standard normal (asymptotic).
 * Unlike the Wald test its variance is estimated under H0, so it stays defined, and sensible,
 * with few or no discordant pairs. With b = c = 0 and δ0 = 0 there is no evidence either way and
 * the p-value is 1 for every alternative (the exact conditional answer).
 */
function tangoScoreTest(table, opts = {}) {
    const fn = 'tangoScoreTest';
    checkTable(fn, table);
    const delta0 = opts.delta0 ?? 0;
    if (typeof delta0 !== 'number' || !(delta0 > -1 && delta0 < 1))
        fail(fn, `delta0 must be a number in (-1, 1), got ${String(delta0)}`);
    const alternative = alternativeOf(fn, opts.alternative);
    if (delta0 === 0 && table.baselineOnly === 0 && table.candidateOnly === 0)
        return { statistic: 0, pvalue: 1 };
    const z = tangoZ(table, delta0);
    return { statistic: z, pvalue: normalPvalue(z, alternative) };
}
/**
 * The paired difference in accuracy delta = candidate - baseline with Tango's (1998) asymptotic
 * score confidence interval {δ0 : |Z(δ0)| <= z_(1-α/2)}, found by bisection to ~1e-15 (Z is
 * decreasing in δ0; Yang, Sun and Hardin 2013 give the same interval as a root of a quartic). It
 * stays inside [-1, 1], is defined when b + c = 0 (it then straddles 0 with a width that shrinks
 * like 1/n) and has near-nominal coverage (Agresti and Min 2005; checked by seeded simulation in
 * test/unit/paired). Agrees to 1e-9 with an independent implementation that solves the
 * likelihood equation and the interval ends numerically (scripts/fixtures/paired_goldens.py).
 */
function pairedAccuracyDifference(table, opts = {}) {
    const fn = 'pairedAccuracyDifference';
    checkTable(fn, table);
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const n = table.n;
    const nB = table.baselineOnly;
    const nC = table.candidateOnly;
    const estimate = (nC - nB) / n;
    const z = (0,distributions/* normalQuantile */.Zl)(1 - (1 - confidence) / 2);
    // Z(δ0) falls from +∞ at δ0 = -1 through 0 at the estimate to -∞ at δ0 = 1.
    const solve = (lo, hi, target) => {
        for (let i = 0; i < 200; i++) {
            const mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
                break;
            if (tangoZ(table, mid) > target)
                lo = mid;
            else
                hi = mid;
        }
        return 0.5 * (lo + hi);
    };
    const low = nB === n ? -1 : solve(-1, estimate, z);
    const high = nC === n ? 1 : solve(estimate, 1, -z);
    const standardError = Math.sqrt(Math.max(0, (nB + nC) / n - estimate * estimate) / n);
    return { estimate, confidenceInterval: { low, high }, standardError, confidence, method: 'tango-score' };
}
function checkMargin(fn, margin, max = Infinity) {
    if (typeof margin !== 'number' || !(margin >= 0 && margin < max))
        fail(fn, `margin must be a number in [0, ${max}), got ${String(margin)}`);
    return margin;
}
/**
 * Non-inferiority and regression-beyond-margin p-values for the paired accuracy difference, by
 * Tango's score test at delta0 = -margin (asymptotic, one-sided each):
 * pvalueNonInferiority = P(Z >= z), pvalueRegression = P(Z <= z). The score variance is taken
 * under H0, so a perfect agreement of the two models on few rows does not by itself prove
 * non-inferiority (the Wald standard error would be 0 there). `margin` is in accuracy units
 * (0.01 = one point), in [0, 1).
 */
function accuracyMarginTest(table, margin) {
    const fn = 'accuracyMarginTest';
    checkTable(fn, table);
    checkMargin(fn, margin, 1);
    if (margin === 0 && table.baselineOnly === 0 && table.candidateOnly === 0)
        return { statistic: 0, pvalueNonInferiority: 1, pvalueRegression: 1 };
    const z = tangoZ(table, -margin);
    return { statistic: z, pvalueNonInferiority: (0,distributions/* normalSf */.nG)(z), pvalueRegression: (0,distributions/* normalCdf */.vr)(z) };
}
/**
 * Non-inferiority and regression-beyond-margin p-values for any asymptotically normal estimate of
 * delta (oriented so that delta < 0 is a regression) with its standard error:
 * z = (estimate + margin) / standardError, referred to N(0, 1), or to Student's t with `df`
 * degrees of freedom when given (use ttestRel's `estimate`, `standardError` and `df`: this is then
 * exactly scipy.stats.ttest_rel(x + margin, y, alternative='greater' / 'less')).
 * With standardError = 0 the evidence is taken as certain: p = 0 on the side the estimate lies,
 * 1 on the other, and 1 for both when estimate = -margin.
 */
function marginTest(estimate, standardError, margin, opts = {}) {
    const fn = 'marginTest';
    if (typeof estimate !== 'number' || !Number.isFinite(estimate))
        fail(fn, `estimate must be a finite number, got ${String(estimate)}`);
    if (typeof standardError !== 'number' || !(standardError >= 0) || standardError === Infinity)
        fail(fn, `standardError must be a finite number >= 0, got ${String(standardError)}`);
    checkMargin(fn, margin);
    const df = opts.df;
    if (df !== undefined && (typeof df !== 'number' || !(df > 0)))
        fail(fn, `df must be a number > 0, got ${String(df)}`);
    const distance = estimate + margin;
    if (standardError === 0) {
        if (distance === 0)
            return { statistic: NaN, pvalueNonInferiority: 1, pvalueRegression: 1 };
        const statistic = distance > 0 ? Infinity : -Infinity;
        return { statistic, pvalueNonInferiority: distance > 0 ? 0 : 1, pvalueRegression: distance > 0 ? 1 : 0 };
    }
    const statistic = distance / standardError;
    if (df === undefined || df === Infinity)
        return { statistic, pvalueNonInferiority: (0,distributions/* normalSf */.nG)(statistic), pvalueRegression: (0,distributions/* normalCdf */.vr)(statistic) };
    return { statistic, pvalueNonInferiority: (0,distributions/* studentTSf */.d)(statistic, df), pvalueRegression: (0,distributions/* studentTSf */.d)(-statistic, df) };
}
/**
 * Paired t-test on d = x - y (scipy.stats.ttest_rel): t = mean(d) / (s_d / sqrt(n)) against
 * Student's t with n - 1 degrees of freedom; 'greater' is H1: mean(d) > 0. The p-value is exact
 * under normal differences, asymptotic otherwise. Sums are compensated and the t tail uses the
 * incomplete beta function, so it agrees with scipy to 1e-10 relative (1e-12 for n < 1000).
 * Differences that are all zero give statistic 0 and p-value 1 for every alternative (scipy:
 * NaN); a constant non-zero difference gives t = ±∞ and p = 0 on its side, as scipy.
 */
function ttestRel(x, y, opts = {}) {
    const fn = 'ttestRel';
    const d = differences(fn, x, y);
    const alternative = alternativeOf(fn, opts.alternative);
    const n = d.length;
    if (n < 2)
        fail(fn, `needs at least 2 paired rows, got ${n}`);
    const mean = compensatedSum(d) / n;
    const sq = new Float64Array(n);
    for (let i = 0; i < n; i++)
        sq[i] = (d[i] - mean) ** 2;
    const variance = compensatedSum(sq) / (n - 1);
    const df = n - 1;
    const standardError = Math.sqrt(variance / n);
    if (standardError === 0 && mean === 0)
        return { statistic: 0, pvalue: 1, df, estimate: 0, standardError: 0, alternative };
    const statistic = mean / standardError;
    return { statistic, pvalue: studentTPvalue(statistic, df, alternative), df, estimate: mean, standardError, alternative };
}
/** 'auto' uses the exact null distribution for at most this many differences (and no ties or zeros). */
const WILCOXON_EXACT_MAX_N = 50;
/** method='exact' builds the null distribution in O(n³) time: at most this many non-zero differences (~0.1 s). */
const WILCOXON_EXACT_LIMIT = 400;
/**
 * Counts of subsets of {1..n} by their sum, i.e. 2^n · P(R+ = k) for k = 0..n(n+1)/2: exact
 * integers up to n = 50 (all below 2^53), relative error ~nε beyond.
 */
function wilcoxonCounts(n) {
    const max = (n * (n + 1)) / 2;
    const c = new Float64Array(max + 1);
    c[0] = 1;
    let top = 0;
    for (let k = 1; k <= n; k++) {
        top += k;
        for (let s = top; s >= k; s--)
            c[s] += c[s - k];
    }
    return c;
}
/**
 * Wilcoxon signed-rank test on d = x - y with zero_method='wilcox' (zeros dropped), matching
 * scipy.stats.wilcoxon. 'greater' is H1: d is shifted above 0.
 *
 * - exact: the null distribution of R+ (all 2^n sign patterns of the ranks), as scipy; with ties
 *   a non-integral R+ is rounded conservatively (up for 'less', down for 'greater'), as scipy
 *   >= 1.13. Agrees with scipy to 1e-14. At most 400 non-zero differences.
 * - asymptotic: z = (R+ - n(n+1)/4) / σ with σ² = [n(n+1)(2n+1) - ½ Σ (t³ - t)] / 24 over tie
 *   groups of size t, optional continuity correction; agrees with scipy to 1e-12.
 *
 * 'auto' follows the rule: exact when n <= 50 and there are neither ties nor zeros, asymptotic
 * otherwise. (scipy 1.10 stays exact with ties and truncates R+; scipy >= 1.13 uses a sign-flip
 * permutation test for n <= 13 with ties or zeros — use pairedPermutationTest for that.)
 * All-zero differences give statistic 0 and p-value 1 (scipy raises).
 */
function wilcoxon(x, y, opts = {}) {
    const fn = 'wilcoxon';
    const d = differences(fn, x, y);
    const alternative = alternativeOf(fn, opts.alternative);
    const method = opts.method ?? 'auto';
    if (method !== 'auto' && method !== 'exact' && method !== 'asymptotic')
        fail(fn, `method must be 'auto', 'exact' or 'asymptotic', got ${JSON.stringify(method)}`);
    const correction = opts.correction ?? false;
    if (typeof correction !== 'boolean')
        fail(fn, `correction must be a boolean, got ${String(correction)}`);
    let nz = 0;
    for (let i = 0; i < d.length; i++)
        if (d[i] !== 0)
            nz++;
    const hadZeros = nz < d.length;
    const nzd = new Float64Array(nz);
    for (let i = 0, j = 0; i < d.length; i++)
        if (d[i] !== 0)
            nzd[j++] = d[i];
    const n = nz;
    if (n === 0)
        return { statistic: 0, pvalue: 1, method: method === 'exact' ? 'exact' : 'asymptotic', zstatistic: method === 'exact' ? NaN : 0, n: 0 };
    // Average ranks of |d| over both signs, by merging the sorted |d| of each sign; tie groups.
    let np = 0;
    for (let i = 0; i < n; i++)
        if (nzd[i] > 0)
            np++;
    const pos = new Float64Array(np);
    const neg = new Float64Array(n - np);
    for (let i = 0, a = 0, b = 0; i < n; i++) {
        if (nzd[i] > 0)
            pos[a++] = nzd[i];
        else
            neg[b++] = -nzd[i];
    }
    pos.sort();
    neg.sort();
    let rPlus = 0;
    let rMinus = 0;
    let tieTerm = 0;
    for (let i = 0, j = 0; i < pos.length || j < neg.length;) {
        const v = Math.min(i < pos.length ? pos[i] : Infinity, j < neg.length ? neg[j] : Infinity);
        let cp = 0;
        let cn = 0;
        while (i + cp < pos.length && pos[i + cp] === v)
            cp++;
        while (j + cn < neg.length && neg[j + cn] === v)
            cn++;
        const t = cp + cn;
        const rank = i + j + (t + 1) / 2; // average of ranks i+j+1 .. i+j+t
        rPlus += cp * rank;
        rMinus += cn * rank;
        tieTerm += t * t * t - t;
        i += cp;
        j += cn;
    }
    const hasTies = tieTerm > 0;
    const statistic = alternative === 'two-sided' ? Math.min(rPlus, rMinus) : rPlus;
    const useExact = method === 'exact' || (method === 'auto' && d.length <= WILCOXON_EXACT_MAX_N && !hasTies && !hadZeros);
    if (useExact) {
        if (n > WILCOXON_EXACT_LIMIT)
            fail(fn, `method='exact' supports at most ${WILCOXON_EXACT_LIMIT} non-zero differences, got ${n}; use 'asymptotic'`);
        const counts = wilcoxonCounts(n);
        const total = 2 ** n;
        const cdf = (k) => {
            if (k < 0)
                return 0;
            let s = 0;
            for (let r = 0; r <= Math.min(k, counts.length - 1); r++)
                s += counts[r];
            return s / total;
        };
        const sf = (k) => {
            let s = 0;
            for (let r = Math.max(0, k); r < counts.length; r++)
                s += counts[r];
            return s / total;
        };
        let pvalue;
        if (alternative === 'less')
            pvalue = cdf(Math.ceil(rPlus));
        else if (alternative === 'greater')
            pvalue = sf(Math.floor(rPlus));
        else
            pvalue = Math.min(1, 2 * Math.min(sf(Math.floor(rPlus)), cdf(Math.ceil(rPlus))));
        return { statistic, pvalue, method: 'exact', zstatistic: NaN, n };
    }
    const mean = (n * (n + 1)) / 4;
    const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
    let z = (rPlus - mean) / se;
    if (correction) {
        const sign = alternative === 'greater' ? 1 : alternative === 'less' ? -1 : Math.sign(z);
        z -= (sign * 0.5) / se;
    }
    const pvalue = normalPvalue(z, alternative);
    return { statistic, pvalue, method: 'asymptotic', zstatistic: alternative === 'two-sided' ? -Math.abs(z) : z, n };
}
// ---------------------------------------------------------------------------------------------
// Sign-flip permutation test
// ---------------------------------------------------------------------------------------------
/** The permutation test enumerates all 2^n sign patterns for n up to this (65,536 patterns). */
const PERMUTATION_EXACT_MAX_N = 16;
/**
 * Paired sign-flip permutation test of the mean of d = x - y (H0: d is symmetric about 0, i.e.
 * the two models' values are exchangeable within each row), scipy.stats.permutation_test with
 * permutation_type='samples' and the statistic mean(x - y):
 *
 * - exact when n <= 16 (PERMUTATION_EXACT_MAX_N) or 2^n <= resamples: every sign pattern,
 *   p = #{null ⪰ observed} / 2^n, equal to scipy's exact p-value;
 * - otherwise Monte Carlo with `resamples` random patterns, p = (#{null ⪰ observed} + 1) /
 *   (resamples + 1) (never 0; scipy's definition). Each row flips independently with
 *   probability ½, as in scipy, so p agrees with scipy in distribution only.
 *
 * Two-sided p = min(1, 2·min(p_less, p_greater)), as scipy. Null values within 1e-14·|observed| +
 * 2nε·mean|d| of the observed mean count as ties (scipy: max(1e-14, 1e-14·|observed|); ours is
 * scale-free and covers the rounding of an n-term sum). O(n) per pattern, or O(k) when d takes
 * k <= min(64, n/32) distinct values (accuracy differences: 3), by flipping a binomial number of
 * the rows that share a value, which has the same distribution.
 */
function pairedPermutationTest(x, y, statistic = 'mean difference', opts = {}) {
    const fn = 'pairedPermutationTest';
    if (statistic !== 'mean difference')
        fail(fn, `statistic must be 'mean difference', got ${JSON.stringify(statistic)}`);
    const d = differences(fn, x, y);
    const n = d.length;
    if (n < 1)
        fail(fn, 'needs at least 1 paired row');
    const alternative = alternativeOf(fn, opts.alternative);
    const resamples = integerIn(fn, 'resamples', opts.resamples ?? 9999, 1, 1e9);
    const seed = integerIn(fn, 'seed', opts.seed ?? 0, 0);
    let sumAbs = 0;
    for (let i = 0; i < n; i++)
        sumAbs += Math.abs(d[i]);
    let total = 0;
    for (let i = 0; i < n; i++)
        total += d[i];
    const observed = total / n;
    const tol = 1e-14 * Math.abs(observed) + 2 * Number.EPSILON * sumAbs; // 2nε·mean|d|
    const exact = n <= PERMUTATION_EXACT_MAX_N || 2 ** n <= resamples;
    const cats = exact ? undefined : categories(d, maxCategories(n));
    let nullDistribution;
    if (exact) {
        const patterns = 2 ** n;
        nullDistribution = new Float64Array(patterns);
        for (let mask = 0; mask < patterns; mask++) {
            let s = 0;
            for (let i = 0; i < n; i++)
                s += (mask >>> i) & 1 ? -d[i] : d[i];
            nullDistribution[mask] = s / n;
        }
    }
    else if (cats) {
        // Few distinct values: flipping the N_v rows that hold value v flips Bin(N_v, ½) of them, so
        // the flipped sum is Σ_v v (N_v - 2 Bin(N_v, ½)): the same distribution at O(#values) per pattern.
        nullDistribution = new Float64Array(resamples);
        const rng = createRng(seed, STREAM_PERMUTATION);
        for (let r = 0; r < resamples; r++) {
            let s = 0;
            for (let k = 0; k < cats.values.length; k++) {
                const v = cats.values[k];
                if (v !== 0)
                    s += v * (cats.sizes[k] - 2 * rng.binomial(cats.sizes[k], 0.5));
            }
            nullDistribution[r] = s / n;
        }
    }
    else {
        nullDistribution = new Float64Array(resamples);
        const rng = createRng(seed, STREAM_PERMUTATION);
        const words = new Int32Array(Math.ceil(n / 32));
        for (let r = 0; r < resamples; r++) {
            rng.fillUint32(words);
            let s = 0;
            for (let w = 0, i = 0; w < words.length; w++) {
                const bits = words[w];
                const end = Math.min(n, i + 32);
                for (let j = 0; i < end; i++, j++)
                    s += d[i] * (1 - 2 * ((bits >>> j) & 1));
            }
            nullDistribution[r] = s / n;
        }
    }
    let atMost = 0;
    let atLeast = 0;
    for (let i = 0; i < nullDistribution.length; i++) {
        const v = nullDistribution[i];
        if (v <= observed + tol)
            atMost++;
        if (v >= observed - tol)
            atLeast++;
    }
    const adjustment = exact ? 0 : 1;
    const count = nullDistribution.length;
    const pLess = (atMost + adjustment) / (count + adjustment);
    const pGreater = (atLeast + adjustment) / (count + adjustment);
    const pvalue = alternative === 'less' ? pLess : alternative === 'greater' ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { statistic: observed, pvalue: Math.min(1, pvalue), nullDistribution, exact, resamples: count };
}
/**
 * mean(x - y) over the resampled rows: Σ counts·d / Σ counts with d = x - y, and its O(n)
 * jackknife. For an accuracy difference pass x = candidate correctness, y = baseline correctness
 * (0/1): the statistic is then candidate accuracy - baseline accuracy. When d takes at most
 * min(64, n/32) distinct values (3 for an accuracy difference) it declares `discreteMean`, so
 * that the bootstrap costs O(1) per resample in n.
 */
function meanDifferenceStatistic(x, y) {
    const d = differences('meanDifferenceStatistic', x, y);
    const n = d.length;
    return {
        discreteMean: categories(d, maxCategories(n)),
        evaluate(counts) {
            let s = 0;
            let w = 0;
            for (let i = 0; i < n; i++) {
                const c = counts[i];
                s += c * d[i];
                w += c;
            }
            return s / w;
        },
        jackknife() {
            const total = compensatedSum(d);
            const out = new Float64Array(n);
            for (let i = 0; i < n; i++)
                out[i] = (total - d[i]) / (n - 1);
            return out;
        },
    };
}
/** np.percentile(sorted, q) with numpy's default 'linear' method, on an ascending array. */
function percentileSorted(sorted, q) {
    const n = sorted.length;
    const virtual = (n - 1) * (q / 100);
    if (virtual >= n - 1)
        return sorted[n - 1];
    if (virtual < 0)
        return sorted[0];
    const prev = Math.floor(virtual);
    const t = virtual - prev;
    const a = sorted[prev];
    const b = sorted[prev + 1];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/**
 * A bootstrap confidence interval from a bootstrap distribution, exactly as
 * scipy.stats.bootstrap computes it (Efron and Tibshirani 1993, ch. 13-14):
 *
 * - percentile: the α/2 and 1 - α/2 percentiles of the distribution (np.percentile, linear);
 * - basic: 2θ̂ minus the percentile interval, reversed;
 * - bca: the percentiles Φ(z0 + (z0 + z)/(1 - a(z0 + z))) for z = ±z_(α/2), with
 *   z0 = Φ⁻¹(mean of the fractions of the distribution < θ̂ and <= θ̂) and the acceleration
 *   a = Σ U³ / (6 (Σ U²)^1.5), U_i = mean(jackknife) - jackknife_i.
 *
 * Where scipy returns NaN for BCa we return a defined interval: with a constant jackknife
 * (a = 0/0) a = 0, and with θ̂ outside the distribution (z0 = ±∞) both ends at its extreme.
 */
function bootstrapConfidenceInterval(distribution, estimate, opts = {}) {
    const fn = 'bootstrapConfidenceInterval';
    if (!isArrayLike(distribution) || distribution.length < 1)
        fail(fn, 'distribution must be a non-empty array of numbers');
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const method = opts.method ?? 'bca';
    if (method !== 'percentile' && method !== 'basic' && method !== 'bca')
        fail(fn, `method must be 'percentile', 'basic' or 'bca', got ${JSON.stringify(method)}`);
    const sorted = Float64Array.from(distribution);
    for (let i = 0; i < sorted.length; i++)
        if (Number.isNaN(sorted[i]))
            fail(fn, `distribution[${i}] is NaN`);
    sorted.sort();
    const alpha = (1 - confidence) / 2;
    if (method !== 'bca') {
        const lo = percentileSorted(sorted, alpha * 100);
        const hi = percentileSorted(sorted, (1 - alpha) * 100);
        return method === 'percentile' ? { low: lo, high: hi } : { low: 2 * estimate - hi, high: 2 * estimate - lo };
    }
    const jk = opts.jackknife;
    if (!isArrayLike(jk) || jk.length < 2)
        fail(fn, "jackknife (at least 2 leave-one-out values) is required for method 'bca'");
    const B = sorted.length;
    let below = 0;
    let atOrBelow = 0;
    for (let i = 0; i < B; i++) {
        if (sorted[i] < estimate)
            below++;
        if (sorted[i] <= estimate)
            atOrBelow++;
    }
    const z0 = (0,distributions/* normalQuantile */.Zl)((below + atOrBelow) / (2 * B));
    const m = jk.length;
    let mean = 0;
    for (let i = 0; i < m; i++)
        mean += jk[i];
    mean /= m;
    let num = 0;
    let den = 0;
    for (let i = 0; i < m; i++) {
        const u = (m - 1) * (mean - jk[i]);
        num += u * u * u;
        den += u * u;
    }
    num /= m ** 3;
    den /= m ** 2;
    const a = den > 0 ? num / (6 * den ** 1.5) : 0;
    let alpha1;
    let alpha2;
    if (!Number.isFinite(z0)) {
        alpha1 = alpha2 = z0 < 0 ? 0 : 1;
    }
    else {
        const zAlpha = (0,distributions/* normalQuantile */.Zl)(alpha);
        const num1 = z0 + zAlpha;
        alpha1 = (0,distributions/* normalCdf */.vr)(z0 + num1 / (1 - a * num1));
        const num2 = z0 - zAlpha;
        alpha2 = (0,distributions/* normalCdf */.vr)(z0 + num2 / (1 - a * num2));
    }
    return { low: percentileSorted(sorted, alpha1 * 100), high: percentileSorted(sorted, alpha2 * 100) };
}
/**
 * Paired bootstrap of a statistic of n paired rows (both models' predictions on the same rows),
 * equal in distribution to scipy.stats.bootstrap(..., paired=True): each resample draws n rows
 * with replacement, as multiplicity counts (n uniform draws into a Uint32Array), and evaluates the
 * statistic on the counts. The interval is bootstrapConfidenceInterval's. Monte Carlo: the
 * endpoints carry a resampling error of about sqrt(p(1-p)/B) / f(q_p) (p = α/2, f the bootstrap
 * density), 0.019 standard errors for B = 20000 at 95%; the seed makes them reproducible.
 * Costs `resamples` evaluations (+ the jackknife for BCa), or O(#values) per resample for a
 * statistic that declares `discreteMean`.
 */
function pairedBootstrap(statistic, n, opts = {}) {
    const fn = 'pairedBootstrap';
    const stat = typeof statistic === 'function' ? { evaluate: statistic } : statistic;
    if (stat === null || typeof stat !== 'object' || typeof stat.evaluate !== 'function')
        fail(fn, 'statistic must be a function of row counts or a WeightedStatistic');
    integerIn(fn, 'n', n, 2, 0xffffffff);
    const resamples = integerIn(fn, 'resamples', opts.resamples ?? 9999, 1, 1e9);
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const seed = integerIn(fn, 'seed', opts.seed ?? 0, 0);
    const method = opts.method ?? 'bca';
    if (method !== 'percentile' && method !== 'basic' && method !== 'bca')
        fail(fn, `method must be 'percentile', 'basic' or 'bca', got ${JSON.stringify(method)}`);
    const counts = new Uint32Array(n).fill(1);
    const estimate = stat.evaluate(counts);
    if (!Number.isFinite(estimate))
        fail(fn, `statistic returned ${estimate} on the original rows`);
    const rng = (0,stats_rng/* createRng */.SZ)(seed, STREAM_BOOTSTRAP);
    const dist = new Float64Array(resamples);
    const discrete = stat.discreteMean;
    if (discrete) {
        const { values, sizes } = discrete;
        let rows = 0;
        for (let k = 0; k < sizes.length; k++)
            rows += sizes[k];
        if (values.length !== sizes.length || rows !== n)
            fail(fn, `statistic.discreteMean must have one size per value, summing to n = ${n}`);
        const drawn = new Float64Array(sizes.length);
        for (let b = 0; b < resamples; b++) {
            rng.multinomial(n, sizes, drawn);
            let s = 0;
            for (let k = 0; k < values.length; k++)
                s += values[k] * drawn[k];
            dist[b] = s / n;
        }
    }
    else {
        for (let b = 0; b < resamples; b++) {
            counts.fill(0);
            rng.countUniformDraws(counts, n);
            const v = stat.evaluate(counts);
            if (Number.isNaN(v))
                fail(fn, `statistic returned NaN on resample ${b}`);
            dist[b] = v;
        }
    }
    let jackknife;
    if (method === 'bca') {
        if (stat.jackknife) {
            jackknife = stat.jackknife();
            if (!isArrayLike(jackknife) || jackknife.length !== n)
                fail(fn, `statistic.jackknife() must return n = ${n} values`);
        }
        else {
            jackknife = new Float64Array(n);
            counts.fill(1);
            for (let i = 0; i < n; i++) {
                counts[i] = 0;
                jackknife[i] = stat.evaluate(counts);
                counts[i] = 1;
            }
        }
    }
    const confidenceInterval = bootstrapConfidenceInterval(dist, estimate, { confidence, method, jackknife });
    let mean = 0;
    for (let b = 0; b < resamples; b++)
        mean += dist[b];
    mean /= resamples;
    let ss = 0;
    for (let b = 0; b < resamples; b++)
        ss += (dist[b] - mean) ** 2;
    const standardError = resamples > 1 ? Math.sqrt(ss / (resamples - 1)) : NaN;
    return { estimate, confidenceInterval, standardError, bootstrapDistribution: dist, method, confidence };
}

// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(94685);
// EXTERNAL MODULE: ./.build/js/src/gates/spec.js + 1 modules
var spec = __webpack_require__(36358);
// EXTERNAL MODULE: ./.build/js/src/stats/delong.js
var delong = __webpack_require__(4932);
;// CONCATENATED MODULE: ./.build/js/src/gates/paired-arrays.js
const EPS = 2.220446049250313e-16;
const cache = new WeakMap();
function cached(p, key, build) {
    let m = cache.get(p);
    if (!m)
        cache.set(p, (m = new Map()));
    let hit = m.get(key);
    if (!hit)
        m.set(key, (hit = { candidate: build(p.candidate), baseline: build(p.baseline) }));
    return hit;
}
/** out[i] = fn(a[i], i) with a plain loop (TypedArray.from with a map function is ~10x slower). */
function mapRows(out, a, fn) {
    for (let i = 0; i < a.length; i++)
        out[i] = fn(a[i], i);
    return out;
}
/** Predicted classes of both models: binary scores thresholded at `threshold`; multiclass as given. */
function predictions(p, threshold) {
    if (p.task !== 'binary')
        return { candidate: p.candidate, baseline: p.baseline };
    return cached(p, `pred|${threshold}`, (s) => mapRows(new Float64Array(p.n), s, (x) => (x >= threshold ? 1 : 0)));
}
/** Per-row losses (log_loss clipped at float64 epsilon, as scikit-learn; brier_score) or absolute errors of both models. */
function rowLosses(p, kind) {
    if (kind === 'log_loss' && p.candidateLoss && p.baselineLoss)
        return { candidate: p.candidateLoss, baseline: p.baselineLoss };
    const y = p.y;
    const loss = kind === 'abs_error'
        ? (v, i) => Math.abs(v - y[i])
        : kind === 'brier_score'
            ? (s, i) => (s - y[i]) ** 2
            : (s, i) => -Math.log(Math.min(1 - EPS, Math.max(EPS, y[i] ? s : 1 - s)));
    return cached(p, kind, (s) => mapRows(new Float64Array(p.n), s, loss));
}

;// CONCATENATED MODULE: ./.build/js/src/gates/paired-metrics.js
/**
 * The paired comparison of one metric between candidate and baseline on the same rows: the delta,
 * its interval, and one-sided p-values against a margin, each by the test that fits the metric:
 *
 * | metric | test |
 * |---|---|
 * | accuracy | McNemar (exact below 25 discordant pairs) with no margin; Tango's score test against a margin; Tango's score interval |
 * | roc_auc | DeLong's test for two correlated AUCs |
 * | log_loss, brier_score, mae | paired t-test on per-row losses / absolute errors |
 * | precision, recall, f1, balanced_accuracy, macro_f1 | paired bootstrap of the joint confusion cells (label x candidate x baseline prediction), multinomial redraws |
 * | average_precision, rmse, r2 | paired bootstrap of rows |
 *
 * Deltas are candidate - baseline in the metric's units; p-values are about the oriented delta
 * d = direction * delta (d < 0 is worse): pRegression(m) tests H1: d < -m, pNonInferior(m) tests
 * H1: d > -m.
 */





function normalEstimate(candidate, baseline, dir, se, confidence, test, df) {
    const delta = candidate - baseline;
    const z = (0,distributions/* normalQuantile */.Zl)(1 - (1 - confidence) / 2);
    return {
        candidate,
        baseline,
        delta,
        ci: [delta - z * se, delta + z * se],
        test,
        pRegression: (m) => marginTest(dir * delta, se, m, { df }).pvalueRegression,
        pNonInferior: (m) => marginTest(dir * delta, se, m, { df }).pvalueNonInferiority,
    };
}
/** Percentile interval and bootstrap p-values from a distribution of deltas. */
function bootstrapEstimate(candidate, baseline, dir, dist, confidence, test) {
    const sorted = Float64Array.from(dist).sort();
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];
    const a = (1 - confidence) / 2;
    const B = sorted.length;
    const count = (pred) => {
        let k = 0;
        for (let i = 0; i < B; i++)
            if (pred(dir * sorted[i]))
                k++;
        return k;
    };
    return {
        candidate,
        baseline,
        delta: candidate - baseline,
        ci: [q(a), q(1 - a)],
        test,
        pRegression: (m) => (1 + count((d) => d >= -m)) / (B + 1),
        pNonInferior: (m) => (1 + count((d) => d <= -m)) / (B + 1),
    };
}
/** Binary metrics from the 8 joint cells: index 4*y + 2*candidatePred + baselinePred. */
function binaryCellMetric(name) {
    return (cells, model) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        let tn = 0;
        for (let i = 0; i < 8; i++) {
            const y = i >> 2;
            const pred = model === 0 ? (i >> 1) & 1 : i & 1;
            const c = cells[i];
            if (y && pred)
                tp += c;
            else if (!y && pred)
                fp += c;
            else if (y)
                fn += c;
            else
                tn += c;
        }
        const precision = tp + fp ? tp / (tp + fp) : 0;
        const recall = tp + fn ? tp / (tp + fn) : 0;
        switch (name) {
            case 'precision':
                return precision;
            case 'recall':
                return recall;
            case 'f1':
                return 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0;
            default: {
                const spec = tn + fp ? tn / (tn + fp) : 0;
                return (recall + spec) / 2;
            }
        }
    };
}
/** Macro F1 from K^3 joint cells: index (y*K + candidatePred)*K + baselinePred. */
function macroF1Cells(k) {
    return (cells, model) => {
        const tp = new Float64Array(k);
        const pred = new Float64Array(k);
        const sup = new Float64Array(k);
        for (let i = 0; i < k * k * k; i++) {
            const c = cells[i];
            if (!c)
                continue;
            const y = Math.floor(i / (k * k));
            const p = model === 0 ? Math.floor(i / k) % k : i % k;
            sup[y] += c;
            pred[p] += c;
            if (p === y)
                tp[y] += c;
        }
        let s = 0;
        for (let j = 0; j < k; j++)
            s += sup[j] + pred[j] ? (2 * tp[j]) / (sup[j] + pred[j]) : 0;
        return s / k;
    };
}
function cellBootstrap(cells, metric, dir, o, test) {
    const n = cells.reduce((a, b) => a + b, 0);
    const shares = Float64Array.from(cells, (c) => c / n);
    const rng = (0,stats_rng/* createRng */.SZ)(o.seed, 7);
    const draw = new Float64Array(cells.length);
    const dist = new Float64Array(o.resamples);
    for (let b = 0; b < o.resamples; b++) {
        rng.multinomial(n, shares, draw);
        dist[b] = metric(draw, 0) - metric(draw, 1);
    }
    return bootstrapEstimate(metric(cells, 0), metric(cells, 1), dir, dist, o.confidence, test);
}
/** Average precision (scikit-learn's step form) of scores with per-row weights. */
function weightedAp(order, y, w, scores) {
    let tp = 0;
    let fp = 0;
    let total = 0;
    for (let i = 0; i < y.length; i++)
        total += y[i] * w[i];
    if (total === 0)
        return 0;
    let ap = 0;
    let prevRecall = 0;
    let i = 0;
    while (i < order.length) {
        const s = scores[order[i]];
        while (i < order.length && scores[order[i]] === s) {
            const r = order[i++];
            if (y[r])
                tp += w[r];
            else
                fp += w[r];
        }
        if (tp + fp === 0)
            continue;
        const recall = tp / total;
        ap += (recall - prevRecall) * (tp / (tp + fp));
        prevRecall = recall;
    }
    return ap;
}
function descendingOrder(scores) {
    const idx = new Uint32Array(scores.length);
    for (let i = 0; i < idx.length; i++)
        idx[i] = i;
    return idx.sort((a, b) => scores[b] - scores[a]);
}
/** The paired comparison of `metric`; undefined when this task has no such metric. */
function pairedEstimate(metric, p, o) {
    const n = p.n;
    const dir = o.direction;
    const boot = { resamples: o.resamples, confidence: o.confidence, seed: o.seed, method: 'percentile' };
    if (p.task === 'binary' || p.task === 'multiclass') {
        // Predicted classes, made once per rows and threshold, only by the metrics that use them.
        const needsPred = metric === 'accuracy' || metric === 'macro_f1' || ['precision', 'recall', 'f1', 'balanced_accuracy'].includes(metric);
        const pred = needsPred ? predictions(p, o.threshold) : { candidate: p.candidate, baseline: p.baseline };
        const predC = pred.candidate;
        const predB = pred.baseline;
        if (metric === 'accuracy') {
            const table = pairedTable(mapRows(new Uint8Array(n), p.y, (y, i) => (predB[i] === y ? 1 : 0)), mapRows(new Uint8Array(n), p.y, (y, i) => (predC[i] === y ? 1 : 0)));
            const diff = pairedAccuracyDifference(table, { confidence: o.confidence });
            const accC = (table.bothCorrect + table.candidateOnly) / n;
            const accB = (table.bothCorrect + table.baselineOnly) / n;
            const mc = mcnemar(table.baselineOnly, table.candidateOnly);
            // One-sided McNemar: half the two-sided p on the side the data lies, its complement on the other.
            const oneSided = (dataOnThatSide) => (dataOnThatSide ? mc.pvalue / 2 : 1 - mc.pvalue / 2);
            return {
                candidate: accC,
                baseline: accB,
                delta: accC - accB,
                ci: [diff.confidenceInterval.low, diff.confidenceInterval.high],
                test: `McNemar (${mc.method}) without a margin, Tango's score test with one; Tango interval`,
                pRegression: (m) => (m === 0 ? oneSided(table.candidateOnly < table.baselineOnly) : accuracyMarginTest(table, m).pvalueRegression),
                pNonInferior: (m) => (m === 0 ? oneSided(table.candidateOnly > table.baselineOnly) : accuracyMarginTest(table, m).pvalueNonInferiority),
            };
        }
        if (p.task === 'binary' && ['precision', 'recall', 'f1', 'balanced_accuracy'].includes(metric)) {
            const cells = new Float64Array(8);
            for (let i = 0; i < n; i++)
                cells[4 * p.y[i] + 2 * predC[i] + predB[i]]++;
            return cellBootstrap(cells, binaryCellMetric(metric), dir, o, 'paired bootstrap of the joint confusion cells (percentile)');
        }
        if (p.task === 'multiclass' && metric === 'macro_f1') {
            const k = Math.max(...p.y, ...predC, ...predB) + 1;
            const cells = new Float64Array(k * k * k);
            for (let i = 0; i < n; i++)
                cells[(p.y[i] * k + predC[i]) * k + predB[i]]++;
            return cellBootstrap(cells, macroF1Cells(k), dir, o, 'paired bootstrap of the joint confusion cells (percentile)');
        }
        if (p.task === 'binary' && metric === 'roc_auc') {
            const t = (0,delong/* delongTest */.Cc)(p.y, p.candidate, p.baseline, { confidence: o.confidence });
            return normalEstimate(t.auc[0], t.auc[1], dir, t.standardError, o.confidence, "DeLong's test for correlated AUCs");
        }
        if (metric === 'log_loss' || (p.task === 'binary' && metric === 'brier_score')) {
            const { candidate: lc, baseline: lb } = rowLosses(p, metric === 'brier_score' ? 'brier_score' : 'log_loss');
            const t = ttestRel(lc, lb);
            const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
            return normalEstimate(mean(lc), mean(lb), dir, t.standardError, o.confidence, 'paired t-test on per-row losses', t.df);
        }
        if (p.task === 'binary' && metric === 'average_precision') {
            const oc = descendingOrder(p.candidate);
            const ob = descendingOrder(p.baseline);
            const stat = (w) => weightedAp(oc, p.y, w, p.candidate) - weightedAp(ob, p.y, w, p.baseline);
            const ones = new Uint32Array(n).fill(1);
            const r = pairedBootstrap(stat, n, boot);
            return bootstrapEstimate(weightedAp(oc, p.y, ones, p.candidate), weightedAp(ob, p.y, ones, p.baseline), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
        }
        return undefined;
    }
    // regression
    if (metric === 'mae') {
        const { candidate: ec, baseline: eb } = rowLosses(p, 'abs_error');
        const t = ttestRel(ec, eb);
        const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
        return normalEstimate(mean(ec), mean(eb), dir, t.standardError, o.confidence, 'paired t-test on per-row absolute errors', t.df);
    }
    if (metric === 'rmse' || metric === 'r2') {
        const value = (pred, w) => {
            let sw = 0;
            let sy = 0;
            for (let i = 0; i < n; i++) {
                sw += w[i];
                sy += w[i] * p.y[i];
            }
            const my = sy / sw;
            let sse = 0;
            let sst = 0;
            for (let i = 0; i < n; i++) {
                sse += w[i] * (pred[i] - p.y[i]) ** 2;
                sst += w[i] * (p.y[i] - my) ** 2;
            }
            return metric === 'rmse' ? Math.sqrt(sse / sw) : sst > 0 ? 1 - sse / sst : 0;
        };
        const r = pairedBootstrap((w) => value(p.candidate, w) - value(p.baseline, w), n, boot);
        const ones = new Uint32Array(n).fill(1);
        return bootstrapEstimate(value(p.candidate, ones), value(p.baseline, ones), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
    }
    return undefined;
}

// EXTERNAL MODULE: ./.build/js/src/gates/paired-data.js
var paired_data = __webpack_require__(7302);
// EXTERNAL MODULE: ./.build/js/src/fairness/measures.js
var measures = __webpack_require__(35330);
// EXTERNAL MODULE: ./.build/js/src/fairness/audit.js
var audit = __webpack_require__(28252);
;// CONCATENATED MODULE: ./.build/js/src/fairness/paired.js
/**
 * A fairness measure of two models on the same rows: the candidate's minus the baseline's, with a
 * paired bootstrap within groups. Each group's rows fall into 8 joint cells (label x candidate's
 * prediction x baseline's prediction); a resample redraws each group's cells from Multinomial(n_g,
 * cells_g / n_g) — the row bootstrap within groups, both models seeing the same resampled rows —
 * and recomputes both measures. Percentile interval; one-sided bootstrap p-values against the
 * margin (gates/paired-metrics.ts's bootstrapEstimate).
 */




/** Joint cells per group, index y·4 + candidate·2 + baseline. */
function jointCells(p) {
    const cells = new Float64Array(8 * p.groups);
    for (let i = 0; i < p.ids.length; i++) {
        const g = p.ids[i];
        if (g < 0)
            continue;
        const c = p.candidate[i] >= p.candidateThreshold ? 1 : 0;
        const b = p.baseline[i] >= p.baselineThreshold ? 1 : 0;
        cells[8 * g + 4 * p.y[i] + 2 * c + b]++;
    }
    return cells;
}
/** The 4-cell [tn, fp, fn, tp] tables of one model from the joint cells. */
function marginal(joint, groups, model, out) {
    out.fill(0);
    for (let g = 0; g < groups; g++) {
        for (let j = 0; j < 8; j++) {
            const y = j >> 2;
            const pred = model === 'candidate' ? (j >> 1) & 1 : j & 1;
            out[4 * g + 2 * y + pred] += joint[8 * g + j];
        }
    }
}
function pairedMeasure(p) {
    const joint = jointCells(p);
    const c4 = new Float64Array(4 * p.groups);
    const b4 = new Float64Array(4 * p.groups);
    const value = (cells, model, four) => {
        marginal(cells, p.groups, model, four);
        return (0,measures/* measuresOf */.d6)(four, p.groups)[p.measure].value;
    };
    const cv = value(joint, 'candidate', c4);
    const bv = value(joint, 'baseline', b4);
    if (!Number.isFinite(cv) || !Number.isFinite(bv))
        throw new Error(`${p.measure} is undefined on these rows for the ${Number.isFinite(cv) ? 'baseline' : 'candidate'} (fewer than two groups with the rate defined)`);
    const rng = (0,stats_rng/* createRng */.SZ)(p.seed, audit/* STREAM_FAIRNESS */.Fz + 1);
    const draw = new Float64Array(joint.length);
    const dist = [];
    for (let r = 0; r < p.resamples; r++) {
        (0,measures/* redrawGroups */.Yg)(joint, p.groups, 8, rng, draw);
        const d = value(draw, 'candidate', c4) - value(draw, 'baseline', b4);
        if (Number.isFinite(d))
            dist.push(d);
    }
    return bootstrapEstimate(cv, bv, measures/* MEASURE_DIRECTION */.Re[p.measure], Float64Array.from(dist), p.confidence, `paired bootstrap within groups (${p.resamples} resamples of the joint label x candidate x baseline cells)`);
}

;// CONCATENATED MODULE: ./.build/js/src/gates/compare.js
/**
 * compare-to-baseline's decision: every gate gets a delta, its interval, a p-value and the test
 * used; p-values are adjusted across all gates (Holm by default) so that adding metrics does not add
 * false failures; the verdict follows the policy:
 *
 * - detect-regression (default): a gate fails when the data shows, at the confidence level, that
 *   the candidate is worse than allowed (H1: regression beyond the margin, adjusted p < alpha).
 *   An evaluation set too small to see the allowed amount is said so ("underpowered").
 * - prove-non-inferiority: a gate passes only when the data shows the candidate is no worse than
 *   allowed (H1: non-inferior within the margin, adjusted p < alpha).
 *
 * `require-improvement` passes only when an improvement (by at least its amount) is shown; `min` /
 * `max` are judged on the candidate's own interval (normal approximation from it).
 */











const HEADLINE = {
    binary: ['accuracy', 'roc_auc', 'f1', 'precision', 'recall', 'log_loss', 'brier_score'],
    multiclass: ['accuracy', 'macro_f1', 'log_loss'],
    regression: ['mae', 'rmse', 'r2'],
};
function metricOf(ev, metric) {
    if (metric === 'latency_p50_ms')
        return { value: ev.latency.p50Ms, ci: null };
    if (metric === 'latency_p95_ms')
        return { value: ev.latency.p95Ms, ci: null };
    const m = ev.metrics[metric];
    return m ? { value: m.value, ci: m.ci } : undefined;
}
function amountFor(g, baseline) {
    return g.amount.percent ? g.amount.value * Math.abs(baseline ?? 0) : g.amount.value;
}
/** Metrics on a 0..1 scale read in points (0.01 = 1 point); others in their own units. */
const UNIT_SCALE = new Set(['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'macro_f1', 'r2', ...measures/* MEASURES */.sF]);
const fmtAmount = (metric, x) => (UNIT_SCALE.has(metric) ? `${(x * 100).toFixed(1)} points` : `${Number(x.toPrecision(3))}`);
/** Paired estimates per rows and settings: a gated headline metric is computed once, not twice. */
const estimates = new WeakMap();
function estimateFor(metric, rows, input) {
    const threshold = input.candidate.threshold ?? 0.5;
    const key = `${metric}|${threshold}|${input.confidence}|${input.resamples}|${input.seed}`;
    let cache = estimates.get(rows);
    if (!cache)
        estimates.set(rows, (cache = new Map()));
    if (!cache.has(key)) {
        try {
            cache.set(key, pairedEstimate(metric, rows, { direction: spec/* DIRECTION */.M[metric] ?? 1, threshold, confidence: input.confidence, resamples: input.resamples, seed: input.seed }));
        }
        catch (e) {
            cache.set(key, e);
        }
    }
    const hit = cache.get(key);
    if (hit instanceof Error)
        throw hit;
    return hit;
}
/**
 * The power note of a gate whose interval is wider than its margin. An interval's half-width h
 * shrinks as 1/sqrt(n), so about n * (h / m)^2 rows would bring it down to the margin m.
 */
function rowsToResolve(n, halfWidth, margin) {
    return Math.ceil(n * (halfWidth / margin) ** 2);
}
function powerNote(metric, n, halfWidth, m) {
    const need = Number.isFinite(halfWidth) ? `; about ${rowsToResolve(n, halfWidth, m).toLocaleString('en-US')} rows (${n} × (${fmtAmount(metric, halfWidth)} / ${fmtAmount(metric, m)})²) would resolve it` : '';
    return `this set of ${n} rows resolves ±${fmtAmount(metric, halfWidth)}, so a regression of ${fmtAmount(metric, m)} may go unseen${need}`;
}
/** Runs every gate; returns unadjusted results (adjustment and verdict happen in `compare`). */
function evaluateGate(g, input, slice) {
    const dir = spec/* DIRECTION */.M[g.metric] ?? 1;
    const base = { metric: g.metric, rule: g.text, ...(slice?.fairness ? { sensitive: slice.fairness.feature, ...(slice.fairness.groups ? { groups: slice.fairness.groups } : {}) } : slice ? { slice: { column: slice.column, value: slice.value } } : {}) };
    const candM = slice ? slice.candidate?.[g.metric] : metricOf(input.candidate, g.metric);
    const baseM = slice ? slice.baseline?.[g.metric] : input.baseline ? metricOf(input.baseline, g.metric) : undefined;
    const cv = candM?.value ?? null;
    const z = (0,distributions/* normalQuantile */.Zl)(1 - (1 - input.confidence) / 2);
    if (g.rule === 'min' || g.rule === 'max') {
        if (cv === null)
            return { ...base, baseline: baseM?.value ?? null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: `${g.metric} is not available for the candidate`, decide: 'fixed', fixed: false };
        const bound = g.amount.value;
        const ci = candM?.ci ?? null;
        const se = ci ? (ci[1] - ci[0]) / (2 * z) : 0;
        const side = g.rule === 'min' ? 1 : -1; // +1: must be above
        const dist = side * (cv - bound);
        const pWorse = se > 0 ? (0,distributions/* normalCdf */.vr)(dist / se) : dist < 0 ? 0 : 1; // H1: on the wrong side of the bound
        const pBetter = se > 0 ? 1 - (0,distributions/* normalCdf */.vr)(dist / se) : dist > 0 ? 0 : 1;
        const prove = input.spec.policy === 'prove-non-inferiority';
        const word = g.rule === 'min' ? 'floor' : 'ceiling';
        const beyond = dist < 0;
        const reason = `${g.metric} ${cv.toPrecision(4)} ${word} ${bound}`;
        if (input.spec.minPolicy === 'point') {
            return { ...base, baseline: baseM?.value ?? null, candidate: cv, delta: null, ci, pValue: null, test: 'point value against the bound (min-policy: point)', reason: `${reason}${beyond ? `: ${g.rule === 'min' ? 'below' : 'above'} the ${word}` : ''}`, decide: 'fixed', fixed: !beyond };
        }
        return {
            ...base,
            baseline: baseM?.value ?? null,
            candidate: cv,
            delta: null,
            ci,
            pValue: prove ? pBetter : pWorse,
            test: "normal approximation from the candidate's interval",
            reason,
            // Under detect-regression a point value beyond the bound passes while the interval reaches it.
            ...(beyond && !prove ? { warning: `${g.rule === 'min' ? 'below the floor' : 'above the ceiling'}, not shown: ${g.metric} ${cv.toPrecision(4)} against ${bound}, but the interval${ci ? ` [${ci[0].toPrecision(4)}, ${ci[1].toPrecision(4)}]` : ''} reaches it (set min-policy: point to fail on the point value)` } : {}),
            decide: prove ? 'pass-if-significant' : 'fail-if-significant',
        };
    }
    // Relative rules need a baseline.
    if (g.metric.startsWith('latency_') && input.baseline && !slice) {
        const latency = latencyGate(g, input, base);
        if (latency)
            return latency;
    }
    if (!input.baseline)
        return { ...base, baseline: null, candidate: cv, delta: null, ci: null, pValue: null, test: '–', reason: 'no baseline yet (first model): relative gates are not applied', decide: 'fixed', fixed: true };
    if (cv === null || baseM?.value === null || baseM === undefined) {
        const side = cv === null ? 'candidate' : 'baseline';
        return { ...base, baseline: baseM?.value ?? null, candidate: cv, delta: null, ci: null, pValue: null, test: '–', reason: `${g.metric} is missing on the ${side}: this gate cannot be checked`, decide: 'fixed', fixed: false };
    }
    const bv = baseM.value;
    const m = amountFor(g, bv);
    let est;
    const rows = slice ? slice.rows : input.paired;
    if (slice?.fairness?.estimate instanceof Error)
        return { ...base, baseline: bv, candidate: cv, delta: cv - bv, ci: null, pValue: null, test: '–', reason: `cannot test ${g.metric}: ${slice.fairness.estimate.message}`, decide: 'fixed', fixed: false };
    if (slice?.fairness)
        est = slice.fairness.estimate;
    else if (rows && rows.n >= 2) {
        try {
            est = estimateFor(g.metric, rows, input);
        }
        catch (e) {
            return { ...base, baseline: bv, candidate: cv, delta: cv - bv, ci: null, pValue: null, test: '–', reason: `cannot test ${g.metric}: ${e.message}`, decide: 'fixed', fixed: false };
        }
    }
    if (!est) {
        // Unpaired: two independent estimates with their own intervals.
        const se = (ci) => (ci ? (ci[1] - ci[0]) / (2 * z) : 0);
        const s = Math.sqrt(se(candM?.ci) ** 2 + se(baseM.ci) ** 2);
        const d = cv - bv;
        const od = dir * d;
        est = {
            candidate: cv,
            baseline: bv,
            delta: d,
            ci: s > 0 ? [d - z * s, d + z * s] : null,
            test: 'unpaired z-test from the two intervals',
            pRegression: (mm) => (s > 0 ? (0,distributions/* normalCdf */.vr)((od + mm) / s) : od + mm < 0 ? 0 : 1),
            pNonInferior: (mm) => (s > 0 ? 1 - (0,distributions/* normalCdf */.vr)((od + mm) / s) : od + mm > 0 ? 0 : 1),
        };
    }
    const improvement = g.rule === 'require-improvement';
    const prove = improvement || input.spec.policy === 'prove-non-inferiority';
    // require-improvement by a: H1: d > a, i.e. non-inferiority with margin -a.
    const pValue = improvement ? est.pNonInferior(-m) : prove ? est.pNonInferior(m) : est.pRegression(m);
    const halfWidth = est.ci ? (est.ci[1] - est.ci[0]) / 2 : Infinity;
    const n = slice?.fairness?.rows ?? rows?.n ?? input.candidate.rows;
    // Underpowered: the interval is wider than the allowed amount AND still reaches a regression of
    // that size. An interval wholly on the good side of -m has ruled the regression out, however wide.
    const worst = est.ci ? Math.min(dir * est.ci[0], dir * est.ci[1]) : -Infinity;
    const underpowered = !improvement && m > 0 && halfWidth > m && worst <= -m;
    const reason = improvement ? `must improve by ${m ? fmtAmount(g.metric, m) : 'any amount'}` : `may regress by ${fmtAmount(g.metric, m)}`;
    const power = underpowered ? powerNote(g.metric, n, halfWidth, m) : undefined;
    return { ...base, baseline: bv, candidate: cv, delta: est.delta, ci: est.ci, pValue, test: est.test, reason, power, decide: prove ? 'pass-if-significant' : 'fail-if-significant' };
}
/**
 * A fairness gate, once per sensitive feature of the candidate's evaluation. Bounds (min / max)
 * are judged on the candidate's measure and its bootstrap interval, as metric bounds are; relative
 * rules on the candidate-minus-baseline measure by a paired bootstrap within the candidate's
 * groups when both evaluations ran on the same rows (the baseline's measure need not have been
 * audited: the rows' group values come from the candidate's predictions file), else an unpaired
 * test from the two evaluations' intervals.
 */
function fairnessGates(g, input) {
    const features = input.candidate.fairness?.features ?? [];
    if (!features.length) {
        return [{ metric: g.metric, rule: g.text, baseline: null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: "the candidate's evaluation has no fairness audit (evaluate with sensitive: <column>)", decide: 'fixed', fixed: false }];
    }
    const measure = g.metric;
    return features.map((f) => {
        const cm = f.measures[measure];
        const bf = input.baseline?.fairness?.features.find((x) => x.name === f.name);
        const relative = g.rule !== 'min' && g.rule !== 'max';
        const estimate = relative && input.baseline ? pairedFairness(measure, f, input) : undefined;
        const bm = bf ? bf.measures[measure] : estimate && !(estimate instanceof Error) ? { value: estimate.baseline, ci: null } : undefined;
        const rows = f.groups.reduce((a, x) => a + x.rows, 0);
        return evaluateGate(g, input, { column: f.name, value: '', candidate: { [measure]: { value: cm.value, ci: cm.ci, method: 'bootstrap-percentile' } }, baseline: bm ? { [measure]: { value: bm.value, ci: bm.ci, method: 'bootstrap-percentile' } } : undefined, fairness: { feature: f.name, groups: cm.groups, rows, estimate } });
    });
}
function pairedFairness(measure, f, input) {
    const p = input.paired;
    if (!p || p.task !== 'binary')
        return undefined;
    const columns = f.columns.map((c) => p.groups?.get(c));
    if (columns.some((c) => !c))
        return new Error(`the candidate's predictions file has no column for ${f.columns.join(', ')} (evaluate the candidate with sensitive: ${f.name})`);
    const values = Array.from({ length: p.n }, (_, i) => (0,audit/* featureValue */.ks)(columns.map((c) => c[i])));
    const grouping = (0,audit/* assign */.kp)(values, f.groups.map((x) => x.value), f.pooled);
    try {
        return pairedMeasure({ measure, ids: grouping.ids, groups: grouping.names.length, y: p.y, candidate: p.candidate, baseline: p.baseline, candidateThreshold: input.candidate.threshold ?? 0.5, baselineThreshold: input.baseline?.threshold ?? 0.5, confidence: input.confidence, resamples: input.resamples, seed: input.seed });
    }
    catch (e) {
        return e;
    }
}
/**
 * Latency gates, paired by batch: both evaluations ran the same rows in the same batches, so batch
 * i of one is batch i of the other. Wilcoxon's signed-rank test on the per-batch differences
 * (against the margin), and a percentile bootstrap of batch pairs for the interval of the
 * difference in the batch-time quantile.
 */
function latencyGate(g, input, base) {
    const c = input.candidate.latency.batchMs;
    const b = input.baseline.latency.batchMs;
    if (!c || !b || c.length !== b.length || c.length < 2)
        return undefined;
    const q = g.metric === 'latency_p50_ms' ? 0.5 : 0.95;
    const quantile = (a) => (0,intervals/* quantileSorted */.Z4)(Float64Array.from(a).sort(), q);
    const cv = quantile(c);
    const bv = quantile(b);
    const m = amountFor(g, bv);
    const improvement = g.rule === 'require-improvement';
    const prove = improvement || input.spec.policy === 'prove-non-inferiority';
    // Lower is better: a regression is the candidate slower by more than m.
    const shifted = improvement ? b.map((x) => x - m) : b.map((x) => x + m);
    const pValue = wilcoxon(c, shifted, { alternative: prove ? 'less' : 'greater' }).pvalue;
    const rng = (0,stats_rng/* createRng */.SZ)(input.seed, 11);
    const n = c.length;
    const dist = new Float64Array(Math.min(input.resamples, 2000));
    const cs = new Float64Array(n);
    const bs = new Float64Array(n);
    for (let r = 0; r < dist.length; r++) {
        for (let i = 0; i < n; i++) {
            const j = rng.uniformInt(n);
            cs[i] = c[j];
            bs[i] = b[j];
        }
        dist[r] = quantile(cs) - quantile(bs);
    }
    dist.sort();
    const a = (1 - input.confidence) / 2;
    const ci = [dist[Math.floor(a * (dist.length - 1))], dist[Math.ceil((1 - a) * (dist.length - 1))]];
    return {
        ...base,
        baseline: bv,
        candidate: cv,
        delta: cv - bv,
        ci,
        pValue,
        test: `Wilcoxon signed-rank on ${n} per-batch latency differences (batches paired by index)`,
        reason: improvement ? `must be faster by ${Number(m.toPrecision(3))} ms` : `may be slower by ${Number(m.toPrecision(3))} ms`,
        decide: prove ? 'pass-if-significant' : 'fail-if-significant',
    };
}
function compare(input) {
    const notes = [];
    const alpha = 1 - input.confidence;
    const gates = input.spec.gates;
    // Expand slice gates over the values present on both sides.
    const raw = [];
    const sliceCache = new Map();
    for (const g of gates) {
        if (g.fairness) {
            raw.push(...fairnessGates(g, input));
            continue;
        }
        if (!g.sliceColumn) {
            raw.push(evaluateGate(g, input));
            continue;
        }
        const column = g.sliceColumn;
        const cs = input.candidate.slices.filter((s) => s.column === column && s.metrics);
        if (!cs.length) {
            raw.push({ metric: g.metric, rule: g.text, baseline: null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: `no slices of '${column}' in the candidate's evaluation (evaluate with slice-by: ${column})`, decide: 'fixed', fixed: false });
            continue;
        }
        for (const s of cs) {
            const key = `${column}\u0000${s.value}`;
            if (!sliceCache.has(key)) {
                const bs = input.baseline?.slices.find((x) => x.column === column && x.value === s.value);
                let rows;
                const values = input.paired?.slices.get(column);
                if (input.paired && values)
                    rows = (0,paired_data/* subsetPaired */.C$)(input.paired, (i) => values[i] === s.value);
                sliceCache.set(key, { rows, candidate: s.metrics, baseline: bs?.metrics });
            }
            raw.push(evaluateGate(g, input, { column, value: s.value, ...sliceCache.get(key) }));
        }
    }
    const tested = raw.map((r, i) => [r, i]).filter(([r]) => r.pValue !== null);
    const adjusted = new Map();
    if (tested.length) {
        const adj = (0,multiple/* multipleTesting */.b)(tested.map(([r]) => r.pValue), input.correction, alpha);
        tested.forEach(([, i], k) => adjusted.set(i, { p: adj.pvaluesAdjusted[k], reject: adj.reject[k] }));
    }
    const results = raw.map((r, i) => {
        const { decide, fixed, power, warning, ...rest } = r;
        const a = adjusted.get(i)?.p ?? null;
        const significant = adjusted.get(i)?.reject ?? false;
        const passed = decide === 'fixed' ? fixed : decide === 'fail-if-significant' ? !significant : significant;
        let reason = rest.reason;
        if (decide === 'fail-if-significant')
            reason = passed ? `no regression shown: ${reason}` : `regression shown (adjusted p ${a.toPrecision(2)} < ${alpha.toPrecision(2)}): ${reason}`;
        if (decide === 'pass-if-significant')
            reason = passed ? `shown (adjusted p ${a.toPrecision(2)} < ${alpha.toPrecision(2)}): ${reason}` : `not shown (adjusted p ${a === null ? '–' : a.toPrecision(2)}): ${reason}`;
        // Only a pass can be underpowered or carry a warning: a failure was seen, whatever the power.
        if (passed && power)
            reason += `; ${power}`;
        if (passed && warning)
            reason = `${warning}; ${reason}`;
        return { ...rest, adjustedPValue: a, passed, reason, ...(passed && power ? { underpowered: true } : {}), ...(passed && warning ? { warning } : {}) };
    });
    if (!gates.length)
        notes.push('no gates configured: the metrics are reported, no verdict is given');
    if (!input.baseline)
        notes.push('no baseline yet (first model): only absolute gates (min, max) apply');
    const underpowered = results.filter((r) => r.underpowered);
    if (underpowered.length)
        notes.push(`${underpowered.length} gate(s) are underpowered: the evaluation set cannot resolve the allowed amount`);
    // The metrics table: every headline metric the two evaluations share.
    const metrics = HEADLINE[input.candidate.task]
        .filter((m) => input.candidate.metrics[m])
        .map((m) => {
        const c = input.candidate.metrics[m]?.value ?? null;
        const b = input.baseline?.metrics[m]?.value ?? null;
        let est;
        if (input.paired && b !== null && c !== null) {
            try {
                est = estimateFor(m, input.paired, input);
            }
            catch {
                est = undefined;
            }
        }
        const dir = spec/* DIRECTION */.M[m] ?? 1;
        const p = est ? Math.min(1, 2 * Math.min(est.pRegression(0), est.pNonInferior(0))) : null;
        // The paired Δ goes with its interval. It can differ from c − b: each evaluation computes
        // macro_f1 over its own classes (the data's and its predictions', as scikit-learn does), the
        // paired one over the classes of the data and both models' predictions.
        if (est && c !== null && b !== null && Math.abs(est.delta - (c - b)) > 1e-6) {
            notes.push(`${m}: Δ ${Number(est.delta.toPrecision(4))} is paired over the same rows and classes; the two evaluations' values differ by ${Number((c - b).toPrecision(4))} because each is computed over the classes it predicts`);
        }
        return { metric: m, baseline: b, candidate: c, delta: est ? est.delta : c !== null && b !== null ? c - b : null, ci: est?.ci ?? null, pValue: p, test: est?.test ?? (b === null ? '–' : 'unpaired'), direction: dir };
    })
        .map(({ direction: _d, ...rest }) => rest);
    const { passed, verdict } = verdictOf(results, input.dataValidation, gates.length > 0);
    return {
        kind: 'comparison',
        schemaVersion: 1,
        passed,
        verdict,
        policy: input.spec.policy,
        confidence: input.confidence,
        correction: input.correction,
        paired: !!input.paired,
        pairing: input.paired ? `paired on ${input.paired.n} rows (same data digest)` : input.baseline ? 'unpaired: the two evaluations did not run on the same data' : 'no baseline',
        rows: input.candidate.rows,
        candidate: { path: input.candidatePath, model: input.candidate.model.sha256, data: input.candidate.data.sha256 },
        baseline: input.baseline ? { path: input.baselinePath, model: input.baseline.model.sha256, data: input.baseline.data.sha256 } : null,
        gates: results,
        metrics,
        notes,
        ...(input.dataValidation ? { dataValidation: input.dataValidation } : {}),
    };
}
/**
 * The run's verdict: every gate, and the data validation of the same run when there is one. No
 * gates and no data validation: no verdict (null).
 */
function verdictOf(gates, data, configured = gates.length > 0) {
    const failed = gates.filter((r) => !r.passed);
    const overridden = gates.filter((r) => r.override).length;
    const gatesText = !configured
        ? 'No gates configured'
        : failed.length
            ? `${failed.length} of ${gates.length} gates failed: ${failed.map((f) => f.metric + (f.slice ? ` [${f.slice.column}=${f.slice.value}]` : '') + (f.sensitive ? ` [${f.sensitive}]` : '')).join(', ')}`
            : `All ${gates.length} gates passed${overridden ? ` (${overridden} accepted by override)` : ''}`;
    const gatesPassed = configured ? failed.length === 0 : null;
    if (!data)
        return { passed: gatesPassed, verdict: gatesText };
    if (data.passed)
        return { passed: gatesPassed, verdict: gatesText === 'No gates configured' ? 'Data validation passed; no gates configured' : `${gatesText}; data validation passed` };
    const why = [data.violations ? `${data.violations} violation${data.violations === 1 ? '' : 's'}` : '', data.drifted.length ? `drift in ${data.drifted.slice(0, 5).join(', ')}${data.drifted.length > 5 ? ` and ${data.drifted.length - 5} more` : ''}` : ''].filter(Boolean).join(', ');
    return { passed: false, verdict: `Data validation failed${why ? ` (${why})` : ''}; ${gatesText.charAt(0).toLowerCase()}${gatesText.slice(1)}` };
}


/***/ }),

/***/ 56910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseRepo),
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79083);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4522);
/**
 * The one place an octokit is made: @actions/github's `getOctokit` (its proxy support, its
 * GITHUB_API_URL default) with @octokit/plugin-retry and @octokit/plugin-throttling on top. Every
 * other module in src/github takes the client as an argument, so tests hand in one pointed at the
 * loopback fake.
 *
 * Limits (the defaults, each an option):
 * - Rate limits (plugin-throttling): a primary limit (403/429 with `x-ratelimit-remaining: 0`) or
 *   a secondary limit (403/429 "secondary rate limit", `retry-after`) is retried at most twice,
 *   after the wait GitHub asks for, and only when that wait is at most 120 s: an hour-long wait
 *   for a primary reset fails the step with a clear message rather than hanging the job.
 * - Other failures (plugin-retry): 5xx and network errors are retried twice (1 s, then 4 s).
 *   400, 401, 403, 404, 410, 422, 451 are answers, not accidents, and are never retried; 429 is
 *   left to the throttling plugin so the two never both retry one response.
 * - Writes are paced by the throttling plugin (one at a time, 1 s apart; 3 s between writes that
 *   notify people such as comments), as GitHub's best practices ask.
 * - Time: each request (headers and body) is aborted after `requestTimeoutMs` (default 30 s, where
 *   undici alone waits 300 s for headers), and every request stops when `signal` aborts: callers
 *   pass an overall budget there, so a server that accepts and never answers costs seconds, not
 *   the 909 s of three tries at undici's timeout.
 */






/**
 * @actions/github's proxy-aware fetch with a per-request timeout and the caller's budget. Passing
 * `request.fetch` replaces the default one (octokit merges options shallowly), so the proxy fetch
 * is wrapped rather than dropped.
 */
function timedFetch(timeoutMs, budget) {
    const inner = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch);
    return (url, init = {}) => {
        const signals = [AbortSignal.timeout(timeoutMs), ...(budget ? [budget] : []), ...(init.signal ? [init.signal] : [])];
        return inner(url, { ...init, signal: AbortSignal.any(signals) }).catch((e) => {
            if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
                const why = budget?.aborted ? 'the time allowed for publishing ran out' : `no answer within ${Math.round(timeoutMs / 1000)} s`;
                throw Object.assign(new Error(`GitHub API: ${why}`), { name: 'TimeoutError', cause: e });
            }
            throw e;
        });
    };
}
const silent = {
    info: () => { },
    warning: () => { },
    error: () => { },
    debug: () => { },
    group: (_n, fn) => fn(),
};
/** `owner/name` (GITHUB_REPOSITORY's form) as a RepoRef; throws ConfigurationError naming `what`. */
function parseRepo(fullName, what = 'repository') {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(fullName.trim());
    if (!m || m[2] === '.' || m[2] === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: expected owner/name, got '${fullName}'`);
    }
    return { owner: m[1], repo: m[2] };
}
/**
 * Creates the client. `token` is the workflow's GITHUB_TOKEN or a PAT; see permissions.ts for
 * what each mode needs.
 */
function createGitHubClient(token, options = {}) {
    if (!token || !token.trim()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('github-token is empty: pass ${{ github.token }} or a token with the permissions the mode needs');
    }
    const log = options.log ?? silent;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const base = options.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= rateLimitRetries) {
            log.warning(`GitHub ${kind} rate limit on ${what}: still limited after ${retryCount} retries, giving up`);
            return false;
        }
        if (retryAfter > maxWait) {
            log.warning(`GitHub ${kind} rate limit on ${what}: GitHub asks to wait ${retryAfter} s, more than ${maxWait} s; not waiting`);
            return false;
        }
        log.warning(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        ...(options.userAgent ? { userAgent: options.userAgent } : {}),
        request: { fetch: timedFetch(options.requestTimeoutMs ?? 30_000, options.signal) },
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.warning(m),
            error: (m) => log.error(m),
        },
        retry: {
            retries: options.retries ?? 2,
            retryAfterBaseValue: base,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            // One id per client: the plugin's pacing groups are process-wide and keyed by this id.
            id: `modelgate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}


/***/ }),

/***/ 86176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   wn: () => (/* binding */ authorship)
/* harmony export */ });
/* unused harmony exports findStickyComment, composeStickyBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83130);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34003);


/** The hidden marker of the sticky comment of one action in one workflow. */
function stickyMarker(workflow, action = 'compare-to-baseline') {
    // encodeURIComponent keeps the marker on one line and leaves no '>' to end the comment early.
    return `<!-- modelgate:${encodeURIComponent(action)} workflow=${encodeURIComponent(workflow.trim())} -->`;
}
/** Any modelgate marker, for removing markers from a body that came from elsewhere. */
const ANY_MARKER = /<!--\s*modelgate:[^\n]*?-->\n?/g;
/** Comment authors whose marker comments may be ours (a token of theirs wrote them). */
const TRUSTED = ['OWNER', 'MEMBER', 'COLLABORATOR'];
/**
 * Whether a comment, issue or pull request carrying a marker could have been written by modelgate:
 * `ours` when written by `author` (when given) or else by a bot; `trusted` when, without `author`,
 * someone with a role in the repository wrote it (a token of theirs); otherwise undefined.
 */
function authorship(user, association, author) {
    if (author ? user?.login === author : user?.type === 'Bot')
        return 'ours';
    if (!author && association !== undefined && TRUSTED.includes(association))
        return 'trusted';
    return undefined;
}
/** Finds the sticky comment carrying `marker` on any page of the issue's comments. */
async function findStickyComment(client, repo, issueNumber, marker, options = {}, log) {
    let fallback;
    let pages = 0;
    let seen = 0;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('list the pull request comments', 'comment', async () => {
        const pagesIter = client.paginate.iterator(client.rest.issues.listComments, {
            ...repo,
            issue_number: issueNumber,
            per_page: options.perPage ?? 100,
        });
        for await (const page of pagesIter) {
            pages++;
            for (const c of page.data) {
                seen++;
                if (!c.body || !c.body.includes(marker))
                    continue;
                const found = { id: c.id, url: c.html_url, body: c.body, author: c.user?.login };
                const whose = authorship(c.user, c.author_association, options.author);
                if (whose === 'ours') {
                    log?.debug(`sticky comment ${c.id} found on page ${pages} (${seen} comments read)`);
                    return found;
                }
                if (whose === 'trusted')
                    fallback ??= found;
            }
        }
        log?.debug(`${seen} comments on ${pages} page(s) read; sticky comment ${fallback ? fallback.id : 'not found'}`);
        return fallback;
    });
}
/** The body as posted: the marker line, then the report with any other marker removed, cut to fit. */
function composeStickyBody(marker, body, fullReportUrl) {
    const clean = body.replace(ANY_MARKER, '');
    const t = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o4)(clean, { limit: _truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT */ .W$ - marker.length - 1, fullReportUrl });
    return { body: `${marker}\n${t.text}`, truncated: t.truncated };
}
/** Creates the sticky comment, or updates it in place when one exists (unchanged bodies are not rewritten). */
async function upsertStickyComment(client, options, log) {
    const { repo, issueNumber, marker } = options;
    const { body, truncated } = composeStickyBody(marker, options.body, options.fullReportUrl);
    if (truncated)
        log.warning(`The report is longer than GitHub's ${_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT */ .W$}-character comment limit; the comment was truncated`);
    const existing = await findStickyComment(client, repo, issueNumber, marker, { author: options.author, perPage: options.perPage }, log);
    if (existing) {
        if (existing.body === body) {
            log.info(`Pull request comment unchanged: ${existing.url}`);
            return { action: 'unchanged', id: existing.id, url: existing.url, truncated };
        }
        const res = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('update the pull request comment', 'comment', () => client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }));
        log.info(`Updated the pull request comment: ${res.data.html_url}`);
        return { action: 'updated', id: res.data.id, url: res.data.html_url, truncated };
    }
    const res = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('create the pull request comment', 'comment', () => client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }));
    log.info(`Created the pull request comment: ${res.data.html_url}`);
    return { action: 'created', id: res.data.id, url: res.data.html_url, truncated };
}


/***/ }),

/***/ 59677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ createDeployment),
/* harmony export */   e: () => (/* binding */ setDeploymentStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83130);

const DESCRIPTION_LIMIT = 140;
const cut = (s) => (s.length > DESCRIPTION_LIMIT ? s.slice(0, DESCRIPTION_LIMIT - 1) + '…' : s);
async function createDeployment(client, o) {
    const res = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('create the GitHub deployment', 'deploy', () => client.rest.repos.createDeployment({
        ...o.repo,
        ref: o.ref,
        environment: o.environment,
        description: cut(o.description),
        auto_merge: false,
        required_contexts: [],
        task: 'deploy',
        payload: o.payload ?? {},
        ...(o.production !== undefined ? { production_environment: o.production } : {}),
    }));
    if (res.status !== 201 || !('id' in res.data)) {
        throw new Error(`internal error: GitHub answered ${res.status} to a deployment with auto_merge false: ${JSON.stringify(res.data).slice(0, 200)}`);
    }
    return { id: res.data.id };
}
async function setDeploymentStatus(client, repo, deploymentId, state, opts = {}) {
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)(`set the GitHub deployment status to ${state}`, 'deploy', () => client.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deploymentId,
        state,
        ...(opts.description ? { description: cut(opts.description) } : {}),
        ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
        ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
        auto_inactive: true,
    }));
}


/***/ }),

/***/ 83130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   eK: () => (/* binding */ isRequestError),
/* harmony export */   gj: () => (/* binding */ isPermissionError),
/* harmony export */   hg: () => (/* binding */ githubMessage)
/* harmony export */ });
/* unused harmony exports GitHubApiError, isRateLimitError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29929);
/**
 * GitHub's refusals as one-line errors. A permission the workflow did not grant is the user's to
 * fix: a ConfigurationError that names the `permissions:` line to add. Anything else GitHub
 * refuses (an archived repository, a locked conversation, a rate limit that outlasted the retries,
 * a 5xx after retries) is a GitHubApiError that says which call failed, GitHub's status and message.
 */


function isRequestError(e) {
    return typeof e === 'object' && e !== null && typeof e.status === 'number' && 'message' in e;
}
/** A call GitHub refused, for a reason other than a missing permission. One-line message. */
class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7 {
    status;
    kind;
    githubMessage;
    name = 'GitHubApiError';
    constructor(message, status, kind, 
    /** GitHub's own message, without the documentation link. */
    githubMessage) {
        super(message);
        this.status = status;
        this.kind = kind;
        this.githubMessage = githubMessage;
    }
}
function header(e, name) {
    const v = e.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
}
/** GitHub's `message` field, else octokit's message with the " - <documentation_url>" suffix cut. */
function githubMessage(e) {
    if (!isRequestError(e))
        return e instanceof Error ? e.message : String(e);
    const data = e.response?.data;
    if (typeof data === 'object' && data !== null && typeof data.message === 'string') {
        return data.message;
    }
    return e.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}
function isRateLimitError(e) {
    if (!isRequestError(e) || (e.status !== 403 && e.status !== 429))
        return false;
    return header(e, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(githubMessage(e));
}
/**
 * A 403 that means the token lacks a permission: "Resource not accessible by integration"
 * (GITHUB_TOKEN without the scope), "... by personal access token" (fine-grained PAT), "You must
 * authenticate via a GitHub App" (check runs from a classic PAT). Not: rate limits, archived
 * repositories, locked conversations, blocked users.
 */
function isPermissionError(e) {
    if (!isRequestError(e) || e.status !== 403 || isRateLimitError(e))
        return false;
    return /not accessible by|GitHub App|must have (push|admin|write)|insufficient permission|permission to/i.test(githubMessage(e));
}
function kindOf(e) {
    if (isRateLimitError(e))
        return 'rate-limit';
    if (isPermissionError(e))
        return 'permission';
    if (e.status === 404)
        return 'not-found';
    if (e.status === 422)
        return 'validation';
    if (e.status >= 500)
        return 'server';
    return 'other';
}
/**
 * Turns whatever a call threw into the error to surface: ConfigurationError for a missing
 * permission of `mode`, GitHubApiError for other HTTP failures, anything else unchanged.
 * `what` says what was being done: "create the pull request comment".
 */
function toGitHubError(e, what, mode) {
    if (!isRequestError(e) || e instanceof GitHubApiError)
        return e;
    const msg = githubMessage(e).replace(/\s+/g, ' ').trim();
    const call = e.request?.method && e.request.url ? ` (${e.request.method} ${pathOf(e.request.url)})` : '';
    const kind = kindOf(e);
    if (kind === 'permission' && mode) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused to ${what}${call}: ${e.status} ${msg}. Give the workflow's token ${(0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionsText */ ._)(mode)}`);
    }
    let hint = '';
    if (kind === 'rate-limit') {
        const reset = Number(header(e, 'x-ratelimit-reset'));
        hint = header(e, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0
            ? `; the rate limit resets at ${new Date(reset * 1000).toISOString()}`
            : '; retries were exhausted, try again later';
    }
    else if (kind === 'not-found') {
        hint = '; check the repository and number, and that the token can see the repository';
    }
    else if (kind === 'server') {
        hint = '; GitHub failed after retries, re-run the job';
    }
    return new GitHubApiError(`GitHub API failed to ${what}${call}: ${e.status} ${msg}${hint}`, e.status, kind, msg);
}
function pathOf(url) {
    try {
        const u = new URL(url);
        return u.pathname + u.search;
    }
    catch {
        return url;
    }
}
/** Runs one API call and rethrows its failure through `toGitHubError`. */
async function call(what, mode, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw toGitHubError(e, what, mode);
    }
}


/***/ }),

/***/ 39421:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   jc: () => (/* binding */ workflowRunFromEvent),
/* harmony export */   vR: () => (/* binding */ pullRequestFromEvent)
/* harmony export */ });
/* unused harmony export isForkPullRequest */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`event payload: ${what} is missing or malformed`);
    return v;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function int(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}
/** Reads and parses the event payload file. */
function readEventPayload(path) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`cannot read the event payload ${path}: ${e.message}`, path);
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
        number: need(int(pr.number), 'pull_request.number'),
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
        id: need(int(run.id), 'workflow_run.id'),
        event: need(str(run.event), 'workflow_run.event'),
        conclusion: str(run.conclusion) ?? null,
        headSha: need(str(run.head_sha), 'workflow_run.head_sha'),
        headRepo: str(obj(run.head_repository)?.full_name) ?? null,
        pullRequests: prs.map((p) => int(obj(p)?.number)).filter((n) => n !== undefined),
    };
}
/** The page of a workflow run: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
function runUrl(serverUrl, repository, runId) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}


/***/ }),

/***/ 3570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitToBranch),
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   Q1: () => (/* binding */ checkRepoPath),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83130);
/**
 * One commit on a branch of its own, through the Git Data API, without a clone: blobs for the
 * files, a tree on top of the base branch's tree, a commit whose parent is the base branch's head,
 * then the branch ref created or moved to it. Nothing is ever written to the base branch.
 *
 * Every run rebuilds the branch from the base's current head (the ref is force-moved), so the pull
 * request always holds exactly one commit on top of the default branch, whatever the default branch
 * did meanwhile. A branch whose head commit modelgate did not make (no `trailer` line in its
 * message: somebody pushed to it) is never overwritten: the call fails and says so. When the new
 * commit would have the same tree and parent as the branch's head, nothing is written.
 *
 * API calls (`contents: write`): GET /repos/{o}/{r} (default branch, when no base is given),
 * GET .../git/ref/heads/{base}, GET .../git/commits/{sha}, POST .../git/blobs per file,
 * POST .../git/trees, POST .../git/commits, GET .../git/ref/heads/{branch}, then POST .../git/refs
 * or PATCH .../git/refs/heads/{branch}.
 */


/** GitHub's limit on a blob through the API is 100 MB; a data file that large belongs in LFS or a bucket. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * A repository path from a workflow input: relative, `/`-separated, no `.` or `..` segment, not
 * under `.git/` or `.github/` (workflow files need a permission modelgate never asks for).
 */
function checkRepoPath(path, input = 'files') {
    const p = path.trim();
    // eslint-disable-next-line no-control-regex
    if (!p || p.startsWith('/') || p.includes('\\') || /[\u0000-\u001f\u007f]/.test(p) || p.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${input}: '${p}' is not a relative repository path (a/b/c.csv, no '.', '..', '\\\\' or leading '/')`);
    }
    if (/^\.git(hub)?\//i.test(p))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${input}: '${p}' is under ${p.split('/')[0]}/, which a retrain never changes`);
    return p;
}
/** A branch name git and GitHub accept (git check-ref-format, the common rules). */
function checkBranch(name, input = 'branch') {
    const ok = /^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('/') && !name.endsWith('/') && !name.endsWith('.lock') && !name.includes('..') && !name.includes('//') && !name.startsWith('-') && !name.split('/').some((s) => s.startsWith('.'));
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${input}: '${name}' is not a valid branch name`);
    return name;
}
async function headOf(client, repo, branch) {
    try {
        const r = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return r.data.object.sha;
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}
async function commitToBranch(client, o, log) {
    const { repo, branch } = o;
    const base = o.base ?? (await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('read the repository (its default branch)', 'retrain', () => client.rest.repos.get({ ...repo }))).data.default_branch;
    if (base === branch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`branch: '${branch}' is the base branch; a retrain never commits to it`);
    for (const f of o.files) {
        checkRepoPath(f.path);
        if (f.content.byteLength > MAX_FILE_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`files: ${f.path} is ${f.content.byteLength} bytes, more than ${MAX_FILE_BYTES}; keep large data out of git (a pointer file, LFS or a bucket)`);
        }
    }
    const baseSha = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`read branch ${base}`, 'retrain', async () => {
        const sha = await headOf(client, repo, base);
        if (!sha)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`base: branch '${base}' does not exist`);
        return sha;
    });
    const baseCommit = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`read commit ${baseSha}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: baseSha }));
    const tree = [];
    for (const f of o.files) {
        const blob = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`upload ${f.path}`, 'retrain', () => client.rest.git.createBlob({ ...repo, content: Buffer.from(f.content).toString('base64'), encoding: 'base64' }));
        tree.push({ path: f.path, mode: '100644', type: 'blob', sha: blob.data.sha });
    }
    const newTree = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('create the tree', 'retrain', () => client.rest.git.createTree({ ...repo, base_tree: baseCommit.data.tree.sha, tree }));
    const existing = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`read branch ${branch}`, 'retrain', () => headOf(client, repo, branch));
    if (existing) {
        const head = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`read commit ${existing}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: existing }));
        if (!head.data.message.split('\n').includes(o.trailer)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`branch '${branch}' has a commit modelgate did not make (${existing.slice(0, 12)}); it is not overwritten: merge or close its pull request and delete the branch, or set another branch`);
        }
        if (head.data.tree.sha === newTree.data.sha && head.data.parents.length === 1 && head.data.parents[0].sha === baseSha) {
            log.info(`Branch ${branch} already holds these files on ${base}'s head: nothing pushed`);
            return { base, baseSha, sha: existing, action: 'unchanged' };
        }
    }
    const commit = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('create the commit', 'retrain', () => client.rest.git.createCommit({ ...repo, message: `${o.message}\n\n${o.trailer}\n`, tree: newTree.data.sha, parents: [baseSha] }));
    const sha = commit.data.sha;
    if (existing) {
        await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`move branch ${branch}`, 'retrain', () => client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true }));
        log.info(`Branch ${branch} moved to ${sha.slice(0, 12)} (one commit on ${base})`);
        return { base, baseSha, sha, action: 'updated' };
    }
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`create branch ${branch}`, 'retrain', () => client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha }));
    log.info(`Branch ${branch} created at ${sha.slice(0, 12)} (one commit on ${base})`);
    return { base, baseSha, sha, action: 'created' };
}


/***/ }),

/***/ 22318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _T: () => (/* reexport */ collectOverrides),
  LX: () => (/* reexport */ client/* createGitHubClient */.L),
  qs: () => (/* reexport */ publish/* defuseMentions */.qs),
  E3: () => (/* reexport */ client/* parseRepo */.E),
  mk: () => (/* reexport */ publish/* publish */.mk),
  vR: () => (/* reexport */ github_event/* pullRequestFromEvent */.vR),
  N5: () => (/* reexport */ github_event/* readEventPayload */.N5),
  Ki: () => (/* reexport */ verdict/* reportVerdict */.Ki),
  Vp: () => (/* reexport */ github_event/* runUrl */.Vp),
  YL: () => (/* reexport */ comment/* stickyMarker */.YL),
  qD: () => (/* reexport */ comment/* upsertStickyComment */.qD),
  c9: () => (/* reexport */ publish/* validatePublishPayload */.c9),
  jc: () => (/* reexport */ github_event/* workflowRunFromEvent */.jc)
});

// UNUSED EXPORTS: CHECK_SUMMARY_LIMIT, COMMENT_LIMIT, CONCLUSIONS, GitHubApiError, OVERRIDE_ROLES, PERMISSIONS, PUBLISH_ARTIFACT_KIND, STATUS_DESCRIPTION_LIMIT, authorship, checkBranch, checkRepoPath, commitToBranch, composeStickyBody, createDeployment, driftIssueMarker, findStickyComment, isForkPullRequest, isPermissionError, isRateLimitError, makePublishArtifact, markedBody, parseOverrideCommands, permissionsText, readPublishArtifact, retrainMarker, setDeploymentStatus, toGitHubError, truncateMarkdown, truncationNote, upsertIssue, upsertPullRequest

// EXTERNAL MODULE: ./.build/js/src/github/client.js
var client = __webpack_require__(56910);
// EXTERNAL MODULE: ./.build/js/src/github/comment.js
var comment = __webpack_require__(86176);
// EXTERNAL MODULE: ./.build/js/src/github/errors.js
var errors = __webpack_require__(83130);
// EXTERNAL MODULE: ./.build/js/src/github/event.js
var github_event = __webpack_require__(39421);
;// CONCATENATED MODULE: ./.build/js/src/github/overrides.js

/** Roles whose commands are accepted (the permission endpoint reports maintain as write). */
const OVERRIDE_ROLES = ['admin', 'maintain', 'write'];
const COMMAND = /^ {0,3}\/modelgate[ \t]+accept\b(.*)$/i;
const METRIC = /^[A-Za-z0-9_.:@=/[\]-]{1,100}$/;
const MAX_REASON = 500;
/** The `/modelgate accept` commands in a comment body, outside code blocks and quotes. */
function parseOverrideCommands(body) {
    const out = [];
    let fence = null;
    for (const raw of body.split('\n')) {
        const line = raw.replace(/\r$/, '');
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = null;
            continue;
        }
        if (f) {
            fence = f[1];
            continue;
        }
        const m = COMMAND.exec(line);
        if (!m)
            continue;
        const rest = m[1].trim();
        const sp = rest.search(/\s/);
        const metric = sp < 0 ? rest : rest.slice(0, sp);
        const reason = sp < 0 ? '' : rest.slice(sp).trim();
        const text = line.trim();
        if (!metric)
            out.push({ text, problem: 'no metric: write /modelgate accept <metric> <reason>' });
        else if (!METRIC.test(metric))
            out.push({ text, problem: `'${metric.slice(0, 100)}' is not a metric name` });
        else if (!reason)
            out.push({ text, metric, problem: 'no reason: write /modelgate accept <metric> <reason>' });
        else
            out.push({ text, metric, reason: reason.length > MAX_REASON ? reason.slice(0, MAX_REASON - 1) + '…' : reason });
    }
    return out;
}
async function accessOf(client, repo, login) {
    try {
        const res = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
        const permission = res.data.permission;
        const role = res.data.role_name || permission;
        if (OVERRIDE_ROLES.includes(permission))
            return { allowed: true, role };
        return { allowed: false, role, why: `${login} has ${role} access; accepting a gate needs write, maintain or admin` };
    }
    catch (e) {
        if ((0,errors/* isRequestError */.eK)(e) && e.status === 404) {
            return { allowed: false, role: 'none', why: `${login} is not a collaborator of ${repo.owner}/${repo.repo}` };
        }
        throw e;
    }
}
/** Lists the pull request's comments (all pages) and sorts its override commands into accepted and rejected. */
async function collectOverrides(client, options, log) {
    const { repo, prNumber } = options;
    const accepted = [];
    const rejected = [];
    const access = new Map();
    const comments = await (0,errors/* call */.T1)('list the pull request comments', 'override', () => client.paginate(client.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: options.perPage ?? 100 }));
    for (const c of comments) {
        if (!c.body || c.body.includes('<!-- modelgate:'))
            continue;
        const commands = parseOverrideCommands(c.body);
        if (commands.length === 0)
            continue;
        const by = c.user?.login ?? '(deleted user)';
        const base = { by, commentUrl: c.html_url, commentId: c.id };
        for (const cmd of commands) {
            const reject = (why) => rejected.push({ ...base, metric: cmd.metric, reason: cmd.reason, why });
            if (cmd.problem) {
                reject(cmd.problem);
                continue;
            }
            if (!c.user) {
                reject('the comment has no author');
                continue;
            }
            if (c.user.type === 'Bot' || by.endsWith('[bot]')) {
                reject(`${by} is a bot; only people with write access can accept a gate`);
                continue;
            }
            if (options.metrics && !options.metrics.includes(cmd.metric)) {
                reject(`no gate on '${cmd.metric}' (gated metrics: ${options.metrics.join(', ') || 'none'})`);
                continue;
            }
            let a = access.get(by);
            if (!a) {
                a = await (0,errors/* call */.T1)(`check the permission of ${by}`, 'override', () => accessOf(client, repo, by));
                access.set(by, a);
            }
            if (!a.allowed) {
                reject(a.why);
                continue;
            }
            accepted.push({ ...base, metric: cmd.metric, reason: cmd.reason, role: a.role, createdAt: c.created_at });
        }
    }
    for (const o of accepted)
        log.info(`Override accepted: ${o.metric} by ${o.by} (${o.role}): ${o.reason} ${o.commentUrl}`);
    for (const o of rejected)
        log.warning(`Override rejected (${o.commentUrl}): ${o.why}`);
    return { accepted, rejected };
}

// EXTERNAL MODULE: ./.build/js/src/github/permissions.js
var permissions = __webpack_require__(29929);
// EXTERNAL MODULE: ./.build/js/src/github/publish.js
var publish = __webpack_require__(99014);
// EXTERNAL MODULE: ./.build/js/src/github/truncate.js
var truncate = __webpack_require__(34003);
// EXTERNAL MODULE: ./.build/js/src/github/verdict.js
var verdict = __webpack_require__(6103);
// EXTERNAL MODULE: ./.build/js/src/github/deployments.js
var deployments = __webpack_require__(59677);
// EXTERNAL MODULE: ./.build/js/src/github/git-data.js
var git_data = __webpack_require__(3570);
// EXTERNAL MODULE: ./.build/js/src/github/retrain.js
var retrain = __webpack_require__(15768);
;// CONCATENATED MODULE: ./.build/js/src/github/index.js
/** The GitHub side of modelgate: one octokit from `createGitHubClient`, passed to everything else. */














/***/ }),

/***/ 29929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ permissionsText)
/* harmony export */ });
/* unused harmony export PERMISSIONS */
/**
 * What each mode asks of the workflow's token, in one table: the README's permission table, the
 * hints in error messages and the tests read it from here.
 *
 * | mode | `permissions:` | API calls |
 * |---|---|---|
 * | comment (sticky PR comment) | `pull-requests: write` (or `issues: write`) | list, create, update issue comments |
 * | check (verdict as a check run) | `checks: write` | POST /repos/{owner}/{repo}/check-runs |
 * | status (fallback when checks are refused) | `statuses: write` | POST /repos/{owner}/{repo}/statuses/{sha} |
 * | override (`/modelgate accept`) | `pull-requests: read` (or `issues: read`), `metadata: read` (always granted) | list issue comments, GET collaborator permission |
 * | deploy (GitHub Deployments) | `deployments: write` | POST /repos/{owner}/{repo}/deployments, POST .../deployments/{id}/statuses |
 * | retrain (the retrain pull request) | `contents: write`, `pull-requests: write` | Git Data API (blobs, trees, commits, refs) on its own branch; list, create, update pull requests |
 * | issue (the drift issue) | `issues: write` | list, create, update issues |
 * | publish (workflow_run, fork PRs) | `pull-requests: write`, `checks: write` (`statuses: write` for the fallback), `actions: read` | download the artifact, GET the pull request, then comment and check |
 *
 * A pull_request run from a fork gets a read-only token whatever the workflow asks for; that is
 * what publish mode is for.
 */
const PERMISSIONS = Object.freeze([
    {
        mode: 'comment',
        permissions: ['pull-requests: write'],
        alternatives: ['issues: write'],
        what: 'find, create and update the sticky pull request comment',
    },
    { mode: 'check', permissions: ['checks: write'], what: 'create the check run that carries the verdict' },
    { mode: 'status', permissions: ['statuses: write'], what: 'set the commit status used when check runs are refused' },
    {
        mode: 'override',
        permissions: ['pull-requests: read'],
        alternatives: ['issues: read'],
        what: 'read `/modelgate accept` comments and check each author has write, maintain or admin access',
    },
    { mode: 'deploy', permissions: ['deployments: write'], what: 'create the GitHub deployment of a rollout and its statuses' },
    {
        mode: 'retrain',
        permissions: ['contents: write', 'pull-requests: write'],
        what: 'commit the retrain on a branch of its own (never the default branch) and open or update its pull request',
    },
    { mode: 'issue', permissions: ['issues: write'], what: 'open or update the issue that reports drift without labels' },
    {
        mode: 'publish',
        permissions: ['pull-requests: write', 'checks: write', 'actions: read'],
        what: 'in a workflow_run workflow, download the comparison artifact of a fork pull request and post it (`statuses: write` too for the fallback)',
    },
]);
/** "`pull-requests: write` (or `issues: write`)": for messages. */
function permissionsText(mode) {
    const p = PERMISSIONS.find((x) => x.mode === mode);
    const main = p.permissions.map((s) => `\`${s}\``).join(', ');
    return p.alternatives?.length ? `${main} (or ${p.alternatives.map((s) => `\`${s}\``).join(', ')})` : main;
}


/***/ }),

/***/ 99014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c9: () => (/* binding */ validatePublishPayload),
/* harmony export */   mk: () => (/* binding */ publish),
/* harmony export */   qs: () => (/* binding */ defuseMentions)
/* harmony export */ });
/* unused harmony exports PUBLISH_ARTIFACT_KIND, PUBLISH_ARTIFACT_VERSION, makePublishArtifact, readPublishArtifact, validPrNumber, validSha */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86176);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83130);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6103);
/**
 * Publish mode, for pull requests from forks. Their pull_request runs get a read-only token, so the
 * work is split in two workflows:
 *
 * 1. `on: pull_request` (read-only, runs the pull request's code): compare-to-baseline renders the
 *    comment and the verdict and writes them with the PR number and head sha as an artifact
 *    (`makePublishArtifact`), instead of posting.
 * 2. `on: workflow_run` of that workflow (runs the base branch's workflow file with a write token:
 *    `pull-requests: write`, `checks: write`, `actions: read`): downloads the artifact and calls
 *    `publish`, which never runs or checks out any code of the pull request.
 *
 * The artifact was written by code from the fork, so everything in it is untrusted: the PR number
 * must be a positive integer, the sha 40 hex digits, the verdict one of success/failure/neutral;
 * the sha must be the workflow_run's own head_sha (from the event payload, which GitHub writes)
 * and, through GET /repos/{owner}/{repo}/pulls/{n}, the pull request's current head. Otherwise
 * nothing is posted. The check name and the comment's marker come from the publishing workflow's
 * own inputs, never from the artifact, so a fork cannot write to another check or comment; @-mentions
 * in the body are defused so the bot cannot be made to ping people; other modelgate markers are
 * removed. The verdict itself was computed by the fork's run: treat the check as the pull
 * request's claim, and re-run the comparison after merge for anything that must be trusted.
 *
 * GitHub leaves `workflow_run.pull_requests` empty for runs from forks, which is why the PR number
 * travels in the artifact and is checked against the head sha.
 */




const PUBLISH_ARTIFACT_KIND = 'modelgate-publish';
const PUBLISH_ARTIFACT_VERSION = 1;
/** Larger bodies are refused before any processing; GitHub's own limit is 65,536. */
const MAX_BODY = 4_000_000;
const MAX_TITLE = 255;
/** The artifact's JSON text, for the pull_request side. */
function makePublishArtifact(p) {
    return JSON.stringify({ kind: PUBLISH_ARTIFACT_KIND, schemaVersion: PUBLISH_ARTIFACT_VERSION, ...p }, null, 2) + '\n';
}
/** Parses the artifact's JSON text; its fields stay unchecked until `publish` validates them. */
function readPublishArtifact(text, file = 'publish artifact') {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new DataError(`${file}: not JSON (${e.message})`, file);
    }
    const o = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined;
    if (!o || o.kind !== PUBLISH_ARTIFACT_KIND)
        throw new DataError(`${file}: not a ${PUBLISH_ARTIFACT_KIND} artifact`, file);
    if (o.schemaVersion !== PUBLISH_ARTIFACT_VERSION) {
        throw new DataError(`${file}: schemaVersion ${JSON.stringify(o.schemaVersion)} is not supported (expected ${PUBLISH_ARTIFACT_VERSION})`, file);
    }
    return { prNumber: o.prNumber, headSha: o.headSha, body: o.body, verdict: o.verdict };
}
/** A pull request number from untrusted input: a positive integer, or its decimal digits. */
function validPrNumber(v) {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0)
        return v;
    if (typeof v === 'string' && /^[1-9][0-9]{0,15}$/.test(v) && Number.isSafeInteger(Number(v)))
        return Number(v);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`publish: the pull request number must be a positive integer, got ${describe(v)}`);
}
/** A commit sha from untrusted input: 40 hex digits, returned in lower case. */
function validSha(v) {
    if (typeof v === 'string' && /^[0-9a-fA-F]{40}$/.test(v))
        return v.toLowerCase();
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`publish: the head sha must be 40 hexadecimal digits, got ${describe(v)}`);
}
function describe(v) {
    const s = typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v);
    return s.length > 60 ? s.slice(0, 57) + '...' : s;
}
/** Replaces `@` before a name with `&#64;` outside code, so posting the text notifies nobody. */
function defuseMentions(markdown) {
    let fence = null;
    return markdown
        .split('\n')
        .map((line) => {
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = null;
            return line;
        }
        if (f) {
            fence = f[1];
            return line;
        }
        // Odd pieces between backtick runs are code spans: mentions do not fire there.
        return line
            .split(/(`+[^`]*`+)/)
            .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/@(?=[A-Za-z0-9])/g, '&#64;')))
            .join('');
    })
        .join('\n');
}
/** Checks every field of an untrusted payload. Throws DataError naming the field. */
function validatePublishPayload(p) {
    const prNumber = validPrNumber(p.prNumber);
    const headSha = validSha(p.headSha);
    if (typeof p.body !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('publish: the comment body must be a string');
    if (p.body.length > MAX_BODY)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`publish: the comment body is ${p.body.length} characters, more than ${MAX_BODY}`);
    const v = typeof p.verdict === 'object' && p.verdict !== null ? p.verdict : undefined;
    if (!v)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('publish: the verdict must be an object with conclusion, title and summary');
    if (!_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .CONCLUSIONS */ .Fr.includes(v.conclusion)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`publish: verdict.conclusion must be one of ${_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .CONCLUSIONS */ .Fr.join(', ')}, got ${describe(v.conclusion)}`);
    }
    if (typeof v.title !== 'string' || !v.title.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('publish: verdict.title must be a non-empty string');
    if (typeof v.summary !== 'string' || v.summary.length > MAX_BODY)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('publish: verdict.summary must be a string');
    const title = v.title.replace(/\s+/g, ' ').trim();
    return {
        prNumber,
        headSha,
        body: p.body,
        verdict: {
            conclusion: v.conclusion,
            title: title.length > MAX_TITLE ? title.slice(0, MAX_TITLE - 1) + '…' : title,
            summary: v.summary,
        },
    };
}
/**
 * Posts an already-rendered comment and verdict for a pull request, after checking the untrusted
 * fields and that the pull request's head is still the artifact's sha. A stale or mismatched sha
 * is refused (`published: false`, with the reason, logged as a warning): a newer push has its own
 * run, and an artifact naming somebody else's pull request must not be posted there.
 */
async function publish(client, options, log) {
    const p = validatePublishPayload(options);
    const { repo } = options;
    const refuse = (reason) => {
        log.warning(`Not publishing to pull request #${p.prNumber}: ${reason}`);
        return { published: false, prNumber: p.prNumber, headSha: p.headSha, reason };
    };
    if (options.runHeadSha !== undefined && options.runHeadSha.toLowerCase() !== p.headSha) {
        return refuse(`the artifact is about ${p.headSha} but the workflow run tested ${options.runHeadSha}`);
    }
    const pr = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(`read pull request #${p.prNumber}`, 'publish', () => client.rest.pulls.get({ ...repo, pull_number: p.prNumber }));
    if (pr.data.head.sha.toLowerCase() !== p.headSha) {
        return refuse(`its head is ${pr.data.head.sha}, not the artifact's ${p.headSha} (a newer push, or an artifact for another pull request)`);
    }
    const comment = await (0,_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertStickyComment */ .qD)(client, {
        repo,
        issueNumber: p.prNumber,
        marker: (0,_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .stickyMarker */ .YL)(options.workflow),
        body: defuseMentions(p.body),
        fullReportUrl: options.fullReportUrl,
    }, log);
    const verdict = await (0,_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .reportVerdict */ .Ki)(client, {
        repo,
        headSha: p.headSha,
        checkName: options.checkName,
        verdict: { ...p.verdict, summary: defuseMentions(p.verdict.summary) },
        detailsUrl: options.detailsUrl ?? comment.url,
        fullReportUrl: options.fullReportUrl,
    }, log);
    return { published: true, prNumber: p.prNumber, headSha: p.headSha, comment, verdict };
}


/***/ }),

/***/ 15768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ upsertIssue),
/* harmony export */   T7: () => (/* binding */ driftIssueMarker),
/* harmony export */   UF: () => (/* binding */ retrainMarker),
/* harmony export */   _b: () => (/* binding */ upsertPullRequest)
/* harmony export */ });
/* unused harmony export markedBody */
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86176);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83130);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99014);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34003);




const retrainMarker = (workflow) => (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .stickyMarker */ .YL)(workflow, 'retrain');
const driftIssueMarker = (workflow) => (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .stickyMarker */ .YL)(workflow, 'drift-issue');
/** Any modelgate marker, removed from a body before ours is put first. */
const ANY_MARKER = /<!--\s*modelgate:[^\n]*?-->\n?/g;
/** The body as posted: the marker line, then the text without other markers or @-mentions, cut to GitHub's limit. */
function markedBody(marker, text, fullReportUrl) {
    const t = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateMarkdown */ .o4)((0,_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .defuseMentions */ .qs)(text.replace(ANY_MARKER, '')), { limit: _truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_LIMIT */ .W$ - marker.length - 1, fullReportUrl });
    return `${marker}\n${t.text}`;
}
/** Creates the retrain pull request, or updates the one found by its marker. */
async function upsertPullRequest(client, o, log) {
    const { repo, marker } = o;
    const body = markedBody(marker, o.body);
    const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
    const found = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('list the open pull requests', 'retrain', async () => {
        let fallback;
        for await (const page of client.paginate.iterator(client.rest.pulls.list, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
            for (const pr of page.data) {
                if (!pr.body?.includes(marker) || pr.head.ref !== o.head || pr.head.repo?.full_name.toLowerCase() !== fullName)
                    continue;
                const item = { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body };
                const whose = (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .authorship */ .wn)(pr.user, pr.author_association, o.author);
                if (whose === 'ours')
                    return item;
                if (whose === 'trusted')
                    fallback ??= item;
            }
        }
        return fallback;
    });
    if (found) {
        if (found.title === o.title && found.body === body) {
            log.info(`Retrain pull request unchanged: ${found.url}`);
            return { action: 'unchanged', number: found.number, url: found.url };
        }
        const r = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`update pull request #${found.number}`, 'retrain', () => client.rest.pulls.update({ ...repo, pull_number: found.number, title: o.title, body }));
        log.info(`Updated the retrain pull request: ${r.data.html_url}`);
        return { action: 'updated', number: r.data.number, url: r.data.html_url };
    }
    const r = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('create the retrain pull request', 'retrain', () => client.rest.pulls.create({ ...repo, head: o.head, base: o.base, title: o.title, body, maintainer_can_modify: false }));
    log.info(`Opened the retrain pull request: ${r.data.html_url}`);
    return { action: 'created', number: r.data.number, url: r.data.html_url };
}
/** Creates the drift issue, or updates the open one found by its marker. */
async function upsertIssue(client, o, log) {
    const { repo, marker } = o;
    const body = markedBody(marker, o.body);
    const found = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('list the open issues', 'issue', async () => {
        let fallback;
        for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
            for (const issue of page.data) {
                // The issues list holds pull requests too.
                if (issue.pull_request || !issue.body?.includes(marker))
                    continue;
                const item = { number: issue.number, url: issue.html_url, title: issue.title, body: issue.body };
                const whose = (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .authorship */ .wn)(issue.user, issue.author_association, o.author);
                if (whose === 'ours')
                    return item;
                if (whose === 'trusted')
                    fallback ??= item;
            }
        }
        return fallback;
    });
    if (found) {
        if (found.title === o.title && found.body === body) {
            log.info(`Drift issue unchanged: ${found.url}`);
            return { action: 'unchanged', number: found.number, url: found.url };
        }
        const r = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`update issue #${found.number}`, 'issue', () => client.rest.issues.update({ ...repo, issue_number: found.number, title: o.title, body }));
        log.info(`Updated the drift issue: ${r.data.html_url}`);
        return { action: 'updated', number: r.data.number, url: r.data.html_url };
    }
    const r = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('create the drift issue', 'issue', () => client.rest.issues.create({ ...repo, title: o.title, body, ...(o.labels?.length ? { labels: [...o.labels] } : {}) }));
    log.info(`Opened the drift issue: ${r.data.html_url}`);
    return { action: 'created', number: r.data.number, url: r.data.html_url };
}


/***/ }),

/***/ 34003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ CHECK_SUMMARY_LIMIT),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown)
/* harmony export */ });
/* unused harmony exports linkTarget, truncationNote */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/**
 * Cutting markdown to GitHub's size limits without breaking it. GitHub rejects a comment body over
 * 65,536 characters and a check run summary over 65,535 (422 "body is too long"), so a long report
 * is cut at a line end, preferably a section boundary (before a heading or a `<details>`), never
 * inside an HTML tag, an HTML comment or a table row; an open code fence is closed, every open
 * `<details>` gets its `</details>`, and a note says the report was truncated and where the full
 * one is.
 *
 * Lengths are UTF-16 code units (JavaScript's `length`), which is never less than the number of
 * characters GitHub counts, so a text that fits here fits there. Cuts fall on line ends, so a
 * surrogate pair is never split.
 */

/** GitHub's limit for an issue or pull request comment body. */
const COMMENT_LIMIT = 65536;
/** GitHub's limit for a check run's `output.summary` (and `output.text`). */
const CHECK_SUMMARY_LIMIT = 65535;
/** Checks a URL given for the note; only http(s), with characters that would end a link escaped. */
function linkTarget(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`full report URL is not a URL: '${url}'`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`full report URL must be http(s): '${url}'`);
    }
    return u.href.replace(/[()<> ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** The note appended to a truncated text. */
function truncationNote(limit, fullReportUrl) {
    const where = fullReportUrl
        ? `The full report: [${linkTarget(fullReportUrl)}](${linkTarget(fullReportUrl)}).`
        : "The full report is in the workflow run's artifacts.";
    return `> **Truncated:** this report was cut to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters. ${where}`;
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Advances the state over one line (without its newline). */
function scanLine(s, line) {
    if (s.fence !== null && !s.inTag && !s.inComment) {
        const m = FENCE.exec(line);
        if (m && m[1][0] === s.fence[0] && m[1].length >= s.fence.length && line.slice(m[0].length).trim() === '')
            s.fence = null;
        return;
    }
    if (!s.inTag && !s.inComment) {
        const m = FENCE.exec(line);
        if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) {
            s.fence = m[1];
            return;
        }
    }
    if (line.trim() === '' && s.inTag) {
        // CommonMark: a tag cannot span a blank line, so whatever opened it was not a tag.
        s.inTag = false;
        s.quote = null;
    }
    let i = 0;
    while (i < line.length) {
        if (s.inComment) {
            const end = line.indexOf('-->', i);
            if (end < 0)
                return;
            s.inComment = false;
            i = end + 3;
            continue;
        }
        const c = line[i];
        if (s.inTag) {
            if (s.quote) {
                if (c === s.quote)
                    s.quote = null;
            }
            else if (c === '"' || c === "'") {
                s.quote = c;
            }
            else if (c === '>') {
                s.inTag = false;
                if (s.tagName === 'details')
                    s.details++;
                else if (s.tagName === '/details')
                    s.details = Math.max(0, s.details - 1);
            }
            i++;
            continue;
        }
        if (c === '\\') {
            i += 2;
            continue;
        }
        if (c === '`') {
            let n = 1;
            while (line[i + n] === '`')
                n++;
            const run = '`'.repeat(n);
            let j = line.indexOf(run, i + n);
            while (j >= 0 && line[j + n] === '`') {
                let k = j;
                while (line[k] === '`')
                    k++;
                j = line.indexOf(run, k);
            }
            i = j >= 0 ? j + n : i + n;
            continue;
        }
        if (c === '<') {
            if (line.startsWith('<!--', i)) {
                s.inComment = true;
                i += 4;
                continue;
            }
            const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(line.slice(i, i + 64));
            if (m) {
                s.inTag = true;
                s.quote = null;
                s.tagName = m[1] + m[2].toLowerCase();
                i += m[0].length;
                continue;
            }
        }
        i++;
    }
}
function closingLength(s) {
    // "```\n" for an open fence, "\n</details>\n" per open details element.
    return (s.fence !== null ? s.fence.length + 1 : 0) + s.details * '\n</details>\n'.length;
}
function closing(s) {
    return (s.fence !== null ? s.fence + '\n' : '') + '\n</details>\n'.repeat(s.details);
}
/**
 * Cuts `text` to at most `limit` characters at a clean boundary and appends the truncation note;
 * returns it unchanged when it fits.
 */
function truncateMarkdown(text, options) {
    const { limit } = options;
    if (text.length <= limit)
        return { text, truncated: false, kept: text.length };
    const note = truncationNote(limit, options.fullReportUrl);
    // kept + (newline if kept does not end a line) + closing + "\n" + note + "\n"
    const fixed = 1 + note.length + 1;
    if (fixed + 1 > limit)
        throw new RangeError(`limit ${limit} is too small for the truncation note`);
    const state = { fence: null, details: 0, inTag: false, tagName: '', quote: null, inComment: false };
    let best = { cut: 0, state: { ...state } };
    let preferred;
    let start = 0;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl + 1;
        const line = text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '');
        scanLine(state, line);
        if (end > limit)
            break;
        const fits = end + fixed + closingLength(state) + (nl < 0 ? 1 : 0) <= limit;
        if (fits && !state.inTag && !state.inComment) {
            best = { cut: end, state: { ...state } };
            const next = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
            if (state.fence === null && /^ {0,3}(#{1,6}\s|<details|<\/details>)/.test(next))
                preferred = best;
        }
        start = end;
    }
    const slack = Math.min(4096, Math.floor(limit * 0.1));
    const chosen = preferred && best.cut - preferred.cut <= slack ? preferred : best;
    let kept = text.slice(0, chosen.cut);
    if (kept.length > 0 && !kept.endsWith('\n'))
        kept += '\n';
    const out = kept + closing(chosen.state) + '\n' + note + '\n';
    return { text: out, truncated: true, kept: chosen.cut };
}


/***/ }),

/***/ 6103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ CONCLUSIONS),
/* harmony export */   Ki: () => (/* binding */ reportVerdict)
/* harmony export */ });
/* unused harmony exports STATUS_DESCRIPTION_LIMIT, statusDescription */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83130);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34003);


const CONCLUSIONS = ['success', 'failure', 'neutral'];
/** GitHub rejects a status description over 140 characters (422), a limit its OpenAPI description does not state. */
const STATUS_DESCRIPTION_LIMIT = 140;
function httpUrl(u) {
    return u && /^https?:\/\//i.test(u) ? u : undefined;
}
function statusDescription(verdict) {
    const text = `${verdict.conclusion === 'neutral' ? 'neutral: ' : ''}${verdict.title}`.replace(/\s+/g, ' ').trim();
    return text.length <= STATUS_DESCRIPTION_LIMIT ? text : text.slice(0, STATUS_DESCRIPTION_LIMIT - 1) + '…';
}
/** Creates the check run, or a commit status when check runs are not permitted. */
async function reportVerdict(client, options, log) {
    const { repo, headSha, checkName, verdict } = options;
    const summary = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o4)(verdict.summary, { limit: _truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_SUMMARY_LIMIT */ .Ce, fullReportUrl: options.fullReportUrl });
    if (summary.truncated)
        log.warning(`The check run summary is longer than GitHub's ${_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_SUMMARY_LIMIT */ .Ce}-character limit; it was truncated`);
    const detailsUrl = httpUrl(options.detailsUrl);
    try {
        const res = await client.rest.checks.create({
            ...repo,
            name: checkName,
            head_sha: headSha,
            status: 'completed',
            conclusion: verdict.conclusion,
            completed_at: new Date().toISOString(),
            ...(detailsUrl ? { details_url: detailsUrl } : {}),
            output: { title: verdict.title, summary: summary.text },
        });
        log.info(`Check run "${checkName}": ${verdict.conclusion} (${res.data.html_url ?? res.data.url})`);
        return { kind: 'check-run', id: res.data.id, url: res.data.html_url ?? res.data.url, truncated: summary.truncated };
    }
    catch (e) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPermissionError */ .gj)(e))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubError */ .Lg)(e, `create the check run "${checkName}"`, 'check');
        const reason = `GitHub refused the check run (403 ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .githubMessage */ .hg)(e)}); the token needs \`checks: write\``;
        log.warning(`${reason}. Reporting the verdict as the commit status "${checkName}" instead (needs \`statuses: write\`).`);
        const state = verdict.conclusion === 'failure' ? 'failure' : 'success';
        const description = statusDescription(verdict);
        const target = detailsUrl ?? httpUrl(options.fullReportUrl);
        await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)(`set the commit status "${checkName}" (check runs were refused too)`, 'status', () => client.rest.repos.createCommitStatus({
            ...repo,
            sha: headSha,
            state,
            context: checkName,
            description,
            ...(target ? { target_url: target } : {}),
        }));
        log.info(`Commit status "${checkName}": ${state}`);
        return { kind: 'status', context: checkName, state, description, reason };
    }
}


/***/ }),

/***/ 53669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ multipleTesting)
/* harmony export */ });
/**
 * Multiple-testing corrections for the family of comparisons compare-to-baseline runs (several
 * metrics, several slices), as statsmodels.stats.multitest.multipletests (version recorded in
 * test/fixtures/paired/paired-goldens.json). Pure; O(m log m) in the number of p-values.
 */
function fail(message) {
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
        fail('pvalues must be an array of numbers in [0, 1]');
    if (method !== 'holm' && method !== 'bh' && method !== 'none')
        fail(`method must be 'holm', 'bh' or 'none', got ${JSON.stringify(method)}`);
    if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1))
        fail(`alpha must be a number in (0, 1), got ${String(alpha)}`);
    const m = pvalues.length;
    const p = new Float64Array(m);
    for (let i = 0; i < m; i++) {
        const v = pvalues[i];
        if (typeof v !== 'number' || !(v >= 0 && v <= 1))
            fail(`pvalues[${i}] must be a number in [0, 1], got ${String(v)}`);
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


/***/ })

};
