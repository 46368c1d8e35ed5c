export const id = 464;
export const ids = [464];
export const modules = {

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

/***/ 4903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ argsortFloat64),
/* harmony export */   f: () => (/* binding */ sortFloat64)
/* harmony export */ });
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
function argsortFloat64(keys, order) {
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


/***/ }),

/***/ 4932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ delongTest),
/* harmony export */   Xx: () => (/* binding */ delongSorted),
/* harmony export */   Y7: () => (/* binding */ delongCi),
/* harmony export */   yz: () => (/* binding */ lowerBound)
/* harmony export */ });
/* unused harmony exports upperBound, delongAuc, rowPlacements */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _metrics_sort_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4903);
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51638);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`roc_auc needs both classes: got ${m} positive and ${n} negative rows`);
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
    const z = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .criticalValue */ .z7)(confidence);
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
    const order = (0,_metrics_sort_js__WEBPACK_IMPORTED_MODULE_1__/* .argsortFloat64 */ .F)(scores);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${what}: labels and scores differ in length (${labels.length} vs ${scores.length})`);
    }
    let m = 0;
    for (let i = 0; i < labels.length; i++) {
        const y = labels[i];
        if (y === 1)
            m++;
        else if (y !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${what}: label at row ${i} must be 0 or 1, got ${y}`);
        if (!Number.isFinite(scores[i]))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${what}: score at row ${i} must be a finite number, got ${scores[i]}`);
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
    const z = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .criticalValue */ .z7)(confidence);
    if (scoresA.length !== scoresB.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`delongTest: the two score arrays differ in length (${scoresA.length} vs ${scoresB.length})`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`delongTest needs at least 2 rows of each class: got ${m} positive and ${n} negative rows`);
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
    const pValue = alternative === 'two-sided' ? Math.min(1, 2 * (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .normalCdf */ .vr)(-Math.abs(statistic))) : alternative === 'greater' ? (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .normalCdf */ .vr)(-statistic) : (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .normalCdf */ .vr)(statistic);
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


/***/ })

};
